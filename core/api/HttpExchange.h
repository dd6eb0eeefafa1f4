#pragma once

#include "core/api/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;
class QObject;

namespace hirex::api {

class TransportPolicy;

// One request as the caller wants it sent.
struct HttpExchangeRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;
    // Sent as given (Accept, Content-Type, Idempotency-Key, ...).
    QList<QPair<QByteArray, QByteArray>> headers;
    // Larger answers are aborted; 0 = the policy's limit.
    qint64 maxResponseBytes = 0;
    // Last touch before sending (the API client's bearer token and device header).
    std::function<void(QNetworkRequest &)> prepare;
};

// What came back. `transport` is set when no HTTP answer arrived: the URL was refused, TLS,
// pinning, timeout, network, cancelled, or an answer over the size limit. HTTP error statuses
// come back as they are, with their body: what they mean is the caller's business.
struct HttpExchangeResult {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QString reasonPhrase;
    QList<QNetworkReply::RawHeaderPair> headers;
    ApiError transport;
    // The request was never sent (its URL was refused): retrying cannot help.
    bool refused = false;

    QByteArray rawHeader(const QByteArray &name) const;
};

// The one path by which the client sends a request, shared by the API client (core/api) and
// the sign-in layer (core/auth): the transport policy's URL check and TLS configuration (TLS
// 1.2+, extra CAs, SPKI pins), its timeout and its error mapping; no redirects followed (one
// could carry a token or a code to another host); no HTTP cache; and a size limit enforced
// both on the announced Content-Length and while the body arrives. The change stream is the
// only other request (EventStreamClient), and it applies the same policy.
class HttpExchange {
public:
    using Callback = std::function<void(const HttpExchangeResult &result)>;

    // Sends `request`. `done` runs once, on the event loop and never inside this call, unless
    // `context` or `network` is deleted first (either also aborts the request). Returns the
    // reply, owned by `network` (watch it with a QPointer), for abort() (mark it with
    // TransportPolicy::markCancelled first), or nullptr when the URL was refused before any I/O.
    static QNetworkReply *send(QNetworkAccessManager *network, const TransportPolicy &policy,
                               const HttpExchangeRequest &request, QObject *context, Callback done);
};

} // namespace hirex::api
