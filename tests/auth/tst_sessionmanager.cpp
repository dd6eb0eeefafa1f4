// SessionManager against a scripted in-process token endpoint (plain http on 127.0.0.1 with the
// development switch) and the in-memory SecretStore: the ordering rules the real sandbox cannot
// show (rotation stored before use, one refresh for many callers, network errors keep the session).
#include "core/auth/SessionManager.h"
#include "core/store/MemorySecretStore.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <deque>

using hirex::UserMessage;
using hirex::auth::AuthTransport;
using hirex::auth::OidcProviderMetadata;
using hirex::auth::SessionManager;
using hirex::auth::TokenSet;
using hirex::store::MemorySecretStore;
using hirex::store::SecretStore;

namespace {

// Answers each request on the event loop with the next scripted response for its path.
class FakeProvider : public QObject {
public:
    struct Response {
        int status;
        QByteArray body;
    };

    FakeProvider() {
        m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        });
    }

    QUrl url(const QString &path) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    void script(const QString &path, Response response) { m_scripts[path].push_back(std::move(response)); }
    int hits(const QString &path) const { return m_hits.value(path); }
    QByteArray lastBody(const QString &path) const { return m_bodies.value(path); }

private:
    void onData(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray path = buffer.left(buffer.indexOf('\n')).split(' ').value(1);
        const QString key = QString::fromLatin1(path);
        m_hits[key] += 1;
        m_bodies[key] = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        Response response{404, "{}"};
        auto &queue = m_scripts[key];
        if (!queue.empty()) {
            response = queue.front();
            queue.pop_front();
        }
        socket->write("HTTP/1.1 " + QByteArray::number(response.status) +
                      " X\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body);
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    QHash<QString, std::deque<Response>> m_scripts;
    QHash<QString, int> m_hits;
    QHash<QString, QByteArray> m_bodies;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A MemorySecretStore that remembers, for each write, what the session's access token was then.
class RecordingStore : public MemorySecretStore {
public:
    std::function<QString()> probe;
    QList<QPair<QString, QString>> writes; // key -> access token at the time of the write
    void writeSecret(const QString &key, const QByteArray &secret, WriteCallback done) override {
        writes.append({key, probe ? probe() : QString()});
        MemorySecretStore::writeSecret(key, secret, std::move(done));
    }
};

QByteArray tokenJson(const char *access, const char *refresh, int expiresIn = 3600) {
    QJsonObject o{{QStringLiteral("access_token"), QLatin1String(access)},
                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                  {QStringLiteral("expires_in"), expiresIn}};
    if (refresh)
        o.insert(QStringLiteral("refresh_token"), QLatin1String(refresh));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

TokenSet tokens(const char *access, const char *refresh) {
    TokenSet t;
    t.accessToken = QLatin1String(access);
    t.refreshToken = QLatin1String(refresh);
    t.tokenType = QStringLiteral("Bearer");
    t.expiresIn = 3600;
    t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    return t;
}

QByteArray readSecret(SecretStore &store, const QString &key, SecretStore::Error *errorOut = nullptr) {
    QByteArray value;
    bool done = false;
    store.readSecret(key, [&](SecretStore::Error error, const QByteArray &secret, const QString &) {
        value = secret;
        if (errorOut)
            *errorOut = error;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000) && errorOut)
        *errorOut = SecretStore::Error::Timeout;
    return value;
}

} // namespace

class TestSessionManager : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void beginSessionStoresTheRefreshTokenAndRegistersTheDevice();
    void rotatedRefreshTokenIsStoredBeforeTheNewAccessTokenIsUsed();
    void concurrentRefreshesShareOneRequest();
    void networkTroubleKeepsTheSession();
    void invalidGrantAsksForSignInAndTouchesNothingElse();
    void keychainFailureIsAWarningNotAnEnd();
    void restoreWithoutStoredTokenSaysNoSession();

private:
    void start(SessionManager &session);

    QNetworkAccessManager m_network;
    std::unique_ptr<FakeProvider> m_provider;
    std::unique_ptr<RecordingStore> m_store;
};

void TestSessionManager::init() {
    m_provider = std::make_unique<FakeProvider>();
    m_store = std::make_unique<RecordingStore>();
    m_provider->script(QStringLiteral("/v1/devices"), {201, R"({"id":"dev_test1","status":"active"})"});
}

void TestSessionManager::cleanup() {
    m_store.reset();
    m_provider.reset();
}

void TestSessionManager::start(SessionManager &session) {
    SessionManager::Settings settings;
    settings.profile = QStringLiteral("p1");
    settings.issuer = m_provider->url(QString());
    settings.device = {QStringLiteral("host"), QStringLiteral("linux"), QStringLiteral("0.1.0")};
    session.setSettings(settings);
    OidcProviderMetadata provider;
    provider.issuer = m_provider->url(QString());
    provider.authorizationEndpoint = m_provider->url(QStringLiteral("/authorize"));
    provider.tokenEndpoint = m_provider->url(QStringLiteral("/token"));
    provider.revocationEndpoint = m_provider->url(QStringLiteral("/revoke"));
    QSignalSpy signedIn(&session, &SessionManager::signedIn);
    session.beginSession(tokens("at1", "rt1"), provider);
    QVERIFY(signedIn.wait(5000));
}

static AuthTransport loopbackTransport(QNetworkAccessManager *network) {
    hirex::api::TransportSettings settings;
    settings.allowLoopbackHttp = true;
    settings.timeout = std::chrono::milliseconds(5000);
    hirex::api::ApiError error;
    const auto policy = hirex::api::TransportPolicy::create(settings, &error);
    if (!policy)
        qFatal("transport policy: %s", qPrintable(error.detail));
    return AuthTransport::fromPolicy(network, *policy);
}

void TestSessionManager::beginSessionStoresTheRefreshTokenAndRegistersTheDevice() {
    SessionManager session(loopbackTransport(&m_network), m_store.get());
    start(session);
    QCOMPARE(session.accessToken(), QStringLiteral("at1"));
    QCOMPARE(session.deviceId(), QStringLiteral("dev_test1"));
    QCOMPARE(readSecret(*m_store, SessionManager::refreshTokenKey(QStringLiteral("p1"))), QByteArray("rt1"));
    QCOMPARE(readSecret(*m_store, SessionManager::deviceIdKey(QStringLiteral("p1"))),
             QByteArray("dev_test1"));
    const QJsonObject device =
        QJsonDocument::fromJson(m_provider->lastBody(QStringLiteral("/v1/devices"))).object();
    QCOMPARE(device.value(QStringLiteral("platform")).toString(), QStringLiteral("linux"));
    QCOMPARE(device.value(QStringLiteral("app_version")).toString(), QStringLiteral("0.1.0"));
}

void TestSessionManager::rotatedRefreshTokenIsStoredBeforeTheNewAccessTokenIsUsed() {
    SessionManager session(loopbackTransport(&m_network), m_store.get());
    start(session);
    m_store->probe = [&session] {
        return session.accessToken();
    };
    m_store->writes.clear();
    m_provider->script(QStringLiteral("/token"), {200, tokenJson("at2", "rt2")});
    bool ok = false;
    QString tokenSeenByCaller;
    session.refreshAccessToken([&](bool refreshed, const UserMessage &) {
        ok = refreshed;
        tokenSeenByCaller = session.accessToken();
    });
    QTRY_VERIFY_WITH_TIMEOUT(ok, 5000);
    QCOMPARE(tokenSeenByCaller, QStringLiteral("at2"));
    QCOMPARE(m_store->writes.size(), 1);
    QCOMPARE(m_store->writes.at(0).first, SessionManager::refreshTokenKey(QStringLiteral("p1")));
    QCOMPARE(m_store->writes.at(0).second, QStringLiteral("at1")); // still the old token while storing
    QCOMPARE(readSecret(*m_store, SessionManager::refreshTokenKey(QStringLiteral("p1"))), QByteArray("rt2"));
    // The refresh request carried the stored refresh token and the public client id.
    QVERIFY(m_provider->lastBody(QStringLiteral("/token")).contains("refresh_token=rt1"));
    QVERIFY(m_provider->lastBody(QStringLiteral("/token")).contains("client_id=hirex-desktop"));
}

void TestSessionManager::concurrentRefreshesShareOneRequest() {
    SessionManager session(loopbackTransport(&m_network), m_store.get());
    start(session);
    m_provider->script(QStringLiteral("/token"), {200, tokenJson("at2", "rt2")});
    int answers = 0;
    for (int i = 0; i < 3; ++i)
        session.refreshAccessToken(
            [&](bool refreshed, const UserMessage &) { answers += refreshed ? 1 : 100; });
    QCOMPARE(answers, 0); // never inside the call
    QTRY_COMPARE_WITH_TIMEOUT(answers, 3, 5000);
    QCOMPARE(m_provider->hits(QStringLiteral("/token")), 1);
}

void TestSessionManager::networkTroubleKeepsTheSession() {
    SessionManager session(loopbackTransport(&m_network), m_store.get());
    start(session);
    QSignalSpy signInRequired(&session, &SessionManager::signInRequired);
    m_provider->script(QStringLiteral("/token"), {503, "{}"});
    bool answered = false;
    bool refreshed = true;
    UserMessage error;
    session.refreshAccessToken([&](bool ok, const UserMessage &e) {
        refreshed = ok;
        error = e;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
    QVERIFY(!refreshed);
    QCOMPARE(error.code, QStringLiteral("server_unavailable"));
    QVERIFY(session.isSignedIn());
    QCOMPARE(session.accessToken(), QStringLiteral("at1"));
    QCOMPARE(signInRequired.count(), 0);
    QCOMPARE(readSecret(*m_store, SessionManager::refreshTokenKey(QStringLiteral("p1"))), QByteArray("rt1"));
}

void TestSessionManager::invalidGrantAsksForSignInAndTouchesNothingElse() {
    SessionManager session(loopbackTransport(&m_network), m_store.get());
    int wipes = 0;
    session.setWipeHook([&wipes](SessionManager::Callback done) {
        ++wipes;
        done({});
    });
    start(session);
    QSignalSpy signInRequired(&session, &SessionManager::signInRequired);
    m_provider->script(QStringLiteral("/token"), {400, R"({"error":"invalid_grant"})"});
    bool answered = false;
    session.refreshAccessToken([&](bool, const UserMessage &) { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
    QCOMPARE(signInRequired.count(), 1);
    QCOMPARE(session.state(), SessionManager::State::SignInRequired);
    QVERIFY(session.accessToken().isEmpty());
    QCOMPARE(wipes, 0);
    QCOMPARE(session.deviceId(), QStringLiteral("dev_test1"));
    SecretStore::Error error = SecretStore::Error::None;
    readSecret(*m_store, SessionManager::refreshTokenKey(QStringLiteral("p1")), &error);
    QCOMPARE(error, SecretStore::Error::NotFound);
}

void TestSessionManager::keychainFailureIsAWarningNotAnEnd() {
    SessionManager session(loopbackTransport(&m_network), m_store.get());
    start(session);
    QSignalSpy warnings(&session, &SessionManager::sessionWarning);
    m_store->setFailure(SecretStore::Error::NoBackend);
    m_provider->script(QStringLiteral("/token"), {200, tokenJson("at2", "rt2")});
    bool ok = false;
    session.refreshAccessToken([&](bool refreshed, const UserMessage &) { ok = refreshed; });
    QTRY_VERIFY_WITH_TIMEOUT(ok, 5000);
    QCOMPARE(warnings.count(), 1);
    QCOMPARE(warnings.at(0).at(0).value<UserMessage>().code, QStringLiteral("keychain_unavailable"));
    QCOMPARE(session.accessToken(), QStringLiteral("at2"));
}

void TestSessionManager::restoreWithoutStoredTokenSaysNoSession() {
    SessionManager session(loopbackTransport(&m_network), m_store.get());
    SessionManager::Settings settings;
    settings.issuer = m_provider->url(QString());
    session.setSettings(settings);
    bool done = false;
    UserMessage error;
    session.restoreSession([&](const UserMessage &e) {
        error = e;
        done = true;
    });
    QVERIFY(!done);
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(error.code, QStringLiteral("no_session"));
    QCOMPARE(session.state(), SessionManager::State::SignedOut);
}

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
