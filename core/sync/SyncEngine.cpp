#include "core/sync/SyncEngine.h"

#include "core/api/Reachability.h"
#include "core/store/Transaction.h"
#include "core/sync/FeedPuller.h"
#include "core/sync/Housekeeping.h"
#include "core/sync/LiveTrigger.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncLog.h"

#include <QHash>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace hirex::sync {

SyncEngine::SyncEngine(const store::SqlCipherDatabase *db, SyncHttp *http, Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_http(http)
    , m_outbox(outbox)
    , m_workingSet(db)
    , m_entities(db)
    , m_puller(new FeedPuller(db, http, outbox, &m_workingSet, this))
    , m_trigger(new LiveTrigger(
          http ? http->apiClient() : nullptr, [this] { return cursor(); }, this))
    , m_housekeeping(new Housekeeping(db, http, &m_workingSet, this)) {
    // Another process (hirexctl change, the GUI) may hold the write lock for a moment.
    m_db->exec("PRAGMA busy_timeout = 5000");
    m_defaultCacheSize = m_db->queryInt("PRAGMA cache_size", -2000);
    setOptions(m_options);

    connect(m_puller, &FeedPuller::serverAnswered, this, [this] { setOnline(true); });
    connect(m_puller, &FeedPuller::pageApplied, this, &SyncEngine::onPageApplied);
    connect(m_puller, &FeedPuller::finished, this, &SyncEngine::onPullFinished);
    connect(m_puller, &FeedPuller::dataChanged, this, &SyncEngine::dataChanged);
    connect(m_puller, &FeedPuller::entitiesChanged, this, &SyncEngine::entitiesChanged);
    connect(m_housekeeping, &Housekeeping::entitiesChanged, this, &SyncEngine::entitiesChanged);
    connect(m_trigger, &LiveTrigger::cycleWanted, this, &SyncEngine::syncNow);
    connect(m_trigger, &LiveTrigger::streamConnected, this, [this] { setOnline(true); });
    connect(m_trigger, &LiveTrigger::streamDisconnected, this,
            [this](bool wasUp, const api::ApiError &) { onStreamDisconnected(wasUp); });
}

SyncEngine::~SyncEngine() {
    stop();
    // An interrupted sync keeps what it applied: the puller commits its open batch now, while
    // the working set it reads is still alive.
    delete std::exchange(m_puller, nullptr);
}

void SyncEngine::setOptions(const Options &options) {
    m_options = options;
    FeedPuller::Options feed;
    feed.pageLimit = options.pageLimit;
    feed.pagesPerCommit = options.pagesPerCommit;
    feed.maxBatchDuration = options.maxBatchDuration;
    feed.idleCommitDelay = options.idleCommitDelay;
    m_puller->setOptions(feed);
    LiveTrigger::Options live;
    live.useStream = options.useStream;
    live.pollMin = options.pollMin;
    live.pollMax = options.pollMax;
    live.debounce = options.debounce;
    live.streamIdleTimeout = options.streamIdleTimeout;
    m_trigger->setOptions(live);
    m_housekeeping->setEvictUntouchedAfter(options.evictUntouchedAfter);
}

bool SyncEngine::firstSyncComplete() const {
    return m_db->queryString("SELECT value FROM settings WHERE key = 'sync.first_complete'") == u"1";
}

QString SyncEngine::cursor() const {
    return m_puller ? m_puller->cursor() : QString();
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
    m_trigger->setLive(true);
    m_trigger->startStream();
    syncNow();
}

void SyncEngine::stop() {
    m_trigger->setLive(false);
    m_trigger->stopStream();
}

void SyncEngine::pause() {
    m_paused = true;
    m_trigger->cancelScheduled();
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

bool SyncEngine::releaseWriteLock() {
    return m_puller->releaseWriteLock();
}

void SyncEngine::beginCycle() {
    m_cycleRunning = true;
    m_again = false;
    m_trigger->cancelScheduled();
    m_workingSet.load();
    m_firstSyncRun = !firstSyncComplete();
    m_progress = SyncProgress();
    m_progress.firstSync = m_firstSyncRun;
    m_startSeq = FeedPuller::seqOf(cursor());
    m_bytesAtStart = m_http ? m_http->bytesReceived() : 0;
    m_clock.start();
    m_db->exec(QByteArray("PRAGMA cache_size = -" + QByteArray::number(m_options.cycleCacheKiB)).constData());
    setState(State::Syncing);
    // The stream's first event tells where the feed ends, which makes percent and ETA known.
    m_trigger->startStream();
    if (m_outbox && m_outbox->pendingCount() > 0) {
        m_outbox->replay([this](const Outbox::ReplayResult &result) {
            if (result.interrupted && api::meansUnreachable(result.error)) {
                setOnline(false);
                endCycle(result.error.toUserMessage());
                return;
            }
            m_puller->start(m_firstSyncRun);
        });
        return;
    }
    m_puller->start(m_firstSyncRun);
}

void SyncEngine::onPageApplied(int items, qint64 lastSeq) {
    m_progress.items += items;
    if (m_http)
        m_progress.bytes = m_http->bytesReceived() - m_bytesAtStart;
    const std::optional<qint64> head = m_trigger->headSeq();
    if (lastSeq >= 0 && head && *head > 0) {
        const ProgressEstimate estimate =
            estimateProgress(m_startSeq.value_or(0), *head, lastSeq, m_clock.elapsed());
        if (estimate.percent >= 0)
            m_progress.percent = estimate.percent;
        if (estimate.etaSeconds >= 0)
            m_progress.etaSeconds = estimate.etaSeconds;
    }
    Q_EMIT progressChanged(m_progress);
}

void SyncEngine::onPullFinished(const UserMessage &error, bool unreachable) {
    if (unreachable)
        setOnline(false);
    endCycle(error);
}

void SyncEngine::endCycle(const UserMessage &error) {
    // After a full sync, and otherwise at most hourly: defaults, eviction and retention purge.
    if (!error.isError() && m_housekeeping->isDue(m_firstSyncRun)) {
        m_housekeeping->run([this] { finishCycle({}); });
        return;
    }
    finishCycle(error);
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
                    m_puller->releaseWriteLock();
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

void SyncEngine::resyncWorkingSet() {
    m_housekeeping->forgetFeedPosition();
}

void SyncEngine::finishCycle(const UserMessage &error) {
    m_cycleRunning = false;
    m_db->exec(QByteArray("PRAGMA cache_size = " + QByteArray::number(m_defaultCacheSize)).constData());
    m_db->exec("PRAGMA shrink_memory");
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
    const bool live = m_trigger->isLive();
    if (!live && m_trigger->isStreamRunning())
        m_trigger->stopStream(); // a one-off sync only used the stream to learn where the feed ends
    setState(m_paused ? State::Paused : (!m_online ? State::Offline : (live ? State::Live : State::Idle)));
    Q_EMIT cycleFinished(error);
    if (m_paused)
        return;
    if (m_again && !error.isError()) {
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
        return;
    }
    if (live)
        m_trigger->scheduleNext(m_failures);
}

void SyncEngine::onStreamDisconnected(bool wasUp) {
    if (!m_trigger->isLive() || m_paused)
        return;
    // Poll until the stream is back; the stream client reconnects by itself with backoff.
    if (!wasUp)
        ++m_failures;
    if (!m_trigger->isScheduled() && !m_cycleRunning)
        m_trigger->scheduleNext(m_failures);
}

} // namespace hirex::sync
