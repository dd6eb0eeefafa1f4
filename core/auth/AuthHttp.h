#pragma once

#include "core/auth/AuthTransport.h"
#include "core/util/UserMessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QObject;

namespace hirex::auth {

// The answer to one HTTP exchange. `error` is set only when no HTTP response arrived (network,
// TLS, timeout, size limit, refused URL); HTTP error statuses come back with their body.
struct AuthHttpResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    UserMessage error;

    bool ok() const { return !error.isError() && status >= 200 && status < 300; }
};

// The few HTTP calls the sign-in layer makes (discovery, token, revocation, device registration),
// with the transport rules applied: https only (loopback http behind the development switch),
// no redirects followed, a timeout, and a response size limit. Answers come on the event loop.
class AuthHttp {

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Callback = std::function<void(const AuthHttpResponse &response)>;

    // https, or http to a loopback host when `allowLoopbackHttp` is on. Nothing else.
    // The loopback test is TransportPolicy's, the one rule for the whole client.
    static bool isUrlAllowed(const QUrl &url, bool allowLoopbackHttp);

    // `context` owns the request: deleting it aborts the request and no callback runs.
    static void get(const AuthTransport &transport, const QUrl &url, const Headers &headers, QObject *context,
                    Callback done);
    static void postForm(const AuthTransport &transport, const QUrl &url, const QUrlQuery &form,
                         const Headers &headers, QObject *context, Callback done);
    static void postJson(const AuthTransport &transport, const QUrl &url, const QByteArray &json,
                         const Headers &headers, QObject *context, Callback done);

private:
    static void send(const AuthTransport &transport, const QByteArray &verb, const QUrl &url,
                     const QByteArray &body, const QByteArray &contentType, const Headers &headers,
                     QObject *context, Callback done);
};

} // namespace hirex::auth
