#pragma once

namespace hirex::sandbox {

class Router;
struct Services;

class ApplicationEndpoints {
public:
    static void registerRoutes(Router &router, Services &services);
};

} // namespace hirex::sandbox
