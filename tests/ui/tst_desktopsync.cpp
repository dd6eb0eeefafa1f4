// The working set inside hirex-desktop, driven through the real DesktopController, MainWindow
// and status bar against the REAL hirex-sandbox, the suite's gnome-keyring and a SQLCipher
// cache on disk: sign-in through the real loopback redirect starts a first sync in the worker
// (the status bar shows its progress, then "Up to date"); a stopped server reads as offline, a
// change queued meanwhile shows as queued and drains when the server is back on the same port;
// a second start with the server down opens the workspace from the cache, without the sign-in
// page, and restores the session once the server answers; locking stops the worker; and a
// revoked device, heard by the worker, stops it and shows the sign-in page.
#include "app/desktop/DesktopController.h"
#include "core/api/ApiClient.h"
#include "core/auth/SessionManager.h"
#include "core/session/ProfileSession.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/Statement.h"
#include "core/sync/ChangeBuilder.h"
#include "core/sync/SyncWorker.h"
#include "models/BoardPresenter.h"
#include "models/JobListModel.h"
#include "models/ReviewsPresenter.h"
#include "models/SignInPresenter.h"
#include "models/StageCardsModel.h"
#include "models/SyncStatusPresenter.h"
#include "models/WorkspaceContext.h"
#include "tests/support/DesktopApp.h"
#include "tests/support/LoginPageLauncher.h"
#include "tests/support/SandboxLogin.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHttp.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/ReviewsPage.h"
#include "ui/SignInPage.h"
#include "ui/SyncStatusBar.h"
#include "ui/WorkspacePage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPromise>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusTipEvent>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using hirex::models::SyncStatusPresenter;
using hirex::test::DesktopApp;
using hirex::test::LoginPageLauncher;
using hirex::test::SandboxProcess;

namespace {

constexpr int kSyncTimeoutMs = 180000;

QString plural(const char *source, int n) {
    return QCoreApplication::translate("hirex::models::SyncStatusPresenter", source, nullptr, n);
}

} // namespace

class TestDesktopSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInRunsAFirstSyncWithProgressThenUpToDate();
    void offlineQueuesChangesAndReplaysThemWhenTheServerIsBack();
    void secondStartWithTheServerDownOpensFromTheCache();
    void aSecondStartShowsTheCacheBeforeTheSessionIsBack();
    void aRestoreWaitingForTheSystemCasStillShowsTheCache();
    void lockStopsTheWorker();
    void signOutStopsTheWorkerAndKeepsQueuedChanges();
    void goingOnWithoutTheCacheSaysSoAndTouchesNothing();
    void aDeviceRevokedByTheWorkersRequestStopsItAndShowsSignIn();

private:
    void signInThroughTheBrowser(DesktopApp &app);
    QString revokeDevice(const QString &deviceId);

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<LoginPageLauncher> m_browser;
    QTemporaryDir m_dir;
    QString m_profileDir;
    std::unique_ptr<DesktopApp> m_app;
};

void TestDesktopSync::initTestCase() {
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "needs a D-Bus session with gnome-keyring (scripts/test or dbus-run-session)");
    QCoreApplication::setOrganizationName(QStringLiteral("HirexTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopsync"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sandbox =
        std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--candidates"), QStringLiteral("1500")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    const QJsonObject account = m_sandbox->passwordAccount(QStringLiteral("recruiter"), false);
    QVERIFY2(!account.isEmpty(), qPrintable(m_sandbox->errorString()));
    m_browser = std::make_unique<LoginPageLauncher>(&m_network, m_sandbox->tlsConfiguration());
    m_browser->setCredentials(account.value(QStringLiteral("email")).toString(),
                              account.value(QStringLiteral("password")).toString(), QString());
    m_profileDir = m_dir.filePath(QStringLiteral("profile"));
}

void TestDesktopSync::cleanupTestCase() {
    m_app.reset();
    m_browser.reset();
    m_sandbox.reset();
}

void TestDesktopSync::signInThroughTheBrowser(DesktopApp &app) {
    QVERIFY2(app.signInThroughTheBrowser(), qPrintable(m_browser->failure()));
    QVERIFY2(app.session()->isSignedIn(), qPrintable(m_browser->failure()));
}

void TestDesktopSync::signInRunsAFirstSyncWithProgressThenUpToDate() {
    m_app = std::make_unique<DesktopApp>(*m_sandbox, m_profileDir, m_browser.get());
    DesktopApp &app = *m_app;
    QStringList texts;
    bool barShown = false;
    QObject scope; // the recording ends with this test
    connect(app.status(), &SyncStatusPresenter::changed, &scope, [&] {
        // The bar updated first (it connected first): what the user saw at this moment.
        texts.append(app.bar()->syncLabel()->text());
        barShown = barShown || app.bar()->progressBar()->isVisibleTo(app.window.get());
    });
    QSignalSpy ready(app.controller->workspace(), &hirex::models::WorkspaceContext::ready);
    signInThroughTheBrowser(app);
    if (QTest::currentTestFailed())
        return;

    QTRY_VERIFY_WITH_TIMEOUT(app.worker() && app.worker()->isRunning(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(app.bar()->syncLabel()->text(), QStringLiteral("Up to date"), kSyncTimeoutMs);
    // Real progress on the way: items, and the percentage once the stream named the feed's end.
    const QRegularExpression withPercent(QStringLiteral(R"(^Syncing [\d,]+ (of [\d,]+ )?(items )?\(\d+%\))"));
    const bool sawPercent = std::any_of(texts.cbegin(), texts.cend(),
                                        [&](const QString &t) { return withPercent.match(t).hasMatch(); });
    QVERIFY2(sawPercent, qPrintable(texts.join(QStringLiteral(" | "))));
    // Calm: once syncing, the bar never falls back to "Starting sync…" between two states.
    const qsizetype firstSyncing = texts.indexOf(QRegularExpression(QStringLiteral("^Syncing.*")));
    QVERIFY(firstSyncing >= 0);
    QVERIFY2(!texts.mid(firstSyncing).contains(QStringLiteral("Starting sync…")),
             qPrintable(texts.join(QStringLiteral(" | "))));
    QVERIFY(barShown);
    QVERIFY(!app.bar()->progressBar()->isVisible()); // a first sync's bar goes when it is done
    // The board shows the synced pipeline of the job the picker chose, from the cache.
    QTRY_VERIFY_WITH_TIMEOUT(app.window->boardPresenter()->columnCount() > 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(app.boardCards() > 0, 30000);
    // "My reviews" is in the sidebar and knows whose scorecards to list once /v1/me answered.
    QVERIFY(app.window->workspacePage()->isSectionListed(hirex::ui::WorkspacePage::Section::Reviews));
    QTRY_COMPARE_WITH_TIMEOUT(app.controller->reviews()->state(),
                              hirex::models::ReviewsPresenter::State::Ready, 30000);
    QCOMPARE(app.bar()->connectionLabel()->text(), QStringLiteral("Online"));
    QVERIFY(app.bar()->lastSyncLabel()->text().startsWith(QStringLiteral("Last sync ")));
    QTRY_COMPARE_WITH_TIMEOUT(app.bar()->serviceLabel()->text(), QStringLiteral("Service: operational"),
                              30000);

    // Each label says its state to assistive technology, not only what it is for.
    for (QLabel *label : {app.bar()->connectionLabel(), app.bar()->syncLabel(), app.bar()->lastSyncLabel(),
                          app.bar()->serviceLabel()}) {
        QVERIFY2(label->accessibleName().endsWith(label->text()), qPrintable(label->accessibleName()));
        QCOMPARE(label->accessibleDescription(), label->text());
    }
    QCOMPARE(app.bar()->connectionLabel()->accessibleName(), QStringLiteral("Connection: Online"));

    // A menu's empty status tip clears temporary messages; the permanent widgets stay.
    app.bar()->showMessage(QStringLiteral("temporary"));
    QStatusTipEvent tip{QString()};
    QCoreApplication::sendEvent(app.window.get(), &tip);
    QCOMPARE(app.bar()->currentMessage(), QString());
    QVERIFY(app.bar()->connectionLabel()->isVisible());
    QCOMPARE(app.bar()->syncLabel()->text(), QStringLiteral("Up to date"));

    // The working set is ready for the screens on the GUI's read connection.
    QVERIFY(!ready.isEmpty());
    hirex::models::WorkspaceContext *context = app.controller->workspace();
    QVERIFY(context->isReady());
    QVERIFY(context->isFirstSyncComplete());
    QVERIFY(context->database());
    QVERIFY(context->database()->queryInt("SELECT count(*) FROM candidates", 0) > 0);
    QCOMPARE(context->worker(), app.worker());
    // The sidebar's count is the picker's: the cache's jobs once the working set is open.
    const int cachedJobs = int(context->database()->queryInt("SELECT count(*) FROM jobs", -1));
    QTRY_COMPARE_WITH_TIMEOUT(app.jobs.rowCount(), cachedJobs, 10000);
    QCOMPARE(app.window->workspacePage()->statusLabel()->text(),
             QCoreApplication::translate("hirex::app::DesktopController", "%n job(s) you can work on.",
                                         nullptr, cachedJobs));
}

void TestDesktopSync::offlineQueuesChangesAndReplaysThemWhenTheServerIsBack() {
    QVERIFY(m_app);
    DesktopApp &app = *m_app;
    QCOMPARE(m_sandbox->stop(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(app.bar()->connectionLabel()->text(), QStringLiteral("Offline"), 90000);
    QCOMPARE(app.bar()->connectionLabel()->accessibleName(), QStringLiteral("Connection: Offline"));
    QVERIFY(app.window->isShowingWorkspace()); // calm: the workspace stays

    // An application and another stage of its pipeline, read as the board reads them.
    const hirex::store::SqlCipherDatabase *reader = app.controller->workspace()->database();
    QVERIFY(reader);
    hirex::store::Statement s =
        reader->prepare("SELECT a.json, p.json FROM applications a JOIN pipelines p ON p.id = a.pipeline_id "
                        "WHERE a.status = 'active' LIMIT 1");
    QVERIFY(s.next());
    const QJsonObject application = QJsonDocument::fromJson(s.columnText(0).toUtf8()).object();
    const QJsonObject pipeline = QJsonDocument::fromJson(s.columnText(1).toUtf8()).object();
    s.reset();
    QString target;
    for (const QJsonValue &v : pipeline.value(QLatin1String("stages")).toArray()) {
        const QJsonObject stage = v.toObject();
        if (stage.value(QLatin1String("id")) != application.value(QLatin1String("stage_id")) &&
            stage.value(QLatin1String("kind")).toString() != u"hired")
            target = stage.value(QLatin1String("id")).toString();
    }
    QVERIFY(!target.isEmpty());
    const QString appId = application.value(QLatin1String("id")).toString();

    qint64 seq = -1;
    app.worker()->enqueue(hirex::sync::ChangeBuilder::moveApplication(application, target),
                          [&seq](qint64 queued, const hirex::UserMessage &) { seq = queued; });
    QTRY_VERIFY_WITH_TIMEOUT(seq >= 0, 10000);
    QVERIFY(seq > 0);
    QTRY_COMPARE_WITH_TIMEOUT(app.bar()->queuedLabel()->text(), plural("%n change(s) queued", 1), 10000);
    QVERIFY(app.bar()->queuedLabel()->isVisible());
    QCOMPARE(app.status()->queuedCount(), 1);

    // Removing the local data now would lose the queued change: the app asks first, and
    // cancelling keeps everything as it was.
    hirex::ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    Q_EMIT app.window->signOutRequested(true);
    QCOMPARE(hirex::ui::MessageBox::lastAnsweredTitle(), QStringLiteral("Changes not sent yet"));
    QVERIFY(app.window->isShowingWorkspace());
    QVERIFY(app.session()->isSignedIn() || app.controller->workspace()->isReady());
    QCOMPARE(app.status()->queuedCount(), 1);

    // The server comes back where it was: the worker notices, replays, and the count drains.
    QVERIFY2(m_sandbox->restartOnSamePort(), qPrintable(m_sandbox->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(app.status()->queuedCount(), 0, kSyncTimeoutMs);
    QVERIFY(!app.bar()->queuedLabel()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(app.bar()->connectionLabel()->text(), QStringLiteral("Online"), 60000);

    // And the server agrees.
    std::optional<hirex::api::ApiResult<hirex::domain::Application>> server;
    app.controller->profile()->api()->application(
        appId, [&server](const hirex::api::ApiResult<hirex::domain::Application> &r) { server = r; });
    QTRY_VERIFY_WITH_TIMEOUT(server.has_value(), 30000);
    QVERIFY2(server->ok(), qPrintable(server->error.code));
    QCOMPARE(server->value->stageId, target);
}

void TestDesktopSync::secondStartWithTheServerDownOpensFromTheCache() {
    // The board shows another job than the first one when the app quits...
    QVERIFY(m_app->jobs.rowCount() > 1);
    const QString lastJob = m_app->jobs.index(m_app->jobs.rowCount() - 1, 0)
                                .data(hirex::models::JobListModel::JobIdRole)
                                .toString();
    QVERIFY(m_app->window->boardPresenter()->setCurrentJob(lastJob));
    m_app.reset(); // a clean quit, the session stored in the keychain
    QCOMPARE(m_sandbox->stop(), 0);

    m_app = std::make_unique<DesktopApp>(*m_sandbox, m_profileDir, m_browser.get());
    DesktopApp &app = *m_app;
    QVERIFY(app.start());
    QTRY_VERIFY_WITH_TIMEOUT(app.window->isShowingWorkspace(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(app.bar()->connectionLabel()->text(), QStringLiteral("Offline"), 60000);
    QVERIFY(!app.signInPageShownAfterStart);
    QCOMPARE(m_browser->opens(), 1);    // the first test's sign-in, no new one
    QVERIFY(app.worker()->isRunning()); // edits can queue
    // What was synced is there, and when.
    hirex::models::WorkspaceContext *context = app.controller->workspace();
    QVERIFY(context->isReady());
    QVERIFY(context->database()->queryInt("SELECT count(*) FROM candidates", 0) > 0);
    // Offline the session cannot say who is signed in: "My reviews" says so instead of an empty
    // list.
    using hirex::models::ReviewsPresenter;
    QCOMPARE(app.controller->reviews()->state(), ReviewsPresenter::State::UnknownUser);
    const auto *reviews = qobject_cast<hirex::ui::ReviewsPage *>(
        app.window->workspacePage()->sectionPage(hirex::ui::WorkspacePage::Section::Reviews));
    QVERIFY(reviews);
    QCOMPARE(reviews->emptyLabel()->text(), app.controller->reviews()->emptyText());
    QVERIFY(reviews->emptyLabel()->text().contains(QStringLiteral("signed in")));
    QVERIFY(app.bar()->lastSyncLabel()->text().startsWith(QStringLiteral("Last sync ")));
    QVERIFY(app.bar()->lastSyncLabel()->text() != QStringLiteral("Not synced yet"));
    // Offline, the job picker and the board come from the cache.
    QVERIFY(app.jobs.rowCount() > 0);
    // ...and opens on it again.
    QTRY_COMPARE_WITH_TIMEOUT(app.window->boardPresenter()->currentJobId(), lastJob, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(app.boardCards() > 0, 30000);

    // The server comes back: the stored session is restored without asking anything.
    QVERIFY2(m_sandbox->restartOnSamePort(), qPrintable(m_sandbox->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(app.session()->isSignedIn(), 120000);
    // Back online, /v1/me names the user.
    QTRY_COMPARE_WITH_TIMEOUT(app.controller->reviews()->state(), ReviewsPresenter::State::Ready, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(app.bar()->syncLabel()->text(), QStringLiteral("Up to date"), kSyncTimeoutMs);
    QCOMPARE(app.bar()->connectionLabel()->text(), QStringLiteral("Online"));
    QVERIFY(!app.signInPageShownAfterStart);
}

void TestDesktopSync::aSecondStartShowsTheCacheBeforeTheSessionIsBack() {
    // The board's workspace is ready from the cache as soon as the keychain gives its key, while
    // the session is still being restored (discovery, refresh); nothing is sent before the
    // session is back, and then the sync catches up. (Before, the cache opened only once the
    // session was restored, so the workspace became ready after it.)
    m_app.reset();
    m_app = std::make_unique<DesktopApp>(*m_sandbox, m_profileDir, m_browser.get());
    DesktopApp &app = *m_app;
    QList<hirex::auth::SessionManager::State> sessionWhenReady;
    QList<bool> workerRunningWhenReady;
    connect(app.controller->workspace(), &hirex::models::WorkspaceContext::ready, this, [&] {
        QVERIFY(app.session() && app.worker());
        sessionWhenReady << app.session()->state();
        workerRunningWhenReady << app.worker()->isRunning();
    });
    QVERIFY(app.start());
    // The session exists once the keychain probe has answered.
    QTRY_VERIFY_WITH_TIMEOUT(app.session() && app.session()->isSignedIn(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(app.worker() && app.worker()->isRunning(), 30000);
    QVERIFY(!sessionWhenReady.isEmpty());
    QCOMPARE(sessionWhenReady.first(), hirex::auth::SessionManager::State::Restoring);
    QCOMPARE(workerRunningWhenReady.first(), false);
    QVERIFY(!app.signInPageShownAfterStart);
    QTRY_COMPARE_WITH_TIMEOUT(app.bar()->syncLabel()->text(), QStringLiteral("Up to date"), kSyncTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(app.boardCards() > 0, 30000);
}

// With an extra CA the restore's first request waits, off the GUI thread, for the system CAs to
// be parsed: meanwhile the cache is shown, the session is not restored and nothing is sent; once
// the parse is done, the session comes back and the sync catches up.
void TestDesktopSync::aRestoreWaitingForTheSystemCasStillShowsTheCache() {
    m_app.reset();
    m_app = std::make_unique<DesktopApp>(*m_sandbox, m_profileDir, m_browser.get());
    DesktopApp &app = *m_app;
    QPromise<void> parse;
    parse.start();
    QVERIFY(app.start([&] { app.controller->setSystemCasParsedForTesting(parse.future()); }));
    QTRY_VERIFY_WITH_TIMEOUT(app.controller->workspace()->isReady(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(app.boardCards() > 0, 30000);
    QTest::qWait(300);
    QVERIFY(app.session() && !app.session()->isSignedIn());
    QVERIFY(app.session()->state() != hirex::auth::SessionManager::State::Restoring);
    QVERIFY(!app.worker() || !app.worker()->isRunning());
    parse.finish();
    QTRY_VERIFY_WITH_TIMEOUT(app.session()->isSignedIn(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(app.worker() && app.worker()->isRunning(), 30000);
    QVERIFY(!app.signInPageShownAfterStart);
    QTRY_COMPARE_WITH_TIMEOUT(app.bar()->syncLabel()->text(), QStringLiteral("Up to date"), kSyncTimeoutMs);
}

void TestDesktopSync::lockStopsTheWorker() {
    QVERIFY(m_app);
    DesktopApp &app = *m_app;
    QVERIFY(app.worker()->isRunning());
    QSignalSpy closing(app.controller->workspace(), &hirex::models::WorkspaceContext::closing);
    Q_EMIT app.window->lockRequested();
    QTRY_VERIFY_WITH_TIMEOUT(!app.worker()->isRunning(), 10000);
    QCOMPARE(closing.count(), 1);
    QVERIFY(!app.controller->workspace()->database());
    // Locked: no candidate data stays in the board's models.
    QVERIFY(!app.window->boardPresenter()->hasDatabase());
    QCOMPARE(app.boardCards(), 0);
    QCOMPARE(app.controller->reviews()->state(), hirex::models::ReviewsPresenter::State::NoCache);
    QCOMPARE(app.controller->reviews()->model()->rowCount(), 0);
    QCOMPARE(app.status()->connection(), SyncStatusPresenter::Connection::NotSyncing);
    m_app.reset();
}

void TestDesktopSync::signOutStopsTheWorkerAndKeepsQueuedChanges() {
    if (!m_sandbox->isRunning())
        QVERIFY2(m_sandbox->restartOnSamePort(), qPrintable(m_sandbox->errorString()));
    DesktopApp app(*m_sandbox, m_dir.filePath(QStringLiteral("signout")), m_browser.get());
    signInThroughTheBrowser(app);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(app.worker() && app.worker()->isRunning(), 30000);
    QSignalSpy closing(app.controller->workspace(), &hirex::models::WorkspaceContext::closing);
    Q_EMIT app.window->signOutRequested(false);
    QTRY_VERIFY_WITH_TIMEOUT(app.window->signInPage()->isVisible(), 30000);
    QVERIFY(!app.worker()->isRunning()); // stopped before the tokens were revoked
    QVERIFY(!app.session()->isSignedIn());
    QCOMPARE(closing.count(), 1);
    QCOMPARE(app.status()->connection(), SyncStatusPresenter::Connection::NotSyncing);
}

QString TestDesktopSync::revokeDevice(const QString &deviceId) {
    hirex::test::SandboxLogin login(*m_sandbox);
    const auto admin = login.signInAs(QStringLiteral("admin"));
    if (!admin)
        return QStringLiteral("admin sign-in: ") + login.errorString();
    const QList<QPair<QByteArray, QByteArray>> auth{
        {"Authorization", "Bearer " + admin->accessToken.toUtf8()}};
    const auto list = hirex::test::httpRequest(
        &m_network, m_sandbox->tlsConfiguration(), "GET",
        m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/v1/admin/devices?limit=500"))), {}, {}, auth);
    qint64 version = -1;
    for (const QJsonValue &item : list.json().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("id")).toString() == deviceId)
            version = item.toObject().value(QStringLiteral("version")).toInteger();
    }
    if (version <= 0)
        return QStringLiteral("device not listed (HTTP %1)").arg(list.status);
    auto headers = auth;
    headers.append({"If-Match", "\"" + QByteArray::number(version) + "\""});
    const auto revoke = hirex::test::httpRequest(
        &m_network, m_sandbox->tlsConfiguration(), "POST",
        m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/v1/admin/devices/%1/revoke").arg(deviceId))),
        R"({"wipe":true})", "application/json", headers);
    return revoke.status == 200 ? QString() : QStringLiteral("revoke: HTTP %1").arg(revoke.status);
}

// A cache that cannot be opened, and the user answers Cancel to the "reset local cache" offer:
// the workspace loads from the server and says, after the jobs are in, that it works online
// only (the job count used to replace that at once), and the damaged file is left as it was.
void TestDesktopSync::goingOnWithoutTheCacheSaysSoAndTouchesNothing() {
    if (!m_sandbox->isRunning())
        QVERIFY2(m_sandbox->restartOnSamePort(), qPrintable(m_sandbox->errorString()));
    const QString profile = m_dir.filePath(QStringLiteral("online-only"));
    QVERIFY(QDir().mkpath(profile));
    const QByteArray damaged(16384, 'x');
    {
        QFile file(profile + QStringLiteral("/cache.db"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(damaged), damaged.size());
    }
    DesktopApp app(*m_sandbox, profile, m_browser.get());
    hirex::ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    signInThroughTheBrowser(app);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(hirex::ui::MessageBox::lastAnsweredTitle(),
                              QStringLiteral("The local cache cannot be opened"), 30000);
    const QString onlineOnly = QStringLiteral("Working online only: the local cache is not open.");
    QLabel *status = app.window->workspacePage()->statusLabel();
    QTRY_COMPARE_WITH_TIMEOUT(app.jobs.rowCount() > 0, true, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), onlineOnly, 30000);
    QTest::qWait(300); // nothing replaces it afterwards
    QCOMPARE(status->text(), onlineOnly);
    QVERIFY(!app.controller->workspace()->isReady());
    QVERIFY(!app.worker() || !app.worker()->isRunning());
    QFile file(profile + QStringLiteral("/cache.db"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), damaged);
}

void TestDesktopSync::aDeviceRevokedByTheWorkersRequestStopsItAndShowsSignIn() {
    if (!m_sandbox->isRunning()) // an earlier test failed with the server down
        QVERIFY2(m_sandbox->restartOnSamePort(), qPrintable(m_sandbox->errorString()));
    DesktopApp app(*m_sandbox, m_dir.filePath(QStringLiteral("revoked")), m_browser.get());
    signInThroughTheBrowser(app);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(app.bar()->syncLabel()->text(), QStringLiteral("Up to date"), kSyncTimeoutMs);
    const QString deviceId = app.session()->deviceId();
    QVERIFY(!deviceId.isEmpty());
    const QString error = revokeDevice(deviceId);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Only the worker asks the server now: its next cycle hears 401 device_revoked.
    app.worker()->syncNow();
    // The wipe goes through the keychain (the cache key, the stored sign-in): slow under load.
    QTRY_VERIFY_WITH_TIMEOUT(app.window->signInPage()->isVisible(), 90000);
    QTRY_VERIFY_WITH_TIMEOUT(!app.worker()->isRunning(), 10000);
    QVERIFY(!app.session()->isSignedIn());
    QVERIFY(!app.signIn.errorMessage().isEmpty());
    QVERIFY(!app.controller->workspace()->isReady());
}

QTEST_MAIN(TestDesktopSync)
#include "tst_desktopsync.moc"
