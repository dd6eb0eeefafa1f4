#pragma once

namespace hirex::sandbox {

class Router;
struct Services;

class ReviewEndpoints {
public:
    static void registerRoutes(Router &router, Services &services);
};

} // namespace hirex::sandbox
