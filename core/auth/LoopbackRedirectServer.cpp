#include "core/auth/LoopbackRedirectServer.h"

#include "core/auth/AuthLogging.h"

#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace hirex::auth {

namespace {

const char *reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

// Compares without an early exit, so the time taken says nothing about how much of the
// state a guess got right.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

bool isVisibleAscii(const QByteArray &bytes) {
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c > 0x20 && c < 0x7f; });
}

} // namespace

LoopbackRedirectServer::LoopbackRedirectServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_timeout(new QTimer(this)) {
    m_server->setMaxPendingConnections(kMaxConnections);
    m_timeout->setSingleShot(true);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectServer::onNewConnection);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        qCInfo(lcAuth) << "loopback redirect timed out after" << m_timeoutDuration.count() << "ms";
        finish(Result{Outcome::TimedOut, {}, {}, {}, {}});
    });
}

LoopbackRedirectServer::~LoopbackRedirectServer() = default;

void LoopbackRedirectServer::setExpectedState(const QString &state) {
    m_expectedState = state;
}

void LoopbackRedirectServer::setTimeout(std::chrono::milliseconds timeout) {
    m_timeoutDuration = timeout;
}

bool LoopbackRedirectServer::listen() {
    close();
    m_finished = false;
    // RFC 8252 §8.3: the loopback IP literal, not "localhost" (which may resolve elsewhere) and
    // never QHostAddress::Any, which would expose the callback to the network.
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        qCWarning(lcAuth) << "loopback listen failed:" << m_server->errorString();
        return false;
    }
    m_timeout->start(m_timeoutDuration);
    qCInfo(lcAuth) << "loopback redirect listening on port" << m_server->serverPort();
    return true;
}

bool LoopbackRedirectServer::isListening() const {
    return m_server->isListening();
}

quint16 LoopbackRedirectServer::port() const {
    return m_server->serverPort();
}

QHostAddress LoopbackRedirectServer::listenAddress() const {
    return m_server->serverAddress();
}

QUrl LoopbackRedirectServer::redirectUri() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(m_callbackPath);
    return url;
}

void LoopbackRedirectServer::answerBrowser(bool signedIn, const QString &failure) {
    QTcpSocket *socket = m_awaitingAnswer.data();
    m_awaitingAnswer.clear();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (signedIn)
        respond(socket, 200, tr("Signed in to Hirex"), tr("You can close this window and return to Hirex."));
    else
        respond(socket, 200, tr("Sign-in not completed"),
                failure.isEmpty() ? tr("Sign-in to Hirex did not complete. Return to Hirex for details.")
                                  : tr("Sign-in to Hirex did not complete: %1").arg(failure));
}

void LoopbackRedirectServer::close() {
    if (m_awaitingAnswer)
        answerBrowser(false);
    stopListening();
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void LoopbackRedirectServer::stopListening() {
    m_timeout->stop();
    if (m_server->isListening())
        m_server->close();
}

void LoopbackRedirectServer::onNewConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_buffers.size() >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A connection that never completes its request must not hold a slot for ever.
        QTimer::singleShot(kConnectionTimeout, socket, [this, socket] {
            if (socket == m_awaitingAnswer)
                return; // waits for answerBrowser(), which the sign-in always calls
            m_buffers.remove(socket);
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        });
    }
}

void LoopbackRedirectServer::onReadyRead(QTcpSocket *socket) {
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end()) {
        socket->readAll(); // already answered: discard whatever else arrives
        return;
    }
    QByteArray &buffer = it.value();
    // Never buffer more than the limit (plus one byte, to know the limit was passed).
    buffer += socket->read(kMaxRequestBytes + 1 - buffer.size());

    const qsizetype lineEnd = buffer.indexOf("\r\n");
    if ((lineEnd < 0 && buffer.size() > kMaxRequestLineBytes) || lineEnd > kMaxRequestLineBytes) {
        refuse(socket, 414, QStringLiteral("request_line_too_long"));
        return;
    }
    const qsizetype headersEnd = buffer.indexOf("\r\n\r\n");
    if (headersEnd < 0) {
        if (buffer.size() > kMaxRequestBytes)
            refuse(socket, 431, QStringLiteral("request_too_large"));
        return; // wait for the rest of the request
    }
    const QByteArray requestLine = buffer.left(lineEnd);
    handleRequest(socket, requestLine);
}

void LoopbackRedirectServer::handleRequest(QTcpSocket *socket, const QByteArray &requestLine) {
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isVisibleAscii(parts.at(1)) || !parts.at(1).startsWith('/') ||
        (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0")) {
        refuse(socket, 400, QStringLiteral("malformed_request"));
        return;
    }
    if (parts.at(0) != "GET") {
        refuse(socket, 405, QStringLiteral("method_not_allowed"));
        return;
    }
    const QUrl target = QUrl::fromEncoded("http://127.0.0.1" + parts.at(1), QUrl::StrictMode);
    if (!target.isValid()) {
        refuse(socket, 400, QStringLiteral("malformed_target"));
        return;
    }
    if (target.path() != m_callbackPath) {
        refuse(socket, 404, QStringLiteral("unknown_path")); // e.g. the browser's /favicon.ico
        return;
    }
    if (m_finished) {
        refuse(socket, 400, QStringLiteral("already_finished"));
        return;
    }

    const QUrlQuery query(target);
    // RFC 6749 §3.1: parameters must not repeat; a repeated one is an injection attempt.
    const QStringList keys = {QStringLiteral("state"), QStringLiteral("code"), QStringLiteral("error"),
                              QStringLiteral("iss")};
    for (const QString &key : keys) {
        if (query.allQueryItemValues(key).size() > 1) {
            refuse(socket, 400, QStringLiteral("repeated_parameter"));
            return;
        }
    }
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (m_expectedState.isEmpty() || !constantTimeEquals(state.toUtf8(), m_expectedState.toUtf8())) {
        refuse(socket, 400, QStringLiteral("state_mismatch"));
        return;
    }

    Result result;
    result.issuer = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        result.outcome =
            error == QLatin1String("access_denied") ? Outcome::AccessDenied : Outcome::ProviderError;
        result.error = error.left(64);
        result.errorDescription =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded).left(512);
        respond(socket, 200, tr("Sign-in cancelled"),
                tr("Sign-in to Hirex did not complete. You can close this window and return to Hirex."));
        finish(result);
        return;
    }
    result.code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (result.code.isEmpty()) {
        refuse(socket, 400, QStringLiteral("missing_code"));
        return;
    }
    result.outcome = Outcome::Code;
    // No page yet: the browser hears "signed in" only after the checks (answerBrowser).
    m_buffers.remove(socket);
    m_awaitingAnswer = socket;
    finish(result);
}

void LoopbackRedirectServer::refuse(QTcpSocket *socket, int status, const QString &reason) {
    qCInfo(lcAuth) << "loopback request refused:" << reason;
    if (status == 404) {
        respond(socket, status, tr("Not found"), tr("There is nothing here."));
    } else {
        respond(socket, status, tr("Sign-in response not accepted"),
                tr("This page does not belong to the sign-in Hirex is waiting for. Return to Hirex and "
                   "start the sign-in again if needed."));
    }
    Q_EMIT requestRefused(reason);
}

void LoopbackRedirectServer::respond(QTcpSocket *socket, int status, const QString &title,
                                     const QString &text) {
    m_buffers.remove(socket); // answered: anything else this connection sends is discarded
    const QByteArray body =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "</head><body><h1>%1</h1><p>%2</p></body></html>\n")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The URL of this page carries the authorization code: keep it out of caches and referrers.
    response += "Cache-Control: no-store\r\n";
    response += "Referrer-Policy: no-referrer\r\n";
    response += "Content-Security-Policy: default-src 'none'\r\n";
    response += "X-Content-Type-Options: nosniff\r\n";
    response += "Connection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost(); // flushes first, then closes
}

void LoopbackRedirectServer::finish(const Result &result) {
    if (m_finished)
        return;
    m_finished = true;
    stopListening();
    qCInfo(lcAuth) << "loopback redirect finished:" << result.outcome;
    Q_EMIT finished(result);
}

} // namespace hirex::auth
