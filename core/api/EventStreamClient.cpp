#include "core/api/EventStreamClient.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiLog.h"
#include "core/api/ApiUrl.h"
#include "core/api/ProblemDetails.h"
#include "core/auth/AccessTokenProvider.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace hirex::api {

EventStreamClient::EventStreamClient(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {
    m_retry.baseDelay = std::chrono::seconds(1);
    m_retry.maxDelay = std::chrono::seconds(60);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventStreamClient::connectNow);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcApi) << "event stream idle; reconnecting";
        if (m_reply)
            m_reply->abort();
    });
}

EventStreamClient::~EventStreamClient() {
    stop();
}

void EventStreamClient::start() {
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    m_reconnectTimer.start(0);
}

void EventStreamClient::stop() {
    m_running = false;
    m_reconnectTimer.stop();
    m_idleTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_connected = false;
}

void EventStreamClient::connectNow() {
    if (!m_running || !m_client)
        return;
    const QUrl url = ApiUrl::join(m_client->baseUrl(), m_path);
    const ApiError refused = m_client->policy().checkUrl(url);
    if (refused.isError()) {
        m_running = false;
        Q_EMIT disconnected(refused);
        return;
    }
    QNetworkRequest request(url);
    m_client->policy().apply(request);
    // A stream is long-lived: the transfer timeout must not cut it; the idle timer watches it.
    request.setTransferTimeout(0);
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    m_client->applyCredentials(request);
    m_tokenGeneration = m_client->tokenGeneration();
    if (!m_parser.lastEventId().isEmpty())
        request.setRawHeader("Last-Event-ID", m_parser.lastEventId().toUtf8());
    m_parser.reset();
    m_sawBytes = false;
    QNetworkReply *reply = m_client->networkAccessManager()->get(request);
    m_reply = reply;
    m_client->policy().watch(reply);
    connect(reply, &QNetworkReply::readyRead, this, &EventStreamClient::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &EventStreamClient::onFinished);
    m_idleTimer.start(m_idleTimeout);
}

void EventStreamClient::onReadyRead() {
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // the error body is read in onFinished
    const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (!type.startsWith("text/event-stream")) {
        m_reply->abort();
        return;
    }
    m_idleTimer.start(m_idleTimeout);
    if (!m_connected) {
        m_connected = true;
        m_failures = 0;
        m_refreshTried = false;
        qCInfo(lcApi) << "event stream connected";
        Q_EMIT connected();
    }
    const QByteArray bytes = m_reply->readAll();
    m_sawBytes = m_sawBytes || !bytes.isEmpty();
    const QList<SseEvent> events = m_parser.feed(bytes);
    for (const SseEvent &event : events) {
        Q_EMIT eventReceived(event);
        if (!m_reply)
            return; // a slot stopped us
    }
    if (m_parser.failed()) {
        qCWarning(lcApi) << "event stream: event too large; reconnecting";
        m_reply->abort();
    }
}

void EventStreamClient::onFinished() {
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_idleTimer.stop();
    const bool wasConnected = m_connected;
    m_connected = false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiError error = m_client->policy().transportError(reply);
    if (!error.isError() && status != 200 && status != 0) {
        domain::DecodeError ignored;
        const auto problem = ProblemDetails::parse(reply->readAll(), &ignored);
        error = problem ? problem->toApiError(status)
                        : ApiError::make(ApiError::kindFor(status, QString()),
                                         QStringLiteral("http_%1").arg(status), QString(), status);
        if (status == 429 || status == 503)
            error.retryAfterSeconds = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                                   QDateTime::currentDateTimeUtc());
    }
    if (!error.isError())
        error = ApiError::make(ApiError::Kind::Network, QStringLiteral("stream_ended"),
                               QStringLiteral("stream ended"));
    if (wasConnected || m_sawBytes)
        m_failures = 0;
    if (error.kind == ApiError::Kind::DeviceRevoked) {
        m_running = false;
        Q_EMIT m_client->deviceRevoked(error);
        Q_EMIT disconnected(error);
        return;
    }
    if (error.kind == ApiError::Kind::Unauthorized && m_client->tokenProvider() && !m_refreshTried) {
        m_refreshTried = true;
        QPointer<EventStreamClient> self(this);
        Q_EMIT disconnected(error);
        if (m_tokenGeneration != m_client->tokenGeneration()) {
            // The token was replaced while we connected: try the new one, refresh nothing.
            m_reconnectTimer.start(0);
            return;
        }
        // The client's one refresh, shared with the API calls that got a 401 meanwhile.
        m_client->refreshAccessToken([self](bool refreshed, const UserMessage &) {
            if (!self || !self->m_running)
                return;
            if (refreshed)
                self->m_reconnectTimer.start(0);
            else
                self->m_running = false;
        });
        return;
    }
    if (error.kind == ApiError::Kind::Tls || error.kind == ApiError::Kind::InsecureUrl ||
        error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Forbidden) {
        // Retrying cannot fix these; the app shows the error and restarts the stream later.
        m_running = false;
        Q_EMIT disconnected(error);
        return;
    }
    Q_EMIT disconnected(error);
    scheduleReconnect(error);
}

void EventStreamClient::scheduleReconnect(const ApiError &error) {
    if (!m_running)
        return;
    ++m_failures;
    auto delay = m_retry.delayFor(m_failures, error);
    if (const auto serverRetry = m_parser.retryMs())
        delay = std::max(delay, std::chrono::milliseconds(*serverRetry));
    qCInfo(lcApi) << "event stream reconnect in" << delay.count() << "ms after" << error.code;
    m_reconnectTimer.start(delay);
}

} // namespace hirex::api
