#pragma once

#include "core/api/ApiError.h"
#include "core/api/RetryPolicy.h"
#include "core/api/TransportPolicy.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace hirex::auth {
class AccessTokenProvider;
}

namespace hirex::api {
class ApiClient;
class ApiReply;
} // namespace hirex::api

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

// The sync layer's view of the API: raw requests by path ("/v1/changes?cursor=12"), answered as
// HttpResult. Every request goes through api::ApiClient's one request path (TLS policy and URL
// checks, the response size cap, the bearer token and device id, one shared refresh on 401,
// device_revoked, problem+json, retries with backoff and Retry-After for idempotent requests),
// so none of that is written twice. Bodies stay raw: the engine decodes feed pages itself,
// once.
//
// Lives on one thread with its ApiClient and its AccessTokenProvider (the sync worker's
// RelayedTokenProvider, or hirexctl's session on its main thread): reading the token is a plain
// call, never a blocking one across threads.
class SyncHttp : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpResult &result)>;

    // What makes a mutation safe to send again: the logical change's Idempotency-Key (the same
    // on every retry and replay; with it, mutations are retried like GETs) and the version the
    // user saw (If-Match).
    struct Conditions {
        QString idempotencyKey;
        std::optional<qint64> ifMatch;
    };

    SyncHttp(const api::TransportPolicy &policy, const QUrl &baseUrl, auth::AccessTokenProvider *tokens,
             QObject *parent = nullptr);
    ~SyncHttp() override;

    void setRetryPolicy(const api::RetryPolicy &policy);
    QUrl baseUrl() const;
    // The API client on this object's thread, with the same server, TLS policy and token
    // provider: the change stream (api::EventStreamClient) runs on it too.
    api::ApiClient *apiClient() const { return m_api; }

    // `pathAndQuery` is relative to the base URL, e.g. "/v1/changes?cursor=12&limit=500".
    // `done` is called exactly once, on the event loop (never inside this call).
    void send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
              const Conditions &conditions, Callback done);
    void get(const QString &pathAndQuery, Callback done) {
        send("GET", pathAndQuery, {}, {}, std::move(done));
    }

    // Aborts every request in flight; their callbacks get kind Cancelled.
    void abortAll();

    // Bytes received in response bodies so far (progress reporting).
    qint64 bytesReceived() const { return m_bytesReceived; }

Q_SIGNALS:
    // The server revoked this device (401 device_revoked); the request fails with that error too.
    void deviceRevoked(const hirex::api::ApiError &error);

private:
    api::ApiClient *m_api;
    QList<QPointer<api::ApiReply>> m_inFlight;
    qint64 m_bytesReceived = 0;
};

} // namespace hirex::sync
