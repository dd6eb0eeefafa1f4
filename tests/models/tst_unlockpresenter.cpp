// Unlocking a keychain profile: the proof the locked page asks for. Online, a fresh sign-in
// through the real hirex-sandbox (the login page filled by LoginPageLauncher, prompt=login and
// max_age=0 sent, the signed ID token checked), accepted only for the account that locked and
// only when it authenticated after the lock began. Offline, the unlock PIN (with a growing wait
// after wrong ones, counted in the lock marker), or, without a PIN, staying locked with a reason.
#include "core/api/TransportPolicy.h"
#include "core/auth/AuthTransport.h"
#include "core/auth/AuthorizationFlow.h"
#include "core/store/LockMarker.h"
#include "core/store/MemorySecretStore.h"
#include "core/store/UnlockPin.h"
#include "models/UnlockPresenter.h"
#include "tests/support/LoginPageLauncher.h"
#include "tests/support/SandboxProcess.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>

#include <memory>

using hirex::auth::AuthorizationFlow;
using hirex::auth::AuthTransport;
using hirex::models::UnlockPresenter;
using hirex::store::LockMarker;
using hirex::store::MemorySecretStore;
using hirex::store::UnlockPin;
using hirex::test::LoginPageLauncher;
using hirex::test::SandboxProcess;

namespace {

// Marks what it translates, so a test sees which text went through tr() again.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int n) const override {
        if (qstrcmp(context, "hirex::models::UnlockPresenter") != 0)
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        return QStringLiteral("[de] ") + text;
    }
};

const QStringList kSandboxArguments{QStringLiteral("--seed"), QStringLiteral("7"),
                                    QStringLiteral("--candidates"), QStringLiteral("40")};
const QString kPin = QStringLiteral("482913");

} // namespace

class TestUnlockPresenter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void aFreshSignInOfTheSameAccountUnlocks();
    void anotherAccountDoesNotUnlock();
    void anAuthenticationOlderThanTheLockDoesNotUnlock();
    void offlineWithoutAPinStaysLockedAndSaysWhy();
    void offlineThePinUnlocks();
    void wrongPinsMakeTheNextAttemptWaitAcrossRestarts();
    void theMessageFollowsALanguageSwitch();

private:
    struct Rig {
        std::unique_ptr<LoginPageLauncher> launcher;
        std::unique_ptr<AuthorizationFlow> flow;
        std::unique_ptr<UnlockPin> pin;
        std::unique_ptr<UnlockPresenter> presenter;
    };
    Rig makeRig(const QUrl &server, const QJsonObject &account);
    void lock(const QString &subject, qint64 lockedAt);
    bool waitForAnswer(UnlockPresenter &presenter, QSignalSpy &proven);
    int statusOfMeWith(const QString &accessToken);
    void setPin();

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    QJsonObject m_account;
    QJsonObject m_other;
};

void TestUnlockPresenter::initTestCase() {
    QVERIFY2(!qEnvironmentVariableIsEmpty("HIREX_BIN_DIR"), "run through ctest (HIREX_BIN_DIR)");
    m_sandbox = std::make_unique<SandboxProcess>(kSandboxArguments);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_account = m_sandbox->passwordAccount(QStringLiteral("recruiter"), false);
    m_other = m_sandbox->passwordAccount(QStringLiteral("hiring_manager"), false);
    QVERIFY2(!m_account.isEmpty() && !m_other.isEmpty(), qPrintable(m_sandbox->errorString()));
    QVERIFY(m_account.value(u"id").toString() != m_other.value(u"id").toString());
}

void TestUnlockPresenter::cleanupTestCase() {
    m_sandbox.reset();
}

void TestUnlockPresenter::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestUnlockPresenter::cleanup() {
    m_secrets.reset();
    m_dir.reset();
}

TestUnlockPresenter::Rig TestUnlockPresenter::makeRig(const QUrl &server, const QJsonObject &account) {
    Rig rig;
    hirex::api::TransportSettings settings;
    settings.caFile = m_sandbox->caFile();
    hirex::api::ApiError error;
    const auto policy = hirex::api::TransportPolicy::create(settings, &error);
    if (!policy)
        qFatal("transport policy: %s", qPrintable(error.detail));
    rig.launcher = std::make_unique<LoginPageLauncher>(&m_network, m_sandbox->tlsConfiguration());
    rig.launcher->setCredentials(account.value(u"email").toString(), account.value(u"password").toString(),
                                 account.value(u"totp_secret").toString());
    rig.flow = std::make_unique<AuthorizationFlow>(AuthTransport::fromPolicy(&m_network, *policy),
                                                   rig.launcher.get());
    rig.pin = std::make_unique<UnlockPin>(m_secrets.get(), QStringLiteral("work"));
    rig.pin->setCostsForTesting(1, 8192);
    rig.presenter = std::make_unique<UnlockPresenter>(rig.flow.get(), rig.pin.get(), m_dir->path());
    AuthorizationFlow::Settings signIn;
    signIn.issuer = server;
    signIn.resource = server;
    rig.presenter->setSignInSettings(signIn);
    return rig;
}

void TestUnlockPresenter::lock(const QString &subject, qint64 lockedAt) {
    LockMarker marker;
    marker.lockedAtSecs = lockedAt;
    marker.subject = subject;
    QVERIFY(marker.save(m_dir->path()));
}

bool TestUnlockPresenter::waitForAnswer(UnlockPresenter &presenter, QSignalSpy &proven) {
    return QTest::qWaitFor([&] { return !presenter.isBusy() || !proven.isEmpty(); }, 60000);
}

void TestUnlockPresenter::setPin() {
    bool done = false;
    UnlockPin pin(m_secrets.get(), QStringLiteral("work"));
    pin.setCostsForTesting(1, 8192);
    pin.set(kPin, [&](const hirex::UserMessage &error) {
        QVERIFY(!error.isError());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
}

// The HTTP status of GET /v1/me with the token: 200 while it is valid, 401 once revoked.
int TestUnlockPresenter::statusOfMeWith(const QString &accessToken) {
    QNetworkRequest request(m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/v1/me"))));
    request.setSslConfiguration(m_sandbox->tlsConfiguration());
    request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    QNetworkReply *reply = m_network.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

void TestUnlockPresenter::aFreshSignInOfTheSameAccountUnlocks() {
    lock(m_account.value(u"id").toString(), QDateTime::currentSecsSinceEpoch() - 1);
    Rig rig = makeRig(m_sandbox->baseUrl(), m_account);
    QSignalSpy proven(rig.presenter.get(), &UnlockPresenter::proven);
    QString proofToken; // the access token of the unlock's own authentication
    connect(rig.flow.get(), &AuthorizationFlow::succeeded, this,
            [&proofToken](const hirex::auth::TokenSet &tokens) { proofToken = tokens.accessToken; });
    rig.presenter->unlockWithBrowser();
    QVERIFY(rig.presenter->isBusy());
    QVERIFY(waitForAnswer(*rig.presenter, proven));
    QVERIFY2(rig.launcher->failure().isEmpty(), qPrintable(rig.launcher->failure()));
    QCOMPARE(proven.count(), 1);
    QVERIFY(rig.presenter->message().isEmpty());
    // The provider was asked for a fresh authentication, and for nothing to keep.
    const QUrlQuery query(rig.launcher->openedUrl());
    QCOMPARE(query.queryItemValue(QStringLiteral("max_age")), QStringLiteral("0"));
    QVERIFY(query.queryItemValue(QStringLiteral("prompt")).split(QLatin1Char(' ')).contains(u"login"));
    QCOMPARE(query.queryItemValue(QStringLiteral("scope")), QStringLiteral("openid"));
    QVERIFY(!query.queryItemValue(QStringLiteral("nonce")).isEmpty());
    // Only the proof was wanted: its access token is revoked, not left valid until it expires.
    QVERIFY(!proofToken.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(statusOfMeWith(proofToken), 401, 20000);
}

void TestUnlockPresenter::anotherAccountDoesNotUnlock() {
    lock(m_account.value(u"id").toString(), QDateTime::currentSecsSinceEpoch() - 1);
    Rig rig = makeRig(m_sandbox->baseUrl(), m_other); // somebody else at the keyboard
    QSignalSpy proven(rig.presenter.get(), &UnlockPresenter::proven);
    rig.presenter->unlockWithBrowser();
    QVERIFY(waitForAnswer(*rig.presenter, proven));
    QVERIFY2(rig.launcher->failure().isEmpty(), qPrintable(rig.launcher->failure()));
    QCOMPARE(proven.count(), 0);
    QVERIFY2(rig.presenter->message().contains(QLatin1String("different account")),
             qPrintable(rig.presenter->message()));
    QVERIFY(LockMarker::exists(m_dir->path()));
}

void TestUnlockPresenter::anAuthenticationOlderThanTheLockDoesNotUnlock() {
    // As with a provider that ignores prompt=login and answers from an older browser session:
    // the authentication (now) is before the lock began (in ten minutes, here).
    lock(m_account.value(u"id").toString(), QDateTime::currentSecsSinceEpoch() + 600);
    Rig rig = makeRig(m_sandbox->baseUrl(), m_account);
    QSignalSpy proven(rig.presenter.get(), &UnlockPresenter::proven);
    rig.presenter->unlockWithBrowser();
    QVERIFY(waitForAnswer(*rig.presenter, proven));
    QCOMPARE(proven.count(), 0);
    QVERIFY2(rig.presenter->message().contains(QLatin1String("did not ask you to sign in again")),
             qPrintable(rig.presenter->message()));
}

void TestUnlockPresenter::offlineWithoutAPinStaysLockedAndSaysWhy() {
    lock(m_account.value(u"id").toString(), QDateTime::currentSecsSinceEpoch() - 1);
    // A port on loopback where nothing listens: the server cannot be reached.
    Rig rig = makeRig(QUrl(QStringLiteral("https://127.0.0.1:9")), m_account);
    rig.presenter->reset(); // asks whether a PIN is set: none
    QTest::qWait(50);
    QVERIFY(!rig.presenter->isPinAvailable());
    QSignalSpy proven(rig.presenter.get(), &UnlockPresenter::proven);
    rig.presenter->unlockWithBrowser();
    QVERIFY(waitForAnswer(*rig.presenter, proven));
    QCOMPARE(proven.count(), 0);
    QVERIFY2(rig.presenter->message().contains(QLatin1String("cannot reach")),
             qPrintable(rig.presenter->message()));
    QVERIFY2(rig.presenter->message().contains(QLatin1String("No unlock PIN is set")),
             qPrintable(rig.presenter->message()));
    rig.presenter->unlockWithPin(kPin);
    QVERIFY(waitForAnswer(*rig.presenter, proven));
    QCOMPARE(proven.count(), 0);
    QVERIFY(LockMarker::exists(m_dir->path()));
}

void TestUnlockPresenter::offlineThePinUnlocks() {
    setPin();
    lock(m_account.value(u"id").toString(), QDateTime::currentSecsSinceEpoch() - 1);
    Rig rig = makeRig(QUrl(QStringLiteral("https://127.0.0.1:9")), m_account);
    rig.presenter->reset();
    QTRY_VERIFY_WITH_TIMEOUT(rig.presenter->isPinAvailable(), 5000);
    QSignalSpy proven(rig.presenter.get(), &UnlockPresenter::proven);
    rig.presenter->unlockWithBrowser();
    QVERIFY(waitForAnswer(*rig.presenter, proven));
    QVERIFY2(rig.presenter->message().contains(QLatin1String("Enter your unlock PIN instead")),
             qPrintable(rig.presenter->message()));
    rig.presenter->unlockWithPin(kPin);
    QVERIFY(rig.presenter->isBusy());
    QVERIFY(waitForAnswer(*rig.presenter, proven));
    QCOMPARE(proven.count(), 1);
}

void TestUnlockPresenter::wrongPinsMakeTheNextAttemptWaitAcrossRestarts() {
    setPin();
    const qint64 start = QDateTime::currentSecsSinceEpoch();
    lock(m_account.value(u"id").toString(), start - 1);
    qint64 now = start;
    {
        Rig rig = makeRig(QUrl(QStringLiteral("https://127.0.0.1:9")), m_account);
        rig.presenter->setClockForTesting([&now] { return now; });
        QSignalSpy proven(rig.presenter.get(), &UnlockPresenter::proven);
        for (int i = 0; i < 3; ++i) {
            rig.presenter->unlockWithPin(QStringLiteral("000000"));
            QVERIFY(waitForAnswer(*rig.presenter, proven));
            QVERIFY2(rig.presenter->message().startsWith(QLatin1String("The PIN is not correct.")),
                     qPrintable(rig.presenter->message()));
        }
        QCOMPARE(proven.count(), 0);
        QCOMPARE(LockMarker::load(m_dir->path())->failedPinAttempts, 3);
        QVERIFY(rig.presenter->message().contains(QLatin1String("Try again in 30 second")));
    }
    // A restart does not reset the count: even the right PIN has to wait.
    Rig rig = makeRig(QUrl(QStringLiteral("https://127.0.0.1:9")), m_account);
    rig.presenter->setClockForTesting([&now] { return now; });
    QSignalSpy proven(rig.presenter.get(), &UnlockPresenter::proven);
    now = start + 10;
    rig.presenter->unlockWithPin(kPin);
    QVERIFY(!rig.presenter->isBusy()); // refused before any check
    QCOMPARE(proven.count(), 0);
    QVERIFY2(rig.presenter->message().contains(QLatin1String("Try again in 20 second")),
             qPrintable(rig.presenter->message()));
    // After the wait: one more wrong PIN doubles it; then the right one unlocks after that wait.
    now = start + 31;
    rig.presenter->unlockWithPin(QStringLiteral("111111"));
    QVERIFY(waitForAnswer(*rig.presenter, proven));
    QVERIFY(rig.presenter->message().contains(QLatin1String("Try again in 60 second")));
    QCOMPARE(UnlockPresenter::delayAfter(4), std::chrono::seconds(60));
    QVERIFY(UnlockPresenter::delayAfter(100) <= std::chrono::minutes(15));
    now = start + 31 + 61;
    rig.presenter->unlockWithPin(kPin);
    QVERIFY(waitForAnswer(*rig.presenter, proven));
    QCOMPARE(proven.count(), 1);
    QCOMPARE(LockMarker::load(m_dir->path())->failedPinAttempts, 0); // the count starts again
}

// The locked page asks for the message again on a language change: what it gets is in the new
// language, also for a message given before the switch (the wait of a wrong PIN included).
void TestUnlockPresenter::theMessageFollowsALanguageSwitch() {
    setPin();
    lock(m_account.value(u"id").toString(), QDateTime::currentSecsSinceEpoch() - 1);
    Rig rig = makeRig(QUrl(QStringLiteral("https://127.0.0.1:9")), m_account);
    QSignalSpy proven(rig.presenter.get(), &UnlockPresenter::proven);
    for (int i = 0; i < 3; ++i) {
        rig.presenter->unlockWithPin(QStringLiteral("000000"));
        QVERIFY(waitForAnswer(*rig.presenter, proven));
    }
    const QString english = rig.presenter->message();
    QVERIFY2(english.startsWith(QLatin1String("The PIN is not correct. Try again in 30 second")),
             qPrintable(english));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString switched = rig.presenter->message();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(switched, QStringLiteral("[de] The PIN is not correct. [de] Try again in 30 second(s)."));
    QCOMPARE(rig.presenter->message(), english);
}

QTEST_GUILESS_MAIN(TestUnlockPresenter)
#include "tst_unlockpresenter.moc"
