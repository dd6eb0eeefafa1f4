#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace hirex::sandbox {

class Database;
class Store;
class Clock;
class TokenService;
class AuditLog;
class EventStream;
class IdempotencyStore;
class RateLimiter;
class FaultInjector;
class Authenticator;
class Router;
class HttpServerAdapter;
class RetentionJob;
class CvPdfRenderer;
class SseConnection;
struct Services;
struct Route;
struct RequestContext;

// Wiring: opens the tenant, seeds it, builds the services and routes, and runs the request
// pipeline (faults -> allowlist -> limits -> auth -> RBAC -> idempotency -> handler -> commit).
class SandboxApp : public QObject {
    Q_OBJECT
public:
    explicit SandboxApp(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxApp() override;

    // Opens/seeds the tenant. Returns false with errorText on failure.
    bool prepare(QString *errorText);
    // --accounts: JSON array of the demo users.
    QByteArray accountsJson();
    // Starts HTTPS; returns the base URL or empty on failure.
    QString start(QString *errorText);
    void shutdown();

    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse dispatch(const HttpRequest &request);
    HttpResponse runRoute(const Route &route, RequestContext &ctx);
    bool ipAllowed(const QHostAddress &address);
    void auditMutation(const Route &route, const RequestContext &ctx, const HttpResponse &response);
    void onStream(SseConnection *connection);

    SandboxOptions m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<EventStream> m_events;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<RetentionJob> m_retention;
    std::unique_ptr<CvPdfRenderer> m_cv;
    std::unique_ptr<Services> m_services;
    HttpServerAdapter *m_server = nullptr;
};

} // namespace hirex::sandbox
