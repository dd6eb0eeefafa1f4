#pragma once

namespace hirex::sandbox {

class Router;
struct Services;

// Applications: list/detail, and the decisions move / reject / hire (If-Match, human confirmation).
class ApplicationEndpoints {
public:
    static void registerRoutes(Router &router, Services &services);
};

} // namespace hirex::sandbox
