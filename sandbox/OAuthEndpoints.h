#pragma once

namespace hirex::sandbox {

class Router;
struct Services;

// OAuth 2.0 / OIDC for the public desktop client `hirex-desktop`: discovery, the login page,
// simulated SSO, authorization code + PKCE S256, rotating refresh tokens, revocation, userinfo.
class OAuthEndpoints {
public:
    static void registerRoutes(Router &router, Services &services);
};

} // namespace hirex::sandbox
