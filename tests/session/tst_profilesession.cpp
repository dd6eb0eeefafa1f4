#include "core/api/ApiClient.h"
#include "core/auth/SessionManager.h"
#include "core/session/ProfileSession.h"
#include "core/store/LocalCache.h"
#include "core/store/MemorySecretStore.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

using hirex::session::ProfileSession;

// Both front ends build their profile through ProfileSession, so the session's settings are
// derived in one place from the one server and profile: a front end cannot point the session at
// another server's API or another profile's refresh lock.
class TestProfileSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theSessionBelongsToTheProfileAndItsServer();
    void anIssuerAndClientIdAreKeptWhenGiven();
    void everythingGoesWithTheProfile();
};

void TestProfileSession::theSessionBelongsToTheProfileAndItsServer() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    hirex::store::MemorySecretStore keychain;
    QNetworkAccessManager network;
    const QUrl server(QStringLiteral("https://hirex.example:8443"));
    const auto identity = hirex::store::ProfileIdentity::forDirectory(dir.path());
    ProfileSession profile(server, identity, &keychain);

    QCOMPARE(profile.cache()->databasePath(), identity.directory + QStringLiteral("/cache.db"));
    QVERIFY(profile.session() == nullptr); // the secrets' place is not known yet
    profile.createSession(&network, hirex::api::TransportPolicy{}, &keychain, {});

    const auto &settings = profile.session()->settings();
    QCOMPARE(settings.profile, identity.name);
    QCOMPARE(settings.lockDir, identity.directory);
    QCOMPARE(settings.apiBaseUrl, server);
    QCOMPARE(settings.issuer, server); // the server is its own authorization server
    QCOMPARE(settings.clientId, QStringLiteral("hirex-desktop"));
    QCOMPARE(settings.device.platform, ProfileSession::devicePlatform());
    QVERIFY(!settings.device.name.isEmpty());
    QVERIFY(profile.api() != nullptr);
}

void TestProfileSession::anIssuerAndClientIdAreKeptWhenGiven() {
    QTemporaryDir dir;
    hirex::store::MemorySecretStore keychain;
    QNetworkAccessManager network;
    ProfileSession profile(QUrl(QStringLiteral("https://hirex.example")),
                           hirex::store::ProfileIdentity::forDirectory(dir.path()), &keychain);
    profile.createSession(&network, hirex::api::TransportPolicy{}, &keychain,
                          {QUrl(QStringLiteral("https://login.example")), QStringLiteral("corp-client")});
    QCOMPARE(profile.session()->settings().issuer, QUrl(QStringLiteral("https://login.example")));
    QCOMPARE(profile.session()->settings().clientId, QStringLiteral("corp-client"));
}

void TestProfileSession::everythingGoesWithTheProfile() {
    QTemporaryDir dir;
    hirex::store::MemorySecretStore keychain;
    QNetworkAccessManager network;
    auto profile =
        std::make_unique<ProfileSession>(QUrl(QStringLiteral("https://hirex.example")),
                                         hirex::store::ProfileIdentity::forDirectory(dir.path()), &keychain);
    profile->createSession(&network, hirex::api::TransportPolicy{}, &keychain, {});
    QPointer<hirex::store::LocalCache> cache = profile->cache();
    QPointer<hirex::auth::SessionManager> session = profile->session();
    QPointer<hirex::api::ApiClient> api = profile->api();
    profile.reset();
    QVERIFY(cache.isNull());
    QVERIFY(session.isNull());
    QVERIFY(api.isNull());
}

QTEST_GUILESS_MAIN(TestProfileSession)
#include "tst_profilesession.moc"
