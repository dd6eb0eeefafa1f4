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
#include <QHttpHeaders>
#include <QSslServer>
#include <QTcpServer>
#endif

namespace hirex::sandbox {

namespace {

QSslConfiguration serverTlsConfiguration(const QSslCertificate &certificate, const QSslKey &key) {
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    return config;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
// Response headers as QHttpHeaders. Content-Length is left out: QHttpServerResponder::write()
// adds it (and chunked streams must not have one).
QHttpHeaders toHttpHeaders(const QList<QPair<QByteArray, QByteArray>> &headers) {
    QHttpHeaders out;
    for (const auto &h : headers) {
        if (h.first.compare(QByteArrayLiteral("Content-Length"), Qt::CaseInsensitive) == 0)
            continue;
        if (!out.append(QAnyStringView(h.first), QAnyStringView(h.second)))
            qCWarning(lcSandboxHttp) << "invalid response header" << h.first;
    }
    return out;
}
#endif

} // namespace

HttpServerAdapter::HttpServerAdapter(Handler handler, StreamHandler streamHandler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_streamHandler(std::move(streamHandler)) {}

HttpServerAdapter::~HttpServerAdapter() {
    // Open event streams hold responders that refer to Qt's per-connection objects (our
    // children too); release the streams first, while those still exist.
    qDeleteAll(findChildren<SseConnection *>(Qt::FindDirectChildrenOnly));
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
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Qt 6.8: QHttpHeaders (names already normalised to lower case; lowered again to be sure).
    const QHttpHeaders &headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const auto name = headers.nameAt(i);
        r.headers.insert(QByteArray(name.data(), name.size()).toLower(),
                         headers.valueAt(i).toByteArray().trimmed());
    }
#else
    for (const auto &h : request.headers())
        r.headers.insert(h.first.toLower(), h.second.trimmed());
#endif
    r.body = request.body();
    r.remote = request.remoteAddress();
    return r;
}

void HttpServerAdapter::abortLater(QTcpSocket *socket) {
    // Abort after the event loop returns: Qt's request parser still uses the socket right now.
    QPointer<QTcpSocket> guard(socket);
    QMetaObject::invokeMethod(
        this,
        [guard] {
            if (guard)
                guard->abort();
        },
        Qt::QueuedConnection);
}

// ---- Listening: TLS through QSslServer from Qt 6.8, through sslSetup() before -------------------

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)

quint16 HttpServerAdapter::start(const QSslCertificate *certificate, const QSslKey *key, quint16 port) {
    QTcpServer *server = nullptr;
    if (certificate && key) {
        QSslConfiguration config = serverTlsConfiguration(*certificate, *key);
        // HTTP/1.1 only, as with Qt 6.4: over HTTP/2 one connection carries many requests, so
        // --drop-rate (abort the connection) and per-connection event streams would change meaning.
        config.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(config);
        server = ssl;
    } else {
        server = new QTcpServer(this);
    }
    // bind() wants a listening server and then owns it (it becomes our child).
    if (!server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSandboxHttp) << "listen failed:" << server->errorString();
        delete server;
        return 0;
    }
    if (!bind(server)) {
        delete server;
        return 0;
    }
    return server->serverPort();
}

#else

quint16 HttpServerAdapter::start(const QSslCertificate *certificate, const QSslKey *key, quint16 port) {
    if (certificate && key)
        sslSetup(serverTlsConfiguration(*certificate, *key));
    return listen(QHostAddress::LocalHost, port);
}

#endif

// ---- Requests: Qt 6.5 and later hand us a responder, Qt 6.4 the socket ----------------------

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)

// Written against the Qt 6.5-6.9 documentation; not compiled on the project's Qt 6.4 machines.

QTcpSocket *HttpServerAdapter::socketFor(const QHttpServerRequest &request) const {
    // Since Qt 6.5 the connection's socket is not handed out. Its per-connection handler and socket
    // are our (grand)children, so find the one whose peer is the request's remote end.
    const quint16 port = request.remotePort();
    const QHostAddress address = request.remoteAddress();
    const auto sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        if (socket->peerPort() == port && socket->peerAddress().isEqual(address))
            return socket;
    }
    return nullptr;
}

bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) {
    HttpRequest converted = convert(request);
    // Needed to drop the connection, to watch an event stream and to skip late answers.
    QTcpSocket *socket = socketFor(request);
    // The responder is move-only; a shared owner lets it outlive this call (latency, streams).
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    if (m_latencyMs > 0) {
        // Injected latency: answer later, unless the client went away meanwhile.
        QPointer<QTcpSocket> guard(socket);
        const bool known = socket != nullptr;
        QTimer::singleShot(m_latencyMs, this, [this, converted, shared, guard, known] {
            if (!known || (guard && guard->state() == QAbstractSocket::ConnectedState))
                respond(converted, shared, guard.data());
        });
        return true;
    }
    respond(converted, shared, socket);
    return true;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
void HttpServerAdapter::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder) {
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}
#else
void HttpServerAdapter::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder) {
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}
#endif

#else

bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    HttpRequest converted = convert(request);
    auto shared = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (m_latencyMs > 0) {
        // Injected latency: answer later, unless the client went away meanwhile.
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(m_latencyMs, this, [this, converted, shared, guard] {
            if (guard)
                respond(converted, shared, guard.data());
        });
        return true;
    }
    respond(converted, shared, socket);
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

#endif

void HttpServerAdapter::respond(const HttpRequest &request, std::shared_ptr<QHttpServerResponder> responder,
                                QTcpSocket *socket) {
    const HttpResponse response = m_handler(request);
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
    if (response.drop) {
        if (socket)
            abortLater(socket);
        else
            qCWarning(lcSandboxHttp) << "cannot find the connection to drop; leaving it unanswered";
        return;
    }
    if (response.stream) {
        QHttpServerResponder *r = responder.get();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QHttpHeaders headers = toHttpHeaders(response.headers);
        if (!headers.append(QHttpHeaders::WellKnownHeader::CacheControl,
                            QAnyStringView(QByteArrayLiteral("no-cache"))))
            qCWarning(lcSandboxHttp) << "cannot set Cache-Control";
        r->writeBeginChunked(headers, status);
        r->writeChunk(QByteArrayLiteral(": stream open\n\n"));
        // When the stream is released, end the chunked body: only then does Qt's connection
        // handler return to idle and free itself once the socket is gone.
        std::shared_ptr<QHttpServerResponder> stream(
            new QHttpServerResponder(std::move(*responder)), [](QHttpServerResponder *open) {
                open->writeEndChunked(QByteArrayLiteral(": end\n\n"));
                delete open;
            });
        responder.reset();
        auto writer = [stream](const QByteArray &chunk) {
            stream->writeChunk(chunk);
        };
#else
        r->writeStatusLine(status);
        for (const auto &h : response.headers)
            r->writeHeader(h.first, h.second);
        r->writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
        r->writeBody(QByteArrayLiteral(": stream open\n\n"));
        auto writer = [responder](const QByteArray &chunk) {
            responder->writeBody(chunk);
        };
#endif
        auto *connection = new SseConnection(std::move(writer), socket, this);
        m_streamHandler(connection);
        return;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    responder->write(response.body, toHttpHeaders(response.headers), status);
#else
    responder->writeStatusLine(status);
    for (const auto &h : response.headers)
        responder->writeHeader(h.first, h.second);
    responder->writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder->writeBody(response.body);
#endif
}

} // namespace hirex::sandbox
