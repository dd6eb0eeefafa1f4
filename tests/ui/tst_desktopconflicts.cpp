// Conflicts and refused changes in hirex-desktop, driven through the real DesktopController,
// MainWindow, status bar and ConflictsDialog against the REAL hirex-sandbox, the suite's
// gnome-keyring and a SQLCipher cache on disk.
//
// A conflict is made as it happens in life: while the worker is paused (its changes wait, as
// offline), another recruiter moves two applications through the API; the user's moves of the
// same applications, queued on the stale versions, then replay and get 412. The status bar's
// badge opens the dialog, which shows both versions; Keep Mine sends the user's move again and
// the server agrees, Take Theirs puts the server's stage in the cache. A refused change (a move
// to a stage the server does not know: 422) shows the message bar above the board, the card is
// back in its column without a reset, and "Details…" opens the dialog on it.
//
// Screenshot hook: with HIREX_SCREENSHOT_DIR set, the dialog showing the conflict is saved there
// as conflicts.png (scripts/screenshots runs this test under Xvfb for docs/screenshots/).
#include "app/desktop/DesktopController.h"
#include "core/api/TransportPolicy.h"
#include "core/auth/SessionManager.h"
#include "core/session/ProfileSession.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/Statement.h"
#include "core/sync/ChangeBuilder.h"
#include "core/sync/SyncHttp.h"
#include "core/sync/SyncWorker.h"
#include "models/BoardPresenter.h"
#include "models/ConflictsPresenter.h"
#include "models/JobListModel.h"
#include "models/SignInPresenter.h"
#include "models/StageCardsModel.h"
#include "models/SyncStatusPresenter.h"
#include "models/WorkspaceContext.h"
#include "tests/support/DesktopApp.h"
#include "tests/support/LoginPageLauncher.h"
#include "tests/support/SandboxLogin.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestTokenProvider.h"
#include "ui/ConflictsDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/SignInPage.h"
#include "ui/SyncStatusBar.h"

#include <QAction>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>

#include <memory>

using hirex::models::ConflictsPresenter;
using hirex::test::DesktopApp;
using hirex::test::LoginPageLauncher;
using hirex::test::SandboxProcess;
namespace hsync = hirex::sync;

namespace {

constexpr int kSyncTimeoutMs = 180000;
constexpr int kCallTimeoutMs = 60000;

hsync::HttpResult call(hsync::SyncHttp &http, const QByteArray &method, const QString &path,
                       const QJsonObject &body = {}, const hsync::SyncHttp::Conditions &conditions = {}) {
    auto slot = std::make_shared<std::optional<hsync::HttpResult>>();
    const QByteArray bytes =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.send(method, path, bytes, conditions, [slot](const hsync::HttpResult &r) { *slot = r; });
    static_cast<void>(QTest::qWaitFor([slot] { return slot->has_value(); }, kCallTimeoutMs));
    return slot->value_or(hsync::HttpResult{});
}

// The status bar's counts as the English catalogue spells them (plurals come from it).
QString plural(const char *source, int n) {
    return QCoreApplication::translate("hirex::models::SyncStatusPresenter", source, nullptr, n);
}

QJsonObject object(const hsync::HttpResult &r) {
    return QJsonDocument::fromJson(r.body).object();
}

QStringList idsOf(const hirex::models::StageCardsModel *m) {
    QStringList ids;
    for (int row = 0; row < m->rowCount(); ++row)
        ids.append(m->index(row).data(hirex::models::StageCardsModel::ApplicationIdRole).toString());
    return ids;
}

} // namespace

class TestDesktopConflicts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aConflictIsShownAndResolvedBothWays();
    void aRefusedChangeShowsTheMessageBarAndTheCardIsBack();

private:
    std::unique_ptr<hsync::SyncHttp> otherRecruiter();
    QJsonObject cachedApplication(const QString &id);
    // Stage ids of the application's pipeline that are not `except` and not a hired stage.
    QStringList otherStages(const QJsonObject &application);
    QString serverStage(hsync::SyncHttp &http, const QString &applicationId);

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<hirex::test::SandboxLogin> m_login;
    std::vector<std::unique_ptr<hirex::test::TestTokenProvider>> m_tokens;
    std::unique_ptr<LoginPageLauncher> m_browser;
    QTemporaryDir m_dir;
    std::unique_ptr<DesktopApp> m_app;
};

void TestDesktopConflicts::initTestCase() {
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "needs a D-Bus session with gnome-keyring (scripts/test or dbus-run-session)");
    QCoreApplication::setOrganizationName(QStringLiteral("HirexTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopconflicts"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sandbox =
        std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--candidates"), QStringLiteral("400")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_login = std::make_unique<hirex::test::SandboxLogin>(*m_sandbox);
    const QJsonObject account = m_sandbox->passwordAccount(QStringLiteral("recruiter"), false);
    QVERIFY2(!account.isEmpty(), qPrintable(m_sandbox->errorString()));
    m_browser = std::make_unique<LoginPageLauncher>(&m_network, m_sandbox->tlsConfiguration());
    m_browser->setCredentials(account.value(QStringLiteral("email")).toString(),
                              account.value(QStringLiteral("password")).toString(), QString());

    m_app =
        std::make_unique<DesktopApp>(*m_sandbox, m_dir.filePath(QStringLiteral("profile")), m_browser.get());
    DesktopApp &app = *m_app;
    QVERIFY2(app.signInThroughTheBrowser(), qPrintable(m_browser->failure()));
    QVERIFY2(app.session()->isSignedIn(), qPrintable(m_browser->failure()));
    QTRY_COMPARE_WITH_TIMEOUT(app.bar()->syncLabel()->text(), QStringLiteral("Up to date"), kSyncTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(app.board()->columnCount() > 2, 30000);
    QVERIFY(app.window->conflictsAction()->isEnabled());
    QVERIFY(!app.bar()->conflictsButton()->isVisible()); // nothing to resolve yet
}

void TestDesktopConflicts::cleanupTestCase() {
    m_app.reset();
    m_browser.reset();
    m_login.reset();
    m_sandbox.reset();
}

std::unique_ptr<hsync::SyncHttp> TestDesktopConflicts::otherRecruiter() {
    const auto tokens = m_login->signInAs(QStringLiteral("recruiter"));
    if (!tokens)
        return nullptr;
    m_tokens.push_back(std::make_unique<hirex::test::TestTokenProvider>(tokens->accessToken));
    hirex::api::TransportSettings settings;
    settings.caFile = m_sandbox->caFile();
    hirex::api::ApiError error;
    const auto policy = hirex::api::TransportPolicy::create(settings, &error);
    if (!policy)
        return nullptr;
    return std::make_unique<hsync::SyncHttp>(*policy, m_sandbox->baseUrl(), m_tokens.back().get());
}

QJsonObject TestDesktopConflicts::cachedApplication(const QString &id) {
    hirex::store::Statement s = m_app->db()->prepare("SELECT json FROM applications WHERE id = ?");
    s.bind(1, id);
    const QJsonObject o =
        s.next() ? QJsonDocument::fromJson(s.columnText(0).toUtf8()).object() : QJsonObject();
    s.reset();
    return o;
}

QStringList TestDesktopConflicts::otherStages(const QJsonObject &application) {
    hirex::store::Statement s = m_app->db()->prepare("SELECT json FROM pipelines WHERE id = ?");
    s.bind(1, application.value(QLatin1String("pipeline_id")).toString());
    const QJsonObject pipeline =
        s.next() ? QJsonDocument::fromJson(s.columnText(0).toUtf8()).object() : QJsonObject();
    s.reset();
    QStringList stages;
    for (const QJsonValue &v : pipeline.value(QLatin1String("stages")).toArray()) {
        const QJsonObject stage = v.toObject();
        if (stage.value(QLatin1String("id")) != application.value(QLatin1String("stage_id")) &&
            stage.value(QLatin1String("kind")).toString() != u"hired")
            stages.append(stage.value(QLatin1String("id")).toString());
    }
    return stages;
}

QString TestDesktopConflicts::serverStage(hsync::SyncHttp &http, const QString &applicationId) {
    return object(call(http, "GET", QStringLiteral("/v1/applications/") + applicationId))
        .value(QLatin1String("stage_id"))
        .toString();
}

void TestDesktopConflicts::aConflictIsShownAndResolvedBothWays() {
    DesktopApp &app = *m_app;
    // Two active applications of the open board's first column with cards.
    QStringList ids;
    for (int column = 0; column < app.board()->columnCount() && ids.size() < 2; ++column)
        if (app.board()->cards(column)->rowCount() >= 2)
            ids = idsOf(app.board()->cards(column)).mid(0, 2);
    QCOMPARE(ids.size(), 2);
    const QJsonObject mineApp = cachedApplication(ids.at(0));
    const QJsonObject theirsApp = cachedApplication(ids.at(1));
    const QStringList stages = otherStages(mineApp);
    QVERIFY(stages.size() >= 2);
    const QString myStage = stages.at(0);
    const QString theirStage = stages.at(1);

    // The worker pauses: the user's changes wait, as they do offline.
    app.worker()->pause();
    QTRY_COMPARE_WITH_TIMEOUT(app.worker()->state(), hsync::SyncEngine::State::Paused, 30000);

    // Someone else moves both applications first.
    std::unique_ptr<hsync::SyncHttp> other = otherRecruiter();
    QVERIFY(other);
    for (const QJsonObject &a : {mineApp, theirsApp}) {
        hsync::SyncHttp::Conditions conditions;
        conditions.ifMatch = a.value(QLatin1String("version")).toInteger();
        conditions.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const hsync::HttpResult moved =
            call(*other, "POST",
                 QStringLiteral("/v1/applications/%1/move").arg(a.value(QLatin1String("id")).toString()),
                 QJsonObject{{QStringLiteral("stage_id"), theirStage}}, conditions);
        QVERIFY2(moved.ok(), qPrintable(moved.error.code));
    }

    // The user's moves, on the versions the board showed.
    for (const QJsonObject &a : {mineApp, theirsApp}) {
        qint64 seq = -1;
        app.worker()->enqueue(hsync::ChangeBuilder::moveApplication(a, myStage),
                              [&seq](qint64 queued, const hirex::UserMessage &) { seq = queued; });
        QTRY_VERIFY_WITH_TIMEOUT(seq >= 0, 10000);
        QVERIFY(seq > 0);
    }
    app.worker()->resume();
    QTRY_COMPARE_WITH_TIMEOUT(app.conflicts()->conflictCount(), 2, kSyncTimeoutMs);

    // The badge says so and opens the dialog.
    hirex::ui::SyncStatusBar *bar = app.bar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->conflictsButton()->isVisible(), 10000);
    QCOMPARE(bar->conflictsButton()->text(), plural("%n conflict(s)", 2));
    QCOMPARE(bar->conflictsButton()->accessibleName(),
             QStringLiteral("Conflicts: ") + plural("%n conflict(s)", 2));
    QVERIFY(bar->conflictsButton()->focusPolicy() & Qt::TabFocus);
    QTest::mouseClick(bar->conflictsButton(), Qt::LeftButton);
    hirex::ui::ConflictsDialog *dialog = app.window->conflictsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->list()->model()->rowCount(), 2);

    // The conflict of the first application (queued first, so listed first), both versions
    // side by side.
    const int first = 0;
    QVERIFY(dialog->selectIssue(ConflictsPresenter::Kind::Conflict, app.conflicts()->issueIdAt(first)));
    QCOMPARE(dialog->currentRow(), first);
    QVERIFY(dialog->titleLabel()->text().contains(QStringLiteral(": Move to ")));
    QTreeWidget *comparison = dialog->comparison();
    QVERIFY(comparison->isVisible());
    QVERIFY(comparison->topLevelItemCount() > 0);
    QTreeWidgetItem *stageRow = comparison->topLevelItem(0);
    const QString myStageName = app.conflicts()->fieldsAt(first).first().mine;
    const QString theirStageName = app.conflicts()->fieldsAt(first).first().theirs;
    QCOMPARE(stageRow->text(0), QStringLiteral("≠ Stage"));
    QCOMPARE(stageRow->text(1), myStageName);
    QCOMPARE(stageRow->text(2), theirStageName);
    QVERIFY(myStageName != theirStageName);
    QVERIFY(stageRow->font(0).bold()); // not by colour alone
    QVERIFY(stageRow->data(0, Qt::AccessibleTextRole).toString().contains(QStringLiteral("differs")));
    QVERIFY(dialog->keepMineButton()->isEnabled());
    QVERIFY(dialog->takeTheirsButton()->isEnabled());
    QVERIFY(!dialog->dismissButton()->isVisible());

    if (const QString dir = qEnvironmentVariable("HIREX_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("conflicts.png"))));
    }

    // Keep Mine: the user's move goes again over the other recruiter's, and the server agrees.
    QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(app.conflicts()->conflictCount(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(app.controller->syncStatus()->queuedCount(), 0, kSyncTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(serverStage(*other, ids.at(0)), myStage, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(cachedApplication(ids.at(0)).value(QLatin1String("stage_id")).toString(),
                              myStage, 30000);
    QCOMPARE(bar->conflictsButton()->text(), plural("%n conflict(s)", 1));

    // Take Theirs: the other recruiter's move stays, and the cache shows it.
    QCOMPARE(dialog->currentRow(), 0); // the remaining conflict became current
    QTest::mouseClick(dialog->takeTheirsButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(app.conflicts()->conflictCount(), 0, 30000);
    QCOMPARE(cachedApplication(ids.at(1)).value(QLatin1String("stage_id")).toString(), theirStage);
    QCOMPARE(serverStage(*other, ids.at(1)), theirStage);
    QCOMPARE(app.controller->syncStatus()->queuedCount(), 0);
    QTRY_VERIFY(!bar->conflictsButton()->isVisible());
    dialog->close();
}

void TestDesktopConflicts::aRefusedChangeShowsTheMessageBarAndTheCardIsBack() {
    DesktopApp &app = *m_app;
    int column = -1;
    for (int c = 0; c < app.board()->columnCount() && column < 0; ++c)
        if (app.board()->cards(c)->rowCount() > 0)
            column = c;
    QVERIFY(column >= 0);
    hirex::models::StageCardsModel *cards = app.board()->cards(column);
    const QString appId = idsOf(cards).first();
    const QJsonObject application = cachedApplication(appId);
    QSignalSpy reset(cards, &QAbstractItemModel::modelReset);
    QSignalSpy removed(cards, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(cards, &QAbstractItemModel::rowsInserted);

    const int rowBefore = static_cast<int>(idsOf(cards).indexOf(appId));

    // A stage the server does not know: refused by its rules (422), for good. The worker waits
    // first, so the optimistic move is seen before the server's answer.
    app.worker()->pause();
    QTRY_COMPARE_WITH_TIMEOUT(app.worker()->state(), hsync::SyncEngine::State::Paused, 30000);
    qint64 seq = -1;
    app.worker()->enqueue(
        hsync::ChangeBuilder::moveApplication(application, QStringLiteral("stg_no_such_stage")),
        [&seq](qint64 queued, const hirex::UserMessage &) { seq = queued; });
    QTRY_VERIFY_WITH_TIMEOUT(seq > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!idsOf(cards).contains(appId), 10000); // moved away at once
    app.worker()->resume();

    hirex::ui::MessageBar *message = app.window->messageBar();
    QVERIFY(message);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 60000);
    hirex::store::Statement name = app.db()->prepare("SELECT name FROM stages WHERE id = ?");
    name.bind(1, application.value(QLatin1String("stage_id")).toString());
    QVERIFY(name.next());
    const QString stageName = name.columnText(0);
    name.reset();
    const QString text = message->text();
    QVERIFY2(text.contains(QStringLiteral(" to another stage was refused. This change was undone: ")),
             qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("The card is back in %1.").arg(stageName)), qPrintable(text));
    QCOMPARE(message->accessibleName(), text);
    QVERIFY(!message->hasFocus());

    // The card went (optimistic) and came back, row by row, where it was.
    QTRY_VERIFY_WITH_TIMEOUT(idsOf(cards).contains(appId), 10000);
    QCOMPARE(idsOf(cards).indexOf(appId), rowBefore);
    QVERIFY(reset.isEmpty());
    QVERIFY(!removed.isEmpty());
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(cachedApplication(appId).value(QLatin1String("stage_id")).toString(),
             application.value(QLatin1String("stage_id")).toString());
    QTRY_COMPARE_WITH_TIMEOUT(app.bar()->conflictsButton()->text(), plural("%n change(s) refused", 1), 10000);

    // Details… opens the dialog on it; Dismiss forgets it.
    QTest::mouseClick(message->detailsButton(), Qt::LeftButton);
    hirex::ui::ConflictsDialog *dialog = app.window->conflictsDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(app.conflicts()->kindAt(dialog->currentRow()), ConflictsPresenter::Kind::Refused);
    QCOMPARE(app.conflicts()->issueIdAt(dialog->currentRow()), seq);
    QVERIFY(dialog->dismissButton()->isVisible() && dialog->dismissButton()->isEnabled());
    QVERIFY(!dialog->keepMineButton()->isVisible());
    QVERIFY(dialog->explanationLabel()->text().startsWith(QStringLiteral("This change was undone: ")));
    QTest::mouseClick(dialog->dismissButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(app.conflicts()->rowCount(), 0, 30000);
    QTRY_VERIFY(!app.bar()->conflictsButton()->isVisible());
    QCOMPARE(app.db()->queryInt("SELECT count(*) FROM outbox", -1), 0);
}

QTEST_MAIN(TestDesktopConflicts)
#include "tst_desktopconflicts.moc"
