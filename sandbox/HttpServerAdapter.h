#pragma once

#include "sandbox/HttpTypes.h"

#include <QAbstractHttpServer>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>

namespace hirex::sandbox {

class SseConnection;

// The only class that knows the QHttpServer API. Qt 6.4 hands us (request, socket); Qt 6.8
// replaced that with (request, responder&) and bind(). Porting means touching this file only.
class HttpServerAdapter : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    using StreamHandler = std::function<void(SseConnection *)>;

    HttpServerAdapter(Handler handler, StreamHandler streamHandler, QObject *parent = nullptr);

    void setLatencyMs(int ms) { m_latencyMs = ms; }
    // TLS when certificate is non-null; returns the bound port or 0 on failure.
    quint16 start(const QSslCertificate *certificate, const QSslKey *key, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static HttpRequest convert(const QHttpServerRequest &request);
    void respond(const HttpRequest &request, QHttpServerResponder &responder,
                 std::shared_ptr<QHttpServerResponder> shared, QTcpSocket *socket);

    Handler m_handler;
    StreamHandler m_streamHandler;
    int m_latencyMs = 0;
};

} // namespace hirex::sandbox
