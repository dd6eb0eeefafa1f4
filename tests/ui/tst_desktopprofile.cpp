// hirex-desktop's profiles, driven through the real DesktopController in keychain mode (the
// suite's gnome-keyring): one server, one profile, and signing in to another server builds the
// other server's profile from scratch. Before ProfileSession, typing another server kept the old
// server's API client and cache, so the new server's access token went to the old server.
#include "app/desktop/DesktopController.h"
#include "app/desktop/DesktopOptions.h"
#include "core/api/ApiClient.h"
#include "core/auth/SessionManager.h"
#include "core/session/ProfileSession.h"
#include "core/store/LocalCache.h"
#include "core/store/ProfileIdentity.h"
#include "core/store/ProfileRecord.h"
#include "models/JobListModel.h"
#include "models/SettingsPresenter.h"
#include "models/SignInPresenter.h"
#include "ui/MainWindow.h"
#include "ui/SignInPage.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QPromise>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using hirex::app::DesktopController;
using hirex::app::DesktopOptions;
using hirex::store::ProfileIdentity;

namespace {

const QUrl ServerA(QStringLiteral("https://a.hirex.invalid"));
const QUrl ServerB(QStringLiteral("https://b.hirex.invalid"));

struct App {
    hirex::models::SignInPresenter signIn;
    hirex::models::JobListModel jobs;
    std::unique_ptr<hirex::ui::MainWindow> window;
    std::unique_ptr<DesktopController> controller;

    explicit App(const QString &profileDir = {}, const QUrl &server = ServerA) {
        DesktopOptions options;
        options.server = server;
        options.profileDir = profileDir;
        options.idleLockMinutes = 0;
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
        return QTest::qWaitFor([&] { return signIn.canSignIn() && controller->profile()->session(); }, 60000);
    }
    void signInTo(const QUrl &server) {
        auto *edit = window->signInPage()->findChild<QLineEdit *>();
        auto *button = window->signInPage()->findChild<QPushButton *>();
        QVERIFY(edit && button);
        edit->clear();
        QTest::keyClicks(edit, server.toString());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
};

QString serverRoot() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

} // namespace

class TestDesktopProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void eachServerHasItsOwnProfile();
    void signingInToAnotherServerRebuildsEverything();
    void anExplicitProfileFolderKeepsItsServer();
    void aProfileFolderOfAnotherServerIsRefusedAtStart();
    void aSwitchWhileTheRestoreWaitsForTheCasGoesOnWithTheNewServer();
};

void TestDesktopProfile::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("HirexTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopprofile"));
}

void TestDesktopProfile::eachServerHasItsOwnProfile() {
    App app;
    QVERIFY(app.start());
    const auto *profile = app.controller->profile();
    const ProfileIdentity expected =
        ProfileIdentity::forDirectory(ProfileIdentity::directoryForServer(serverRoot(), ServerA));
    QCOMPARE(profile->directory(), expected.directory);
    QCOMPARE(profile->name(), expected.name);
    QVERIFY(QFileInfo(expected.directory).isDir());
    QCOMPARE(profile->api()->baseUrl(), ServerA);
    QCOMPARE(profile->session()->settings().apiBaseUrl, ServerA);
    QCOMPARE(profile->cache()->databasePath(), expected.directory + QStringLiteral("/cache.db"));
}

void TestDesktopProfile::signingInToAnotherServerRebuildsEverything() {
    App app;
    QVERIFY(app.start());
    QPointer<const hirex::api::ApiClient> oldApi = app.controller->profile()->api();
    QPointer<const hirex::auth::SessionManager> oldSession = app.controller->profile()->session();
    QPointer<const hirex::store::LocalCache> oldCache = app.controller->profile()->cache();
    const QString oldName = app.controller->profile()->name();

    app.signInTo(ServerB);
    QVERIFY(QTest::qWaitFor([&] { return app.controller->profile()->server() == ServerB; }, 10000));
    // The old server's objects are gone, not re-pointed: nothing of them can send a token.
    QVERIFY(
        QTest::qWaitFor([&] { return oldApi.isNull() && oldSession.isNull() && oldCache.isNull(); }, 5000));

    QVERIFY(QTest::qWaitFor([&] { return app.controller->profile()->session() != nullptr; }, 60000));
    const auto *profile = app.controller->profile();
    const ProfileIdentity expected =
        ProfileIdentity::forDirectory(ProfileIdentity::directoryForServer(serverRoot(), ServerB));
    QCOMPARE(profile->directory(), expected.directory);
    QVERIFY(profile->name() != oldName);
    QCOMPARE(profile->api()->baseUrl(), ServerB);
    QCOMPARE(profile->session()->settings().apiBaseUrl, ServerB);
    QCOMPARE(profile->session()->settings().profile, expected.name);
    QCOMPARE(profile->cache()->databasePath(), expected.directory + QStringLiteral("/cache.db"));
    // The sign-in the user asked for goes on against the new server (whose name does not resolve
    // here, so it fails with a reason rather than silently doing nothing).
    QVERIFY(QTest::qWaitFor([&] { return !app.signIn.errorMessage().isEmpty(); }, 30000));
}

void TestDesktopProfile::anExplicitProfileFolderKeepsItsServer() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    App app(dir.filePath(QStringLiteral("profile")));
    QVERIFY(app.start());
    QPointer<const hirex::api::ApiClient> api = app.controller->profile()->api();
    app.signInTo(ServerB);
    QVERIFY(QTest::qWaitFor(
        [&] { return app.signIn.errorMessage().contains(QLatin1String("--profile-dir")); }, 5000));
    QVERIFY(!api.isNull());
    QCOMPARE(app.controller->profile()->server(), ServerA);
    QCOMPARE(app.controller->profile()->api()->baseUrl(), ServerA);
}

void TestDesktopProfile::aProfileFolderOfAnotherServerIsRefusedAtStart() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("profile"));
    {
        App first(folder); // server A: the folder now says so
        QVERIFY(first.start());
    }
    const auto record = hirex::store::ProfileRecord::load(folder);
    QVERIFY(record);
    QVERIFY(record->belongsTo(ServerA));

    // The same folder with another --server: refused before anything in it is used.
    App second(folder, ServerB);
    const hirex::UserMessage refused = second.controller->initialise();
    QCOMPARE(refused.code, QStringLiteral("profile_other_server"));
    QVERIFY2(refused.message.contains(ServerA.toDisplayString()), qPrintable(refused.message));
    // And with its own server it still opens.
    App third(folder, ServerA);
    QVERIFY(third.start());
}

// With an extra CA (or a pin) the restore waits for the system CAs to be parsed. A switch to
// another server meanwhile builds a profile whose session does not exist yet when the parse
// ends: the old profile's wait is dropped (it restored into the missing session), and the new
// profile restores on its own and goes on with the sign-in the user asked for.
void TestDesktopProfile::aSwitchWhileTheRestoreWaitsForTheCasGoesOnWithTheNewServer() {
    App app;
    QPromise<void> parse;
    parse.start();
    QVERIFY(!app.controller->initialise().isError());
    app.controller->setSystemCasParsedForTesting(parse.future());
    app.window->show();
    app.controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(app.controller->profile()->session(), 60000); // the restore now waits
    QTest::qWait(100);
    QVERIFY(!app.signIn.canSignIn());

    // The parse ends while the new profile is being built, before its keychain probe has even
    // been sent: the profile has no session yet when the waiting continuation runs.
    bool finishedWithoutSession = false;
    QObject scope;
    connect(app.controller->settings(), &hirex::models::SettingsPresenter::networkChanged, &scope, [&] {
        if (parse.future().isFinished() || app.controller->profile()->server() != ServerB)
            return;
        finishedWithoutSession = !app.controller->profile()->session();
        parse.finish();
    });
    Q_EMIT app.controller->settings()->serverChangeRequested(ServerB);
    QTRY_VERIFY_WITH_TIMEOUT(parse.future().isFinished(), 10000);
    QVERIFY(finishedWithoutSession);
    // The new server's sign-in goes on (its name does not resolve here: it fails with a reason).
    QTRY_VERIFY_WITH_TIMEOUT(!app.signIn.errorMessage().isEmpty(), 60000);
    QVERIFY(app.controller->profile()->session());
    QCOMPARE(app.controller->profile()->session()->settings().apiBaseUrl, ServerB);
}

QTEST_MAIN(TestDesktopProfile)
#include "tst_desktopprofile.moc"
