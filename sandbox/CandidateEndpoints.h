#pragma once

namespace hirex::sandbox {

class Router;
struct Services;

// Candidates (search, detail with PII-read audit), CV PDF, parsed CV, activity, consents and
// consent notices.
class CandidateEndpoints {
public:
    static void registerRoutes(Router &router, Services &services);
};

} // namespace hirex::sandbox
