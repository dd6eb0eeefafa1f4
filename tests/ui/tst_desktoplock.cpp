// hirex-desktop's lock in keychain mode (the suite's gnome-keyring), driven through the real
// DesktopController on the offscreen platform. The keychain hands the cache's key to anybody at
// the keyboard, so the lock must ask for a proof; it must survive a restart; and it must follow
// the desktop session's lock (logind's Lock, GNOME's ScreenSaver ActiveChanged), here from
// stand-in services that the test registers on the session bus.
#include "app/desktop/DesktopController.h"
#include "app/desktop/DesktopOptions.h"
#include "app/desktop/SessionLockWatcher.h"
#include "core/auth/SessionManager.h"
#include "core/session/ProfileSession.h"
#include "core/store/KeychainSecretStore.h"
#include "core/store/LocalCache.h"
#include "core/store/LockMarker.h"
#include "core/store/UnlockPin.h"
#include "models/JobListModel.h"
#include "models/SettingsPresenter.h"
#include "models/SignInPresenter.h"
#include "tests/support/LoginPageLauncher.h"
#include "tests/support/SandboxLogin.h"
#include "tests/support/SandboxProcess.h"
#include "ui/LockedPage.h"
#include "ui/MainWindow.h"
#include "ui/PinDialog.h"
#include "ui/SettingsPage.h"
#include "ui/SignInPage.h"
#include "ui/WorkspacePage.h"

#include <QComboBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using hirex::app::DesktopController;
using hirex::app::DesktopOptions;
using hirex::store::LocalCache;
using hirex::store::LockMarker;
using hirex::test::LoginPageLauncher;
using hirex::test::SandboxProcess;
using hirex::ui::LockedPage;

namespace {

const QString kPin = QStringLiteral("864209");
const QString kSessionPath = QStringLiteral("/org/freedesktop/login1/session/c7");

struct App {
    hirex::models::SignInPresenter signIn;
    hirex::models::JobListModel jobs;
    std::unique_ptr<hirex::ui::MainWindow> window;
    std::unique_ptr<DesktopController> controller;

    explicit App(const QString &profileDir,
                 const QUrl &server = QUrl(QStringLiteral("https://hirex.invalid")),
                 const QString &caFile = {}) {
        DesktopOptions options;
        options.server = server; // by default offline: never reached
        options.caFile = caFile;
        options.profileDir = profileDir;
        options.idleLockMinutes = 0; // locking is triggered by the test
        signIn.setServerAddress(options.server.toString());
        window = std::make_unique<hirex::ui::MainWindow>(&signIn, &jobs);
        controller = std::make_unique<DesktopController>(options, window.get(), &signIn, &jobs);
    }
    ~App() {
        controller.reset();
        window.reset();
    }
    bool start() {
        if (controller->initialise().isError())
            return false;
        window->show();
        controller->start();
        return QTest::qWaitFor(
            [&] {
                return controller->profile()->session() &&
                       ((signIn.canSignIn() && window->signInPage()->isVisible()) ||
                        window->isShowingLocked());
            },
            60000);
    }
    LocalCache *cache() const { return controller->profile()->cache(); }
    LockedPage *lockedPage() const { return window->lockedPage(); }
    // As after a sign-in: the keychain opens the cache and the workspace shows.
    bool openWorkspace() {
        cache()->open();
        return QTest::qWaitFor(
            [&] { return cache()->state() == LocalCache::State::Open && window->isShowingWorkspace(); },
            60000);
    }
    bool setPin(const QString &pin) {
        bool done = false;
        bool ok = false;
        controller->setUnlockPin(pin, [&](const hirex::UserMessage &error) {
            ok = !error.isError();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 60000) && ok;
    }
    void enterPin(const QString &pin) {
        lockedPage()->pinField()->setFocus();
        QTest::keyClicks(lockedPage()->pinField(), pin);
        QTest::keyClick(lockedPage()->pinField(), Qt::Key_Return);
    }
};

// logind's Manager, as far as the app asks it: the path of a session.
class Login1Manager : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public:
    QStringList asked;
public Q_SLOTS:
    Q_SCRIPTABLE QDBusObjectPath GetSession(const QString &id) {
        asked << id;
        return QDBusObjectPath(QStringLiteral("/org/freedesktop/login1/session/") + id);
    }
    Q_SCRIPTABLE QDBusObjectPath GetSessionByPID(uint pid) {
        asked << QString::number(pid);
        return QDBusObjectPath(kSessionPath);
    }
};

} // namespace

class TestDesktopLock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aLockSurvivesARestartAndNothingIsRestored();
    void theUnlockButtonNeverOpensTheCacheWithoutAProof();
    void thePinUnlocksAndWrongOnesAreRefused();
    void aPinSetOnTheSettingsPageUnlocksAndTheIdleLockFollowsTheChoice();
    void whileLockedOnlyRemovingTheLocalDataSignsOut();
    void aFreshSignInInTheBrowserUnlocks();
    void afterALockedRestartTheSessionIsRestoredOnlyAfterTheProof();
    void logindLockLocksTheApp();
    void theScreenSaverLocksTheApp();

private:
    QString profile() const { return m_dir->filePath(QStringLiteral("profile")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDesktopLock::initTestCase() {
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "needs a D-Bus session with gnome-keyring (scripts/test or dbus-run-session)");
    QCoreApplication::setOrganizationName(QStringLiteral("HirexTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktoplock"));
}

void TestDesktopLock::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDesktopLock::cleanup() {
    m_dir.reset();
}

void TestDesktopLock::aLockSurvivesARestartAndNothingIsRestored() {
    {
        App app(profile());
        QVERIFY(app.start());
        QVERIFY(app.openWorkspace());
        Q_EMIT app.window->lockRequested();
        QVERIFY(app.window->isShowingLocked());
        QCOMPARE(app.cache()->state(), LocalCache::State::Closed);
        QVERIFY(LockMarker::exists(profile()));
        QCOMPARE(app.lockedPage()->mode(), LockedPage::Mode::Keychain);
        QVERIFY(app.lockedPage()->browserButton()->isVisibleTo(app.window.get()));
        QVERIFY(!app.lockedPage()->unlockButton()->isVisibleTo(app.window.get()));
    } // quit while locked

    App app(profile());
    QSignalSpy stateChanges(app.controller.get(), &DesktopController::quitRequested);
    QVERIFY(app.start());
    QVERIFY(app.window->isShowingLocked());
    QCOMPARE(app.lockedPage()->mode(), LockedPage::Mode::Keychain);
    QVERIFY(app.controller->idleLock()->isLocked());
    QTest::qWait(300);
    // Nothing was read from the keychain on the way: no session restore, no cache key.
    QCOMPARE(app.controller->profile()->session()->state(), hirex::auth::SessionManager::State::SignedOut);
    QCOMPARE(app.cache()->state(), LocalCache::State::Closed);
    QVERIFY(app.window->isShowingLocked());
    QVERIFY(LockMarker::exists(profile()));
}

void TestDesktopLock::theUnlockButtonNeverOpensTheCacheWithoutAProof() {
    App app(profile());
    QVERIFY(app.start());
    QVERIFY(app.openWorkspace());
    Q_EMIT app.window->lockRequested();
    QVERIFY(app.window->isShowingLocked());

    // The old way out (Unlock: the keychain hands the key back) now asks for a fresh sign-in,
    // which the unreachable server cannot give, and no PIN is set: still locked, and it says why.
    Q_EMIT app.window->unlockRequested();
    QTRY_VERIFY_WITH_TIMEOUT(app.lockedPage()->messageText().contains(QLatin1String("cannot reach")), 60000);
    QVERIFY2(app.lockedPage()->messageText().contains(QLatin1String("No unlock PIN is set")),
             qPrintable(app.lockedPage()->messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(app.lockedPage()->browserButton()->isEnabled(), 5000);
    QTest::mouseClick(app.lockedPage()->browserButton(), Qt::LeftButton);
    QTest::qWait(300);
    QTRY_VERIFY_WITH_TIMEOUT(!app.controller->unlockPresenter()->isBusy(), 60000);
    QCOMPARE(app.cache()->state(), LocalCache::State::Closed);
    QVERIFY(app.window->isShowingLocked());
    QVERIFY(!app.lockedPage()->pinField()->isVisibleTo(app.window.get()));
}

void TestDesktopLock::thePinUnlocksAndWrongOnesAreRefused() {
    App app(profile());
    QVERIFY(app.start());
    QVERIFY(app.openWorkspace());
    QVERIFY(app.setPin(kPin));
    Q_EMIT app.window->lockRequested();
    QVERIFY(app.window->isShowingLocked());
    QTRY_VERIFY_WITH_TIMEOUT(app.lockedPage()->pinField()->isVisibleTo(app.window.get()), 30000);
    QCOMPARE(app.lockedPage()->pinField()->echoMode(), QLineEdit::Password);
    QVERIFY(!app.lockedPage()->pinField()->accessibleName().isEmpty());

    app.enterPin(QStringLiteral("000000"));
    QTRY_VERIFY_WITH_TIMEOUT(
        app.lockedPage()->messageText().startsWith(QLatin1String("The PIN is not correct.")), 60000);
    QCOMPARE(app.cache()->state(), LocalCache::State::Closed);
    QVERIFY(app.lockedPage()->pinField()->text().isEmpty());
    QCOMPARE(LockMarker::load(profile())->failedPinAttempts, 1);

    app.enterPin(kPin);
    QTRY_VERIFY_WITH_TIMEOUT(app.window->isShowingWorkspace(), 60000);
    QCOMPARE(app.cache()->state(), LocalCache::State::Open);
    QVERIFY(!app.controller->idleLock()->isLocked());
    QVERIFY(!LockMarker::exists(profile()));

    bool cleared = false;
    app.controller->clearUnlockPin([&](const hirex::UserMessage &error) { cleared = !error.isError(); });
    QTRY_VERIFY_WITH_TIMEOUT(cleared, 30000);
}

// Settings → Idle lock on the real window: the PIN set in its dialog goes to this profile's
// keychain entry and unlocks the locked page; the time chosen applies to the running lock.
void TestDesktopLock::aPinSetOnTheSettingsPageUnlocksAndTheIdleLockFollowsTheChoice() {
    App app(profile());
    QVERIFY(app.start());
    QVERIFY(app.openWorkspace());
    hirex::ui::WorkspacePage *workspace = app.window->workspacePage();
    QVERIFY(workspace->showSection(hirex::ui::WorkspacePage::Section::Settings));
    auto *page = qobject_cast<hirex::ui::SettingsPage *>(
        workspace->sectionPage(hirex::ui::WorkspacePage::Section::Settings));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->setPinButton()->isVisible() && page->setPinButton()->isEnabled(), 30000);
    QCOMPARE(page->serverField()->text(), QStringLiteral("https://hirex.invalid"));

    // This window's --profile-dir belongs to its server: a switch is refused and says why.
    page->serverField()->selectAll();
    QTest::keyClicks(page->serverField(), QStringLiteral("https://other.invalid"));
    page->switchServerButton()->click();
    QTest::qWait(100);
    QVERIFY2(page->serverMessageLabel()->text().contains(QLatin1String("--profile-dir")),
             qPrintable(page->serverMessageLabel()->text()));
    QVERIFY(app.window->isShowingWorkspace());
    QCOMPARE(app.controller->profile()->server(), QUrl(QStringLiteral("https://hirex.invalid")));

    const int fiveMinutes = page->idleLockCombo()->findData(5);
    QVERIFY(fiveMinutes >= 0);
    page->idleLockCombo()->setCurrentIndex(fiveMinutes);
    Q_EMIT page->idleLockCombo()->activated(fiveMinutes);
    QCOMPARE(app.controller->idleLock()->timeout(), std::chrono::milliseconds(std::chrono::minutes(5)));

    page->setPinButton()->click();
    QTRY_VERIFY(page->pinDialog() && page->pinDialog()->isVisible());
    QTest::keyClicks(page->pinDialog()->pinField(), kPin);
    QTest::keyClicks(page->pinDialog()->confirmationField(), kPin);
    page->pinDialog()->okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        app.controller->settings()->isPinSet() && !app.controller->settings()->isPinBusy(), 60000);

    Q_EMIT app.window->lockRequested();
    QVERIFY(app.window->isShowingLocked());
    QTRY_VERIFY_WITH_TIMEOUT(app.lockedPage()->pinField()->isVisibleTo(app.window.get()), 30000);
    app.enterPin(kPin);
    QTRY_VERIFY_WITH_TIMEOUT(app.window->isShowingWorkspace(), 60000);
    QCOMPARE(app.cache()->state(), LocalCache::State::Open);

    bool cleared = false;
    app.controller->clearUnlockPin([&](const hirex::UserMessage &error) { cleared = !error.isError(); });
    QTRY_VERIFY_WITH_TIMEOUT(cleared, 30000);
}

// Signing out while locked would let somebody else sign in to this cache; removing the data is
// the way out that shows nothing (and the one for a forgotten PIN while offline).
void TestDesktopLock::whileLockedOnlyRemovingTheLocalDataSignsOut() {
    {
        App app(profile());
        QVERIFY(app.start());
        QVERIFY(app.openWorkspace());
        QVERIFY(app.setPin(kPin));
        Q_EMIT app.window->lockRequested();
    }
    App app(profile());
    QVERIFY(app.start());
    QVERIFY(app.window->isShowingLocked());
    Q_EMIT app.window->signOutRequested(false);
    QTest::qWait(300);
    QVERIFY(app.window->isShowingLocked());
    QVERIFY(LockMarker::exists(profile()));

    Q_EMIT app.window->signOutRequested(true);
    QTRY_VERIFY_WITH_TIMEOUT(app.window->signInPage()->isVisible(), 30000);
    QVERIFY(!LockMarker::exists(profile()));
    QVERIFY(!QFileInfo::exists(app.cache()->databasePath()));
    bool done = false;
    bool pinLeft = true;
    app.controller->unlockPin()->isSet([&](bool set, const hirex::UserMessage &) {
        pinLeft = set;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY(!pinLeft); // the PIN went with the profile's other secrets
}

// Online: "Unlock with your browser" runs a real sign-in against the sandbox (its login page
// filled in by LoginPageLauncher) asking for a fresh authentication, and unlocks for the account
// that locked.
void TestDesktopLock::aFreshSignInInTheBrowserUnlocks() {
    SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--candidates"),
                            QStringLiteral("40")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const QJsonObject account = sandbox.passwordAccount(QStringLiteral("recruiter"), false);
    QVERIFY2(!account.isEmpty(), qPrintable(sandbox.errorString()));
    QNetworkAccessManager network;
    LoginPageLauncher browser(&network, sandbox.tlsConfiguration());
    browser.setCredentials(account.value(u"email").toString(), account.value(u"password").toString(), {});

    App app(profile(), sandbox.baseUrl(), sandbox.caFile());
    QVERIFY(!app.controller->initialise().isError());
    app.controller->setUnlockBrowserForTesting(&browser);
    app.window->show();
    app.controller->start();
    QVERIFY(QTest::qWaitFor([&] { return app.signIn.canSignIn() && app.window->signInPage()->isVisible(); },
                            60000));
    QVERIFY(app.openWorkspace());
    // Who is signed in (the sign-in's ID token, or /v1/me, tells it when there is a session).
    app.controller->idleLock()->setSubject(account.value(u"id").toString());
    Q_EMIT app.window->lockRequested();
    QVERIFY(app.window->isShowingLocked());
    QCOMPARE(LockMarker::load(profile())->subject, account.value(u"id").toString());

    QTest::mouseClick(app.lockedPage()->browserButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.window->isShowingWorkspace() || !browser.failure().isEmpty(), 60000);
    QVERIFY2(browser.failure().isEmpty(), qPrintable(browser.failure()));
    QCOMPARE(QUrlQuery(browser.openedUrl()).queryItemValue(QStringLiteral("max_age")), QStringLiteral("0"));
    QCOMPARE(app.cache()->state(), LocalCache::State::Open);
    QVERIFY(!LockMarker::exists(profile()));
}

// A keychain profile with a stored sign-in, locked when the app last ran: nothing is restored at
// start; after the fresh sign-in in the browser the stored session is restored (its refresh,
// paused by the lock, goes out) and the workspace opens.
void TestDesktopLock::afterALockedRestartTheSessionIsRestoredOnlyAfterTheProof() {
    SandboxProcess sandbox({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--candidates"),
                            QStringLiteral("40")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const QJsonObject account = sandbox.passwordAccount(QStringLiteral("recruiter"), false);
    QVERIFY2(!account.isEmpty(), qPrintable(sandbox.errorString()));
    hirex::test::SandboxLogin login(sandbox);
    const auto tokens =
        login.signIn(account.value(u"email").toString(), account.value(u"password").toString());
    QVERIFY2(tokens && !tokens->refreshToken.isEmpty(), qPrintable(login.errorString()));
    QString profileName;
    {
        App first(profile(), sandbox.baseUrl(), sandbox.caFile());
        QVERIFY(first.start());
        profileName = first.controller->profile()->name();
    }
    // The sign-in stored as the app stores it, and the lock the app left behind.
    {
        hirex::store::KeychainSecretStore keychain;
        bool written = false;
        keychain.writeSecret(hirex::auth::SessionManager::refreshTokenKey(profileName),
                             tokens->refreshToken.toUtf8(),
                             [&](hirex::store::SecretStore::Error error, const QString &) {
                                 written = error == hirex::store::SecretStore::Error::None;
                             });
        QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
    }
    LockMarker marker;
    marker.lockedAtSecs = QDateTime::currentSecsSinceEpoch() - 1;
    marker.subject = account.value(u"id").toString();
    QVERIFY(marker.save(profile()));

    QNetworkAccessManager network;
    LoginPageLauncher browser(&network, sandbox.tlsConfiguration());
    browser.setCredentials(account.value(u"email").toString(), account.value(u"password").toString(), {});
    App app(profile(), sandbox.baseUrl(), sandbox.caFile());
    QVERIFY(!app.controller->initialise().isError());
    app.controller->setUnlockBrowserForTesting(&browser);
    app.window->show();
    app.controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(app.window->isShowingLocked(), 60000);
    QTest::qWait(500);
    QCOMPARE(app.controller->profile()->session()->state(), hirex::auth::SessionManager::State::SignedOut);

    QTest::mouseClick(app.lockedPage()->browserButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.window->isShowingWorkspace() || !browser.failure().isEmpty(), 60000);
    QVERIFY2(browser.failure().isEmpty(), qPrintable(browser.failure()));
    QVERIFY(app.controller->profile()->session()->isSignedIn());
    QVERIFY(!app.controller->profile()->session()->isRefreshPaused());
    QTRY_COMPARE_WITH_TIMEOUT(app.cache()->state(), LocalCache::State::Open, 30000);
    QVERIFY(!LockMarker::exists(profile()));
    QVERIFY(!app.controller->idleLock()->isLocked());
}

void TestDesktopLock::logindLockLocksTheApp() {
    // logind stands in on the session bus, on a connection of its own as a real service would be.
    QDBusConnection standIn =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("login1-stand-in"));
    QVERIFY(standIn.isConnected());
    const QString service = QStringLiteral("org.hirex.test.login1");
    QVERIFY(standIn.registerService(service));
    Login1Manager manager;
    QVERIFY(standIn.registerObject(QStringLiteral("/org/freedesktop/login1"), &manager,
                                   QDBusConnection::ExportScriptableSlots));
    qputenv("XDG_SESSION_ID", "c7");

    App app(profile());
    QVERIFY(app.start());
    QSignalSpy found(app.controller->sessionLockWatcher(),
                     &hirex::app::SessionLockWatcher::logindSessionFound);
    app.controller->sessionLockWatcher()->watchLogind(QDBusConnection::sessionBus(), service);
    QVERIFY(found.wait(10000));
    QCOMPARE(manager.asked, QStringList{QStringLiteral("c7")});
    QCOMPARE(app.controller->sessionLockWatcher()->logindSessionPath(), kSessionPath);
    QVERIFY(app.openWorkspace());

    // Another session's Lock is not ours.
    standIn.send(QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/login1/session/c8"),
                                            QStringLiteral("org.freedesktop.login1.Session"),
                                            QStringLiteral("Lock")));
    QTest::qWait(300);
    QVERIFY(app.window->isShowingWorkspace());

    QVERIFY(standIn.send(QDBusMessage::createSignal(
        kSessionPath, QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"))));
    QTRY_VERIFY_WITH_TIMEOUT(app.window->isShowingLocked(), 10000);
    QCOMPARE(app.cache()->state(), LocalCache::State::Closed);
    QVERIFY(LockMarker::exists(profile()));

    qunsetenv("XDG_SESSION_ID");
    standIn.unregisterObject(QStringLiteral("/org/freedesktop/login1"));
    standIn.unregisterService(service);
    QDBusConnection::disconnectFromBus(QStringLiteral("login1-stand-in"));
}

void TestDesktopLock::theScreenSaverLocksTheApp() {
    QDBusConnection standIn =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("screensaver-stand-in"));
    QVERIFY(standIn.isConnected());
    QVERIFY(standIn.registerService(QStringLiteral("org.gnome.ScreenSaver")));

    // The app subscribes at start-up, to the real name; GNOME's screen saver is this stand-in.
    App app(profile());
    QVERIFY(app.start());
    QVERIFY(app.openWorkspace());
    const auto activeChanged = [&](bool active) {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/gnome/ScreenSaver"),
                                                         QStringLiteral("org.gnome.ScreenSaver"),
                                                         QStringLiteral("ActiveChanged"));
        signal << active;
        return standIn.send(signal);
    };
    QVERIFY(activeChanged(false)); // the screen coming back locks nothing
    QTest::qWait(300);
    QVERIFY(app.window->isShowingWorkspace());
    QVERIFY(activeChanged(true));
    QTRY_VERIFY_WITH_TIMEOUT(app.window->isShowingLocked(), 10000);
    QCOMPARE(app.cache()->state(), LocalCache::State::Closed);

    standIn.unregisterService(QStringLiteral("org.gnome.ScreenSaver"));
    QDBusConnection::disconnectFromBus(QStringLiteral("screensaver-stand-in"));
}

QTEST_MAIN(TestDesktopLock)
#include "tst_desktoplock.moc"
