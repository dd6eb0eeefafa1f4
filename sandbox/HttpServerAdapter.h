#pragma once

#include "sandbox/HttpTypes.h"

#include <QAbstractHttpServer>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>

class QTcpSocket;

namespace hirex::sandbox {

class SseConnection;

// The only class that knows the QHttpServer API, which changed twice:
//  - Qt 6.4 hands us (request, socket), serves TLS through sslSetup() + listen() and streams
//    with writeStatusLine()/writeHeader()/writeBody();
//  - Qt 6.5-6.7 hand us (request, responder&) instead of the socket; the rest is as in 6.4;
//  - Qt 6.8 also serves TLS by bind()ing a listening QSslServer and streams with
//    writeBeginChunked()/writeChunk(), headers as QHttpHeaders.
// All are implemented here (#if QT_VERSION) and nowhere else; the rest of the sandbox sees only
// HttpRequest / HttpResponse / SseConnection. Only the Qt 6.4 code is compiled on the project's
// machines; the others follow the Qt documentation of their versions.
class HttpServerAdapter : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    using StreamHandler = std::function<void(SseConnection *)>;

    HttpServerAdapter(Handler handler, StreamHandler streamHandler, QObject *parent = nullptr);
    ~HttpServerAdapter() override;

    void setLatencyMs(int ms) { m_latencyMs = ms; }
    // TLS when certificate is non-null; returns the bound port or 0 on failure.
    quint16 start(const QSslCertificate *certificate, const QSslKey *key, quint16 port);

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#elif QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
    static HttpRequest convert(const QHttpServerRequest &request);
    void respond(const HttpRequest &request, std::shared_ptr<QHttpServerResponder> responder,
                 QTcpSocket *socket);
    void abortLater(QTcpSocket *socket);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    QTcpSocket *socketFor(const QHttpServerRequest &request) const;
#endif

    Handler m_handler;
    StreamHandler m_streamHandler;
    int m_latencyMs = 0;
};

} // namespace hirex::sandbox
