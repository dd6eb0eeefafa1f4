#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace hirex::auth {

// Receives the authorization response on a loopback redirect URI (RFC 8252 §7.3): listens on
// 127.0.0.1 (never on all interfaces) on an ephemeral port, accepts only the first callback
// that carries the expected `state`, answers the browser with a short page, and gives up after
// a timeout. It closes its listener as soon as it has an answer.
class LoopbackRedirectServer : public QObject {
    Q_OBJECT

public:
    enum class Outcome {
        Code,          // `code` holds the authorization code
        AccessDenied,  // the user (or the provider's policy) refused: error=access_denied
        ProviderError, // another RFC 6749 §4.1.2.1 error; `error` holds its code
        TimedOut,      // no valid callback in time
    };
    Q_ENUM(Outcome)

    struct Result {
        Outcome outcome = Outcome::TimedOut;
        QString code;             // never logged
        QString error;            // RFC 6749 error code
        QString errorDescription; // from the provider; shown only as technical detail
        QString issuer;           // RFC 9207 `iss`, when the provider sent it
    };

    // Limits that keep a hostile local process from tying the listener up.
    static constexpr qsizetype kMaxRequestBytes = 16 * 1024;
    static constexpr qsizetype kMaxRequestLineBytes = 8 * 1024;
    static constexpr int kMaxConnections = 16;
    static constexpr std::chrono::milliseconds kDefaultTimeout{5 * 60 * 1000};
    static constexpr std::chrono::milliseconds kConnectionTimeout{10 * 1000};

    explicit LoopbackRedirectServer(QObject *parent = nullptr);
    ~LoopbackRedirectServer() override;

    // The `state` a callback must carry to be accepted. Set before listen().
    void setExpectedState(const QString &state);
    // How long to wait for a valid callback after listen(). Default: five minutes.
    void setTimeout(std::chrono::milliseconds timeout);

    // Starts listening on 127.0.0.1 with a port chosen by the OS. False if that fails.
    bool listen();
    bool isListening() const;
    quint16 port() const;
    // The address actually bound; always 127.0.0.1.
    QHostAddress listenAddress() const;
    // http://127.0.0.1:<port>/callback — valid after listen().
    QUrl redirectUri() const;
    // Stops listening and drops open connections without emitting finished().
    void close();
    // Answers the browser that brought a code (Outcome::Code), once the caller has checked the
    // answer (RFC 9207 `iss`) and exchanged the code: the page says "signed in" only then.
    // `failure` is a short message for people, shown when signedIn is false.
    void answerBrowser(bool signedIn, const QString &failure = {});
    bool isAwaitingAnswer() const { return !m_awaitingAnswer.isNull(); }

Q_SIGNALS:
    // Emitted exactly once per listen(), when a valid callback arrived or the wait timed out.
    void finished(const hirex::auth::LoopbackRedirectServer::Result &result);
    // A request that was answered but not accepted (wrong state, bad path, garbage). For tests
    // and diagnostics; `reason` is a short code, never request content.
    void requestRefused(const QString &reason);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &requestLine);
    void refuse(QTcpSocket *socket, int status, const QString &reason);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void finish(const Result &result);
    void stopListening();

    QTcpServer *m_server = nullptr;
    QTimer *m_timeout = nullptr;
    QString m_expectedState;
    const QString m_callbackPath = QStringLiteral("/callback");
    std::chrono::milliseconds m_timeoutDuration = kDefaultTimeout;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QPointer<QTcpSocket> m_awaitingAnswer; // the browser that brought the code
    bool m_finished = false;
};

} // namespace hirex::auth

Q_DECLARE_METATYPE(hirex::auth::LoopbackRedirectServer::Result)
