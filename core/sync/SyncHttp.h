#pragma once

#include "core/api/ApiError.h"
#include "core/api/RetryPolicy.h"
#include "core/api/TransportPolicy.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace hirex::auth {
class AccessTokenProvider;
}

namespace hirex::api {
class ApiClient;
}

namespace hirex::sync {

// The answer to one request: either a transport/HTTP error (error.kind != None) or a 2xx with
// its body. `etag` is the strong ETag's integer when the server sent one.
struct HttpResult {
    int status = 0;
    QByteArray body;
    std::optional<qint64> etagVersion;
    bool replayed = false; // Idempotent-Replayed: true
    api::ApiError error;

    bool ok() const { return !error.isError(); }
};

// The small request runner of the sync layer, on its own QNetworkAccessManager (so the engine
// can live on a worker thread): TransportPolicy for TLS and URL checks, the bearer token and
// device id from the AccessTokenProvider, one refresh on 401, and retries with backoff for
// idempotent requests (GETs, and mutations that carry an Idempotency-Key) per RetryPolicy.
//
// The provider may live on another thread (the GUI's session manager): the token is read
// through a blocking queued call then, and refreshes are requested on its thread.
class SyncHttp : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpResult &result)>;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    SyncHttp(const api::TransportPolicy &policy, const QUrl &baseUrl, auth::AccessTokenProvider *tokens,
             QObject *parent = nullptr);
    ~SyncHttp() override;

    void setRetryPolicy(const api::RetryPolicy &policy);
    const api::RetryPolicy &retryPolicy() const { return m_retry; }
    QUrl baseUrl() const { return m_baseUrl; }
    // The API client on this object's thread, with the same server, TLS policy and token
    // provider: the change stream (api::EventStreamClient) runs on it.
    api::ApiClient *apiClient() const { return m_api; }

    // `pathAndQuery` is relative to the base URL, e.g. "/v1/changes?cursor=12&limit=500".
    // `done` is called exactly once, on the event loop (never inside this call).
    void send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
              const Headers &headers, Callback done);
    void get(const QString &pathAndQuery, Callback done) {
        send("GET", pathAndQuery, {}, {}, std::move(done));
    }

    // Aborts every request in flight; their callbacks get kind Cancelled.
    void abortAll();

    // Bytes received in response bodies so far (progress reporting).
    qint64 bytesReceived() const { return m_bytesReceived; }

    // Maps a finished reply to a result (transport error, problem+json, or success).
    HttpResult resultFor(QNetworkReply *reply, const QByteArray &body) const;

private:
    struct Call;
    void attempt(const std::shared_ptr<Call> &call);
    void finished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    QNetworkRequest makeRequest(const QString &pathAndQuery, const Headers &headers) const;
    QString currentToken() const;
    QString currentDeviceId() const;
    void refreshThen(std::function<void(bool refreshed)> then);

    api::TransportPolicy m_policy;
    QUrl m_baseUrl;
    QPointer<auth::AccessTokenProvider> m_tokens;
    QNetworkAccessManager *m_network;
    api::ApiClient *m_api;
    api::RetryPolicy m_retry;
    QList<QPointer<QNetworkReply>> m_inFlight;
    qint64 m_bytesReceived = 0;
};

} // namespace hirex::sync
