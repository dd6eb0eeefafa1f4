#include "core/auth/LoopbackRedirectServer.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using hirex::auth::LoopbackRedirectServer;
using namespace std::chrono_literals;

namespace {

const QString kState = QStringLiteral("s-Tate_123");

// Sends raw bytes on a new connection and returns everything the server answers before it
// closes the connection. Waits on the event loop, where the server lives too.
QByteArray exchange(quint16 port, const QByteArray &request) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(5000))
        return "CONNECT FAILED";
    socket.write(request);
    QByteArray answer;
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    if (socket.state() == QAbstractSocket::ConnectedState)
        closed.wait(5000);
    answer += socket.readAll();
    return answer;
}

QByteArray get(quint16 port, const QByteArray &target) {
    return exchange(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n");
}

// Plays the sign-in flow's part: once the code has arrived and been checked, answer the browser.
void answerWhenFinished(LoopbackRedirectServer &server, bool signedIn, const QString &failure = {}) {
    QObject::connect(&server, &LoopbackRedirectServer::finished, &server,
                     [&server, signedIn, failure] { server.answerBrowser(signedIn, failure); });
}

int statusOf(const QByteArray &answer) {
    return answer.mid(9, 3).toInt();
}

} // namespace

class TestLoopbackRedirectServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bindsLoopbackOnly();
    void validCallbackDeliversTheCode();
    void browserHearsOfARefusedSignInAfterTheChecks();
    void wrongStateIsRefusedAndTheServerKeepsWaiting();
    void missingStateIsRefused();
    void firstValidCallbackWinsAndTheListenerCloses();
    void secondCallbackOnAnOpenConnectionIsIgnored();
    void accessDeniedIsReported();
    void otherProviderErrorsAreReported();
    void unknownPathsAndOtherMethodsAreRefused();
    void garbageRequestLinesAreRefused_data();
    void garbageRequestLinesAreRefused();
    void oversizedRequestLineIsRefused();
    void oversizedHeadersAreRefused();
    void repeatedParametersAreRefused();
    void timesOut();
    void defaultTimeoutIsFiveMinutes();
};

void TestLoopbackRedirectServer::bindsLoopbackOnly() {
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    QVERIFY(server.listen());
    QCOMPARE(server.listenAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(server.port() != 0);
    QCOMPARE(server.redirectUri().toString(),
             QStringLiteral("http://127.0.0.1:%1/callback").arg(server.port()));

    // Every non-loopback address of this machine must refuse the connection.
    int checked = 0;
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket socket;
        socket.connectToHost(address, server.port());
        QVERIFY2(!socket.waitForConnected(2000), qPrintable(address.toString()));
        ++checked;
    }
    qInfo("checked %d non-loopback addresses", checked);
    // The IPv6 loopback is another address: not bound either.
    QTcpSocket v6;
    v6.connectToHost(QHostAddress(QHostAddress::LocalHostIPv6), server.port());
    QVERIFY(!v6.waitForConnected(2000));
}

void TestLoopbackRedirectServer::validCallbackDeliversTheCode() {
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    QSignalSpy finished(&server, &LoopbackRedirectServer::finished);
    answerWhenFinished(server, true);
    QVERIFY(server.listen());
    const QByteArray answer = get(server.port(), "/callback?code=abc%2B123&state=" + kState.toLatin1());
    QCOMPARE(statusOf(answer), 200);
    QVERIFY(answer.contains("You can close this window and return to Hirex"));
    QVERIFY(answer.contains("Cache-Control: no-store"));
    QVERIFY(answer.contains("Referrer-Policy: no-referrer"));
    QVERIFY(answer.contains("text/html; charset=utf-8"));
    QCOMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<LoopbackRedirectServer::Result>();
    QCOMPARE(result.outcome, LoopbackRedirectServer::Outcome::Code);
    QCOMPARE(result.code, QStringLiteral("abc+123"));
    QVERIFY(!server.isListening()); // closed after success
}

void TestLoopbackRedirectServer::browserHearsOfARefusedSignInAfterTheChecks() {
    // RFC 9207: the code arrives first, the `iss` check follows. Nothing may tell the browser
    // "signed in" before the caller's verdict, and a refusal is what the browser then shows.
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    QSignalSpy finished(&server, &LoopbackRedirectServer::finished);
    bool answeredBeforeVerdict = false;
    QObject::connect(&server, &LoopbackRedirectServer::finished, &server, [&] {
        answeredBeforeVerdict = !server.isAwaitingAnswer();
        QTimer::singleShot(50, &server, [&server] {
            server.answerBrowser(false, QStringLiteral("The sign-in answer came from a different server."));
        });
    });
    QVERIFY(server.listen());
    const QByteArray answer = get(server.port(), "/callback?code=abc&state=" + kState.toLatin1());
    QCOMPARE(finished.count(), 1);
    QVERIFY(!answeredBeforeVerdict);
    QCOMPARE(statusOf(answer), 200);
    QVERIFY(!answer.contains("Signed in to Hirex"));
    QVERIFY(answer.contains("did not complete: The sign-in answer came from a different server."));
    QVERIFY(!server.isAwaitingAnswer());
}

void TestLoopbackRedirectServer::wrongStateIsRefusedAndTheServerKeepsWaiting() {
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    QSignalSpy finished(&server, &LoopbackRedirectServer::finished);
    answerWhenFinished(server, true);
    QSignalSpy refused(&server, &LoopbackRedirectServer::requestRefused);
    QVERIFY(server.listen());
    QByteArray answer = get(server.port(), "/callback?code=evil&state=other");
    QCOMPARE(statusOf(answer), 400);
    QVERIFY(!answer.contains("You can close this window"));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("state_mismatch"));
    QVERIFY(server.isListening());
    // A state that only shares a prefix is just as wrong.
    answer = get(server.port(), "/callback?code=evil&state=" + kState.left(3).toLatin1());
    QCOMPARE(statusOf(answer), 400);
    // The genuine callback still gets through afterwards.
    answer = get(server.port(), "/callback?code=good&state=" + kState.toLatin1());
    QCOMPARE(statusOf(answer), 200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<LoopbackRedirectServer::Result>().code, QStringLiteral("good"));
}

void TestLoopbackRedirectServer::missingStateIsRefused() {
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    QSignalSpy finished(&server, &LoopbackRedirectServer::finished);
    answerWhenFinished(server, true);
    QVERIFY(server.listen());
    QCOMPARE(statusOf(get(server.port(), "/callback?code=abc")), 400);
    QCOMPARE(statusOf(get(server.port(), "/callback?code=abc&state=")), 400);
    // Right state but neither code nor error: refused, still waiting.
    QCOMPARE(statusOf(get(server.port(), "/callback?state=" + kState.toLatin1())), 400);
    QCOMPARE(finished.count(), 0);
    QVERIFY(server.isListening());

    // A server that was never told a state accepts nothing.
    LoopbackRedirectServer noState;
    QSignalSpy noStateFinished(&noState, &LoopbackRedirectServer::finished);
    QVERIFY(noState.listen());
    QCOMPARE(statusOf(get(noState.port(), "/callback?code=abc&state=")), 400);
    QCOMPARE(noStateFinished.count(), 0);
}

void TestLoopbackRedirectServer::firstValidCallbackWinsAndTheListenerCloses() {
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    QSignalSpy finished(&server, &LoopbackRedirectServer::finished);
    answerWhenFinished(server, true);
    QVERIFY(server.listen());
    const quint16 port = server.port();
    QCOMPARE(statusOf(get(port, "/callback?code=first&state=" + kState.toLatin1())), 200);
    // The listener is gone: a second callback cannot even connect.
    QCOMPARE(get(port, "/callback?code=second&state=" + kState.toLatin1()), QByteArray("CONNECT FAILED"));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<LoopbackRedirectServer::Result>().code, QStringLiteral("first"));
}

void TestLoopbackRedirectServer::secondCallbackOnAnOpenConnectionIsIgnored() {
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    QSignalSpy finished(&server, &LoopbackRedirectServer::finished);
    answerWhenFinished(server, true);
    QVERIFY(server.listen());
    // Open a second connection before the first callback, send on it afterwards.
    QTcpSocket early;
    early.connectToHost(QHostAddress(QHostAddress::LocalHost), server.port());
    QVERIFY(early.waitForConnected(5000));
    QTest::qWait(50); // let the server accept it
    QCOMPARE(statusOf(get(server.port(), "/callback?code=first&state=" + kState.toLatin1())), 200);
    QByteArray answer;
    QObject::connect(&early, &QTcpSocket::readyRead, &early, [&] { answer += early.readAll(); });
    early.write("GET /callback?code=second&state=" + kState.toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY(answer.contains("\r\n\r\n"));
    QCOMPARE(statusOf(answer), 400);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<LoopbackRedirectServer::Result>().code, QStringLiteral("first"));
}

void TestLoopbackRedirectServer::accessDeniedIsReported() {
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    QSignalSpy finished(&server, &LoopbackRedirectServer::finished);
    answerWhenFinished(server, true);
    QVERIFY(server.listen());
    const QByteArray answer =
        get(server.port(),
            "/callback?error=access_denied&error_description=User%20said%20no&state=" + kState.toLatin1());
    QCOMPARE(statusOf(answer), 200);
    QVERIFY(answer.contains("You can close this window and return to Hirex"));
    QCOMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<LoopbackRedirectServer::Result>();
    QCOMPARE(result.outcome, LoopbackRedirectServer::Outcome::AccessDenied);
    QCOMPARE(result.errorDescription, QStringLiteral("User said no"));
    QVERIFY(result.code.isEmpty());
    QVERIFY(!server.isListening());
}

void TestLoopbackRedirectServer::otherProviderErrorsAreReported() {
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    QSignalSpy finished(&server, &LoopbackRedirectServer::finished);
    answerWhenFinished(server, true);
    QVERIFY(server.listen());
    // An error with the wrong state is an attack, not an answer.
    QCOMPARE(statusOf(get(server.port(), "/callback?error=server_error&state=nope")), 400);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(statusOf(get(server.port(), "/callback?error=server_error&state=" + kState.toLatin1())), 200);
    QCOMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<LoopbackRedirectServer::Result>();
    QCOMPARE(result.outcome, LoopbackRedirectServer::Outcome::ProviderError);
    QCOMPARE(result.error, QStringLiteral("server_error"));
}

void TestLoopbackRedirectServer::unknownPathsAndOtherMethodsAreRefused() {
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    QSignalSpy finished(&server, &LoopbackRedirectServer::finished);
    answerWhenFinished(server, true);
    QVERIFY(server.listen());
    QCOMPARE(statusOf(get(server.port(), "/favicon.ico")), 404);
    QCOMPARE(statusOf(get(server.port(), "/callbackx?code=a&state=" + kState.toLatin1())), 404);
    QCOMPARE(statusOf(exchange(server.port(), "POST /callback?code=a&state=" + kState.toLatin1() +
                                                  " HTTP/1.1\r\nContent-Length: 0\r\n\r\n")),
             405);
    QCOMPARE(finished.count(), 0);
    QVERIFY(server.isListening());
}

void TestLoopbackRedirectServer::garbageRequestLinesAreRefused_data() {
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15);
    QTest::newRow("one word") << QByteArray("GARBAGE\r\n\r\n");
    QTest::newRow("no version") << QByteArray("GET /callback\r\n\r\n");
    QTest::newRow("bad version") << QByteArray("GET /callback HTTP/9.9\r\n\r\n");
    QTest::newRow("absolute form") << QByteArray("GET http://evil/callback HTTP/1.1\r\n\r\n");
    QTest::newRow("double space") << QByteArray("GET  /callback HTTP/1.1\r\n\r\n");
    QTest::newRow("control char") << QByteArray("GET /call\x01"
                                                "back HTTP/1.1\r\n\r\n");
    QTest::newRow("high bytes") << QByteArray("GET /callback?code=\xc3\xa9&state=x HTTP/1.1\r\n\r\n");
}

void TestLoopbackRedirectServer::garbageRequestLinesAreRefused() {
    QFETCH(QByteArray, request);
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    QSignalSpy finished(&server, &LoopbackRedirectServer::finished);
    answerWhenFinished(server, true);
    QVERIFY(server.listen());
    const QByteArray answer = exchange(server.port(), request);
    QCOMPARE(statusOf(answer), 400);
    QCOMPARE(finished.count(), 0);
    QVERIFY(server.isListening());
    // Still serves the real callback afterwards.
    QCOMPARE(statusOf(get(server.port(), "/callback?code=ok&state=" + kState.toLatin1())), 200);
    QCOMPARE(finished.count(), 1);
}

void TestLoopbackRedirectServer::oversizedRequestLineIsRefused() {
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    QSignalSpy finished(&server, &LoopbackRedirectServer::finished);
    answerWhenFinished(server, true);
    QVERIFY(server.listen());
    // A valid-looking callback whose request line is over the limit, with and without the end.
    const QByteArray longCode(LoopbackRedirectServer::kMaxRequestLineBytes + 10, 'a');
    QByteArray answer = get(server.port(), "/callback?state=" + kState.toLatin1() + "&code=" + longCode);
    QCOMPARE(statusOf(answer), 414);
    answer = exchange(server.port(), "GET /callback?code=" + longCode); // never ends its line
    QCOMPARE(statusOf(answer), 414);
    QCOMPARE(finished.count(), 0);
    QVERIFY(server.isListening());
}

void TestLoopbackRedirectServer::oversizedHeadersAreRefused() {
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    QSignalSpy finished(&server, &LoopbackRedirectServer::finished);
    answerWhenFinished(server, true);
    QVERIFY(server.listen());
    QByteArray request = "GET /callback?code=a&state=" + kState.toLatin1() + " HTTP/1.1\r\n";
    while (request.size() <= LoopbackRedirectServer::kMaxRequestBytes)
        request += "X-Filler: " + QByteArray(100, 'x') + "\r\n";
    const QByteArray answer = exchange(server.port(), request + "\r\n");
    QCOMPARE(statusOf(answer), 431);
    QCOMPARE(finished.count(), 0);
}

void TestLoopbackRedirectServer::repeatedParametersAreRefused() {
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    QSignalSpy finished(&server, &LoopbackRedirectServer::finished);
    answerWhenFinished(server, true);
    QVERIFY(server.listen());
    QCOMPARE(statusOf(get(server.port(), "/callback?code=a&code=b&state=" + kState.toLatin1())), 400);
    QCOMPARE(statusOf(get(server.port(),
                          "/callback?code=a&state=" + kState.toLatin1() + "&state=" + kState.toLatin1())),
             400);
    QCOMPARE(finished.count(), 0);
}

void TestLoopbackRedirectServer::timesOut() {
    LoopbackRedirectServer server;
    server.setExpectedState(kState);
    server.setTimeout(300ms);
    QSignalSpy finished(&server, &LoopbackRedirectServer::finished);
    answerWhenFinished(server, true);
    QVERIFY(server.listen());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<LoopbackRedirectServer::Result>().outcome,
             LoopbackRedirectServer::Outcome::TimedOut);
    QVERIFY(!server.isListening());
}

void TestLoopbackRedirectServer::defaultTimeoutIsFiveMinutes() {
    QCOMPARE(LoopbackRedirectServer::kDefaultTimeout, std::chrono::milliseconds(5min));
}

QTEST_GUILESS_MAIN(TestLoopbackRedirectServer)
#include "tst_loopbackredirectserver.moc"
