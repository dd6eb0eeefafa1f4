#pragma once

#include "core/api/ApiError.h"
#include "core/api/RetryPolicy.h"
#include "core/api/SseParser.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

class QNetworkReply;

namespace hirex::api {

class ApiClient;

// Listens to GET /v1/changes/stream (text/event-stream) and reports each event. The stream
// is a hint ("there are changes up to cursor X"); the change feed stays the source of truth,
// so a lost event costs latency, never data.
//
// It reconnects after any end or error with full-jitter backoff (reset once a connection
// delivered bytes), honours the server's `retry:` field as the minimum delay, refreshes the
// token once on 401 (through ApiClient's shared refresh), stops for good on device_revoked
// (ApiClient::deviceRevoked fires), and treats silence longer than the idle timeout as a dead connection: the
// server sends a
// `: keepalive` comment every 15 s, so 45 s without a single byte means the connection is
// half-open (a NAT or proxy dropped it without a FIN), and without this watchdog the client
// would wait on it forever. SyncEngine's live mode and the tests use this one client.
class EventStreamClient : public QObject {
    Q_OBJECT

public:
    explicit EventStreamClient(ApiClient *client, QObject *parent = nullptr);
    ~EventStreamClient() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    void setPath(const QString &path) { m_path = path; }
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }
    void setRetryPolicy(const RetryPolicy &retry) { m_retry = retry; }

Q_SIGNALS:
    void connected();
    void eventReceived(const hirex::api::SseEvent &event);
    // The connection ended; `error` says why, and a reconnect is scheduled unless stopped.
    void disconnected(const hirex::api::ApiError &error);

private:
    void connectNow();
    void onReadyRead();
    void onFinished();
    void scheduleReconnect(const ApiError &error);

    QPointer<ApiClient> m_client; // may go first (SyncHttp owns the sync engine's)
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    RetryPolicy m_retry;
    QTimer m_reconnectTimer;
    QTimer m_idleTimer;
    QString m_path = QStringLiteral("/v1/changes/stream");
    std::chrono::milliseconds m_idleTimeout{std::chrono::seconds(45)};
    int m_failures = 0;
    quint64 m_tokenGeneration = 0; // ApiClient::tokenGeneration() when this connection was made
    bool m_running = false;
    bool m_connected = false;
    bool m_refreshTried = false;
    bool m_sawBytes = false;
};

} // namespace hirex::api
