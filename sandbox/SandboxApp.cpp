#include "sandbox/SandboxApp.h"

#include "sandbox/AdminEndpoints.h"
#include "sandbox/AdminPolicyEndpoints.h"
#include "sandbox/ApplicationEndpoints.h"
#include "sandbox/AuditLog.h"
#include "sandbox/Authenticator.h"
#include "sandbox/CandidateEndpoints.h"
#include "sandbox/ChangeEndpoints.h"
#include "sandbox/Clock.h"
#include "sandbox/CvPdfRenderer.h"
#include "sandbox/Database.h"
#include "sandbox/DemoSeeder.h"
#include "sandbox/EventStream.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/HttpServerAdapter.h"
#include "sandbox/IdempotencyStore.h"
#include "sandbox/JobEndpoints.h"
#include "sandbox/Json.h"
#include "sandbox/OAuthEndpoints.h"
#include "sandbox/Problem.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/RetentionJob.h"
#include "sandbox/ReviewEndpoints.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxLog.h"
#include "sandbox/Services.h"
#include "sandbox/StatusEndpoints.h"
#include "sandbox/Store.h"
#include "sandbox/TlsMaterial.h"
#include "sandbox/TokenService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hirex::sandbox {

namespace {
constexpr qsizetype kMaxBody = 1024 * 1024;
}

SandboxApp::SandboxApp(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options)) {}

SandboxApp::~SandboxApp() {
    shutdown();
}

bool SandboxApp::prepare(QString *errorText) {
    QDir dir(m_options.dataDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        *errorText = QStringLiteral("cannot create the data directory");
        return false;
    }
    const QString dbPath = dir.filePath(QStringLiteral("hirex.db"));
    if (m_options.reset) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dbPath + suffix);
    }
    m_db = std::make_unique<Database>();
    if (!m_db->open(dbPath, errorText))
        return false;
    m_clock = std::make_unique<Clock>();
    if (m_options.clockOffsetGiven)
        m_db->setMeta(QStringLiteral("clock_offset"), QString::number(m_options.clockOffsetSeconds));
    m_clock->setOffsetSeconds(m_db->meta(QStringLiteral("clock_offset"), QStringLiteral("0")).toLongLong());
    m_store = std::make_unique<Store>(*m_db, *m_clock);
    m_tokens = std::make_unique<TokenService>(*m_db, *m_clock, m_options.tokenTtlSeconds);
    m_audit = std::make_unique<AuditLog>(*m_db, *m_clock);
    m_events = std::make_unique<EventStream>();
    m_events->setSilent(m_options.silentStreams);
    m_idempotency = std::make_unique<IdempotencyStore>(*m_db, *m_clock);
    m_rateLimiter = std::make_unique<RateLimiter>(m_options.rateLimitPerMinute);
    m_faults = std::make_unique<FaultInjector>(m_options.failRate, m_options.dropRate);
    m_authenticator = std::make_unique<Authenticator>(*m_db, *m_store, *m_tokens);
    m_services = std::make_unique<Services>(
        Services{*m_db, *m_store, *m_clock, *m_tokens, *m_audit, *m_events, m_options, nullptr, nullptr});
    m_cv = std::make_unique<CvPdfRenderer>(*m_db, *m_store);
    m_services->cv = m_cv.get();
    m_retention = std::make_unique<RetentionJob>(*m_services);
    m_services->retention = m_retention.get();

    if (m_db->meta(QStringLiteral("seeded")).isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        DemoSeeder seeder(*m_services, m_options.seed, m_options.candidates, m_options.pipelineApplications);
        if (!seeder.seed(errorText))
            return false;
        qCInfo(lcSandboxSeed) << "seeded" << m_options.candidates << "candidates in" << timer.elapsed()
                              << "ms";
    }
    if (m_options.clearAllowlist) {
        m_db->exec(QStringLiteral("UPDATE objects SET data = json_set(data, '$.enabled', json('false')), "
                                  "version = version + 1 WHERE type = 'ip_allowlist'"));
    }

    m_router = std::make_unique<Router>();
    OAuthEndpoints::registerRoutes(*m_router, *m_services);
    StatusEndpoints::registerRoutes(*m_router, *m_services);
    JobEndpoints::registerRoutes(*m_router, *m_services);
    CandidateEndpoints::registerRoutes(*m_router, *m_services);
    ApplicationEndpoints::registerRoutes(*m_router, *m_services);
    ReviewEndpoints::registerRoutes(*m_router, *m_services);
    ChangeEndpoints::registerRoutes(*m_router, *m_services);
    AdminEndpoints::registerRoutes(*m_router, *m_services);
    AdminPolicyEndpoints::registerRoutes(*m_router, *m_services);
    return true;
}

QByteArray SandboxApp::accountsJson() {
    QJsonArray out;
    QSqlQuery q = m_db->exec(QStringLiteral(
        "SELECT o.id, json_extract(o.data, '$.email'), json_extract(o.data, '$.name'), "
        "json_extract(o.data, '$.role_id'), c.demo_password, c.totp_secret, json_extract(o.data, "
        "'$.scim_managed'), "
        "json_extract(o.data, '$.sso_provider') FROM objects o JOIN credentials c ON c.user_id = o.id "
        "WHERE o.type = 'user' ORDER BY o.id"));
    while (q.next()) {
        QJsonObject a{{QStringLiteral("id"), q.value(0).toString()},
                      {QStringLiteral("email"), q.value(1).toString()},
                      {QStringLiteral("name"), q.value(2).toString()},
                      {QStringLiteral("role"), q.value(3).toString().mid(5)},
                      {QStringLiteral("role_id"), q.value(3).toString()},
                      {QStringLiteral("password"), q.value(4).toString()},
                      {QStringLiteral("scim_managed"), q.value(6).toInt() != 0}};
        if (!q.value(5).toString().isEmpty())
            a.insert(QStringLiteral("totp_secret"), q.value(5).toString());
        if (!q.value(7).isNull())
            a.insert(QStringLiteral("sso_provider"), q.value(7).toString());
        out.append(a);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QString SandboxApp::start(QString *errorText) {
    m_server = new HttpServerAdapter([this](const HttpRequest &r) { return handle(r); },
                                     [this](SseConnection *c) { onStream(c); }, this);
    m_server->setLatencyMs(m_options.latencyMs);
    quint16 port = 0;
    QString scheme = QStringLiteral("https");
    if (m_options.insecureHttp) {
        scheme = QStringLiteral("http");
        port = m_server->start(nullptr, nullptr, m_options.port);
    } else {
        TlsMaterial tls;
        if (!tls.loadOrCreate(QDir(m_options.dataDir).filePath(QStringLiteral("tls")), errorText))
            return {};
        port = m_server->start(&tls.certificate(), &tls.key(), m_options.port);
    }
    if (port == 0) {
        *errorText = QStringLiteral("cannot listen on 127.0.0.1:") + QString::number(m_options.port);
        return {};
    }
    const QString base = scheme + QStringLiteral("://127.0.0.1:") + QString::number(port);
    m_db->setMeta(QStringLiteral("issuer"), base);
    m_tokens->jwks(); // makes (or loads) the ID token key now, not during the first sign-in
    m_retention->start(m_options.retentionIntervalSeconds);
    return base;
}

void SandboxApp::shutdown() {
    if (m_retention)
        m_retention->stop();
    if (m_server) {
        delete m_server;
        m_server = nullptr;
    }
    m_router.reset();
    m_retention.reset();
    m_cv.reset();
    m_store.reset();
    if (m_db)
        m_db->close();
}

void SandboxApp::onStream(SseConnection *connection) {
    m_events->add(connection, m_store->latestSeq());
}

bool SandboxApp::ipAllowed(const QHostAddress &address) {
    const auto allow = m_store->get(QStringLiteral("ip_allowlist"), QStringLiteral("ipal_tenant"));
    if (!allow || !allow->value(QStringLiteral("enabled")).toBool())
        return true;
    QHostAddress addr = address;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        addr = QHostAddress(v4);
    for (const auto &c : allow->value(QStringLiteral("cidrs")).toArray()) {
        const auto subnet = QHostAddress::parseSubnet(c.toString());
        if (subnet.second >= 0 && addr.isInSubnet(subnet))
            return true;
    }
    return false;
}

HttpResponse SandboxApp::handle(const HttpRequest &request) {
    QElapsedTimer timer;
    timer.start();
    HttpResponse response = dispatch(request);
    qCDebug(lcSandboxHttp) << request.method << request.path << response.status << timer.elapsed() << "ms";
    return response;
}

HttpResponse SandboxApp::dispatch(const HttpRequest &request) {
    const QString &path = request.path;
    const bool isV1 = path == QLatin1String("/v1") || path.startsWith(QLatin1String("/v1/"));
    const bool isOAuth = path.startsWith(QLatin1String("/oauth/"));
    const bool isDiscovery = path == QLatin1String("/.well-known/openid-configuration") ||
                             path == QLatin1String("/.well-known/oauth-protected-resource");
    if (!isV1 && !isOAuth && !isDiscovery)
        return Problem::notFound(path);
    if (isV1 && m_faults->shouldFail()) {
        HttpResponse r = Problem::make(503, QStringLiteral("service_unavailable"),
                                       QStringLiteral("Injected fault: try again."), path);
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        return r;
    }
    if ((isV1 || isOAuth) && !ipAllowed(request.remote))
        return Problem::make(403, QStringLiteral("ip_not_allowed"),
                             QStringLiteral("Your network address is not on the tenant allowlist."), path);
    if (request.body.size() > kMaxBody)
        return Problem::make(413, QStringLiteral("payload_too_large"),
                             QStringLiteral("Request bodies are limited to 1 MiB."), path);
    QHash<QString, QString> params;
    Router::Match match = Router::Match::NotFound;
    QByteArrayList allowed;
    const Route *route = m_router->match(request.method, path, &params, &match, &allowed);
    if (!route) {
        if (match == Router::Match::MethodNotAllowed) {
            HttpResponse r = Problem::make(405, QStringLiteral("method_not_allowed"),
                                           QStringLiteral("This method is not supported here."), path);
            // RFC 9110 15.5.6: a 405 must say which methods the resource does support.
            r.setHeader(QByteArrayLiteral("Allow"), allowed.join(", "));
            return r;
        }
        return Problem::notFound(path);
    }
    RequestContext ctx{request, {}, params, {}, false};
    if (!route->isPublic) {
        if (auto problem = m_authenticator->authenticate(request, &ctx.principal))
            return *problem;
        if (!route->permission.isEmpty() && !ctx.principal.has(route->permission)) {
            m_audit->record(ctx.principal, request.remote.toString(), QStringLiteral("access.denied"),
                            QStringLiteral("endpoint"), {}, QStringLiteral("denied"),
                            QJsonObject{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                                        {QStringLiteral("path"), path},
                                        {QStringLiteral("permission"), route->permission}});
            return Problem::forbidden(path);
        }
    }
    int retryAfter = 0;
    const QString bucket =
        ctx.principal.familyId.isEmpty() ? request.remote.toString() : ctx.principal.familyId;
    if (isV1 && !m_rateLimiter->allow(bucket, &retryAfter)) {
        HttpResponse r =
            Problem::make(429, QStringLiteral("rate_limited"), QStringLiteral("Too many requests."), path);
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
        return r;
    }
    return runRoute(*route, ctx);
}

HttpResponse SandboxApp::runRoute(const Route &route, RequestContext &ctx) {
    const HttpRequest &request = ctx.request;
    const bool isV1 = request.path.startsWith(QLatin1String("/v1/"));
    const bool jsonMutation = isV1 && route.isMutation;
    QString idempotencyKey;
    if (jsonMutation) {
        if (!request.body.trimmed().isEmpty()) {
            const QByteArray contentType = request.header("content-type").toLower();
            if (!contentType.startsWith("application/json"))
                return Problem::make(415, QStringLiteral("unsupported_media_type"),
                                     QStringLiteral("Send the body as application/json."), request.path);
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
            // Qt 6.4 refuses top-level scalars; valid JSON that is not an object is a 422, not a 400.
            const bool scalar = error.error != QJsonParseError::NoError &&
                                QJsonDocument::fromJson(QByteArray('[' + request.body + ']')).isArray();
            if (error.error != QJsonParseError::NoError && !scalar)
                return Problem::make(400, QStringLiteral("bad_request"),
                                     QStringLiteral("The body is not valid JSON."), request.path);
            if (!doc.isObject())
                return Problem::validation(request.path, QStringLiteral("body"),
                                           QStringLiteral("The body must be a JSON object."));
            ctx.body = doc.object();
            ctx.hasBody = true;
        }
        if (request.headers.contains("idempotency-key")) {
            idempotencyKey = QString::fromUtf8(request.header("idempotency-key"));
            if (idempotencyKey.isEmpty() || idempotencyKey.size() > 128)
                return Problem::validation(request.path, QStringLiteral("Idempotency-Key"),
                                           QStringLiteral("must be 1 to 128 characters"));
            HttpResponse replay;
            switch (m_idempotency->lookup(ctx.principal.userId, idempotencyKey, request, &replay)) {
            case IdempotencyStore::Lookup::Replay:
                return replay;
            case IdempotencyStore::Lookup::Mismatch:
                return Problem::make(
                    422, QStringLiteral("idempotency_key_reused"),
                    QStringLiteral("This Idempotency-Key was used with a different request."), request.path);
            case IdempotencyStore::Lookup::Miss:
                break;
            }
        }
    }
    // Reads write nothing but their audit events (and cached CV PDFs): those commits need not be
    // fsynced one by one to survive kill -9 (see Database::Durability); mutations always are.
    m_db->begin(route.isMutation ? Database::Durability::Full : Database::Durability::ReadAudit);
    HttpResponse response = route.handler(ctx);
    // OAuth errors still persist their side effects (used codes, revoked token families).
    const bool success = response.status < 400 || (!isV1 && response.status < 500);
    if (success) {
        if (jsonMutation)
            auditMutation(route, ctx, response);
        if (!idempotencyKey.isEmpty())
            m_idempotency->save(ctx.principal.userId, idempotencyKey, request, response);
        if (!m_db->commit()) {
            m_db->rollback();
            m_store->takeFeedDirty();
            return Problem::make(503, QStringLiteral("service_unavailable"),
                                 QStringLiteral("The change could not be stored; retry."), request.path);
        }
    } else {
        m_db->rollback();
    }
    if (m_store->takeFeedDirty() && success)
        m_events->notify(m_store->latestSeq());
    if (isV1 && !response.stream && m_faults->shouldDrop())
        response.drop = true;
    return response;
}

void SandboxApp::auditMutation(const Route &route, const RequestContext &ctx, const HttpResponse &response) {
    // Action name from the route: POST /v1/applications/{id}/move -> applications.move.
    QStringList parts;
    QString targetType;
    for (const QString &seg : route.segments.mid(1)) {
        if (seg.startsWith(QLatin1Char('{')))
            continue;
        parts.append(seg);
    }
    targetType = route.segments.size() > 1 ? route.segments.at(1) : QString();
    if (targetType == QLatin1String("admin") && route.segments.size() > 2)
        targetType = route.segments.at(2);
    static const QStringList verbs{QStringLiteral("move"),   QStringLiteral("reject"),
                                   QStringLiteral("hire"),   QStringLiteral("submit"),
                                   QStringLiteral("revoke"), QStringLiteral("feedback"),
                                   QStringLiteral("run"),    QStringLiteral("export")};
    const QString &last = route.segments.last();
    if (route.method == "POST" && !last.startsWith(QLatin1Char('{')) && !verbs.contains(last))
        parts.append(QStringLiteral("create"));
    else if (route.method == "PUT" || route.method == "PATCH")
        parts.append(QStringLiteral("update"));
    else if (route.method == "DELETE")
        parts.append(QStringLiteral("delete"));
    // Creates target the new resource; other mutations the resource in the path.
    QString targetId = ctx.params.value(QStringLiteral("id"));
    if (parts.last() == QLatin1String("create") || targetId.isEmpty()) {
        const QString created =
            QJsonDocument::fromJson(response.body).object().value(QStringLiteral("id")).toString();
        if (!created.isEmpty())
            targetId = created;
    }
    static const QHash<QString, QString> types{{QStringLiteral("cand"), QStringLiteral("candidate")},
                                               {QStringLiteral("app"), QStringLiteral("application")},
                                               {QStringLiteral("eval"), QStringLiteral("evaluation")},
                                               {QStringLiteral("note"), QStringLiteral("note")},
                                               {QStringLiteral("cons"), QStringLiteral("consent")},
                                               {QStringLiteral("ret"), QStringLiteral("retention_rule")},
                                               {QStringLiteral("sup"), QStringLiteral("support_access")},
                                               {QStringLiteral("dev"), QStringLiteral("device")},
                                               {QStringLiteral("role"), QStringLiteral("role")},
                                               {QStringLiteral("usr"), QStringLiteral("user")},
                                               {QStringLiteral("era"), QStringLiteral("erasure_request")},
                                               {QStringLiteral("ai"), QStringLiteral("ai_insight")},
                                               {QStringLiteral("aifb"), QStringLiteral("ai_feedback")},
                                               {QStringLiteral("job"), QStringLiteral("job")}};
    const QString prefix = targetId.section(QLatin1Char('_'), 0, 0);
    if (types.contains(prefix))
        targetType = types.value(prefix);
    m_audit->record(ctx.principal, ctx.sourceIp(), parts.join(QLatin1Char('.')), targetType, targetId);
}

} // namespace hirex::sandbox
