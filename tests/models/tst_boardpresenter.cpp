// BoardPresenter without a window, over a real SQLCipher cache: the job picker decides the
// pipeline, columns and cards follow it, the local search narrows the cards as one types, moves
// go through the real outbox and come back as change signals, and closing the cache empties
// the board.
#include "core/sync/Outbox.h"
#include "models/BoardPresenter.h"
#include "models/JobListModel.h"
#include "models/RejectPresenter.h"
#include "models/StageCardsModel.h"
#include "models/StageColumnsModel.h"
#include "tests/models/BoardTestUtil.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace hirex;
using namespace hirex::board::testutil;
using hirex::models::BoardPresenter;
using hirex::models::JobListModel;
using hirex::models::StageCardsModel;
using hirex::models::StageColumnsModel;

class TestBoardPresenter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theFirstJobsPipelineIsShown();
    void anotherJobIsAnotherBoard();
    void searchNarrowsEveryColumnAsOneTypes();
    void filtersAndOrderReachEveryColumn();
    void aMoveGoesThroughTheOutboxAndBack();
    void movesToTheNextAndPreviousStage();
    void closingTheCacheEmptiesTheBoardAndReopeningRestoresIt();
    void nothingMovesIntoTheHiredStage();
    void undoWithdrawsAQueuedBulkMoveAsOneStep();
    void undoMovesBackWhatCannotBeWithdrawn();
    void aRejectNeedsTheDialogsDecision();
    void aLargeBatchReachesOneColumnPerTurn();

private:
    static QStringList ids(const StageCardsModel *m);
    void fetchAll(BoardPresenter &board);

    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
    JobListModel m_jobs;
};

void TestBoardPresenter::init() {
    QVERIFY(openCache(m_db, m_dir));
    fillBoard(m_db);
    sync::EntityStore store(&m_db);
    QVERIFY(
        put(store, QStringLiteral("pipeline"),
            pipeline(QStringLiteral("pipe_B"), {{QStringLiteral("stage_b1"), QStringLiteral("Applied")}})));
    m_jobs.setJobs(
        {job(QStringLiteral("job_pipe_A"), QStringLiteral("Backend engineer"), QStringLiteral("pipe_A")),
         job(QStringLiteral("job_pipe_B"), QStringLiteral("Designer"), QStringLiteral("pipe_B"))});
}

void TestBoardPresenter::cleanup() {
    m_jobs.setJobs({});
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("read.db")));
}

QStringList TestBoardPresenter::ids(const StageCardsModel *m) {
    QStringList out;
    for (int row = 0; row < m->rowCount(); ++row)
        out.append(m->index(row).data(StageCardsModel::ApplicationIdRole).toString());
    return out;
}

void TestBoardPresenter::fetchAll(BoardPresenter &board) {
    for (int c = 0; c < board.columnCount(); ++c)
        while (board.cards(c)->canFetchMore({}))
            board.cards(c)->fetchMore({});
}

void TestBoardPresenter::theFirstJobsPipelineIsShown() {
    BoardPresenter board(&m_jobs);
    QSignalSpy resets(&board, &BoardPresenter::boardReset);
    board.setDatabase(&m_db);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(board.currentJobId(), QStringLiteral("job_pipe_A")); // "Backend engineer" sorts first
    QCOMPARE(board.pipelineId(), QStringLiteral("pipe_A"));
    QCOMPARE(board.columnCount(), 3);
    QCOMPARE(board.columns()->rowCount(), 3);
    QCOMPARE(board.columns()->index(0).data(StageColumnsModel::CountRole).toInt(), 3);
    QCOMPARE(board.cards(0)->stageId(), QStringLiteral("stage_src"));
    QCOMPARE(board.cards(0)->slaDays(), std::optional<int>(5));
    fetchAll(board);
    QCOMPARE(ids(board.cards(0)),
             (QStringList{QStringLiteral("app_1"), QStringLiteral("app_2"), QStringLiteral("app_3")}));
    QCOMPARE(ids(board.cards(1)), QStringList{QStringLiteral("app_4")});
    QCOMPARE(board.cards(2)->rowCount(), 0);
    QVERIFY(board.searchIndexComplete());
}

void TestBoardPresenter::anotherJobIsAnotherBoard() {
    BoardPresenter board(&m_jobs);
    board.setDatabase(&m_db);
    QSignalSpy jobChanged(&board, &BoardPresenter::currentJobChanged);
    QSignalSpy resets(&board, &BoardPresenter::boardReset);
    QVERIFY(board.setCurrentJob(QStringLiteral("job_pipe_B")));
    QCOMPARE(jobChanged.count(), 1);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(board.columnCount(), 1);
    QVERIFY(!board.setCurrentJob(QStringLiteral("job_unknown")));
    QCOMPARE(board.pipelineId(), QStringLiteral("pipe_B"));
    // The jobs reloaded (another sync, an unlock): the chosen job stays.
    m_jobs.setJobs(
        {job(QStringLiteral("job_pipe_B"), QStringLiteral("Designer"), QStringLiteral("pipe_B")),
         job(QStringLiteral("job_pipe_A"), QStringLiteral("Backend engineer"), QStringLiteral("pipe_A"))});
    QCOMPARE(board.currentJobId(), QStringLiteral("job_pipe_B"));
}

void TestBoardPresenter::searchNarrowsEveryColumnAsOneTypes() {
    BoardPresenter board(&m_jobs);
    board.setDatabase(&m_db);
    fetchAll(board);
    QAbstractItemModelTester tester(board.cards(0), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(board.cards(0), &QAbstractItemModel::modelReset);
    board.setSearchText(QStringLiteral("le"));
    QCOMPARE(board.lastError(), QString());
    QCOMPARE(ids(board.cards(0)), QStringList{QStringLiteral("app_1")});
    QCOMPARE(board.cards(1)->rowCount(), 0);
    board.setSearchText(QStringLiteral("zoe le")); // every word must match
    QCOMPARE(board.cards(0)->rowCount(), 0);
    board.setSearchText(QStringLiteral("jav")); // tags are searched too
    QCOMPARE(ids(board.cards(0)), QStringList{QStringLiteral("app_2")});
    QCOMPARE(board.cards(1)->rowCount(), 0);
    // Turkish dotless ı folds as the index folds it.
    board.setSearchText(QStringLiteral("YILMAZ"));
    QCOMPARE(ids(board.cards(0)), QStringList{QStringLiteral("app_2")});
    board.setSearchText(QStringLiteral("nobody-matches"));
    QCOMPARE(board.cards(0)->rowCount(), 0);
    board.setSearchText(QString());
    QCOMPARE(board.cards(0)->rowCount(), 3);
    QCOMPARE(resets.count(), 0);

    // A candidate renamed to match the search appears while the search is open.
    board.setSearchText(QStringLiteral("zeynep"));
    QCOMPARE(board.cards(0)->rowCount(), 0);
    sync::EntityStore store(&m_db);
    QVERIFY(
        put(store, QStringLiteral("candidate"),
            candidate(QStringLiteral("cand_2"), QStringLiteral("Zeynep"), QStringLiteral("Yılmaz"), {}, 2)));
    sync::EntityChanges changes;
    changes.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_2"));
    board.applyChanges(changes);
    QCOMPARE(ids(board.cards(0)), QStringList{QStringLiteral("app_2")});
    QCOMPARE(resets.count(), 0);
}

void TestBoardPresenter::filtersAndOrderReachEveryColumn() {
    BoardPresenter board(&m_jobs);
    board.setDatabase(&m_db);
    fetchAll(board);
    models::CardFilter f;
    f.tag = QStringLiteral("qt");
    board.setFilter(f);
    QCOMPARE(ids(board.cards(0)), QStringList{QStringLiteral("app_1")});
    QCOMPARE(ids(board.cards(1)), QStringList{QStringLiteral("app_4")});
    board.setSearchText(QStringLiteral("zoe"));
    QCOMPARE(board.cards(0)->rowCount(), 0);
    QCOMPARE(ids(board.cards(1)), QStringList{QStringLiteral("app_4")});
    board.setFilter({});
    board.setSearchText({});
    board.setOrder(read::StageCards::Order::CandidateName);
    QCOMPARE(board.cards(0)->order(), read::StageCards::Order::CandidateName);
    QCOMPARE(board.cards(2)->order(), read::StageCards::Order::CandidateName);
    // A new board keeps the chosen order.
    QVERIFY(board.setCurrentJob(QStringLiteral("job_pipe_B")));
    QCOMPARE(board.cards(0)->order(), read::StageCards::Order::CandidateName);
}

void TestBoardPresenter::aMoveGoesThroughTheOutboxAndBack() {
    BoardPresenter board(&m_jobs);
    board.setDatabase(&m_db);
    board.setNow(testNow());
    fetchAll(board);
    QVERIFY(board.moveToStage({QStringLiteral("app_1")}, QStringLiteral("stage_off")) == 0); // no outbox yet

    // As the app wires it: the worker's outbox writes the optimistic row at once, and its
    // entitiesChanged reaches the board.
    sync::Outbox outbox(&m_db, nullptr);
    QList<sync::OutboxChange> queued;
    board.setEnqueue([&](const sync::OutboxChange &change) {
        queued.append(change);
        QVERIFY(outbox.enqueue(change) > 0);
        sync::EntityChanges changes;
        changes.addWritten(change.entity, change.entityId);
        board.applyChanges(changes);
    });
    QAbstractItemModelTester t0(board.cards(0), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(board.cards(2), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset0(board.cards(0), &QAbstractItemModel::modelReset);
    QSignalSpy boardResets(&board, &BoardPresenter::boardReset);
    QSignalSpy countChanged(board.columns(), &QAbstractItemModel::dataChanged);

    QCOMPARE(
        board.moveToStage({QStringLiteral("app_1"), QStringLiteral("app_2")}, QStringLiteral("stage_off")),
        2);
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(0).path, QStringLiteral("/v1/applications/app_1/move"));
    QCOMPARE(queued.at(0).body.value(QLatin1String("stage_id")).toString(), QStringLiteral("stage_off"));
    QCOMPARE(queued.at(0).ifMatch, std::optional<qint64>(1));
    QCOMPARE(ids(board.cards(0)), QStringList{QStringLiteral("app_3")});
    QCOMPARE(ids(board.cards(2)).size(), 2);
    QCOMPARE(board.cards(2)->index(0).data(StageCardsModel::BadgeRole).toInt(),
             int(StageCardsModel::Badge::Pending));
    QCOMPARE(board.columns()->index(0).data(StageColumnsModel::CountRole).toInt(), 1);
    QCOMPARE(board.columns()->index(2).data(StageColumnsModel::CountRole).toInt(), 2);
    QVERIFY(countChanged.count() >= 2);
    QCOMPARE(reset0.count(), 0);
    QCOMPARE(boardResets.count(), 0);
    QCOMPARE(outbox.pendingCount(), 2);
    // Already there: nothing is queued.
    QCOMPARE(board.moveToStage({QStringLiteral("app_1")}, QStringLiteral("stage_off")), 0);
    // A drop on a column asks the presenter to move.
    Q_EMIT board.cards(1)->moveRequested({QStringLiteral("app_3")}, QStringLiteral("stage_int"));
    QCOMPARE(ids(board.cards(1)).size(), 2);
    QCOMPARE(board.cards(0)->rowCount(), 0);
}

void TestBoardPresenter::movesToTheNextAndPreviousStage() {
    BoardPresenter board(&m_jobs);
    board.setDatabase(&m_db);
    fetchAll(board);
    sync::Outbox outbox(&m_db, nullptr);
    board.setEnqueue([&](const sync::OutboxChange &change) {
        QVERIFY(outbox.enqueue(change) > 0);
        sync::EntityChanges changes;
        changes.addWritten(change.entity, change.entityId);
        board.applyChanges(changes);
    });
    QVERIFY(board.moveToAdjacentStage(QStringLiteral("app_4"), +1));
    QCOMPARE(ids(board.cards(2)), QStringList{QStringLiteral("app_4")});
    QVERIFY(!board.moveToAdjacentStage(QStringLiteral("app_4"), +1)); // the last stage
    QVERIFY(board.moveToAdjacentStage(QStringLiteral("app_4"), -1));
    QCOMPARE(ids(board.cards(1)), QStringList{QStringLiteral("app_4")});
    QVERIFY(!board.moveToAdjacentStage(QStringLiteral("app_1"), -1)); // the first stage
    QVERIFY(!board.moveToAdjacentStage(QStringLiteral("app_unknown"), +1));
    QCOMPARE(outbox.pendingCount(), 2);
}

void TestBoardPresenter::closingTheCacheEmptiesTheBoardAndReopeningRestoresIt() {
    BoardPresenter board(&m_jobs);
    board.setDatabase(&m_db);
    QVERIFY(board.setCurrentJob(QStringLiteral("job_pipe_B")));
    // Locking: the cache closes and the jobs are cleared.
    board.setDatabase(nullptr);
    m_jobs.setJobs({});
    QCOMPARE(board.columnCount(), 0);
    QVERIFY(!board.columns());
    QCOMPARE(board.moveToStage({QStringLiteral("app_1")}, QStringLiteral("stage_off")), 0);
    QVERIFY(!board.lastError().isEmpty());
    // Unlocking: the same job again.
    m_jobs.setJobs(
        {job(QStringLiteral("job_pipe_A"), QStringLiteral("Backend engineer"), QStringLiteral("pipe_A")),
         job(QStringLiteral("job_pipe_B"), QStringLiteral("Designer"), QStringLiteral("pipe_B"))});
    board.setDatabase(&m_db);
    QCOMPARE(board.currentJobId(), QStringLiteral("job_pipe_B"));
    QCOMPARE(board.columnCount(), 1);
}

void TestBoardPresenter::nothingMovesIntoTheHiredStage() {
    BoardPresenter board(&m_jobs);
    board.setDatabase(&m_db);
    fetchAll(board);
    QList<sync::OutboxChange> queued;
    board.setEnqueue([&](const sync::OutboxChange &change) { queued.append(change); });
    QCOMPARE(board.cards(2)->slaDays(), std::optional<int>(5));
    QVERIFY(board.cards(2)->acceptsMoves());

    // The pipeline's new version makes the last stage "hired" without an SLA, same stage ids.
    QJsonObject p = pipeline(QStringLiteral("pipe_A"),
                             {{QStringLiteral("stage_src"), QStringLiteral("Sourced")},
                              {QStringLiteral("stage_int"), QStringLiteral("Interview")},
                              {QStringLiteral("stage_off"), QStringLiteral("Hired")}},
                             2);
    QJsonArray stages = p.value(QLatin1String("stages")).toArray();
    QJsonObject last = stages.at(2).toObject();
    last.insert(QStringLiteral("kind"), QStringLiteral("hired"));
    last.insert(QStringLiteral("sla_days"), QJsonValue::Null);
    stages.replace(2, last);
    p.insert(QStringLiteral("stages"), stages);
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("pipeline"), p));
    QSignalSpy resets(&board, &BoardPresenter::boardReset);
    sync::EntityChanges changes;
    changes.addWritten(QStringLiteral("pipeline"), QStringLiteral("pipe_A"));
    board.applyChanges(changes);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(board.cards(2)->slaDays(), std::nullopt);
    QVERIFY(!board.cards(2)->acceptsMoves());

    QSignalSpy failed(&board, &BoardPresenter::moveFailed);
    QCOMPARE(board.moveToStage({QStringLiteral("app_4")}, QStringLiteral("stage_off")), 0);
    QVERIFY(!board.moveToAdjacentStage(QStringLiteral("app_4"), +1));
    QCOMPARE(failed.count(), 2);
    QVERIFY(queued.isEmpty());
    // Drops are refused there too.
    std::unique_ptr<QMimeData> data(board.cards(1)->mimeData({board.cards(1)->index(0)}));
    QVERIFY(!board.cards(2)->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
}

namespace {
// As the app wires SyncWorker: the outbox writes the optimistic row at once and its change
// signal reaches the board; the seq and the withdrawal come back on the event loop, never inside
// the call.
struct WorkerLikeQueue {
    sync::Outbox *outbox;
    BoardPresenter *board;
    int answered = 0;

    void wire() {
        QObject::connect(outbox, &sync::Outbox::entitiesChanged, board, &BoardPresenter::applyChanges);
        board->setUndoableQueue(
            [this](const sync::OutboxChange &change, std::function<void(qint64)> queued) {
                const qint64 seq = outbox->enqueue(change);
                sync::EntityChanges changes;
                changes.addWritten(change.entity, change.entityId);
                board->applyChanges(changes);
                QTimer::singleShot(0, board, [this, queued, seq] {
                    ++answered;
                    queued(seq);
                });
            },
            [this](qint64 seq, std::function<void(sync::OutboxWithdrawal, const QString &)> done) {
                QTimer::singleShot(0, board, [this, seq, done] { done(outbox->withdraw(seq), QString()); });
            });
    }
};
} // namespace

void TestBoardPresenter::undoWithdrawsAQueuedBulkMoveAsOneStep() {
    BoardPresenter board(&m_jobs);
    board.setNow(testNow());
    board.setDatabase(&m_db);
    fetchAll(board);
    sync::Outbox outbox(&m_db, nullptr); // no server: every change stays queued
    WorkerLikeQueue queue{&outbox, &board};
    queue.wire();
    QSignalSpy resets(board.cards(0), &QAbstractItemModel::modelReset);
    QVERIFY(!board.history()->canUndo());
    QVERIFY(!board.undoLastMove());

    QCOMPARE(
        board.moveToStage({QStringLiteral("app_1"), QStringLiteral("app_2")}, QStringLiteral("stage_off")),
        2);
    QCOMPARE(board.moveToAdjacentStage({QStringLiteral("app_3")}, +1), 1);
    QTRY_COMPARE(queue.answered, 3);
    QCOMPARE(outbox.pendingCount(), 3);
    QCOMPARE(ids(board.cards(0)), QStringList());

    // The last step first: app_3 alone.
    QVERIFY(board.undoLastMove());
    QTRY_COMPARE(outbox.pendingCount(), 2);
    QTRY_COMPARE(ids(board.cards(0)), QStringList{QStringLiteral("app_3")});
    // Then the bulk move, in one step: withdrawn, nothing new queued to move them back.
    QVERIFY(board.undoLastMove());
    QTRY_COMPARE(outbox.pendingCount(), 0);
    QCOMPARE(outbox.entries().size(), 0);
    QTRY_COMPARE(ids(board.cards(0)).size(), 3);
    QCOMPARE(board.cards(2)->rowCount(), 0);
    QCOMPARE(board.cards(0)->index(0).data(StageCardsModel::BadgeRole).toInt(),
             int(StageCardsModel::Badge::None));
    QCOMPARE(m_db.queryString("SELECT stage_id FROM applications WHERE id = 'app_1'"),
             QStringLiteral("stage_src"));
    QVERIFY(!board.history()->canUndo());
    QCOMPARE(resets.count(), 0);

    // Redo makes the bulk move again, as new changes, and it can be undone again.
    QVERIFY(board.history()->canRedo());
    QVERIFY(board.redoLastMove()); // the step undone last: the bulk move
    QCOMPARE(board.cards(2)->rowCount(), 2);
    QVERIFY(board.redoLastMove());
    QVERIFY(ids(board.cards(1)).contains(QStringLiteral("app_3")));
    QCOMPARE(outbox.pendingCount(), 3);
    QVERIFY(!board.history()->canRedo());
    QTRY_COMPARE(queue.answered, 6);
    QVERIFY(board.undoLastMove());
    QTRY_COMPARE(outbox.pendingCount(), 2);
    QTRY_VERIFY(ids(board.cards(0)).contains(QStringLiteral("app_3")));
    // Another job's board has its own history.
    QVERIFY(board.setCurrentJob(QStringLiteral("job_pipe_B")));
    QVERIFY(!board.history()->canUndo());
    QVERIFY(!board.history()->canRedo());
}

void TestBoardPresenter::undoMovesBackWhatCannotBeWithdrawn() {
    BoardPresenter board(&m_jobs);
    board.setNow(testNow());
    board.setDatabase(&m_db);
    fetchAll(board);
    sync::Outbox outbox(&m_db, nullptr);
    WorkerLikeQueue queue{&outbox, &board};
    queue.wire();
    QSignalSpy notices(&board, &BoardPresenter::notice);

    // Undone before the outbox said which entry it is: a move back is queued behind it.
    QVERIFY(board.moveToAdjacentStage(QStringLiteral("app_4"), +1));
    QVERIFY(board.undoLastMove());
    QCOMPARE(outbox.pendingCount(), 2);
    QCOMPARE(outbox.entries().at(1).body, QByteArray(R"({"stage_id":"stage_int"})"));
    QCOMPARE(ids(board.cards(1)), QStringList{QStringLiteral("app_4")});
    QTRY_COMPARE(queue.answered, 2);

    // A card that moved on since the move (here: the server's row says so) is left alone.
    QVERIFY(board.moveToAdjacentStage(QStringLiteral("app_1"), +1));
    QTRY_COMPARE(queue.answered, 3);
    m_db.exec("DELETE FROM outbox WHERE entity_id = 'app_1'"); // as if sent and answered
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_1"), QStringLiteral("cand_1"), QStringLiteral("pipe_A"),
                            QStringLiteral("stage_off"), daysAgo(0), QStringLiteral("active"), 9)));
    notices.clear();
    QVERIFY(board.undoLastMove());
    QTRY_COMPARE(notices.count(), 2); // "undid", then "not moved back"
    QCOMPARE(outbox.pendingCount(), 2);
    QCOMPARE(m_db.queryString("SELECT stage_id FROM applications WHERE id = 'app_1'"),
             QStringLiteral("stage_off"));
}

void TestBoardPresenter::aRejectNeedsTheDialogsDecision() {
    BoardPresenter board(&m_jobs);
    board.setNow(testNow());
    board.setDatabase(&m_db);
    fetchAll(board);
    sync::Outbox outbox(&m_db, nullptr);
    WorkerLikeQueue queue{&outbox, &board};
    queue.wire();
    QCOMPARE(board.aiInsightsOnCard(QStringLiteral("app_1")), QStringList{QStringLiteral("ins_1")});
    QCOMPARE(board.aiInsightsOnCard(QStringLiteral("app_3")), QStringList());

    models::RejectPresenter dialog({{QStringLiteral("app_1"), QStringLiteral("Lena Schäfer"), false,
                                     board.aiInsightsOnCard(QStringLiteral("app_1"))},
                                    {QStringLiteral("app_3"), QStringLiteral("Candidate"), true, {}}});
    dialog.setReasonCode(QStringLiteral("skills"));
    QVERIFY(!dialog.decide()); // not confirmed: there is nothing to hand to the board
    dialog.setConfirmed(true);
    const std::optional<models::RejectDecision> decision = dialog.decide();
    QVERIFY(decision);
    QCOMPARE(board.reject(*decision), 2);
    QCOMPARE(outbox.pendingCount(), 2);
    const QList<sync::OutboxEntry> entries = outbox.entries();
    QCOMPARE(entries.at(0).path, QStringLiteral("/v1/applications/app_1/reject"));
    const QJsonObject body = QJsonDocument::fromJson(entries.at(0).body).object();
    QCOMPARE(body.value(QLatin1String("reason_code")).toString(), QStringLiteral("skills"));
    QVERIFY(!body.contains(QLatin1String("reason_text")));
    const QJsonObject confirmation = body.value(QLatin1String("human_confirmation")).toObject();
    QCOMPARE(confirmation.value(QLatin1String("confirmed")).toBool(), true);
    QCOMPARE(confirmation.value(QLatin1String("ai_insights_shown")).toArray(),
             QJsonArray{QStringLiteral("ins_1")});
    // Rejected cards leave the board at once; a reject is not a move, so undo does not touch it.
    QCOMPARE(ids(board.cards(0)), QStringList{QStringLiteral("app_2")});
    QVERIFY(!board.history()->canUndo());
    // A second decision on the same, no longer active, applications queues nothing.
    QCOMPARE(board.reject(*decision), 0);
    QCOMPARE(outbox.pendingCount(), 2);
}

// A first sync commits thousands of rows at a time: the columns re-read what they show one per
// event-loop turn, left to right, so no turn waits for all of them; the counts follow at once.
// A small batch arriving meanwhile applies at once, with what its column still waited for.
void TestBoardPresenter::aLargeBatchReachesOneColumnPerTurn() {
    BoardPresenter board(&m_jobs);
    board.setDatabase(&m_db);
    board.setNow(testNow());
    fetchAll(board);
    sync::EntityStore store(&m_db);
    const QString p = QStringLiteral("pipe_A");
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_1"), QStringLiteral("cand_1"), p, QStringLiteral("stage_int"),
                            daysAgo(0), QStringLiteral("active"), 2)));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_4"), QStringLiteral("cand_4"), p, QStringLiteral("stage_off"),
                            daysAgo(0), QStringLiteral("active"), 2)));
    sync::EntityChanges large;
    large.addWritten(QStringLiteral("application"), QStringLiteral("app_1"));
    large.addWritten(QStringLiteral("application"), QStringLiteral("app_4"));
    for (int i = 0; i < 300; ++i) // the rest of a sync batch, on no card of this board
        large.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_elsewhere_%1").arg(i));
    QSignalSpy boardResets(&board, &BoardPresenter::boardReset);

    board.applyChanges(large);
    // The counts at once; no column re-read yet.
    QCOMPARE(board.columns()->index(0).data(StageColumnsModel::CountRole).toInt(), 2);
    QCOMPARE(board.columns()->index(2).data(StageColumnsModel::CountRole).toInt(), 1);
    QVERIFY(board.hasDeferredChanges());
    QCOMPARE(ids(board.cards(0)).size(), 3);
    QCOMPARE(ids(board.cards(2)).size(), 0);

    QCoreApplication::processEvents(); // one turn: the first column
    QCOMPARE(ids(board.cards(0)), (QStringList{QStringLiteral("app_2"), QStringLiteral("app_3")}));
    QCOMPARE(ids(board.cards(1)), QStringList{QStringLiteral("app_4")});
    QCOMPARE(ids(board.cards(2)).size(), 0);

    // A small batch for a column that still waits joins the wait, in order; a column that does
    // not wait applies it at once.
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_2"), QStringLiteral("cand_2"), p, QStringLiteral("stage_off"),
                            daysAgo(0), QStringLiteral("active"), 2)));
    sync::EntityChanges small;
    small.addWritten(QStringLiteral("application"), QStringLiteral("app_2"));
    board.applyChanges(small);
    QCOMPARE(ids(board.cards(0)), QStringList{QStringLiteral("app_3")});
    QCOMPARE(ids(board.cards(2)).size(), 0);

    QTRY_VERIFY(!board.hasDeferredChanges());
    QCOMPARE(ids(board.cards(1)), QStringList{QStringLiteral("app_1")});
    QCOMPARE(ids(board.cards(2)).size(), 2); // app_4 and app_2, both waited for
    QCOMPARE(board.columns()->index(2).data(StageColumnsModel::CountRole).toInt(), 2);
    QCOMPARE(boardResets.count(), 0); // row changes, never a reset
}

QTEST_GUILESS_MAIN(TestBoardPresenter)
#include "tst_boardpresenter.moc"
