#pragma once

namespace hirex::sandbox {

class Router;
struct Services;

// GET /v1/changes (compacted feed with upserts and tombstones, filtered per caller) and the
// SSE stream GET /v1/changes/stream.
class ChangeEndpoints {
public:
    static void registerRoutes(Router &router, Services &services);
};

} // namespace hirex::sandbox
