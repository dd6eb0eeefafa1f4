#pragma once

namespace hirex::sandbox {

class Router;
struct Services;

// Jobs, pipelines and job-level (sourcing) AI insights, filtered by the caller's visibility.
class JobEndpoints {
public:
    static void registerRoutes(Router &router, Services &services);
};

} // namespace hirex::sandbox
