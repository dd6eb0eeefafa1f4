#pragma once

namespace hirex::sandbox {

class Database;
class Store;
class Clock;
class TokenService;
class AuditLog;
class EventStream;
class SandboxOptions;
class RetentionJob;
class CvPdfRenderer;

// The shared services endpoint classes use; owned by SandboxApp.
struct Services {
    Database &db;
    Store &store;
    Clock &clock;
    TokenService &tokens;
    AuditLog &audit;
    EventStream &events;
    const SandboxOptions &options;
    RetentionJob *retention = nullptr;
    CvPdfRenderer *cv = nullptr;
};

} // namespace hirex::sandbox
