#pragma once

#include "core/read/CardFacts.h"
#include "core/read/StageCards.h"
#include "core/sync/EntityChanges.h"
#include "core/sync/OutboxChange.h"
#include "models/CardFilter.h"
#include "models/MoveHistory.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace hirex::store {
class SqlCipherDatabase;
}
namespace hirex::read {
class CandidateSearch;
class CardFacts;
class ChangeBadges;
} // namespace hirex::read

namespace hirex::models {

class JobListModel;
class RejectDecision;
class StageColumnsModel;
class StageCardsModel;

// The pipeline board without a window: which job (and so which pipeline) is shown, its columns
// (StageColumnsModel) and one StageCardsModel per column, the card order, the search and the
// filters, and the moves a person makes. It reads the GUI thread's connection to the cache and
// applies the sync worker's change signals to what is shown; moves go to the outbox through the
// enqueue function the app wires to SyncWorker::enqueue, and come back as change signals (the
// outbox writes the optimistic row at once).
class BoardPresenter : public QObject {
    Q_OBJECT

public:
    // Queues one change (SyncWorker::enqueue in the app). Its entitiesChanged brings the result.
    using Enqueue = std::function<void(const sync::OutboxChange &change)>;

    // `jobs` is the job picker's model; the presenter follows it (a vanished job is replaced by
    // the first one).
    explicit BoardPresenter(JobListModel *jobs, QObject *parent = nullptr);
    ~BoardPresenter() override;

    JobListModel *jobs() const { return m_jobs; }

    // The GUI thread's read connection, or nullptr while the cache is closed (locked, signed
    // out): the board is then empty. The connection must outlive the presenter or be unset first.
    void setDatabase(const store::SqlCipherDatabase *db);
    bool hasDatabase() const { return m_db != nullptr; }
    void setEnqueue(Enqueue enqueue) { m_enqueue = std::move(enqueue); }
    // Queues one change and tells `queued` its outbox seq (0: not queued) (SyncWorker::enqueue).
    using EnqueueTracked =
        std::function<void(const sync::OutboxChange &change, std::function<void(qint64 seq)> queued)>;
    // Takes a queued change back out of the outbox (SyncWorker::withdraw); `done` says how it went.
    using Withdraw = std::function<void(
        qint64 seq, std::function<void(sync::OutboxWithdrawal result, const QString &error)> done)>;
    // With these, an undo takes a move still queued out of the outbox instead of queueing a move
    // back; without them every undo is a move back (setEnqueue's function queues moves then).
    void setUndoableQueue(EnqueueTracked enqueue, Withdraw withdraw);

    // Shows the job's pipeline. False when the job is not in the picker's model.
    bool setCurrentJob(const QString &jobId);
    QString currentJobId() const { return m_jobId; }
    // The job to show once the picker lists it (the one shown when the app last ran); the first
    // job is shown until then, or when it is gone.
    void setPreferredJob(const QString &jobId) { m_wantedJobId = jobId; }
    QString pipelineId() const { return m_pipelineId; }

    // Null without a database. Rebuilt (boardReset) when the job or the stages change.
    StageColumnsModel *columns() const { return m_columns.get(); }
    int columnCount() const { return static_cast<int>(m_cards.size()); }
    StageCardsModel *cards(int column) const;
    int columnOfStage(const QString &stageId) const;

    read::StageCards::Order order() const { return m_order; }
    void setOrder(read::StageCards::Order order);

    // Narrows every column to the candidates the local full-text search finds, as one types:
    // each column's query takes the search's MATCH expression (no hit set is built).
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // False while a first sync defers the search index: hits are incomplete (say so).
    bool searchIndexComplete() const;
    // Tag, source, score range and days in stage; the search hits are kept.
    void setFilter(const CardFilter &filter);
    CardFilter filter() const { return m_filter; }
    // Whether the search or a filter hides cards (columns then say how many they show).
    bool isNarrowed() const { return !effectiveFilter().isEmpty(); }
    // The filter's choices: every source in the cache, and the tags of the cards shown.
    QStringList sources() const;
    QStringList tagsShown() const;

    // The sync worker's entitiesChanged: every part applies what concerns it, as row updates.
    void applyChanges(const sync::EntityChanges &changes);

    // Moves the applications to the stage through the outbox. Returns how many were queued.
    // Never into a hired stage: hiring is its own action with a confirmation.
    int moveToStage(const QStringList &applicationIds, const QString &stageId);
    // The next (+1) or previous (-1) stage of the application's column. False at either end.
    bool moveToAdjacentStage(const QString &applicationId, int step);
    // Each card to the next or previous stage of its own column, as one step of the history.
    int moveToAdjacentStage(const QStringList &applicationIds, int step);

    // Every move a person makes is a step of this history (a bulk move is one step).
    MoveHistory *history() const { return m_history; }
    // Undoes the last step: each move still queued is withdrawn from the outbox (the card gets
    // the server's version back); one already sent (or being sent) is moved back through the
    // outbox, unless the card has moved on since. False when there is nothing to undo.
    bool undoLastMove();
    // Makes the last undone step again, as new moves. False when there is nothing to redo.
    bool redoLastMove();

    // The AI insights a card of the application shows (its match score), for a decision's record.
    QStringList aiInsightsOnCard(const QString &applicationId) const;
    // Queues the rejections a person confirmed in the reject dialog. Returns how many.
    int reject(const RejectDecision &decision);

    // The clock of days in stage, SLA and retention (tests fix it); invalid: the current time.
    void setNow(const QDateTime &now);
    // The language changed: the jobs, columns and cards announce their texts again (no reset).
    void retranslate();

    QString lastError() const { return m_lastError; }
    // Whether columns still wait for a large batch of changes (applied one per event-loop turn).
    bool hasDeferredChanges() const { return !m_deferred.isEmpty(); }

Q_SIGNALS:
    void currentJobChanged(const QString &jobId);
    // The columns and their card models were rebuilt: views bind to them again.
    void boardReset();
    // A move could not be queued (not cached, no outbox): for the status line.
    void moveFailed(const QString &message);
    // What an undo, redo or reject did, for the status line ("Undid the move of 3 cards.").
    void notice(const QString &message);

private:
    void followJobs();
    void rebuildCards();
    void applyFilterToColumns();
    CardFilter effectiveFilter() const;
    // Queues each (application, stage) move as one step of the history; returns how many.
    int queueMoves(const QList<std::pair<QString, QString>> &moves, bool isRedo);
    void queueOne(const sync::OutboxChange &change, quint64 stepId);
    // Undoes one move of a step with a move back, when the card is still where it was moved.
    bool moveBack(const MoveHistory::Move &move);
    void countSearchHits();
    // A large batch (a first sync commits thousands of rows at a time) re-reads one column per
    // event-loop turn, so the GUI never waits for all of them at once; a small one (a move, a
    // live change) applies at once.
    static bool isLargeBatch(const sync::EntityChanges &changes);
    void defer(const sync::EntityChanges &changes);
    void applyNextDeferred();

    JobListModel *m_jobs;
    const store::SqlCipherDatabase *m_db = nullptr;
    Enqueue m_enqueue;
    EnqueueTracked m_enqueueTracked;
    Withdraw m_withdraw;
    MoveHistory *m_history;
    QString m_jobId;
    QString m_wantedJobId; // the job chosen last, shown again when the jobs come back (unlock)
    QString m_pipelineId;
    read::StageCards::Order m_order = read::StageCards::Order::TimeInStage;
    QString m_searchText;
    bool m_fewSearchHits = false;
    std::shared_ptr<const read::SearchHits> m_searchHits; // the search's hits, read per keystroke
    CardFilter m_filter;
    QDateTime m_now;
    bool m_rebuilt = false;
    std::unique_ptr<read::CardFacts> m_facts;
    std::unique_ptr<read::ChangeBadges> m_badges;
    std::unique_ptr<read::CandidateSearch> m_search;
    std::unique_ptr<StageColumnsModel> m_columns;
    std::vector<std::unique_ptr<StageCardsModel>> m_cards;
    // Large batches not yet applied to some columns, merged once for all of them (a first
    // sync's batch lists thousands of ids: merging it per column cost more than the re-reads).
    sync::EntityChanges m_deferredChanges;
    QSet<const StageCardsModel *> m_deferred; // the columns that still wait, one per turn
    bool m_deferredPosted = false;
    QHash<QString, read::StageFacts> m_stages;
    QString m_lastError;
};

} // namespace hirex::models
