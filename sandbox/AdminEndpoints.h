#pragma once

namespace hirex::sandbox {

class Router;
struct Services;

// Admin: role profiles (CRUD) and users (list, detail, patch with SCIM protection).
class AdminEndpoints {
public:
    static void registerRoutes(Router &router, Services &services);
};

} // namespace hirex::sandbox
