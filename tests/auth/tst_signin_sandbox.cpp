// Sign-in end to end against the real hirex-sandbox: the authorization flow with a "browser"
// that fills the real login page, the refresh token in the OS keychain (gnome-keyring under
// dbus-run-session), refresh before expiry, rotation, reuse detection, sign-out revocation and
// device revocation.
#include "core/api/TransportPolicy.h"
#include "core/auth/AuthorizationFlow.h"
#include "core/auth/SessionManager.h"
#include "core/store/CacheSecretStore.h"
#include "core/store/KeychainSecretStore.h"
#include "core/store/LocalCache.h"
#include "core/store/MemorySecretStore.h"
#include "tests/support/LoginPageLauncher.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHttp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using hirex::UserMessage;
using hirex::auth::AuthorizationFlow;
using hirex::auth::AuthTransport;
using hirex::auth::OidcProviderMetadata;
using hirex::auth::SessionManager;
using hirex::auth::TokenSet;
using hirex::store::KeychainSecretStore;
using hirex::store::MemorySecretStore;
using hirex::store::SecretStore;
using hirex::test::HttpResult;
using hirex::test::LoginPageLauncher;
using hirex::test::SandboxProcess;

namespace {

const QString kKeychainService = QStringLiteral("hirex-desktop-test-auth");
// A small tenant (40 candidates) starts fast; seed 7 has password accounts with and without TOTP.
const QStringList kSandboxArguments{QStringLiteral("--seed"), QStringLiteral("7"),
                                    QStringLiteral("--candidates"), QStringLiteral("40")};

struct SecretRead {
    SecretStore::Error error = SecretStore::Error::Other;
    QByteArray secret;
};

// Reads a secret through a fresh store object, so the answer comes from the keychain daemon and
// not from anything the session keeps in memory.
SecretRead readFromKeychain(const QString &key) {
    KeychainSecretStore store(kKeychainService, nullptr);
    SecretRead result;
    bool done = false;
    store.readSecret(key, [&](SecretStore::Error error, const QByteArray &secret, const QString &) {
        result = {error, secret};
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result.error = SecretStore::Error::Timeout;
    return result;
}

QByteArray bearer(const QString &token) {
    return "Bearer " + token.toUtf8();
}

} // namespace

class TestSignInSandbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInEndToEndWithKeychainAndRestore();
    void restoreRegistersAMissingDeviceAfterTheFirstRefresh();
    void refreshBeforeExpiry();
    void noRefreshWhilePaused();
    void aRotationThatLandsInALockedCacheIsStoredOnUnlock();
    void rotationAndReuseDetection();
    void twoSessionsOnOneProfileTakeTurnsRefreshing();
    void signOutRevokes();
    void signOutAndRemoveLocalDataWipes();
    void deviceRevocationWipesAndAsksForSignIn();

private:
    AuthTransport transportFor(const SandboxProcess &sandbox);
    SessionManager::Settings settingsFor(const SandboxProcess &sandbox, const QString &profile);
    // Runs AuthorizationFlow with the login-page launcher and hands the tokens to `session`.
    void signIn(SandboxProcess &sandbox, const QJsonObject &account, SessionManager &session,
                LoginPageLauncher *launcherOut = nullptr);
    HttpResult me(const SandboxProcess &sandbox, const QString &accessToken, const QString &deviceId);
    HttpResult presentRefreshToken(const SandboxProcess &sandbox, const QByteArray &refreshToken);

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<KeychainSecretStore> m_keychain;
};

void TestSignInSandbox::initTestCase() {
    QVERIFY2(!qEnvironmentVariableIsEmpty("HIREX_BIN_DIR"), "run through ctest (HIREX_BIN_DIR)");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "needs a D-Bus session with gnome-keyring (scripts/test or dbus-run-session)");
    m_sandbox = std::make_unique<SandboxProcess>(kSandboxArguments);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_keychain = std::make_unique<KeychainSecretStore>(kKeychainService, nullptr);
}

void TestSignInSandbox::cleanupTestCase() {
    m_keychain.reset();
    m_sandbox.reset();
}

AuthTransport TestSignInSandbox::transportFor(const SandboxProcess &sandbox) {
    hirex::api::TransportSettings settings;
    settings.caFile = sandbox.caFile();
    hirex::api::ApiError error;
    const auto policy = hirex::api::TransportPolicy::create(settings, &error);
    if (!policy)
        qFatal("transport policy: %s", qPrintable(error.detail));
    return AuthTransport::fromPolicy(&m_network, *policy);
}

SessionManager::Settings TestSignInSandbox::settingsFor(const SandboxProcess &sandbox,
                                                        const QString &profile) {
    SessionManager::Settings settings;
    settings.profile = profile;
    settings.issuer = sandbox.baseUrl();
    settings.clientId = QStringLiteral("hirex-desktop");
    settings.device = {QStringLiteral("auth-test-host"), QStringLiteral("linux"), QStringLiteral("0.1.0")};
    return settings;
}

void TestSignInSandbox::signIn(SandboxProcess &sandbox, const QJsonObject &account, SessionManager &session,
                               LoginPageLauncher *launcherOut) {
    LoginPageLauncher ownLauncher(&m_network, sandbox.tlsConfiguration());
    LoginPageLauncher *launcher = launcherOut ? launcherOut : &ownLauncher;
    launcher->setCredentials(account.value(QStringLiteral("email")).toString(),
                             account.value(QStringLiteral("password")).toString(),
                             account.value(QStringLiteral("totp_secret")).toString());
    AuthorizationFlow flow(transportFor(sandbox), launcher);
    AuthorizationFlow::Settings flowSettings;
    flowSettings.issuer = sandbox.baseUrl();
    flowSettings.clientId = QStringLiteral("hirex-desktop");
    flow.setSettings(flowSettings);
    QSignalSpy succeeded(&flow, &AuthorizationFlow::succeeded);
    QSignalSpy failed(&flow, &AuthorizationFlow::failed);
    QSignalSpy signedIn(&session, &SessionManager::signedIn);
    connect(&flow, &AuthorizationFlow::succeeded, &session, &SessionManager::beginSession);
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() + failed.count() > 0, 60000);
    if (!failed.isEmpty()) {
        const auto error = failed.at(0).at(0).value<UserMessage>();
        QFAIL(qPrintable(QStringLiteral("sign-in failed: %1 %2; browser: %3")
                             .arg(error.code, error.detail, launcher->failure())));
    }
    QCOMPARE(launcher->failure(), QString());
    QCOMPARE(launcher->callbackStatus(), 200);
    QVERIFY(launcher->callbackPage().contains("You can close this window and return to Hirex"));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 30000);
    QVERIFY(session.isSignedIn());
    QCOMPARE(flow.state(), AuthorizationFlow::State::Succeeded);
}

HttpResult TestSignInSandbox::me(const SandboxProcess &sandbox, const QString &accessToken,
                                 const QString &deviceId) {
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", bearer(accessToken)}};
    if (!deviceId.isEmpty())
        headers.append({"X-Hirex-Device", deviceId.toUtf8()});
    return hirex::test::httpRequest(&m_network, sandbox.tlsConfiguration(), "GET",
                                    sandbox.baseUrl().resolved(QUrl(QStringLiteral("/v1/me"))), {}, {},
                                    headers);
}

HttpResult TestSignInSandbox::presentRefreshToken(const SandboxProcess &sandbox,
                                                  const QByteArray &refreshToken) {
    const QByteArray form = "grant_type=refresh_token&client_id=hirex-desktop&refresh_token=" +
                            QUrl::toPercentEncoding(QString::fromUtf8(refreshToken));
    return hirex::test::httpRequest(&m_network, sandbox.tlsConfiguration(), "POST",
                                    sandbox.baseUrl().resolved(QUrl(QStringLiteral("/oauth/token"))), form,
                                    "application/x-www-form-urlencoded");
}

void TestSignInSandbox::signInEndToEndWithKeychainAndRestore() {
    const QJsonObject account = m_sandbox->passwordAccount(QString(), true); // password + TOTP
    QVERIFY2(!account.isEmpty(), qPrintable(m_sandbox->errorString()));
    const QString profile = QStringLiteral("e2e");

    SessionManager session(transportFor(*m_sandbox), m_keychain.get());
    session.setSettings(settingsFor(*m_sandbox, profile));
    QSignalSpy warnings(&session, &SessionManager::sessionWarning);
    LoginPageLauncher launcher(&m_network, m_sandbox->tlsConfiguration());
    signIn(*m_sandbox, account, session, &launcher);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(warnings.count(), 0);

    // The authorization request was a PKCE S256 request to the loopback redirect URI.
    const QUrlQuery query(launcher.openedUrl());
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                .startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 43);
    QVERIFY(!query.hasQueryItem(QStringLiteral("code_verifier")));
    // offline_access is only granted with prompt=consent (OIDC Core §11).
    QVERIFY(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                .split(QLatin1Char(' '))
                .contains(QStringLiteral("offline_access")));
    QCOMPARE(query.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
    // A nonce the sandbox's signed ID token must echo; the flow checked it before signedIn.
    QVERIFY(query.queryItemValue(QStringLiteral("nonce")).size() >= 43);

    // The access token works, the device is registered and sent.
    QVERIFY(!session.accessToken().isEmpty());
    QVERIFY2(session.deviceId().startsWith(QStringLiteral("dev_")), qPrintable(session.deviceId()));
    const HttpResult meResult = me(*m_sandbox, session.accessToken(), session.deviceId());
    QCOMPARE(meResult.status, 200);
    QCOMPARE(
        meResult.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
        account.value(QStringLiteral("email")).toString());

    // The refresh token is in the keychain (read back through the daemon); the device id too.
    const SecretRead stored = readFromKeychain(SessionManager::refreshTokenKey(profile));
    QCOMPARE(stored.error, SecretStore::Error::None);
    QVERIFY(stored.secret.size() >= 16);
    QVERIFY(!stored.secret.contains(session.accessToken().toUtf8())); // never the access token
    const SecretRead device = readFromKeychain(SessionManager::deviceIdKey(profile));
    QCOMPARE(device.error, SecretStore::Error::None);
    QCOMPARE(QString::fromUtf8(device.secret), session.deviceId());

    // Start-up: a new session manager restores from the keychain alone.
    KeychainSecretStore otherStore(kKeychainService, nullptr);
    SessionManager restored(transportFor(*m_sandbox), &otherStore);
    restored.setSettings(settingsFor(*m_sandbox, profile));
    bool restoreDone = false;
    UserMessage restoreError;
    restored.restoreSession([&](const UserMessage &e) {
        restoreError = e;
        restoreDone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(restoreDone, 30000);
    QVERIFY2(!restoreError.isError(), qPrintable(restoreError.code + QLatin1Char(' ') + restoreError.detail));
    QVERIFY(restored.isSignedIn());
    QCOMPARE(restored.deviceId(), session.deviceId());
    QVERIFY(restored.accessToken() != session.accessToken());
    QCOMPARE(me(*m_sandbox, restored.accessToken(), restored.deviceId()).status, 200);

    bool signedOut = false;
    restored.signOut(SessionManager::SignOutMode::RemoveLocalData,
                     [&](const UserMessage &) { signedOut = true; });
    QTRY_VERIFY_WITH_TIMEOUT(signedOut, 30000);
}

// A session stored without a device id (registration failed at sign-in, or the id was lost):
// restoring it registers the device, and only once the refresh gave a bearer token.
void TestSignInSandbox::restoreRegistersAMissingDeviceAfterTheFirstRefresh() {
    const QJsonObject account = m_sandbox->passwordAccount(QString(), false);
    QVERIFY2(!account.isEmpty(), qPrintable(m_sandbox->errorString()));
    const QString profile = QStringLiteral("restore-device");
    {
        SessionManager session(transportFor(*m_sandbox), m_keychain.get());
        session.setSettings(settingsFor(*m_sandbox, profile));
        signIn(*m_sandbox, account, session);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!session.deviceId().isEmpty());
    }
    bool deleted = false;
    m_keychain->deleteSecret(SessionManager::deviceIdKey(profile),
                             [&](SecretStore::Error, const QString &) { deleted = true; });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 30000);
    QCOMPARE(readFromKeychain(SessionManager::deviceIdKey(profile)).error, SecretStore::Error::NotFound);

    KeychainSecretStore otherStore(kKeychainService, nullptr);
    SessionManager restored(transportFor(*m_sandbox), &otherStore);
    restored.setSettings(settingsFor(*m_sandbox, profile));
    QSignalSpy warnings(&restored, &SessionManager::sessionWarning);
    bool restoreDone = false;
    UserMessage restoreError;
    restored.restoreSession([&](const UserMessage &e) {
        restoreError = e;
        restoreDone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(restoreDone, 30000);
    QVERIFY2(!restoreError.isError(), qPrintable(restoreError.code + QLatin1Char(' ') + restoreError.detail));
    QTRY_VERIFY_WITH_TIMEOUT(restored.deviceId().startsWith(QStringLiteral("dev_")), 30000);
    QCOMPARE(warnings.count(), 0);
    QCOMPARE(me(*m_sandbox, restored.accessToken(), restored.deviceId()).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        QString::fromUtf8(readFromKeychain(SessionManager::deviceIdKey(profile)).secret), restored.deviceId(),
        30000);

    bool signedOut = false;
    restored.signOut(SessionManager::SignOutMode::RemoveLocalData,
                     [&](const UserMessage &) { signedOut = true; });
    QTRY_VERIFY_WITH_TIMEOUT(signedOut, 30000);
}

void TestSignInSandbox::refreshBeforeExpiry() {
    SandboxProcess shortLived(kSandboxArguments +
                              QStringList{QStringLiteral("--token-ttl"), QStringLiteral("3")});
    QVERIFY2(shortLived.start(), qPrintable(shortLived.errorString()));
    const QJsonObject account = shortLived.passwordAccount(QStringLiteral("recruiter"), false);
    QVERIFY2(!account.isEmpty(), qPrintable(shortLived.errorString()));
    const QString profile = QStringLiteral("ttl3");

    SessionManager session(transportFor(shortLived), m_keychain.get());
    session.setSettings(settingsFor(shortLived, profile));
    signIn(shortLived, account, session);
    if (QTest::currentTestFailed())
        return;
    const QString first = session.accessToken();
    const QByteArray firstRefresh = readFromKeychain(SessionManager::refreshTokenKey(profile)).secret;
    QVERIFY(!firstRefresh.isEmpty());

    // The server's tokens last 3 s: the session refreshes on its own before they run out.
    QSignalSpy changed(&session, &SessionManager::accessTokenChanged);
    QVERIFY(changed.wait(5000));
    const QString second = session.accessToken();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QCOMPARE(me(shortLived, second, session.deviceId()).status, 200);
    // Rotated: the keychain holds the new refresh token.
    QTRY_VERIFY_WITH_TIMEOUT(
        readFromKeychain(SessionManager::refreshTokenKey(profile)).secret != firstRefresh, 5000);

    // Past the first token's lifetime the session still works, one refresh later.
    QTest::qWait(3500);
    QVERIFY(changed.count() >= 2);
    QVERIFY(session.isSignedIn());
    QCOMPARE(me(shortLived, first, session.deviceId()).status, 401); // the first one did expire
    QCOMPARE(me(shortLived, session.accessToken(), session.deviceId()).status, 200);

    bool signedOut = false;
    session.signOut(SessionManager::SignOutMode::RemoveLocalData,
                    [&](const UserMessage &) { signedOut = true; });
    QTRY_VERIFY_WITH_TIMEOUT(signedOut, 30000);
}

// The app's lock pauses the session: with 3 s tokens, nothing is refreshed or rotated while
// paused, not even when a caller asks (a 401 on the API client); on resume the due refresh is sent
// at once and answers the caller that waited.
void TestSignInSandbox::noRefreshWhilePaused() {
    SandboxProcess shortLived(kSandboxArguments +
                              QStringList{QStringLiteral("--token-ttl"), QStringLiteral("3")});
    QVERIFY2(shortLived.start(), qPrintable(shortLived.errorString()));
    const QJsonObject account = shortLived.passwordAccount(QStringLiteral("recruiter"), false);
    QVERIFY2(!account.isEmpty(), qPrintable(shortLived.errorString()));
    const QString profile = QStringLiteral("paused");

    SessionManager session(transportFor(shortLived), m_keychain.get());
    session.setSettings(settingsFor(shortLived, profile));
    signIn(shortLived, account, session);
    if (QTest::currentTestFailed())
        return;
    const QString first = session.accessToken();
    const QByteArray firstRefresh = readFromKeychain(SessionManager::refreshTokenKey(profile)).secret;
    QVERIFY(!firstRefresh.isEmpty());

    QSignalSpy changed(&session, &SessionManager::accessTokenChanged);
    session.pauseRefresh();
    QVERIFY(session.isRefreshPaused());
    int answers = 0;
    bool answeredRefreshed = false;
    session.refreshAccessToken([&](bool refreshed, const UserMessage &) {
        ++answers;
        answeredRefreshed = refreshed;
    });
    // Past the token's lifetime, and twice past when the timer would have refreshed it.
    QTest::qWait(4000);
    QCOMPARE(me(shortLived, first, session.deviceId()).status, 401); // a refresh was due
    QCOMPARE(changed.count(), 0);
    QCOMPARE(answers, 0);
    QCOMPARE(session.accessToken(), first);
    QCOMPARE(readFromKeychain(SessionManager::refreshTokenKey(profile)).secret, firstRefresh);

    session.resumeRefresh();
    QVERIFY(!session.isRefreshPaused());
    QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 30000);
    QVERIFY(answeredRefreshed);
    QVERIFY(changed.count() >= 1);
    QVERIFY(session.accessToken() != first);
    QCOMPARE(me(shortLived, session.accessToken(), session.deviceId()).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(
        readFromKeychain(SessionManager::refreshTokenKey(profile)).secret != firstRefresh, 5000);

    bool signedOut = false;
    session.signOut(SessionManager::SignOutMode::RemoveLocalData,
                    [&](const UserMessage &) { signedOut = true; });
    QTRY_VERIFY_WITH_TIMEOUT(signedOut, 30000);
}

// Passphrase mode keeps the refresh token inside the cache. A refresh already on the wire when
// the cache locks comes back with a rotated token that cannot be stored then; the old stored one
// is used up. Unless the new one is stored once the cache is open again, the next start presents
// the used token, and the server revokes the whole family.
void TestSignInSandbox::aRotationThatLandsInALockedCacheIsStoredOnUnlock() {
    const QJsonObject account = m_sandbox->passwordAccount(QStringLiteral("recruiter"), false);
    QVERIFY2(!account.isEmpty(), qPrintable(m_sandbox->errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MemorySecretStore noKeychain;
    noKeychain.setFailure(SecretStore::Error::NoBackend);
    hirex::store::LocalCache cache(dir.filePath(QStringLiteral("profile")), QStringLiteral("p"), &noKeychain);
    hirex::store::KdfParams cheap;
    cheap.timeCost = 1;
    cheap.memoryKiB = 8192;
    cache.setNewKdfParams(cheap);
    const auto openCache = [&cache] {
        QSignalSpy asked(&cache, &hirex::store::LocalCache::passphraseRequired);
        QSignalSpy opened(&cache, &hirex::store::LocalCache::opened);
        cache.open();
        if (!QTest::qWaitFor([&] { return !asked.isEmpty(); }, 20000))
            return false;
        cache.openWithPassphrase(QStringLiteral("Kestrel orbit 7 lantern"));
        return QTest::qWaitFor([&] { return !opened.isEmpty(); }, 20000);
    };
    QVERIFY(openCache());
    hirex::store::CacheSecretStore secrets(&cache);
    const auto stored = [&secrets] {
        QByteArray value;
        bool done = false;
        secrets.readSecret(SessionManager::refreshTokenKey(QStringLiteral("inlockedcache")),
                           [&](SecretStore::Error, const QByteArray &secret, const QString &) {
                               value = secret;
                               done = true;
                           });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return value;
    };

    SessionManager session(transportFor(*m_sandbox), &secrets);
    session.setSettings(settingsFor(*m_sandbox, QStringLiteral("inlockedcache")));
    signIn(*m_sandbox, account, session);
    if (QTest::currentTestFailed())
        return;
    const QByteArray first = stored();
    QVERIFY(!first.isEmpty());

    // The refresh goes out; the app locks while it is on the wire.
    bool answered = false;
    bool refreshed = false;
    session.refreshAccessToken([&](bool ok, const UserMessage &) {
        refreshed = ok;
        answered = true;
    });
    cache.lock();
    session.pauseRefresh();
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QVERIFY(refreshed);
    QVERIFY(stored().isEmpty()); // locked: nothing can be read or written

    // Unlocked with the passphrase: the rotated token goes where the next start reads it.
    QVERIFY(openCache());
    session.resumeRefresh();
    QTRY_VERIFY_WITH_TIMEOUT(!stored().isEmpty() && stored() != first, 10000);
    QCOMPARE(presentRefreshToken(*m_sandbox, stored()).status, 200); // the valid one, not a reuse
}

void TestSignInSandbox::rotationAndReuseDetection() {
    const QJsonObject account = m_sandbox->passwordAccount(QStringLiteral("recruiter"), false);
    QVERIFY2(!account.isEmpty(), qPrintable(m_sandbox->errorString()));
    const QString profile = QStringLiteral("rotation");
    SessionManager session(transportFor(*m_sandbox), m_keychain.get());
    session.setSettings(settingsFor(*m_sandbox, profile));
    int wipes = 0;
    session.setWipeHook([&wipes](SessionManager::Callback done) {
        ++wipes;
        done({});
    });
    signIn(*m_sandbox, account, session);
    if (QTest::currentTestFailed())
        return;
    const QByteArray oldRefresh = readFromKeychain(SessionManager::refreshTokenKey(profile)).secret;
    QVERIFY(!oldRefresh.isEmpty());
    const QString oldAccess = session.accessToken();

    // A refresh (as after a 401) rotates the refresh token; the new one is stored.
    bool refreshed = false;
    bool answered = false;
    session.refreshAccessToken([&](bool ok, const UserMessage &) {
        refreshed = ok;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QVERIFY(refreshed);
    QVERIFY(session.accessToken() != oldAccess);
    const QByteArray newRefresh = readFromKeychain(SessionManager::refreshTokenKey(profile)).secret;
    QVERIFY(!newRefresh.isEmpty());
    QVERIFY(newRefresh != oldRefresh);

    // The old refresh token no longer works, and presenting it is reuse: the server revokes the
    // whole family, so the session's current refresh token dies too.
    const HttpResult reuse = presentRefreshToken(*m_sandbox, oldRefresh);
    QCOMPARE(reuse.status, 400);
    QCOMPARE(reuse.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

    QSignalSpy signInRequired(&session, &SessionManager::signInRequired);
    answered = false;
    session.refreshAccessToken([&](bool ok, const UserMessage &) {
        refreshed = ok;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QVERIFY(!refreshed);
    QCOMPARE(signInRequired.count(), 1);
    QCOMPARE(signInRequired.at(0).at(0).value<UserMessage>().code, QStringLiteral("session_expired"));
    QCOMPARE(session.state(), SessionManager::State::SignInRequired);
    QVERIFY(session.accessToken().isEmpty());
    // Nothing else is touched: no wipe, and the device stays registered for the next sign-in.
    QCOMPARE(wipes, 0);
    QVERIFY(!session.deviceId().isEmpty());
    QCOMPARE(readFromKeychain(SessionManager::deviceIdKey(profile)).error, SecretStore::Error::None);
    // The dead refresh token is gone from the keychain.
    QTRY_COMPARE_WITH_TIMEOUT(readFromKeychain(SessionManager::refreshTokenKey(profile)).error,
                              SecretStore::Error::NotFound, 10000);

    bool signedOut = false;
    session.signOut(SessionManager::SignOutMode::RemoveLocalData,
                    [&](const UserMessage &) { signedOut = true; });
    QTRY_VERIFY_WITH_TIMEOUT(signedOut, 30000);
}

// Two processes on one profile (the app and `hirexctl sync`): both hold the refresh token they
// read. Whoever refreshes second must not present its stale, already rotated token (reuse: the
// sandbox revokes the whole family); refresh.lock and the re-read under it make them take turns.
void TestSignInSandbox::twoSessionsOnOneProfileTakeTurnsRefreshing() {
    const QJsonObject account = m_sandbox->passwordAccount(QStringLiteral("recruiter"), false);
    QVERIFY2(!account.isEmpty(), qPrintable(m_sandbox->errorString()));
    QTemporaryDir profileDir;
    QVERIFY(profileDir.isValid());
    SessionManager::Settings settings = settingsFor(*m_sandbox, QStringLiteral("shared"));
    settings.lockDir = profileDir.path();
    SessionManager first(transportFor(*m_sandbox), m_keychain.get());
    first.setSettings(settings);
    first.setWipeHook([](SessionManager::Callback done) { done({}); });
    signIn(*m_sandbox, account, first);
    if (QTest::currentTestFailed())
        return;

    // The second one restores from the keychain, which rotates the token: the first one's copy
    // in memory is now stale.
    SessionManager second(transportFor(*m_sandbox), m_keychain.get());
    second.setSettings(settings);
    bool restored = false;
    UserMessage restoreError;
    second.restoreSession([&](const UserMessage &e) {
        restoreError = e;
        restored = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(restored, 30000);
    QVERIFY2(!restoreError.isError(), qPrintable(restoreError.code));

    // Both refresh at once, twice over; every refresh succeeds and both stay signed in.
    for (int round = 0; round < 2; ++round) {
        int answered = 0;
        int succeeded = 0;
        auto count = [&](bool ok, const UserMessage &) {
            ++answered;
            succeeded += ok ? 1 : 0;
        };
        first.refreshAccessToken(count);
        second.refreshAccessToken(count);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 30000);
        QCOMPARE(succeeded, 2);
        QCOMPARE(first.state(), SessionManager::State::SignedIn);
        QCOMPARE(second.state(), SessionManager::State::SignedIn);
        QCOMPARE(me(*m_sandbox, first.accessToken(), first.deviceId()).status, 200);
        QCOMPARE(me(*m_sandbox, second.accessToken(), second.deviceId()).status, 200);
    }
    QVERIFY(!QFile::exists(profileDir.filePath(QStringLiteral("refresh.lock")))); // released

    bool signedOut = false;
    first.signOut(SessionManager::SignOutMode::RemoveLocalData,
                  [&](const UserMessage &) { signedOut = true; });
    QTRY_VERIFY_WITH_TIMEOUT(signedOut, 30000);
}

void TestSignInSandbox::signOutRevokes() {
    const QJsonObject account = m_sandbox->passwordAccount(QStringLiteral("recruiter"), false);
    QVERIFY2(!account.isEmpty(), qPrintable(m_sandbox->errorString()));
    const QString profile = QStringLiteral("signout");
    SessionManager session(transportFor(*m_sandbox), m_keychain.get());
    session.setSettings(settingsFor(*m_sandbox, profile));
    int wipes = 0;
    session.setWipeHook([&wipes](SessionManager::Callback done) {
        ++wipes;
        done({});
    });
    signIn(*m_sandbox, account, session);
    if (QTest::currentTestFailed())
        return;
    const QByteArray refresh = readFromKeychain(SessionManager::refreshTokenKey(profile)).secret;
    QVERIFY(!refresh.isEmpty());
    const QString access = session.accessToken();
    const QString device = session.deviceId();
    QCOMPARE(me(*m_sandbox, access, device).status, 200);

    QSignalSpy signedOutSpy(&session, &SessionManager::signedOut);
    bool done = false;
    UserMessage signOutError;
    session.signOut(SessionManager::SignOutMode::KeepLocalData, [&](const UserMessage &e) {
        signOutError = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY2(!signOutError.isError(), qPrintable(signOutError.code));
    QCOMPARE(signedOutSpy.count(), 1);
    QCOMPARE(session.state(), SessionManager::State::SignedOut);
    QVERIFY(session.accessToken().isEmpty());

    // Revoked at the server: neither token works any more.
    const HttpResult afterRefresh = presentRefreshToken(*m_sandbox, refresh);
    QCOMPARE(afterRefresh.status, 400);
    QCOMPARE(afterRefresh.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(me(*m_sandbox, access, device).status, 401);
    // Forgotten locally; local data kept (no wipe, device id stays for the next sign-in).
    QCOMPARE(readFromKeychain(SessionManager::refreshTokenKey(profile)).error, SecretStore::Error::NotFound);
    QCOMPARE(readFromKeychain(SessionManager::deviceIdKey(profile)).error, SecretStore::Error::None);
    QCOMPARE(wipes, 0);

    // Nothing to restore now.
    bool restoreDone = false;
    UserMessage restoreError;
    session.restoreSession([&](const UserMessage &e) {
        restoreError = e;
        restoreDone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(restoreDone, 30000);
    QCOMPARE(restoreError.code, QStringLiteral("no_session"));

    bool cleaned = false;
    session.signOut(SessionManager::SignOutMode::RemoveLocalData,
                    [&](const UserMessage &) { cleaned = true; });
    QTRY_VERIFY_WITH_TIMEOUT(cleaned, 30000);
}

void TestSignInSandbox::signOutAndRemoveLocalDataWipes() {
    const QJsonObject account = m_sandbox->passwordAccount(QStringLiteral("recruiter"), false);
    QVERIFY2(!account.isEmpty(), qPrintable(m_sandbox->errorString()));
    const QString profile = QStringLiteral("wipe");
    SessionManager session(transportFor(*m_sandbox), m_keychain.get());
    session.setSettings(settingsFor(*m_sandbox, profile));
    int wipes = 0;
    session.setWipeHook([&wipes](SessionManager::Callback done) {
        ++wipes;
        QTimer::singleShot(50, [done] { done({}); }); // an asynchronous wipe
    });
    signIn(*m_sandbox, account, session);
    if (QTest::currentTestFailed())
        return;
    const QByteArray refresh = readFromKeychain(SessionManager::refreshTokenKey(profile)).secret;
    bool done = false;
    session.signOut(SessionManager::SignOutMode::RemoveLocalData, [&](const UserMessage &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QCOMPARE(wipes, 1);
    QVERIFY(session.deviceId().isEmpty());
    QCOMPARE(readFromKeychain(SessionManager::refreshTokenKey(profile)).error, SecretStore::Error::NotFound);
    QCOMPARE(readFromKeychain(SessionManager::deviceIdKey(profile)).error, SecretStore::Error::NotFound);
    QCOMPARE(presentRefreshToken(*m_sandbox, refresh).status, 400);
}

void TestSignInSandbox::deviceRevocationWipesAndAsksForSignIn() {
    const QJsonObject user = m_sandbox->passwordAccount(QStringLiteral("recruiter"), false);
    QVERIFY2(!user.isEmpty(), qPrintable(m_sandbox->errorString()));
    const QJsonObject admin = m_sandbox->passwordAccount(QStringLiteral("admin"), false);
    QVERIFY2(!admin.isEmpty(), qPrintable(m_sandbox->errorString()));
    const QString profile = QStringLiteral("devrevoked");

    SessionManager session(transportFor(*m_sandbox), m_keychain.get());
    session.setSettings(settingsFor(*m_sandbox, profile));
    int wipes = 0;
    session.setWipeHook([&wipes](SessionManager::Callback done) {
        ++wipes;
        done({});
    });
    signIn(*m_sandbox, user, session);
    if (QTest::currentTestFailed())
        return;
    const QString deviceId = session.deviceId();
    QVERIFY(!deviceId.isEmpty());
    const QString access = session.accessToken();

    // An administrator revokes this device (in memory: the admin's own session is not under test).
    MemorySecretStore adminSecrets;
    SessionManager adminSession(transportFor(*m_sandbox), &adminSecrets);
    auto adminSettings = settingsFor(*m_sandbox, QStringLiteral("admin"));
    adminSettings.registerDevice = false;
    adminSession.setSettings(adminSettings);
    signIn(*m_sandbox, admin, adminSession);
    if (QTest::currentTestFailed())
        return;
    const QList<QPair<QByteArray, QByteArray>> adminAuth{
        {"Authorization", bearer(adminSession.accessToken())}};
    const HttpResult list = hirex::test::httpRequest(
        &m_network, m_sandbox->tlsConfiguration(), "GET",
        m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/v1/admin/devices?limit=500"))), {}, {},
        adminAuth);
    QCOMPARE(list.status, 200);
    qint64 version = -1;
    const QJsonArray items = list.json().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QStringLiteral("id")).toString() == deviceId)
            version = item.toObject().value(QStringLiteral("version")).toInteger();
    }
    QVERIFY2(version > 0, "the registered device is listed for the admin");
    auto revokeHeaders = adminAuth;
    revokeHeaders.append({"If-Match", "\"" + QByteArray::number(version) + "\""});
    const HttpResult revoke = hirex::test::httpRequest(
        &m_network, m_sandbox->tlsConfiguration(), "POST",
        m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/v1/admin/devices/%1/revoke").arg(deviceId))),
        R"({"wipe":true})", "application/json", revokeHeaders);
    QCOMPARE(revoke.status, 200);

    // The next API call of this device gets 401 device_revoked; the API client reports it.
    const HttpResult denied = me(*m_sandbox, access, deviceId);
    QCOMPARE(denied.status, 401);
    QCOMPARE(denied.json().value(QStringLiteral("code")).toString(), QStringLiteral("device_revoked"));
    QSignalSpy signInRequired(&session, &SessionManager::signInRequired);
    session.reportDeviceRevoked();
    QTRY_COMPARE_WITH_TIMEOUT(signInRequired.count(), 1, 10000);
    QCOMPARE(signInRequired.at(0).at(0).value<UserMessage>().code, QStringLiteral("device_revoked"));
    QCOMPARE(wipes, 1);
    QVERIFY(session.accessToken().isEmpty());
    QVERIFY(session.deviceId().isEmpty());
    QCOMPARE(session.state(), SessionManager::State::SignInRequired);
    QTRY_COMPARE_WITH_TIMEOUT(readFromKeychain(SessionManager::refreshTokenKey(profile)).error,
                              SecretStore::Error::NotFound, 10000);
    QCOMPARE(readFromKeychain(SessionManager::deviceIdKey(profile)).error, SecretStore::Error::NotFound);
}

QTEST_GUILESS_MAIN(TestSignInSandbox)
#include "tst_signin_sandbox.moc"
