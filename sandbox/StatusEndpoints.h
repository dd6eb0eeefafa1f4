#pragma once

namespace hirex::sandbox {

class Router;
struct Services;

// GET /v1/status, GET /v1/me, device registration and the admin device list/revocation.
class StatusEndpoints {
public:
    static void registerRoutes(Router &router, Services &services);
};

} // namespace hirex::sandbox
