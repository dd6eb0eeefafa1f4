// Triage on the board with real widgets (offscreen) against the REAL hirex-sandbox, wired as
// hirex-desktop wires it: the GUI reads its own connection of a real SQLCipher cache, the moves
// and rejects go through SyncWorker's outbox on its thread, and undo withdraws through it.
// Several selected cards move as one step and the server agrees; undo of a move still queued
// sends nothing, undo of a sent move moves the cards back on the server, each as one step; a
// bulk reject happens only after the dialog's confirmation, with the reason, and Cancel sends
// nothing.
#include "core/api/TransportPolicy.h"
#include "core/read/CachedJobs.h"
#include "core/store/LocalCache.h"
#include "core/store/MemorySecretStore.h"
#include "core/sync/SyncHttp.h"
#include "core/sync/SyncWorker.h"
#include "models/BoardPresenter.h"
#include "models/JobListModel.h"
#include "models/MoveHistory.h"
#include "models/RejectPresenter.h"
#include "models/StageCardsModel.h"
#include "models/StageColumnsModel.h"
#include "tests/support/SandboxLogin.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestTokenProvider.h"
#include "ui/BoardColumn.h"
#include "ui/BoardPage.h"
#include "ui/RejectDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hirex;
using hirex::models::BoardPresenter;
using hirex::models::StageCardsModel;
using hirex::test::SandboxLogin;
using hirex::test::SandboxProcess;
using hirex::test::TestTokenProvider;
using hirex::ui::BoardPage;

namespace {
constexpr int kTimeoutMs = 60000;
} // namespace

class TestBoardTriageSandbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void severalSelectedCardsMoveAndTheServerAgrees();
    void undoOfAQueuedBulkMoveSendsNothing();
    void undoOfASentBulkMoveMovesTheCardsBack();
    void aBulkRejectNeedsTheConfirmationAndCancelSendsNothing();

private:
    // The server's copy of the application.
    QJsonObject server(const QString &applicationId);
    qint64 outboxCount() const;
    bool syncAndWait();
    // A column with at least two cards whose next stage takes moves; selects its first two cards
    // with the mouse (click, Ctrl+click) and returns their ids.
    QStringList selectTwoCards(int *column);
    QListView *view(int column) const { return m_page->column(column)->view(); }

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::optional<test::SandboxTokens> m_tokens;
    std::optional<api::TransportPolicy> m_policy;
    QTemporaryDir m_dir;
    store::MemorySecretStore m_secrets;
    std::unique_ptr<store::LocalCache> m_cache;
    std::unique_ptr<TestTokenProvider> m_session;
    std::unique_ptr<sync::SyncWorker> m_worker;
    std::unique_ptr<TestTokenProvider> m_checkerToken;
    std::unique_ptr<sync::SyncHttp> m_checker;
    std::unique_ptr<models::JobListModel> m_jobs;
    std::unique_ptr<BoardPresenter> m_board;
    std::unique_ptr<BoardPage> m_page;
};

void TestBoardTriageSandbox::initTestCase() {
    m_sandbox =
        std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--candidates"), QStringLiteral("120")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    SandboxLogin login(*m_sandbox);
    m_tokens = login.signInAs(QStringLiteral("recruiter"));
    QVERIFY2(m_tokens, qPrintable(login.errorString()));
    api::TransportSettings settings;
    settings.caFile = m_sandbox->caFile();
    m_policy = api::TransportPolicy::create(settings, nullptr);
    QVERIFY(m_policy);
    m_session = std::make_unique<TestTokenProvider>(m_tokens->accessToken);
    m_checkerToken = std::make_unique<TestTokenProvider>(m_tokens->accessToken);
    m_checker = std::make_unique<sync::SyncHttp>(*m_policy, m_sandbox->baseUrl(), m_checkerToken.get());

    m_cache = std::make_unique<store::LocalCache>(m_dir.filePath(QStringLiteral("profile")),
                                                  QStringLiteral("triage-test"), &m_secrets);
    m_cache->setOpensWorkerConnection(true);
    QSignalSpy opened(m_cache.get(), &store::LocalCache::opened);
    m_cache->open();
    QVERIFY(opened.wait(30000));
    m_worker = std::make_unique<sync::SyncWorker>(m_session.get());
    sync::SyncWorkerConfig config{m_sandbox->baseUrl(), *m_policy, {}, {}};
    config.engine.useStream = false;
    QSignalSpy started(m_worker.get(), &sync::SyncWorker::started);
    m_worker->start(m_cache->takeWorkerDatabase(), config);
    QVERIFY(started.wait(10000));
    QVERIFY(syncAndWait());

    // As DesktopController::wireBoard does it.
    m_jobs = std::make_unique<models::JobListModel>();
    read::CachedJobs cached(m_cache->database());
    m_jobs->setJobs(cached.all());
    QVERIFY(m_jobs->rowCount() > 0);
    m_board = std::make_unique<BoardPresenter>(m_jobs.get());
    connect(m_worker.get(), &sync::SyncWorker::entitiesChanged, m_board.get(), &BoardPresenter::applyChanges);
    m_board->setUndoableQueue(
        [this](const sync::OutboxChange &change, std::function<void(qint64)> queued) {
            m_worker->enqueue(change, [queued](qint64 seq, const UserMessage &) { queued(seq); });
        },
        [this](qint64 seq, std::function<void(sync::OutboxWithdrawal, const QString &)> done) {
            m_worker->withdraw(seq, [done](sync::OutboxWithdrawal result, const UserMessage &error) {
                done(result, error.message);
            });
        });
    m_board->setDatabase(m_cache->database());
    // The job with the most cards makes the best board.
    QString best;
    int most = -1;
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        const QString id = m_jobs->index(row, 0).data(models::JobListModel::JobIdRole).toString();
        QVERIFY(m_board->setCurrentJob(id));
        int total = 0;
        for (int c = 0; m_board->columns() && c < m_board->columns()->rowCount(); ++c)
            total += m_board->columns()->index(c).data(models::StageColumnsModel::CountRole).toInt();
        if (total > most) {
            most = total;
            best = id;
        }
    }
    QVERIFY(m_board->setCurrentJob(best));
    QVERIFY2(most >= 8, "the sandbox's jobs have too few applications for triage");

    m_page = std::make_unique<BoardPage>(m_board.get());
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestBoardTriageSandbox::cleanupTestCase() {
    m_page.reset();
    if (m_board)
        m_board->setDatabase(nullptr);
    m_board.reset();
    m_worker.reset();
    m_cache.reset();
    m_checker.reset();
    if (m_sandbox)
        QCOMPARE(m_sandbox->stop(), 0);
}

void TestBoardTriageSandbox::init() {
    if (m_worker)
        m_worker->resume();
    // Shortcuts (the page's QActions) need the active window.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

QJsonObject TestBoardTriageSandbox::server(const QString &applicationId) {
    auto slot = std::make_shared<std::optional<sync::HttpResult>>();
    m_checker->get(QStringLiteral("/v1/applications/") + applicationId,
                   [slot](const sync::HttpResult &r) { *slot = r; });
    if (!QTest::qWaitFor([slot] { return slot->has_value(); }, kTimeoutMs) || !(*slot)->ok())
        return {};
    return QJsonDocument::fromJson((*slot)->body).object();
}

qint64 TestBoardTriageSandbox::outboxCount() const {
    return m_cache->database()->queryInt("SELECT count(*) FROM outbox", -1);
}

bool TestBoardTriageSandbox::syncAndWait() {
    QSignalSpy finished(m_worker.get(), &sync::SyncWorker::cycleFinished);
    m_worker->syncNow();
    return finished.wait(2 * kTimeoutMs) && !finished.first().first().value<UserMessage>().isError();
}

QStringList TestBoardTriageSandbox::selectTwoCards(int *column) {
    *column = -1;
    for (int c = 0; c + 1 < m_page->columnCount() && *column < 0; ++c) {
        while (view(c)->model()->canFetchMore({}))
            view(c)->model()->fetchMore({});
        if (view(c)->model()->rowCount() >= 2 && m_page->column(c + 1)->cards()->acceptsMoves())
            *column = c;
    }
    if (*column < 0)
        return {};
    QListView *v = view(*column);
    v->scrollToTop();
    QTest::mouseClick(v->viewport(), Qt::LeftButton, Qt::NoModifier,
                      v->visualRect(v->model()->index(0, 0)).center());
    QTest::mouseClick(v->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      v->visualRect(v->model()->index(1, 0)).center());
    return m_page->selectedApplicationIds();
}

void TestBoardTriageSandbox::severalSelectedCardsMoveAndTheServerAgrees() {
    int column = -1;
    const QStringList ids = selectTwoCards(&column);
    QCOMPARE(ids.size(), 2);
    const QString target = m_page->column(column + 1)->cards()->stageId();
    QTest::keyClick(view(column), Qt::Key_Right, Qt::AltModifier);
    // Optimistic at once, then replayed by the worker.
    QTRY_VERIFY(m_page->column(column + 1)->cards()->rowOf(ids.at(0)) >= 0);
    QTRY_VERIFY(m_page->column(column + 1)->cards()->rowOf(ids.at(1)) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(outboxCount(), 0, kTimeoutMs);
    for (const QString &id : ids)
        QCOMPARE(server(id).value(QLatin1String("stage_id")).toString(), target);
    QCOMPARE(m_board->history()->nextUndo().size(), 2);
}

void TestBoardTriageSandbox::undoOfAQueuedBulkMoveSendsNothing() {
    m_worker->pause(); // offline, as far as the outbox's replay goes
    int column = -1;
    const QStringList ids = selectTwoCards(&column);
    QCOMPARE(ids.size(), 2);
    const QString from = m_page->column(column)->cards()->stageId();
    const qint64 version = server(ids.at(0)).value(QLatin1String("version")).toInteger();
    QTest::keyClick(view(column), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(outboxCount(), 2);
    QTRY_VERIFY(m_page->column(column + 1)->cards()->rowOf(ids.at(1)) >= 0);
    // Undo once the outbox has said which entries the moves are (an undo before that moves back).
    QTRY_VERIFY(std::all_of(m_board->history()->nextUndo().cbegin(), m_board->history()->nextUndo().cend(),
                            [](const models::MoveHistory::Move &m) { return m.seq > 0; }));
    QTest::keyClick(view(column), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(outboxCount(), 0);
    QTRY_VERIFY(m_page->column(column)->cards()->rowOf(ids.at(0)) >= 0);
    QTRY_VERIFY(m_page->column(column)->cards()->rowOf(ids.at(1)) >= 0);
    QCOMPARE(m_page->column(column + 1)->cards()->rowOf(ids.at(0)), -1);
    // Back online: nothing was ever sent.
    m_worker->resume();
    QVERIFY(syncAndWait());
    for (const QString &id : ids)
        QCOMPARE(server(id).value(QLatin1String("stage_id")).toString(), from);
    QCOMPARE(server(ids.at(0)).value(QLatin1String("version")).toInteger(), version);
}

void TestBoardTriageSandbox::undoOfASentBulkMoveMovesTheCardsBack() {
    int column = -1;
    const QStringList ids = selectTwoCards(&column);
    QCOMPARE(ids.size(), 2);
    const QString from = m_page->column(column)->cards()->stageId();
    const QString target = m_page->column(column + 1)->cards()->stageId();
    QTest::keyClick(view(column), Qt::Key_Right, Qt::AltModifier);
    // Queued (the outbox said which entries), then sent.
    QTRY_VERIFY(std::all_of(m_board->history()->nextUndo().cbegin(), m_board->history()->nextUndo().cend(),
                            [](const models::MoveHistory::Move &m) { return m.seq > 0; }));
    QTRY_COMPARE_WITH_TIMEOUT(outboxCount(), 0, kTimeoutMs);
    for (const QString &id : ids)
        QCOMPARE(server(id).value(QLatin1String("stage_id")).toString(), target);
    // One Ctrl+Z for both: they are sent, so they move back through the outbox.
    m_page->activateWindow();
    view(column)->setFocus();
    QTest::keyClick(view(column), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(m_page->column(column)->cards()->rowOf(ids.at(0)) >= 0);
    QTRY_VERIFY(m_page->column(column)->cards()->rowOf(ids.at(1)) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(outboxCount(), 0, kTimeoutMs);
    for (const QString &id : ids)
        QTRY_COMPARE_WITH_TIMEOUT(server(id).value(QLatin1String("stage_id")).toString(), from, kTimeoutMs);
    QVERIFY(m_board->history()->canRedo()); // the undone step, for Ctrl+Shift+Z
}

void TestBoardTriageSandbox::aBulkRejectNeedsTheConfirmationAndCancelSendsNothing() {
    int column = -1;
    const QStringList ids = selectTwoCards(&column);
    QCOMPARE(ids.size(), 2);
    QTest::keyClick(view(column), Qt::Key_Delete);
    QTRY_VERIFY(m_page->rejectDialog() && m_page->rejectDialog()->isVisible());
    ui::RejectDialog *dialog = m_page->rejectDialog();
    QCOMPARE(dialog->candidateList()->count(), 2);
    for (int i = 0; i < 2; ++i)
        QVERIFY(!dialog->candidateList()->item(i)->text().isEmpty()); // a name or the anonymised label
    QTest::keyClick(dialog->reasonPicker(), Qt::Key_Down);
    QTest::keyClick(dialog->reasonPicker(), Qt::Key_Down); // "experience"
    QVERIFY(!dialog->rejectButton()->isEnabled());         // not confirmed
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_page->rejectDialog());
    QCOMPARE(outboxCount(), 0);
    QVERIFY(syncAndWait());
    for (const QString &id : ids)
        QCOMPARE(server(id).value(QLatin1String("status")).toString(), QStringLiteral("active"));

    // Now confirmed, through the same dialog.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    view(column)->setFocus();
    QCOMPARE(m_page->selectedApplicationIds(), ids);
    QTest::keyClick(view(column), Qt::Key_Delete);
    QTRY_VERIFY(m_page->rejectDialog() && m_page->rejectDialog()->isVisible());
    dialog = m_page->rejectDialog();
    QTest::keyClick(dialog->reasonPicker(), Qt::Key_Down);
    QTest::keyClick(dialog->reasonPicker(), Qt::Key_Down);
    QCOMPARE(dialog->presenter()->reasonCode(), QStringLiteral("experience"));
    QTest::keyClicks(dialog->noteField(), QStringLiteral("Needs more Qt experience."));
    QTest::mouseClick(dialog->confirmation(), Qt::LeftButton);
    QVERIFY(dialog->rejectButton()->isEnabled());
    QTest::mouseClick(dialog->rejectButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_page->rejectDialog());
    QTRY_VERIFY(m_page->column(column)->cards()->rowOf(ids.at(0)) < 0);
    QTRY_COMPARE_WITH_TIMEOUT(outboxCount(), 0, kTimeoutMs);
    for (const QString &id : ids) {
        const QJsonObject app = server(id);
        QCOMPARE(app.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        const QJsonObject rejection = app.value(QLatin1String("rejection")).toObject();
        QCOMPARE(rejection.value(QLatin1String("reason_code")).toString(), QStringLiteral("experience"));
        QCOMPARE(rejection.value(QLatin1String("reason_text")).toString(),
                 QStringLiteral("Needs more Qt experience."));
    }
}

QTEST_MAIN(TestBoardTriageSandbox)
#include "tst_boardtriage_sandbox.moc"
