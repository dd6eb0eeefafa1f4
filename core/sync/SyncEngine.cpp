#include "core/sync/SyncEngine.h"

#include "core/api/EventStreamClient.h"
#include "core/domain/ChangeFeedPage.h"
#include "core/store/CacheSchema.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncLog.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace hirex::sync {

namespace {

bool isTransport(const api::ApiError &error) {
    using K = api::ApiError::Kind;
    return error.kind == K::Network || error.kind == K::Timeout || error.kind == K::Tls ||
           error.kind == K::Unavailable || error.kind == K::Server || error.kind == K::RateLimited ||
           error.kind == K::Cancelled;
}

} // namespace

SyncEngine::SyncEngine(const store::SqlCipherDatabase *db, SyncHttp *http, Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_http(http)
    , m_outbox(outbox)
    , m_entities(db)
    , m_workingSet(db)
    , m_retryTimer(new QTimer(this))
    , m_debounce(new QTimer(this))
    , m_idleCommit(new QTimer(this)) {
    // Another process (hirexctl change, the GUI) may hold the write lock for a moment.
    m_db->exec("PRAGMA busy_timeout = 5000");
    m_defaultCacheSize = m_db->queryInt("PRAGMA cache_size", -2000);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setTimerType(Qt::PreciseTimer); // never earlier than a Retry-After
    connect(m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_idleCommit->setSingleShot(true);
    connect(m_idleCommit, &QTimer::timeout, this, &SyncEngine::commitIdleBatch);
    if (m_http) {
        m_stream = new api::EventStreamClient(m_http->apiClient(), this);
        connect(m_stream, &api::EventStreamClient::connected, this, &SyncEngine::onStreamConnected);
        connect(m_stream, &api::EventStreamClient::eventReceived, this, &SyncEngine::onStreamEvent);
        connect(m_stream, &api::EventStreamClient::disconnected, this, &SyncEngine::onStreamDisconnected);
    }
}

SyncEngine::~SyncEngine() {
    keepAppliedPages(); // an interrupted sync keeps what it applied
    stop();
}

bool SyncEngine::firstSyncComplete() const {
    return m_db->queryString("SELECT value FROM settings WHERE key = 'sync.first_complete'") == u"1";
}

QString SyncEngine::cursor() const {
    return m_db->queryString("SELECT cursor FROM sync_cursors WHERE feed = 'changes'");
}

std::optional<qint64> SyncEngine::seqOf(const QString &cursor) {
    bool ok = false;
    const qint64 seq = cursor.toLongLong(&ok);
    return ok ? std::optional<qint64>(seq) : std::nullopt;
}

void SyncEngine::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::setOnline(bool online) {
    if (m_online == online)
        return;
    m_online = online;
    qCInfo(lcSync) << (online ? "online" : "offline");
    Q_EMIT onlineChanged(online);
}

void SyncEngine::startLive() {
    m_live = true;
    startStream();
    syncNow();
}

void SyncEngine::stop() {
    m_live = false;
    m_retryTimer->stop();
    m_debounce->stop();
    if (m_stream)
        m_stream->stop();
    m_streamUp = false;
    m_streamDropped = false;
}

void SyncEngine::pause() {
    m_paused = true;
    m_retryTimer->stop();
    setState(State::Paused);
}

void SyncEngine::resume() {
    if (!m_paused)
        return;
    m_paused = false;
    setState(State::Idle);
    syncNow();
}

void SyncEngine::syncNow() {
    if (m_paused)
        return;
    if (m_cycleRunning) {
        m_again = true;
        return;
    }
    beginCycle();
}

void SyncEngine::beginCycle() {
    m_cycleRunning = true;
    m_again = false;
    m_retryTimer->stop();
    m_workingSet.load();
    m_firstSyncRun = !firstSyncComplete();
    m_progress = SyncProgress();
    m_progress.firstSync = m_firstSyncRun;
    m_startSeq = seqOf(cursor());
    m_bytesAtStart = m_http ? m_http->bytesReceived() : 0;
    m_clock.start();
    m_db->exec(QByteArray("PRAGMA cache_size = -" + QByteArray::number(m_options.cycleCacheKiB)).constData());
    setState(State::Syncing);
    // The stream's first event tells where the feed ends, which makes percent and ETA known.
    startStream();
    if (m_outbox && m_outbox->pendingCount() > 0) {
        m_outbox->replay([this](const Outbox::ReplayResult &result) {
            if (result.interrupted && isTransport(result.error)) {
                setOnline(false);
                endCycle(result.error.toUserMessage());
                return;
            }
            pull();
        });
        return;
    }
    pull();
}

void SyncEngine::pull() {
    pullFrom(cursor());
}

void SyncEngine::pullFrom(const QString &from) {
    if (!m_http) {
        endCycle(UserMessage{QStringLiteral("sync_stopped"), tr("Synchronisation was stopped."), {}});
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), from.isEmpty() ? QStringLiteral("0") : from);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageLimit));
    const quint64 cycle = m_cycleId;
    m_http->get(QStringLiteral("/v1/changes?") + query.toString(QUrl::FullyEncoded),
                [this, cycle](const HttpResult &result) {
                    // A page fetched ahead for a cycle that has ended since is dropped.
                    if (cycle == m_cycleId && m_cycleRunning)
                        onPage(result);
                });
}

void SyncEngine::onPage(const HttpResult &result) {
    if (!result.ok()) {
        if (isTransport(result.error))
            setOnline(false);
        endCycle(result.error.toUserMessage());
        return;
    }
    setOnline(true);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
    domain::DecodeError decodeError;
    const std::optional<domain::ChangeFeedPage> page =
        doc.isObject() ? domain::ChangeFeedPage::fromJson(doc.object(), &decodeError) : std::nullopt;
    if (!page) {
        endCycle(UserMessage{QStringLiteral("sync_decode"),
                             tr("The server sent changes this app cannot read."),
                             doc.isObject() ? decodeError.path : parseError.errorString()});
        return;
    }
    // Ask for the next page before writing this one, so the server works while we write.
    // Pages still commit strictly in order (one thread), each with its own cursor.
    if (page->hasMore)
        pullFrom(page->nextCursor);
    QString error;
    m_idleCommit->stop();
    const bool applied = applyPage(*page, &error);
    const bool commitNow = !page->hasMore || m_batch.pages >= m_options.pagesPerCommit ||
                           m_batch.clock.elapsed() >= m_options.maxBatchDuration.count();
    if (!applied || (commitNow && !commitBatch(!page->hasMore, &error))) {
        rollbackBatch();
        endCycle(UserMessage{QStringLiteral("sync_write_failed"),
                             tr("The local copy could not be updated. Try again, or reset the local cache."),
                             error});
        return;
    }
    if (batchOpen())
        m_idleCommit->start(m_options.idleCommitDelay);
    m_progress.items += page->items.size();
    updateProgress(page->items.isEmpty() ? -1 : page->items.last().seq);
    if (!page->hasMore)
        endCycle({});
}

bool SyncEngine::releaseWriteLock() {
    commitIdleBatch();
    return !batchOpen();
}

void SyncEngine::commitIdleBatch() {
    if (!batchOpen() || !m_cycleRunning)
        return;
    QString error;
    if (commitBatch(false, &error))
        return;
    // The pages of this batch are gone with their cursor; pages already requested would commit a
    // cursor past them. End the cycle (its pending page is dropped) and start again from the
    // last committed cursor.
    rollbackBatch();
    endCycle(UserMessage{QStringLiteral("sync_write_failed"),
                         tr("The local copy could not be updated. Try again, or reset the local cache."),
                         error});
}

bool SyncEngine::openBatch(QString *error) {
    if (batchOpen())
        return true;
    // Feed pages need no fsync per commit: WAL with synchronous=NORMAL stays consistent, and a
    // power cut loses at most the last batches together with their cursor, so they are fetched
    // again. Everything else (outbox writes outside a pull) keeps synchronous=FULL.
    m_db->exec("PRAGMA synchronous = NORMAL");
    m_batchTransaction.emplace(*m_db);
    if (!m_batchTransaction->isActive()) {
        *error = m_batchTransaction->error();
        m_batchTransaction.reset();
        m_db->exec("PRAGMA synchronous = FULL");
        return false;
    }
    m_batch = Batch();
    m_batch.clock.start();
    // A first sync loads the search index in one pass at its end (see commitBatch).
    if (m_firstSyncRun && !store::CacheSchema::deferSearchIndex(*m_db, error)) {
        rollbackBatch();
        return false;
    }
    return true;
}

bool SyncEngine::commitBatch(bool feedComplete, QString *error) {
    if (!batchOpen())
        return true;
    if (m_batch.deleted > 0 && !store::CacheSchema::purgeDeletedSearchTerms(*m_db, error))
        return false;
    if (feedComplete && m_firstSyncRun) {
        if (store::CacheSchema::searchIndexDeferred(*m_db) &&
            !store::CacheSchema::rebuildSearchIndex(*m_db, error))
            return false;
        if (!m_db->exec("INSERT OR REPLACE INTO settings (key, value) VALUES ('sync.first_complete', '1')",
                        error))
            return false;
    }
    if (const QString failed = m_batchTransaction->commit(); !failed.isEmpty()) {
        *error = failed;
        return false;
    }
    m_batchTransaction.reset();
    const int applied = m_batch.applied;
    const int deleted = m_batch.deleted;
    const EntityChanges changes = std::move(m_batch.changes);
    m_batch = Batch();
    m_db->exec("PRAGMA synchronous = FULL");
    // Only now can other connections (the GUI) see the rows.
    if (applied || deleted)
        Q_EMIT dataChanged(applied, deleted);
    if (!changes.isEmpty())
        Q_EMIT entitiesChanged(changes);
    return true;
}

void SyncEngine::rollbackBatch() {
    if (!batchOpen())
        return;
    m_batchTransaction.reset(); // rolls back
    m_batch = Batch();
    m_db->exec("PRAGMA synchronous = FULL");
}

void SyncEngine::keepAppliedPages() {
    QString error;
    if (batchOpen() && !commitBatch(false, &error)) {
        qCWarning(lcSync) << "commit of applied pages failed:" << error;
        rollbackBatch();
    }
}

bool SyncEngine::applyPage(const domain::ChangeFeedPage &page, QString *error) {
    if (!openBatch(error))
        return false;
    // Queued changes are rare; skip the per-row lookup when there are none.
    const bool outboxBusy =
        m_outbox &&
        m_db->queryInt("SELECT count(*) FROM outbox WHERE state IN ('pending', 'conflict')", 0) > 0;
    for (const domain::ChangeItem &item : page.items) {
        if (EntityStore::tableFor(item.entity).isEmpty())
            continue; // an entity this client does not cache
        if (item.isTombstone()) {
            if (m_outbox)
                m_outbox->forgetEntity(item.entity, item.id);
            if (m_entities.remove(item.entity, item.id)) {
                ++m_batch.deleted;
                m_batch.changes.addRemoved(item.entity, item.id);
            }
            continue;
        }
        if (!item.data)
            continue;
        const QJsonObject &data = *item.data;
        if (item.entity == u"application") {
            const bool cached = m_entities.version(item.entity, item.id).has_value();
            if (!m_firstSyncRun && !m_workingSet.wantsApplication(data, cached))
                continue;
        }
        if (outboxBusy && m_outbox->absorbServerVersion(item.entity, data))
            continue; // the user's queued change stays visible; rollback now restores this version
        const EntityStore::Upsert upsert = m_entities.upsert(item.entity, data);
        if (upsert == EntityStore::Upsert::Failed) {
            *error = m_entities.lastError();
            return false;
        }
        ++m_batch.applied;
        if (upsert != EntityStore::Upsert::Stale)
            m_batch.changes.addWritten(item.entity, item.id);
    }
    const QString next = page.nextCursor;
    if (!next.isEmpty()) {
        store::Statement s =
            m_db->prepare("INSERT OR REPLACE INTO sync_cursors (feed, cursor, updated_at) VALUES "
                          "('changes', ?, ?)");
        s.bind(1, next).bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!s.exec()) {
            *error = s.errorMessage();
            return false;
        }
    }
    ++m_batch.pages;
    return true;
}

SyncEngine::ProgressEstimate SyncEngine::estimateProgress(qint64 startSeq, qint64 headSeq, qint64 lastSeq,
                                                          qint64 elapsedMs) {
    // The head and our position come from the server: any qint64 is possible, so the figures are
    // computed in double (no signed overflow) and clamped before they are narrowed to int.
    ProgressEstimate estimate;
    const double span = double(headSeq) - double(startSeq);
    const double done = double(lastSeq) - double(startSeq);
    if (!(span > 0))
        return estimate;
    estimate.percent = static_cast<int>(std::clamp(done * 100.0 / span, 0.0, 100.0));
    if (done > 0 && elapsedMs >= 0) {
        const double eta = double(elapsedMs) * std::max(span - done, 0.0) / done / 1000.0;
        estimate.etaSeconds = static_cast<int>(std::min(eta, double(kMaxEtaSeconds)));
    }
    return estimate;
}

void SyncEngine::updateProgress(qint64 lastSeq) {
    if (m_http)
        m_progress.bytes = m_http->bytesReceived() - m_bytesAtStart;
    if (lastSeq >= 0 && m_headSeq && *m_headSeq > 0) {
        const ProgressEstimate estimate =
            estimateProgress(m_startSeq.value_or(0), *m_headSeq, lastSeq, m_clock.elapsed());
        if (estimate.percent >= 0)
            m_progress.percent = estimate.percent;
        if (estimate.etaSeconds >= 0)
            m_progress.etaSeconds = estimate.etaSeconds;
    }
    Q_EMIT progressChanged(m_progress);
}

void SyncEngine::endCycle(const UserMessage &error) {
    m_idleCommit->stop();
    keepAppliedPages(); // pages applied before a failed fetch stay
    // After a full sync, and otherwise at most hourly: defaults, eviction and retention purge.
    const bool housekeeping =
        m_firstSyncRun || !m_lastHousekeeping.isValid() ||
        m_lastHousekeeping.elapsed() > std::chrono::milliseconds(std::chrono::hours(1)).count();
    if (!error.isError() && housekeeping) {
        m_lastHousekeeping.start();
        settleWorkingSet([this] { finishCycle({}); });
        return;
    }
    finishCycle(error);
}

void SyncEngine::settleWorkingSet(std::function<void()> then) {
    auto evict = [this, then] {
        m_workingSet.load();
        store::Transaction txn(*m_db);
        bool evicted = false;
        if (txn.isActive()) {
            const WorkingSet::Eviction e =
                m_workingSet.evict(QDateTime::currentDateTimeUtc(), m_options.evictUntouchedAfter.count());
            if (e.candidates || e.expired)
                store::CacheSchema::purgeDeletedSearchTerms(*m_db);
            evicted = e.applications || e.candidates || e.expired;
        }
        // Housekeeping: what is not evicted now is evicted at the next run.
        if (const QString failed = txn.isActive() ? txn.commit() : txn.error(); !failed.isEmpty()) {
            qCWarning(lcSync) << "eviction not saved:" << failed;
        } else if (evicted) {
            EntityChanges everything; // too many ids to list: readers query again, once
            everything.everything = true;
            Q_EMIT entitiesChanged(everything);
        }
        then();
    };
    if (!m_workingSet.needsDefaults() || !m_http) {
        evict();
        return;
    }
    // The default working set is the user's own jobs: who "own" is depends on /v1/me.
    m_http->get(QStringLiteral("/v1/me"), [this, evict](const HttpResult &result) {
        const QString userId = QJsonDocument::fromJson(result.body)
                                   .object()
                                   .value(QLatin1String("user"))
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toString();
        if (result.ok() && !userId.isEmpty()) {
            store::Transaction txn(*m_db);
            if (txn.isActive())
                m_workingSet.chooseDefaultPins(userId);
            // The defaults are chosen again at the next housekeeping while none are saved.
            if (const QString failed = txn.isActive() ? txn.commit() : txn.error(); !failed.isEmpty())
                qCWarning(lcSync) << "default pins not saved:" << failed;
        }
        evict();
    });
}

void SyncEngine::resyncWorkingSet() {
    m_db->exec("DELETE FROM settings WHERE key = 'sync.first_complete'; DELETE FROM sync_cursors WHERE feed "
               "= 'changes'");
}

void SyncEngine::fetchOnDemand(const QString &entity, const QString &id,
                               std::function<void(const UserMessage &)> done) {
    static const QHash<QString, QString> collections = {
        {QStringLiteral("candidate"), QStringLiteral("candidates")},
        {QStringLiteral("application"), QStringLiteral("applications")},
        {QStringLiteral("job"), QStringLiteral("jobs")},
        {QStringLiteral("pipeline"), QStringLiteral("pipelines")}};
    if (!collections.contains(entity) || !m_http) {
        QTimer::singleShot(0, this, [done] {
            done(UserMessage{QStringLiteral("not_supported"), tr("This item cannot be fetched."), {}});
        });
        return;
    }
    m_http->get(QStringLiteral("/v1/") + collections.value(entity) + QLatin1Char('/') + id,
                [this, entity, id, done](const HttpResult &result) {
                    if (!result.ok()) {
                        done(result.error.toUserMessage());
                        return;
                    }
                    // A feed batch may be open on this connection. Joining it would let our
                    // COMMIT end it early and leave its later pages without a transaction, so
                    // the batch commits first, deliberately: its pages are whole and carry their
                    // cursor, as at an idle commit. (Queueing our write until the batch ends
                    // would delay `done` by up to a batch and need a queue for nothing.)
                    if (batchOpen())
                        commitIdleBatch();
                    store::Transaction txn(*m_db);
                    QString failed = txn.error();
                    if (txn.isActive()) {
                        if (m_entities.upsert(entity, QJsonDocument::fromJson(result.body).object()) ==
                            EntityStore::Upsert::Failed) {
                            failed = m_entities.lastError();
                        } else {
                            m_entities.touch(entity, id);
                            failed = txn.commit();
                        }
                    }
                    if (!failed.isEmpty()) {
                        qCWarning(lcSync) << "fetched" << entity << "not saved:" << failed;
                        done(UserMessage{QStringLiteral("cache_write_failed"),
                                         tr("The item could not be saved on this computer."), failed});
                        return;
                    }
                    EntityChanges fetched;
                    fetched.addWritten(entity, id);
                    Q_EMIT entitiesChanged(fetched);
                    done({});
                });
}

void SyncEngine::finishCycle(const UserMessage &error) {
    m_cycleRunning = false;
    m_db->exec(QByteArray("PRAGMA cache_size = " + QByteArray::number(m_defaultCacheSize)).constData());
    m_db->exec("PRAGMA shrink_memory");
    ++m_cycleId;
    if (!error.isError()) {
        m_failures = 0;
        m_progress.percent = 100;
        m_progress.etaSeconds = 0;
        Q_EMIT progressChanged(m_progress);
        if (m_firstSyncRun) {
            m_firstSyncRun = false;
            qCInfo(lcSync) << "first sync complete:" << m_progress.items << "items in" << m_clock.elapsed()
                           << "ms";
        }
        // Changes queued while the feed was pulled go out now, not at the next event.
        if (m_outbox && m_outbox->pendingCount() > 0 && !m_outbox->isReplaying())
            m_again = true;
    } else {
        ++m_failures;
        qCInfo(lcSync) << "cycle failed:" << error.code << error.detail;
    }
    if (!m_live && m_stream && m_stream->isRunning())
        stop(); // a one-off sync only used the stream to learn where the feed ends
    setState(m_paused ? State::Paused : (!m_online ? State::Offline : (m_live ? State::Live : State::Idle)));
    Q_EMIT cycleFinished(error);
    if (m_paused)
        return;
    if (m_again && !error.isError()) {
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
        return;
    }
    if (m_live)
        scheduleRetry();
}

void SyncEngine::scheduleRetry() {
    // With a live stream, events drive the next cycle; otherwise poll, backing off on failures.
    // The poll's cycle also restarts a stream that gave up (startStream in beginCycle), so a
    // stream refused for good is retried at the poll's pace, never in a tight loop.
    if (m_streamUp && m_failures == 0)
        return;
    const int exponent = qMin(m_failures, 6);
    const auto delay = qMin<qint64>(m_options.pollMax.count(), m_options.pollMin.count() << exponent);
    m_retryTimer->start(std::chrono::milliseconds(delay));
}

void SyncEngine::startStream() {
    if (!m_options.useStream || !m_stream || m_stream->isRunning())
        return;
    m_stream->setIdleTimeout(m_options.streamIdleTimeout);
    m_stream->start();
}

void SyncEngine::onStreamConnected() {
    m_streamUp = true;
    setOnline(true);
    qCInfo(lcSync) << "live stream connected";
    // Whatever was announced while the stream was down is lost: catch up once.
    if (std::exchange(m_streamDropped, false) && m_live)
        syncNow();
}

void SyncEngine::onStreamEvent(const api::SseEvent &event) {
    if (event.type != u"changes")
        return;
    const QString announced =
        QJsonDocument::fromJson(event.data.toUtf8()).object().value(QLatin1String("cursor")).toString();
    const std::optional<qint64> seq = seqOf(announced);
    if (seq)
        m_headSeq = seq;
    const std::optional<qint64> mine = seqOf(cursor());
    if (m_live && (!seq || !mine || *seq > *mine))
        m_debounce->start(m_options.debounce);
}

void SyncEngine::onStreamDisconnected(const api::ApiError &error) {
    const bool wasUp = std::exchange(m_streamUp, false);
    m_streamDropped = true;
    qCInfo(lcSync) << "live stream closed:" << error.code;
    if (!m_live || m_paused)
        return;
    // Poll until the stream is back; the stream client reconnects by itself with backoff.
    if (!wasUp)
        ++m_failures;
    if (!m_retryTimer->isActive() && !m_cycleRunning)
        scheduleRetry();
}

} // namespace hirex::sync
