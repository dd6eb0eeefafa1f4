#pragma once

namespace hirex::sandbox {

class Router;
struct Services;

// Admin policy: retention rules and runs, audit list/export, support access, IP allowlist,
// GDPR erasure, tenant export and the sandbox test clock.
class AdminPolicyEndpoints {
public:
    static void registerRoutes(Router &router, Services &services);
};

} // namespace hirex::sandbox
