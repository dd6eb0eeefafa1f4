#include "models/BoardPresenter.h"

#include "core/read/CandidateSearch.h"
#include "core/read/CardFacts.h"
#include "core/read/ChangeBadges.h"
#include "core/sync/ChangeBuilder.h"
#include "models/JobListModel.h"
#include "models/RejectPresenter.h"
#include "models/StageCardsModel.h"
#include "models/StageColumnsModel.h"

#include <QPointer>
#include <QTimer>

namespace hirex::models {

BoardPresenter::BoardPresenter(JobListModel *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_history(new MoveHistory(this)) {
    connect(m_jobs, &QAbstractItemModel::modelReset, this, &BoardPresenter::followJobs);
    followJobs();
}

BoardPresenter::~BoardPresenter() = default;

void BoardPresenter::setDatabase(const store::SqlCipherDatabase *db) {
    // Views drop their models before the connection they read goes away.
    m_deferred.clear();
    m_deferredChanges = {};
    m_cards.clear();
    m_columns.reset();
    m_search.reset();
    m_searchHits.reset();
    m_badges.reset();
    m_facts.reset();
    m_history->clear(); // its steps name cards of a cache that is closing or another one
    m_db = db;
    if (m_db) {
        m_facts = std::make_unique<read::CardFacts>(m_db);
        m_badges = std::make_unique<read::ChangeBadges>(m_db);
        if (!m_badges->refresh())
            m_lastError = m_badges->lastError();
        m_search = std::make_unique<read::CandidateSearch>(m_db);
        m_search->setText(m_searchText);
        countSearchHits();
        m_columns = std::make_unique<StageColumnsModel>(m_db);
        connect(m_columns.get(), &QAbstractItemModel::modelReset, this, &BoardPresenter::rebuildCards);
    }
    if (m_columns && !m_pipelineId.isEmpty())
        m_columns->setPipeline(m_pipelineId); // resets the columns, and so rebuilds the cards
    else
        rebuildCards();
}

void BoardPresenter::followJobs() {
    QString first;
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        const QString id = m_jobs->index(row, 0).data(JobListModel::JobIdRole).toString();
        if (first.isEmpty())
            first = id;
        if (id == m_wantedJobId) {
            setCurrentJob(id);
            return;
        }
    }
    if (!first.isEmpty()) {
        const QString wanted = m_wantedJobId;
        setCurrentJob(first);
        // A job missing while the list is being reloaded is still the one to come back to.
        if (!wanted.isEmpty())
            m_wantedJobId = wanted;
        return;
    }
    // No jobs (locked, signed out): nothing to show, but remember what was chosen.
    if (m_jobId.isEmpty())
        return;
    m_jobId.clear();
    m_pipelineId.clear();
    Q_EMIT currentJobChanged(QString());
    if (m_columns)
        m_columns->setPipeline(QString());
    else
        rebuildCards();
}

bool BoardPresenter::setCurrentJob(const QString &jobId) {
    QString pipelineId;
    bool found = false;
    for (int row = 0; row < m_jobs->rowCount() && !found; ++row) {
        const QModelIndex at = m_jobs->index(row, 0);
        if (at.data(JobListModel::JobIdRole).toString() == jobId) {
            pipelineId = at.data(JobListModel::PipelineIdRole).toString();
            found = true;
        }
    }
    if (!found)
        return false;
    m_wantedJobId = jobId;
    if (jobId == m_jobId && pipelineId == m_pipelineId)
        return true;
    m_jobId = jobId;
    m_pipelineId = pipelineId;
    m_history->clear(); // undo works on the board one sees
    Q_EMIT currentJobChanged(jobId);
    if (m_columns)
        m_columns->setPipeline(m_pipelineId);
    else
        rebuildCards();
    return true;
}

void BoardPresenter::rebuildCards() {
    m_rebuilt = true;
    m_deferred.clear(); // the new models read everything anyway
    m_deferredChanges = {};
    m_cards.clear();
    m_stages.clear();
    if (m_columns && !m_pipelineId.isEmpty()) {
        m_stages = m_facts->stages(m_pipelineId);
        const CardFilter filter = effectiveFilter();
        for (int row = 0; row < m_columns->rowCount(); ++row) {
            const QString stageId = m_columns->index(row).data(StageColumnsModel::StageIdRole).toString();
            const read::StageFacts stage = m_stages.value(stageId);
            auto model = std::make_unique<StageCardsModel>(m_db, stageId, stage.slaDays, m_facts.get(),
                                                           m_badges.get());
            model->setAcceptsMoves(stage.kind != QLatin1String("hired"));
            model->setNow(m_now);
            model->setOrder(m_order);
            model->setFilter(filter);
            connect(model.get(), &StageCardsModel::moveRequested, this, &BoardPresenter::moveToStage);
            m_cards.push_back(std::move(model));
        }
    }
    Q_EMIT boardReset();
}

StageCardsModel *BoardPresenter::cards(int column) const {
    return column >= 0 && column < columnCount() ? m_cards.at(static_cast<size_t>(column)).get() : nullptr;
}

int BoardPresenter::columnOfStage(const QString &stageId) const {
    for (int column = 0; column < columnCount(); ++column)
        if (m_cards.at(static_cast<size_t>(column))->stageId() == stageId)
            return column;
    return -1;
}

void BoardPresenter::setNow(const QDateTime &now) {
    m_now = now;
    for (const auto &model : m_cards)
        model->setNow(now);
}

void BoardPresenter::setOrder(read::StageCards::Order order) {
    m_order = order;
    for (const auto &model : m_cards)
        model->setOrder(order);
}

void BoardPresenter::setSearchText(const QString &text) {
    if (text == m_searchText)
        return;
    m_searchText = text;
    if (m_search)
        m_search->setText(m_searchText);
    countSearchHits();
    applyFilterToColumns();
}

bool BoardPresenter::searchIndexComplete() const {
    return !m_search || m_search->indexComplete();
}

void BoardPresenter::setFilter(const CardFilter &filter) {
    m_filter = filter;
    // The search is the presenter's own.
    m_filter.searchText.clear();
    m_filter.fewSearchHits = false;
    m_filter.searchHits.reset();
    m_filter.candidates.reset();
    applyFilterToColumns();
}

QStringList BoardPresenter::sources() const {
    return m_facts ? m_facts->sources() : QStringList();
}

QStringList BoardPresenter::tagsShown() const {
    QSet<QString> tags;
    for (const auto &model : m_cards)
        for (int row = 0; row < model->rowCount(); ++row)
            for (const QString &tag : model->cardAt(row).card.tags)
                tags.insert(tag);
    QStringList sorted(tags.cbegin(), tags.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

CardFilter BoardPresenter::effectiveFilter() const {
    CardFilter f = m_filter;
    // Text without a word (only punctuation) searches nothing: no narrowing.
    if (!read::CandidateSearch::matchExpression(m_searchText).isEmpty()) {
        f.searchText = m_searchText;
        f.fewSearchHits = m_fewSearchHits;
        f.searchHits = m_searchHits;
    }
    return f;
}

void BoardPresenter::countSearchHits() {
    // The FTS doclist is read once per keystroke: every column's page and count queries check
    // their cards against these hits, and their number decides every column's plan. Without
    // them (an error) each query evaluates the search itself.
    m_searchHits = m_search && m_search->isFilter() ? m_search->hits() : nullptr;
    m_fewSearchHits = m_searchHits && m_searchHits->size() <= read::CandidateSearch::FewHits;
}

void BoardPresenter::applyFilterToColumns() {
    const CardFilter filter = effectiveFilter();
    for (const auto &model : m_cards)
        model->setFilter(filter);
}

void BoardPresenter::retranslate() {
    m_jobs->retranslate();
    if (m_columns)
        m_columns->retranslate();
    for (const auto &cards : m_cards)
        cards->retranslate();
}

void BoardPresenter::applyChanges(const sync::EntityChanges &changes) {
    if (!m_db || changes.isEmpty())
        return;
    // Badges first, so that cards inserted below already read their new state.
    QSet<QString> badgeIds;
    if (m_badges->apply(changes)) {
        const QHash<read::ChangeBadges::EntityKey, read::ChangeBadge> before = m_badges->all();
        if (m_badges->refresh()) {
            const QString application = QStringLiteral("application");
            for (auto it = before.cbegin(); it != before.cend(); ++it)
                if (it.key().first == application && m_badges->all().value(it.key()) != it.value())
                    badgeIds.insert(it.key().second);
            for (auto it = m_badges->all().cbegin(); it != m_badges->all().cend(); ++it)
                if (it.key().first == application && before.value(it.key()) != it.value())
                    badgeIds.insert(it.key().second);
        }
    }
    // The hits are read once per keystroke: a candidate that starts or stops matching (a new
    // name, a note) needs them read again; the columns then re-read what they show.
    if (m_search && m_search->isFilter() &&
        (changes.everything || changes.touches(QStringLiteral("candidate")) ||
         changes.touches(QStringLiteral("note")))) {
        const std::shared_ptr<const read::SearchHits> before = m_searchHits;
        countSearchHits();
        if (m_searchHits && before && m_searchHits->docids() == before->docids())
            m_searchHits = before; // the same hits: the columns keep their queries
        else
            applyFilterToColumns();
    }
    m_rebuilt = false;
    if (m_columns)
        m_columns->applyChanges(changes); // a change of the stages themselves rebuilds the cards
    if (m_rebuilt)
        return;
    // The same stages with other rules (SLA, kind): the pipeline is versioned with its stages.
    if (changes.everything || changes.written.value(QStringLiteral("pipeline")).contains(m_pipelineId)) {
        m_stages = m_facts->stages(m_pipelineId);
        for (const auto &model : m_cards) {
            const read::StageFacts stage = m_stages.value(model->stageId());
            model->setSlaDays(stage.slaDays);
            model->setAcceptsMoves(stage.kind != QLatin1String("hired"));
        }
    }
    const bool large = isLargeBatch(changes);
    if (large || !m_deferred.isEmpty())
        defer(changes);
    for (const auto &model : m_cards) {
        if (large)
            m_deferred.insert(model.get());
        // A column still waiting for a large batch takes a small one with it, in order (defer()
        // merged it): one re-read of it, a turn or a few later.
        else if (!m_deferred.contains(model.get()))
            model->applyChanges(changes);
        if (!badgeIds.isEmpty())
            model->badgesChanged(badgeIds);
    }
}

bool BoardPresenter::isLargeBatch(const sync::EntityChanges &changes) {
    // A column re-reads its loaded cards (a page or more) for a batch that touches it: tens of
    // milliseconds for all columns. Small batches (what a person or a live change does) stay
    // synchronous, so a move shows in the same turn it was applied.
    constexpr qsizetype LargeBatch = 200;
    if (changes.everything)
        return true;
    qsizetype ids = 0;
    for (const QSet<QString> &written : changes.written)
        ids += written.size();
    for (const QSet<QString> &removed : changes.removed)
        ids += removed.size();
    return ids > LargeBatch;
}

void BoardPresenter::defer(const sync::EntityChanges &changes) {
    if (m_deferred.isEmpty())
        m_deferredChanges = changes; // shared, not copied
    else
        m_deferredChanges.merge(changes);
    if (std::exchange(m_deferredPosted, true))
        return;
    QTimer::singleShot(0, this, &BoardPresenter::applyNextDeferred);
}

void BoardPresenter::applyNextDeferred() {
    m_deferredPosted = false;
    // Left to right, as the user reads the board. A column gets every batch merged so far: a
    // re-read shows the cache as it is now, so a batch it has seen already costs nothing more.
    for (const auto &model : m_cards) {
        if (!m_deferred.remove(model.get()))
            continue;
        model->applyChanges(m_deferredChanges);
        break;
    }
    if (m_deferred.isEmpty())
        m_deferredChanges = {};
    else if (!std::exchange(m_deferredPosted, true))
        QTimer::singleShot(0, this, &BoardPresenter::applyNextDeferred);
}

int BoardPresenter::moveToStage(const QStringList &applicationIds, const QString &stageId) {
    QList<std::pair<QString, QString>> moves;
    for (const QString &id : applicationIds)
        moves.append({id, stageId});
    return queueMoves(moves, false);
}

void BoardPresenter::setUndoableQueue(EnqueueTracked enqueue, Withdraw withdraw) {
    m_enqueueTracked = std::move(enqueue);
    m_withdraw = std::move(withdraw);
}

int BoardPresenter::queueMoves(const QList<std::pair<QString, QString>> &moves, bool isRedo) {
    if (!m_facts || (!m_enqueue && !m_enqueueTracked)) {
        m_lastError = tr("Cards cannot be moved while the local cache is closed.");
        Q_EMIT moveFailed(m_lastError);
        return 0;
    }
    QList<sync::OutboxChange> changes;
    MoveHistory::Step step;
    for (const auto &[id, stageId] : moves) {
        if (m_stages.value(stageId).kind == QLatin1String("hired")) {
            m_lastError = tr("Hiring is not a move: use Hire, which asks you to confirm.");
            Q_EMIT moveFailed(m_lastError);
            continue;
        }
        const std::optional<QJsonObject> application = m_facts->application(id);
        if (!application) {
            m_lastError = tr("The candidate's application is no longer in the local cache.");
            Q_EMIT moveFailed(m_lastError);
            continue;
        }
        const QString from = application->value(QLatin1String("stage_id")).toString();
        if (from == stageId)
            continue;
        changes.append(sync::ChangeBuilder::moveApplication(*application, stageId));
        step.append(MoveHistory::Move{id, from, stageId, 0});
    }
    // The step is in the history before the first enqueue answers (it may answer at once).
    const quint64 stepId = m_history->push(step, isRedo);
    for (const sync::OutboxChange &change : changes)
        queueOne(change, stepId);
    return static_cast<int>(changes.size());
}

void BoardPresenter::queueOne(const sync::OutboxChange &change, quint64 stepId) {
    if (!m_enqueueTracked) {
        m_enqueue(change);
        return;
    }
    QPointer<BoardPresenter> self(this);
    m_enqueueTracked(change, [self, stepId, id = change.entityId](qint64 seq) {
        if (self && seq > 0 && stepId != 0)
            self->m_history->setSeq(stepId, id, seq);
    });
}

bool BoardPresenter::moveToAdjacentStage(const QString &applicationId, int step) {
    return moveToAdjacentStage(QStringList{applicationId}, step) == 1;
}

int BoardPresenter::moveToAdjacentStage(const QStringList &applicationIds, int step) {
    QList<std::pair<QString, QString>> moves;
    for (const QString &id : applicationIds) {
        for (int column = 0; column < columnCount(); ++column) {
            if (m_cards.at(static_cast<size_t>(column))->rowOf(id) < 0)
                continue;
            if (const StageCardsModel *target = cards(column + step))
                moves.append({id, target->stageId()});
            break;
        }
    }
    return moves.isEmpty() ? 0 : queueMoves(moves, false);
}

bool BoardPresenter::undoLastMove() {
    if (!m_history->canUndo())
        return false;
    if (!m_facts || (!m_enqueue && !m_enqueueTracked)) {
        m_lastError = tr("Moves cannot be undone while the local cache is closed.");
        Q_EMIT moveFailed(m_lastError);
        return false;
    }
    const MoveHistory::Step step = m_history->takeUndo();
    for (const MoveHistory::Move &move : step) {
        if (move.seq <= 0 || !m_withdraw) {
            // Not known to be queued (its seq has not come back yet) or nothing to withdraw with:
            // a move back is right whatever happened to the first one.
            moveBack(move);
            continue;
        }
        QPointer<BoardPresenter> self(this);
        m_withdraw(move.seq, [self, move](sync::OutboxWithdrawal result, const QString &error) {
            if (!self || result == sync::OutboxWithdrawal::Withdrawn)
                return; // the outbox restored the server's row; its change signal moves the card
            if (result == sync::OutboxWithdrawal::WriteFailed) {
                self->m_lastError = error;
                Q_EMIT self->moveFailed(error);
                return;
            }
            // Sent already, being sent, or built on by a later change: move it back.
            if (self->m_facts)
                self->moveBack(move);
        });
    }
    Q_EMIT notice(tr("Undid the move of %n card(s).", nullptr, static_cast<int>(step.size())));
    return true;
}

bool BoardPresenter::moveBack(const MoveHistory::Move &move) {
    const std::optional<QJsonObject> application = m_facts->application(move.applicationId);
    if (!application)
        return false;
    // A card someone moved on since (or rejected, or hired) is not pulled back by an old undo.
    if (application->value(QLatin1String("stage_id")).toString() != move.toStageId ||
        application->value(QLatin1String("status")).toString(QStringLiteral("active")) != u"active") {
        Q_EMIT notice(tr("A card was not moved back: it changed since the move."));
        return false;
    }
    // Not a step of its own: it undoes one.
    queueOne(sync::ChangeBuilder::moveApplication(*application, move.fromStageId), 0);
    return true;
}

bool BoardPresenter::redoLastMove() {
    if (!m_history->canRedo())
        return false;
    const MoveHistory::Step step = m_history->takeRedo();
    QList<std::pair<QString, QString>> moves;
    for (const MoveHistory::Move &move : step)
        moves.append({move.applicationId, move.toStageId});
    const int queued = queueMoves(moves, true);
    Q_EMIT notice(tr("Redid the move of %n card(s).", nullptr, queued));
    return queued > 0;
}

QStringList BoardPresenter::aiInsightsOnCard(const QString &applicationId) const {
    if (!m_facts)
        return {};
    const QString id = m_facts->matchScoreInsight(applicationId);
    return id.isEmpty() ? QStringList() : QStringList{id};
}

int BoardPresenter::reject(const RejectDecision &decision) {
    if (!m_facts || (!m_enqueue && !m_enqueueTracked)) {
        m_lastError = tr("Candidates cannot be rejected while the local cache is closed.");
        Q_EMIT moveFailed(m_lastError);
        return 0;
    }
    int queued = 0;
    for (const RejectTarget &target : decision.targets()) {
        const std::optional<QJsonObject> application = m_facts->application(target.applicationId);
        if (!application ||
            application->value(QLatin1String("status")).toString(QStringLiteral("active")) != u"active") {
            m_lastError = tr("A candidate was not rejected: the application is no longer active here.");
            Q_EMIT moveFailed(m_lastError);
            continue;
        }
        queueOne(sync::ChangeBuilder::rejectApplication(*application, decision.reasonCode(),
                                                        decision.reasonText(), target.aiInsightsShown,
                                                        decision.confirmedAt()),
                 0);
        ++queued;
    }
    if (queued > 0)
        Q_EMIT notice(tr("Rejected %n candidate(s).", nullptr, queued));
    return queued;
}

} // namespace hirex::models
