#pragma once

namespace hirex::sandbox {

class Router;
struct Services;

// Notes, evaluations (scorecards with blind review) and AI insights with feedback.
class ReviewEndpoints {
public:
    static void registerRoutes(Router &router, Services &services);
};

} // namespace hirex::sandbox
