#include "core/api/ApiClient.h"

#include "core/api/ApiLog.h"
#include "core/api/ApiUrl.h"
#include "core/api/HttpExchange.h"
#include "core/api/ProblemDetails.h"
#include "core/auth/AccessTokenProvider.h"
#include "core/domain/JsonReader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

namespace hirex::api {

namespace {
bool isJsonType(const QByteArray &contentType) {
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    return mime == "application/json" || (mime.startsWith("application/") && mime.endsWith("+json"));
}

bool isMutation(const QByteArray &method) {
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

QUrlQuery pageQuery(const QString &cursor, int limit) {
    QUrlQuery q;
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), cursor);
    if (limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return q;
}

QJsonObject confirmationJson(const HumanConfirmation &c) {
    QJsonArray shown;
    for (const QString &id : c.aiInsightsShown)
        shown.append(id);
    const QDateTime at = c.confirmedAt.isValid() ? c.confirmedAt : QDateTime::currentDateTimeUtc();
    return QJsonObject{{QStringLiteral("confirmed"), true},
                       {QStringLiteral("confirmed_at"), at.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("ai_insights_shown"), shown}};
}
} // namespace

// The state of one logical call across its attempts.
struct ApiClient::Call {
    QByteArray method;
    QString path;
    QByteArray body;
    RequestOptions options;
    ResponseCallback done;
    QPointer<ApiReply> handle;
    QPointer<QNetworkReply> network;
    QTimer *retryTimer = nullptr;
    int attempt = 0;
    quint64 tokenGeneration = 0; // ApiClient::tokenGeneration() when the attempt was sent
    bool refreshed = false;
    bool finished = false;
    QElapsedTimer clock;
};

ApiClient::ApiClient(const QUrl &baseUrl, const TransportPolicy &policy, auth::AccessTokenProvider *tokens,
                     QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_policy(policy)
    , m_tokens(tokens)
    , m_nam(new QNetworkAccessManager(this)) {
    // Redirects could leave https or the server: the API never redirects, so none are followed.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // HTTP Strict Transport Security from the server is honoured as well.
    m_nam->setStrictTransportSecurityEnabled(true);
    if (tokens)
        connect(tokens, &auth::AccessTokenProvider::accessTokenChanged, this,
                [this] { ++m_tokenGeneration; });
}

ApiClient::~ApiClient() = default;

QString ApiClient::newIdempotencyKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<qint64> ApiClient::parseEtagVersion(const QByteArray &etag) {
    QByteArray v = etag.trimmed();
    if (v.startsWith("W/"))
        return std::nullopt; // weak ETags cannot be used with If-Match
    if (v.size() < 3 || !v.startsWith('"') || !v.endsWith('"'))
        return std::nullopt;
    v = v.mid(1, v.size() - 2);
    bool ok = false;
    const qint64 version = v.toLongLong(&ok);
    if (!ok || version < 1)
        return std::nullopt;
    return version;
}

ApiError ApiClient::decodeFailure(const domain::DecodeError &error) {
    return ApiError::make(ApiError::Kind::Decode, QStringLiteral("decode_failed"), error.toString());
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const {
    QUrl url = ApiUrl::join(m_baseUrl, path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

void ApiClient::applyCredentials(QNetworkRequest &request) const {
    if (!m_tokens)
        return;
    const QString token = m_tokens->accessToken();
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const QString device = m_tokens->deviceId();
    if (!device.isEmpty())
        request.setRawHeader("X-Hirex-Device", device.toUtf8());
}

ApiReply *ApiClient::request(const QByteArray &method, const QString &path, const QJsonObject &body,
                             const RequestOptions &options, ResponseCallback done) {
    return request(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), options,
                   std::move(done));
}

ApiReply *ApiClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                             const RequestOptions &options, ResponseCallback done) {
    auto call = std::make_shared<Call>();
    call->method = method.toUpper();
    call->path = path;
    call->body = body;
    call->options = options;
    call->done = std::move(done);
    if (call->options.pathTemplate.isEmpty())
        call->options.pathTemplate = path;
    // One key per logical change, chosen now so every retry sends the same one.
    if (isMutation(call->method) && call->options.idempotencyKey.isEmpty() &&
        call->options.autoIdempotencyKey)
        call->options.idempotencyKey = newIdempotencyKey();
    auto *handle = new ApiReply(this);
    call->handle = handle;
    call->clock.start();
    connect(handle, &ApiReply::abortRequested, this, [this, call] {
        if (call->network) {
            TransportPolicy::markCancelled(call->network);
            call->network->abort(); // finishes through onFinished with Cancelled
            return;
        }
        finishCall(call, ApiResponse(),
                   ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled")));
    });
    // Answer on the event loop, never inside request(): callers must not rely on ordering.
    QTimer::singleShot(0, this, [this, call] {
        if (!call->finished)
            start(call);
    });
    return handle;
}

void ApiClient::start(const std::shared_ptr<Call> &call) {
    ++call->attempt;
    HttpExchangeRequest request;
    request.method = call->method;
    request.url = urlFor(call->path, call->options.query);
    request.body = call->body;
    request.headers.append({QByteArrayLiteral("Accept"), call->options.accept});
    request.headers.append({QByteArrayLiteral("User-Agent"), QByteArrayLiteral("HirexDesktop/1")});
    if (!call->body.isEmpty() || isMutation(call->method))
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (call->options.ifMatch)
        request.headers.append(
            {QByteArrayLiteral("If-Match"), '"' + QByteArray::number(*call->options.ifMatch) + '"'});
    if (!call->options.idempotencyKey.isEmpty())
        request.headers.append({QByteArrayLiteral("Idempotency-Key"), call->options.idempotencyKey.toUtf8()});
    if (call->options.authenticated)
        request.prepare = [this](QNetworkRequest &r) {
            applyCredentials(r);
        };
    request.maxResponseBytes = call->options.maxResponseBytes.value_or(m_policy.settings().maxResponseBytes);
    call->tokenGeneration = m_tokenGeneration;
    call->network =
        HttpExchange::send(m_nam, m_policy, request, this,
                           [this, call](const HttpExchangeResult &result) { onFinished(call, result); });
}

ApiError ApiClient::httpError(const HttpExchangeResult &result) const {
    ApiError error;
    const int status = result.status;
    domain::DecodeError decodeError;
    std::optional<ProblemDetails> problem;
    if (isJsonType(result.contentType))
        problem = ProblemDetails::parse(result.body, &decodeError);
    if (problem) {
        error = problem->toApiError(status);
    } else {
        error = ApiError::make(ApiError::kindFor(status, QString()), QStringLiteral("http_%1").arg(status),
                               result.reasonPhrase, status);
    }
    if (status == 429 || status == 503) {
        error.retryAfterSeconds =
            RetryPolicy::parseRetryAfter(result.rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    }
    return error;
}

void ApiClient::onFinished(const std::shared_ptr<Call> &call, const HttpExchangeResult &result) {
    call->network = nullptr;
    if (call->finished)
        return;
    const int status = result.status;
    const qint64 elapsed = call->clock.elapsed();
    const ApiError &transport = result.transport;
    if (result.refused)
        --call->attempt; // nothing was sent
    if (transport.isError()) {
        qCDebug(lcApi).noquote() << call->method << call->options.pathTemplate << "failed:" << transport.code
                                 << "attempt" << call->attempt << elapsed << "ms";
        if (result.refused)
            qCWarning(lcApi) << call->method << call->options.pathTemplate << "refused:" << transport.code;
        if (transport.kind == ApiError::Kind::TooLarge)
            qCWarning(lcApi) << call->method << call->options.pathTemplate << "response too large; aborted";
        if (transport.kind == ApiError::Kind::Cancelled || transport.kind == ApiError::Kind::Tls ||
            result.refused || transport.kind == ApiError::Kind::TooLarge || call->handle.isNull())
            finishCall(call, ApiResponse(), transport);
        else
            retryOrFinish(call, transport);
        return;
    }
    qCDebug(lcApi).noquote() << call->method << call->options.pathTemplate << status << "attempt"
                             << call->attempt << elapsed << "ms";
    if (status >= 200 && status < 300) {
        ApiResponse response;
        response.status = status;
        response.body = result.body;
        response.contentType = result.contentType;
        response.etagVersion = parseEtagVersion(result.rawHeader("ETag"));
        response.replayed = result.rawHeader("Idempotent-Replayed").trimmed().toLower() == "true";
        response.attempts = call->attempt;
        if (call->options.expectJson && status != 204) {
            if (!isJsonType(response.contentType)) {
                finishCall(
                    call, response,
                    ApiError::make(
                        ApiError::Kind::Decode, QStringLiteral("unexpected_content_type"),
                        QStringLiteral("content type %1").arg(QString::fromLatin1(response.contentType))));
                return;
            }
            domain::DecodeError decodeError;
            const auto json = domain::JsonReader::parseObject(result.body, &decodeError, result.body.size());
            if (!json) {
                finishCall(call, response, decodeFailure(decodeError));
                return;
            }
            response.json = *json;
        }
        finishCall(call, response, ApiError());
        return;
    }
    const ApiError error = httpError(result);
    if (status == 401 && error.kind == ApiError::Kind::DeviceRevoked) {
        qCWarning(lcApi) << "device revoked";
        Q_EMIT deviceRevoked(error);
        finishCall(call, ApiResponse(), error);
        return;
    }
    if (status == 401 && call->options.authenticated && !call->refreshed && m_tokens) {
        refreshThenRetry(call, error);
        return;
    }
    retryOrFinish(call, error);
}

void ApiClient::refreshAccessToken(RefreshCallback done) {
    if (!m_tokens) {
        QTimer::singleShot(0, this, [done] { done(false, UserMessage()); });
        return;
    }
    m_refreshWaiters.append(std::move(done));
    if (m_refreshWaiters.size() > 1)
        return; // one refresh serves everyone who asked meanwhile
    QPointer<ApiClient> self(this);
    m_tokens->refreshAccessToken([self](bool refreshed, const UserMessage &error) {
        if (!self)
            return;
        const QList<RefreshCallback> waiting = std::exchange(self->m_refreshWaiters, {});
        for (const RefreshCallback &callback : waiting)
            callback(refreshed, error);
    });
}

void ApiClient::refreshThenRetry(const std::shared_ptr<Call> &call, const ApiError &error) {
    call->refreshed = true;
    --call->attempt; // the retry after a refresh is not a failed attempt
    if (call->tokenGeneration != m_tokenGeneration) {
        // Sent with a token that has been replaced since (another call's refresh): the new one
        // may well work, and refreshing again would only rotate the refresh token once more.
        QTimer::singleShot(0, this, [this, call] {
            if (!call->finished)
                start(call);
        });
        return;
    }
    QPointer<ApiClient> self(this);
    refreshAccessToken([self, call, error](bool refreshed, const UserMessage &refreshError) {
        if (!self || call->finished)
            return;
        if (refreshed) {
            self->start(call);
            return;
        }
        ApiError e = error;
        e.kind = ApiError::Kind::Unauthorized;
        e.message = ApiError::defaultMessage(ApiError::Kind::Unauthorized);
        if (!refreshError.code.isEmpty())
            e.detail = refreshError.code;
        self->finishCall(call, ApiResponse(), e);
    });
}

void ApiClient::retryOrFinish(const std::shared_ptr<Call> &call, const ApiError &error) {
    const bool hasKey = !call->options.idempotencyKey.isEmpty();
    if (!call->options.retry || call->handle.isNull() ||
        !m_retry.shouldRetry(call->attempt, call->method, hasKey, error)) {
        finishCall(call, ApiResponse(), error);
        return;
    }
    const auto delay = m_retry.delayFor(call->attempt, error);
    qCDebug(lcApi).noquote() << call->method << call->options.pathTemplate << "retry in" << delay.count()
                             << "ms after" << error.code;
    call->retryTimer = new QTimer(this);
    call->retryTimer->setSingleShot(true);
    // A coarse timer may fire up to 5% early, which would retry before the server's Retry-After.
    call->retryTimer->setTimerType(Qt::PreciseTimer);
    connect(call->retryTimer, &QTimer::timeout, this, [this, call] {
        call->retryTimer->deleteLater();
        call->retryTimer = nullptr;
        if (!call->finished)
            start(call);
    });
    call->retryTimer->start(delay);
}

void ApiClient::finishCall(const std::shared_ptr<Call> &call, const ApiResponse &response,
                           const ApiError &error) {
    if (call->finished)
        return;
    call->finished = true;
    if (call->retryTimer) {
        call->retryTimer->stop();
        call->retryTimer->deleteLater();
        call->retryTimer = nullptr;
    }
    ApiResponse r = response;
    r.attempts = call->attempt;
    if (call->done)
        call->done(r, error);
    if (call->handle)
        call->handle->finish(r, error);
}

// --- typed calls ------------------------------------------------------------------------

ApiReply *ApiClient::status(Callback<domain::ServiceStatus> done) {
    RequestOptions o;
    o.authenticated = false;
    return get<domain::ServiceStatus>(QStringLiteral("/v1/status"), o, std::move(done));
}

ApiReply *ApiClient::me(Callback<domain::Me> done) {
    return get<domain::Me>(QStringLiteral("/v1/me"), RequestOptions(), std::move(done));
}

ApiReply *ApiClient::jobs(const QString &cursor, int limit, Callback<domain::Page<domain::Job>> done) {
    RequestOptions o;
    o.query = pageQuery(cursor, limit);
    return get<domain::Page<domain::Job>>(QStringLiteral("/v1/jobs"), o, std::move(done));
}

ApiReply *ApiClient::job(const QString &id, Callback<domain::Job> done) {
    RequestOptions o;
    o.pathTemplate = QStringLiteral("/v1/jobs/{id}");
    return get<domain::Job>(u"/v1/jobs/" + QString::fromLatin1(QUrl::toPercentEncoding(id)), o,
                            std::move(done));
}

ApiReply *ApiClient::pipelines(const QString &cursor, int limit,
                               Callback<domain::Page<domain::Pipeline>> done) {
    RequestOptions o;
    o.query = pageQuery(cursor, limit);
    return get<domain::Page<domain::Pipeline>>(QStringLiteral("/v1/pipelines"), o, std::move(done));
}

ApiReply *ApiClient::pipeline(const QString &id, Callback<domain::Pipeline> done) {
    RequestOptions o;
    o.pathTemplate = QStringLiteral("/v1/pipelines/{id}");
    return get<domain::Pipeline>(u"/v1/pipelines/" + QString::fromLatin1(QUrl::toPercentEncoding(id)), o,
                                 std::move(done));
}

ApiReply *ApiClient::candidates(const QString &query, const QString &cursor, int limit,
                                Callback<domain::Page<domain::Candidate>> done) {
    RequestOptions o;
    o.query = pageQuery(cursor, limit);
    if (!query.isEmpty())
        o.query.addQueryItem(QStringLiteral("q"), query);
    return get<domain::Page<domain::Candidate>>(QStringLiteral("/v1/candidates"), o, std::move(done));
}

ApiReply *ApiClient::candidate(const QString &id, Callback<domain::Candidate> done) {
    RequestOptions o;
    o.pathTemplate = QStringLiteral("/v1/candidates/{id}");
    return get<domain::Candidate>(u"/v1/candidates/" + QString::fromLatin1(QUrl::toPercentEncoding(id)), o,
                                  std::move(done));
}

ApiReply *ApiClient::applications(const ApplicationFilter &filter, const QString &cursor, int limit,
                                  Callback<domain::Page<domain::Application>> done) {
    RequestOptions o;
    o.query = pageQuery(cursor, limit);
    if (!filter.jobId.isEmpty())
        o.query.addQueryItem(QStringLiteral("job_id"), filter.jobId);
    if (!filter.stageId.isEmpty())
        o.query.addQueryItem(QStringLiteral("stage_id"), filter.stageId);
    if (!filter.status.isEmpty())
        o.query.addQueryItem(QStringLiteral("status"), filter.status);
    return get<domain::Page<domain::Application>>(QStringLiteral("/v1/applications"), o, std::move(done));
}

ApiReply *ApiClient::application(const QString &id, Callback<domain::Application> done) {
    RequestOptions o;
    o.pathTemplate = QStringLiteral("/v1/applications/{id}");
    return get<domain::Application>(u"/v1/applications/" + QString::fromLatin1(QUrl::toPercentEncoding(id)),
                                    o, std::move(done));
}

ApiReply *ApiClient::adminDevices(const QString &cursor, int limit,
                                  Callback<domain::Page<domain::Device>> done) {
    RequestOptions o;
    o.query = pageQuery(cursor, limit);
    return get<domain::Page<domain::Device>>(QStringLiteral("/v1/admin/devices"), o, std::move(done));
}

ApiReply *ApiClient::adminUsers(const QString &cursor, int limit, Callback<domain::Page<domain::User>> done) {
    RequestOptions o;
    o.query = pageQuery(cursor, limit);
    return get<domain::Page<domain::User>>(QStringLiteral("/v1/admin/users"), o, std::move(done));
}

ApiReply *ApiClient::revokeDevice(const QString &id, qint64 version, bool wipe, const QString &idempotencyKey,
                                  Callback<domain::Device> done) {
    RequestOptions o;
    o.ifMatch = version;
    o.idempotencyKey = idempotencyKey;
    o.pathTemplate = QStringLiteral("/v1/admin/devices/{id}/revoke");
    const QJsonObject body{{QStringLiteral("wipe"), wipe}};
    return call<domain::Device>(
        "POST", u"/v1/admin/devices/" + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u"/revoke",
        QJsonDocument(body).toJson(QJsonDocument::Compact), o, std::move(done));
}

ApiReply *ApiClient::moveApplication(const QString &id, qint64 version, const QString &stageId,
                                     const QString &idempotencyKey, Callback<domain::Application> done) {
    RequestOptions o;
    o.ifMatch = version;
    o.idempotencyKey = idempotencyKey;
    o.pathTemplate = QStringLiteral("/v1/applications/{id}/move");
    const QJsonObject body{{QStringLiteral("stage_id"), stageId}};
    return call<domain::Application>(
        "POST", u"/v1/applications/" + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u"/move",
        QJsonDocument(body).toJson(QJsonDocument::Compact), o, std::move(done));
}

ApiReply *ApiClient::rejectApplication(const QString &id, qint64 version, const QString &reasonCode,
                                       const QString &reasonText, const HumanConfirmation &confirmation,
                                       const QString &idempotencyKey, Callback<domain::Application> done) {
    RequestOptions o;
    o.ifMatch = version;
    o.idempotencyKey = idempotencyKey;
    o.pathTemplate = QStringLiteral("/v1/applications/{id}/reject");
    QJsonObject body{{QStringLiteral("reason_code"), reasonCode},
                     {QStringLiteral("human_confirmation"), confirmationJson(confirmation)}};
    if (!reasonText.isEmpty())
        body.insert(QStringLiteral("reason_text"), reasonText);
    return call<domain::Application>(
        "POST", u"/v1/applications/" + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u"/reject",
        QJsonDocument(body).toJson(QJsonDocument::Compact), o, std::move(done));
}

ApiReply *ApiClient::hireApplication(const QString &id, qint64 version, const HumanConfirmation &confirmation,
                                     const QString &idempotencyKey, Callback<domain::Application> done) {
    RequestOptions o;
    o.ifMatch = version;
    o.idempotencyKey = idempotencyKey;
    o.pathTemplate = QStringLiteral("/v1/applications/{id}/hire");
    const QJsonObject body{{QStringLiteral("human_confirmation"), confirmationJson(confirmation)}};
    return call<domain::Application>(
        "POST", u"/v1/applications/" + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u"/hire",
        QJsonDocument(body).toJson(QJsonDocument::Compact), o, std::move(done));
}

ApiReply *ApiClient::changes(const QString &cursor, int limit, Callback<domain::ChangeFeedPage> done) {
    RequestOptions o;
    o.query = pageQuery(cursor, limit);
    return get<domain::ChangeFeedPage>(QStringLiteral("/v1/changes"), o, std::move(done));
}

ApiReply *ApiClient::candidateCv(const QString &candidateId, Callback<QByteArray> done) {
    RequestOptions o;
    o.expectJson = false;
    o.accept = "application/pdf";
    o.pathTemplate = QStringLiteral("/v1/candidates/{id}/cv");
    return request(
        "GET", u"/v1/candidates/" + QString::fromLatin1(QUrl::toPercentEncoding(candidateId)) + u"/cv",
        QByteArray(), o, [done = std::move(done)](const ApiResponse &response, const ApiError &error) {
            ApiResult<QByteArray> result = resultShell<QByteArray>(response, error);
            if (!error.isError()) {
                const QByteArray type = response.contentType.split(';').first().trimmed().toLower();
                if (type != "application/pdf" || !response.body.startsWith("%PDF-"))
                    result.error =
                        ApiError::make(ApiError::Kind::Decode, QStringLiteral("unexpected_content_type"),
                                       QStringLiteral("expected a PDF document"));
                else
                    result.value = response.body;
            }
            if (done)
                done(result);
        });
}

ApiReply *ApiClient::activity(const QString &candidateId, const QString &cursor, int limit,
                              Callback<domain::Page<domain::ActivityEntry>> done) {
    RequestOptions o;
    o.query = pageQuery(cursor, limit);
    o.pathTemplate = QStringLiteral("/v1/candidates/{id}/activity");
    return get<domain::Page<domain::ActivityEntry>>(
        u"/v1/candidates/" + QString::fromLatin1(QUrl::toPercentEncoding(candidateId)) + u"/activity", o,
        std::move(done));
}

ApiReply *ApiClient::evaluations(const QString &applicationId, const QString &cursor, int limit,
                                 Callback<domain::EvaluationList> done) {
    RequestOptions o;
    o.query = pageQuery(cursor, limit);
    o.pathTemplate = QStringLiteral("/v1/applications/{id}/evaluations");
    return get<domain::EvaluationList>(
        u"/v1/applications/" + QString::fromLatin1(QUrl::toPercentEncoding(applicationId)) + u"/evaluations",
        o, std::move(done));
}

ApiReply *ApiClient::applicationAiInsights(const QString &applicationId, const QString &cursor, int limit,
                                           Callback<domain::Page<domain::AiInsight>> done) {
    RequestOptions o;
    o.query = pageQuery(cursor, limit);
    o.pathTemplate = QStringLiteral("/v1/applications/{id}/ai-insights");
    return get<domain::Page<domain::AiInsight>>(
        u"/v1/applications/" + QString::fromLatin1(QUrl::toPercentEncoding(applicationId)) + u"/ai-insights",
        o, std::move(done));
}

ApiReply *ApiClient::notes(const QString &candidateId, const QString &cursor, int limit,
                           Callback<domain::Page<domain::Note>> done) {
    RequestOptions o;
    o.query = pageQuery(cursor, limit);
    o.pathTemplate = QStringLiteral("/v1/candidates/{id}/notes");
    return get<domain::Page<domain::Note>>(
        u"/v1/candidates/" + QString::fromLatin1(QUrl::toPercentEncoding(candidateId)) + u"/notes", o,
        std::move(done));
}

ApiReply *ApiClient::createNote(const QString &candidateId, const QString &body, const QString &visibility,
                                const QString &idempotencyKey, Callback<domain::Note> done) {
    RequestOptions o;
    o.idempotencyKey = idempotencyKey;
    o.pathTemplate = QStringLiteral("/v1/candidates/{id}/notes");
    const QJsonObject json{{QStringLiteral("body"), body}, {QStringLiteral("visibility"), visibility}};
    return call<domain::Note>(
        "POST", u"/v1/candidates/" + QString::fromLatin1(QUrl::toPercentEncoding(candidateId)) + u"/notes",
        QJsonDocument(json).toJson(QJsonDocument::Compact), o, std::move(done));
}

} // namespace hirex::api
