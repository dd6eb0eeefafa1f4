#include "core/sync/SyncHttp.h"

#include "core/api/ApiClient.h"
#include "core/api/ProblemDetails.h"
#include "core/auth/AccessTokenProvider.h"
#include "core/sync/SyncLog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

namespace hirex::sync {

struct SyncHttp::Call {
    QByteArray method;
    QString path;
    QByteArray body;
    Headers headers;
    Callback done;
    int attempt = 0;
    bool refreshed = false;
    bool hasIdempotencyKey = false;
};

SyncHttp::SyncHttp(const api::TransportPolicy &policy, const QUrl &baseUrl, auth::AccessTokenProvider *tokens,
                   QObject *parent)
    : QObject(parent)
    , m_policy(policy)
    , m_baseUrl(baseUrl)
    , m_tokens(tokens)
    , m_network(new QNetworkAccessManager(this))
    , m_api(new api::ApiClient(baseUrl, policy, tokens, this)) {
    // Redirects are never followed: an API answer is final, and a redirect could leak the token.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SyncHttp::~SyncHttp() {
    // No callbacks during destruction: their owners may already be gone.
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

void SyncHttp::setRetryPolicy(const api::RetryPolicy &policy) {
    m_retry = policy;
    m_api->setRetryPolicy(policy);
}

void SyncHttp::abortAll() {
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            api::TransportPolicy::markCancelled(reply);
            reply->abort();
        }
    }
}

QString SyncHttp::currentToken() const {
    if (!m_tokens)
        return {};
    if (m_tokens->thread() == QThread::currentThread())
        return m_tokens->accessToken();
    QString token;
    QMetaObject::invokeMethod(
        m_tokens.data(), [&token, this] { token = m_tokens->accessToken(); }, Qt::BlockingQueuedConnection);
    return token;
}

QString SyncHttp::currentDeviceId() const {
    if (!m_tokens)
        return {};
    if (m_tokens->thread() == QThread::currentThread())
        return m_tokens->deviceId();
    QString id;
    QMetaObject::invokeMethod(
        m_tokens.data(), [&id, this] { id = m_tokens->deviceId(); }, Qt::BlockingQueuedConnection);
    return id;
}

void SyncHttp::refreshThen(std::function<void(bool refreshed)> then) {
    if (!m_tokens) {
        QTimer::singleShot(0, this, [then] { then(false); });
        return;
    }
    QPointer<SyncHttp> self(this);
    auto provider = m_tokens;
    // Runs on the provider's thread; the answer comes back to ours.
    QMetaObject::invokeMethod(provider.data(), [provider, self, then] {
        if (!provider)
            return;
        provider->refreshAccessToken([self, then](bool refreshed, const UserMessage &) {
            if (self)
                QMetaObject::invokeMethod(
                    self.data(), [then, refreshed] { then(refreshed); }, Qt::QueuedConnection);
        });
    });
}

QNetworkRequest SyncHttp::makeRequest(const QString &pathAndQuery, const Headers &headers) const {
    QUrl url = m_baseUrl;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    QString path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(q < 0 ? QString() : pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    m_policy.apply(request);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    const QString token = currentToken();
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    const QString device = currentDeviceId();
    if (!device.isEmpty())
        request.setRawHeader("X-Hirex-Device", device.toLatin1());
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    return request;
}

void SyncHttp::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                    const Headers &headers, Callback done) {
    auto call = std::make_shared<Call>();
    call->method = method;
    call->path = pathAndQuery;
    call->body = body;
    call->headers = headers;
    call->done = std::move(done);
    for (const auto &header : headers) {
        if (header.first.compare("Idempotency-Key", Qt::CaseInsensitive) == 0)
            call->hasIdempotencyKey = true;
    }
    QTimer::singleShot(0, this, [this, call] { attempt(call); });
}

void SyncHttp::attempt(const std::shared_ptr<Call> &call) {
    ++call->attempt;
    QNetworkRequest request = makeRequest(call->path, call->headers);
    const api::ApiError urlError = m_policy.checkUrl(request.url());
    if (urlError.isError()) {
        HttpResult result;
        result.error = urlError;
        call->done(result);
        return;
    }
    if (!call->body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = call->method == "GET"
                               ? m_network->get(request)
                               : m_network->sendCustomRequest(request, call->method, call->body);
    m_policy.watch(reply);
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finished(call, reply); });
}

void SyncHttp::finished(const std::shared_ptr<Call> &call, QNetworkReply *reply) {
    m_inFlight.removeAll(QPointer<QNetworkReply>(reply));
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    m_bytesReceived += body.size();
    HttpResult result = resultFor(reply, body);
    const QString pathOnly = call->path.section(QLatin1Char('?'), 0, 0);
    if (result.ok()) {
        qCDebug(lcSync) << call->method << pathOnly << result.status << "bytes" << body.size();
        call->done(result);
        return;
    }
    qCDebug(lcSync) << call->method << pathOnly << "failed" << result.status << result.error.code;
    if (result.error.kind == api::ApiError::Kind::Unauthorized && !call->refreshed) {
        call->refreshed = true;
        QPointer<SyncHttp> self(this);
        refreshThen([self, call, result](bool refreshed) {
            if (!self)
                return;
            if (refreshed)
                self->attempt(call);
            else
                call->done(result);
        });
        return;
    }
    if (result.error.kind != api::ApiError::Kind::Cancelled &&
        m_retry.shouldRetry(call->attempt, call->method, call->hasIdempotencyKey, result.error)) {
        const auto delay = m_retry.delayFor(call->attempt, result.error);
        // Precise: a coarse timer may fire up to 5% early, before the server's Retry-After.
        QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, call] { attempt(call); });
        return;
    }
    call->done(result);
}

HttpResult SyncHttp::resultFor(QNetworkReply *reply, const QByteArray &body) const {
    HttpResult result;
    result.body = body;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray etag = reply->rawHeader("ETag");
    if (etag.size() >= 3 && etag.startsWith('"') && etag.endsWith('"')) {
        bool ok = false;
        const qint64 v = etag.mid(1, etag.size() - 2).toLongLong(&ok);
        if (ok)
            result.etagVersion = v;
    }
    result.replayed =
        reply->rawHeader("Idempotent-Replayed").trimmed().compare("true", Qt::CaseInsensitive) == 0;
    const api::ApiError transport = m_policy.transportError(reply);
    if (transport.isError()) {
        result.error = transport;
        return result;
    }
    if (result.status >= 200 && result.status < 300)
        return result;
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    api::ApiError error;
    if (contentType.startsWith("application/problem+json")) {
        domain::DecodeError decodeError;
        if (auto problem = api::ProblemDetails::parse(body, &decodeError))
            error = problem->toApiError(result.status);
    }
    if (!error.isError())
        error = api::ApiError::make(api::ApiError::kindFor(result.status, QString()),
                                    QStringLiteral("http_error"),
                                    QStringLiteral("HTTP %1").arg(result.status), result.status);
    error.status = result.status;
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    if (!retryAfter.isEmpty())
        error.retryAfterSeconds =
            api::RetryPolicy::parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
    result.error = error;
    return result;
}

} // namespace hirex::sync
