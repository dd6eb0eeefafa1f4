#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/Principal.h"

#include <optional>

namespace hirex::sandbox {

class Store;
class TokenService;

// Bearer token -> Principal (user, role profile + overrides, session, device). Failures are
// 401 problems with the stable codes unauthorized / invalid_token / token_expired / device_revoked.
class Authenticator {
public:
    Authenticator(Store &store, TokenService &tokens);
    std::optional<HttpResponse> authenticate(const HttpRequest &request, Principal *principal);
    // Builds the principal for a user id (OAuth userinfo, tests of role changes).
    bool loadUser(const QString &userId, Principal *principal);

private:
    Store &m_store;
    TokenService &m_tokens;
};

} // namespace hirex::sandbox
