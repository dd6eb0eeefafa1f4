#include "sandbox/HttpServerAdapter.h"

#include "sandbox/SandboxLog.h"
#include "sandbox/SseConnection.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#error "HttpServerAdapter targets the Qt 6.4 QAbstractHttpServer API; port handleRequest/listen here"
#endif

namespace hirex::sandbox {

HttpServerAdapter::HttpServerAdapter(Handler handler, StreamHandler streamHandler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_streamHandler(std::move(streamHandler)) {}

quint16 HttpServerAdapter::start(const QSslCertificate *certificate, const QSslKey *key, quint16 port) {
    if (certificate && key) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(*certificate);
        config.setPrivateKey(*key);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        sslSetup(config);
    }
    return listen(QHostAddress::LocalHost, port);
}

HttpRequest HttpServerAdapter::convert(const QHttpServerRequest &request) {
    HttpRequest r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = QByteArrayLiteral("GET");
        break;
    case QHttpServerRequest::Method::Put:
        r.method = QByteArrayLiteral("PUT");
        break;
    case QHttpServerRequest::Method::Delete:
        r.method = QByteArrayLiteral("DELETE");
        break;
    case QHttpServerRequest::Method::Post:
        r.method = QByteArrayLiteral("POST");
        break;
    case QHttpServerRequest::Method::Head:
        r.method = QByteArrayLiteral("HEAD");
        break;
    case QHttpServerRequest::Method::Options:
        r.method = QByteArrayLiteral("OPTIONS");
        break;
    case QHttpServerRequest::Method::Patch:
        r.method = QByteArrayLiteral("PATCH");
        break;
    default:
        r.method = QByteArrayLiteral("UNKNOWN");
        break;
    }
    r.path = request.url().path(QUrl::FullyDecoded);
    // Form-style queries encode spaces as '+'; QUrlQuery would keep them literally.
    QString rawQuery = request.url().query(QUrl::FullyEncoded);
    rawQuery.replace(QLatin1Char('+'), QStringLiteral("%20"));
    r.query = QUrlQuery(rawQuery);
    for (const auto &h : request.headers())
        r.headers.insert(h.first.toLower(), h.second.trimmed());
    r.body = request.body();
    r.remote = request.remoteAddress();
    return r;
}

bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    HttpRequest converted = convert(request);
    auto shared = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (m_latencyMs > 0) {
        // Injected latency: answer later, unless the client went away meanwhile.
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(m_latencyMs, this, [this, converted, shared, guard] {
            if (guard)
                respond(converted, *shared, shared, guard.data());
        });
        return true;
    }
    respond(converted, *shared, shared, socket);
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

void HttpServerAdapter::respond(const HttpRequest &request, QHttpServerResponder &responder,
                                std::shared_ptr<QHttpServerResponder> shared, QTcpSocket *socket) {
    const HttpResponse response = m_handler(request);
    if (response.drop) {
        // Abort after the event loop returns: the parser still owns the socket right now.
        QPointer<QTcpSocket> guard(socket);
        QMetaObject::invokeMethod(
            this,
            [guard] {
                if (guard)
                    guard->abort();
            },
            Qt::QueuedConnection);
        return;
    }
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    if (response.stream) {
        responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
        responder.writeBody(QByteArrayLiteral(": stream open\n\n"));
        auto *connection = new SseConnection(std::move(shared), socket, this);
        m_streamHandler(connection);
        return;
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

} // namespace hirex::sandbox
