#pragma once

#include "core/api/ApiError.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityChanges.h"
#include "core/sync/EntityStore.h"
#include "core/sync/SyncHttp.h"
#include "core/sync/SyncProgress.h"
#include "core/sync/WorkingSet.h"
#include "core/util/UserMessage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

namespace hirex::sync {

class FeedPuller;
class Housekeeping;
class LiveTrigger;
class Outbox;

// Keeps the encrypted cache in step with the server.
//
// First sync and delta sync are the same loop over GET /v1/changes: with no stored cursor it
// starts at "0", which by contract yields every visible entity (the sandbox compacts the feed to
// one entry per entity), then it continues from the stored cursor.
//
// A cycle = replay the outbox, then pull the feed until has_more is false, then housekeeping
// when it is due. The engine coordinates three parts, one job each:
//  - FeedPuller reads the feed and writes it in batched transactions (crash-safe cursor);
//  - LiveTrigger decides when the next cycle runs (the SSE stream's events, polling with
//    backoff while the stream is down or after failures);
//  - Housekeeping chooses the default pins and evicts what the working set no longer holds.
// The engine owns the cycle, the state (idle, syncing, live, offline, paused), the online flag
// and progress. A transport failure marks the engine offline until a request succeeds again.
//
// Threading model: the engine, its parts, its SyncHttp (with its own ApiClient and
// QNetworkAccessManager), Outbox and WorkingSet and the SqlCipherDatabase connection all belong
// to ONE thread. hirexctl runs them on its main thread; the desktop app builds them on a worker
// QThread (SyncWorker) so page writes never block the GUI, and the GUI reads through its own
// connection or signals. The token provider lives on the engine's thread too (the worker's
// RelayedTokenProvider).
class SyncEngine : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Syncing, Live, Offline, Paused };
    Q_ENUM(State)

    // Every part's settings in one place (see FeedPuller, LiveTrigger and Housekeeping for what
    // each one means).
    struct Options {
        int pageLimit = 500;
        std::chrono::milliseconds pollMin{2000};
        std::chrono::milliseconds pollMax{60000};
        std::chrono::milliseconds debounce{100};
        bool useStream = true; // SSE; off: polling only
        std::chrono::milliseconds streamIdleTimeout{std::chrono::seconds(45)};
        std::chrono::seconds evictUntouchedAfter{std::chrono::hours(24 * 7)};
        int pagesPerCommit = 50;
        std::chrono::milliseconds maxBatchDuration{2000};
        std::chrono::milliseconds idleCommitDelay{200};
        // SQLite page cache while a cycle runs (KiB). Each cache miss is a page decryption;
        // the default 2 MB thrashes on a 100k-candidate working set. Back to the default after.
        int cycleCacheKiB = 64 * 1024;
    };

    SyncEngine(const store::SqlCipherDatabase *db, SyncHttp *http, Outbox *outbox, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }

    // One cycle now (or right after the running one). cycleFinished() follows.
    void syncNow();
    // Live: a cycle now, then the stream or polling until stop().
    void startLive();
    void stop();
    // Pinning changed: the next cycle re-reads the feed from the start (idempotent upserts) so
    // newly pinned pipelines arrive, then evicts what is no longer pinned.
    void resyncWorkingSet();
    // Unpinned data on demand: GET /v1/<collection>/<id>, stored and marked as used now.
    void fetchOnDemand(const QString &entity, const QString &id,
                       std::function<void(const UserMessage &)> done);
    void pause();
    void resume();
    // Commits the open batch of applied pages, if any, so another write on this connection (an
    // outbox enqueue, a conflict resolution) runs in its own transaction instead of joining the
    // sync's. False when the batch could not be committed (the cycle then ended with an error).
    bool releaseWriteLock();

    State state() const { return m_state; }
    bool isOnline() const { return m_online; }
    bool firstSyncComplete() const;
    QString cursor() const;
    SyncProgress progress() const { return m_progress; }

    static constexpr const char *FeedName = "changes";

Q_SIGNALS:
    void stateChanged(hirex::sync::SyncEngine::State state);
    void onlineChanged(bool online);
    void progressChanged(const hirex::sync::SyncProgress &progress);
    // Entities were written or deleted (the UI reloads what it shows).
    void dataChanged(int applied, int deleted);
    // Which entities, once per committed batch (and per on-demand fetch or eviction): the read
    // models apply it instead of re-querying. Emitted after the commit, so other connections
    // already see the rows.
    void entitiesChanged(const hirex::sync::EntityChanges &changes);
    // The end of a cycle; error.isError() when it stopped early (then offline or failed).
    void cycleFinished(const hirex::UserMessage &error);

public:
    // Percent and ETA from feed positions the server announced; -1 where unknown. Public for
    // unit tests: the positions are hostile input and must not overflow.
    struct ProgressEstimate {
        int percent = -1;
        int etaSeconds = -1;
    };
    static constexpr int kMaxEtaSeconds = 7 * 24 * 3600;
    static ProgressEstimate estimateProgress(qint64 startSeq, qint64 headSeq, qint64 lastSeq,
                                             qint64 elapsedMs);

private:
    void setState(State state);
    void setOnline(bool online);
    void beginCycle();
    void onPageApplied(int items, qint64 lastSeq);
    void onPullFinished(const UserMessage &error, bool unreachable);
    void endCycle(const UserMessage &error);
    void finishCycle(const UserMessage &error);
    void onStreamDisconnected(bool wasUp);

    const store::SqlCipherDatabase *m_db;
    QPointer<SyncHttp> m_http;
    QPointer<Outbox> m_outbox;
    WorkingSet m_workingSet;
    EntityStore m_entities; // on-demand fetches
    FeedPuller *m_puller;
    LiveTrigger *m_trigger;
    Housekeeping *m_housekeeping;
    Options m_options;
    State m_state = State::Idle;
    bool m_online = true;
    bool m_paused = false;
    bool m_cycleRunning = false;
    bool m_again = false;
    bool m_firstSyncRun = false;
    qint64 m_defaultCacheSize = -2000;
    int m_failures = 0;
    std::optional<qint64> m_startSeq;
    qint64 m_bytesAtStart = 0;
    QElapsedTimer m_clock;
    SyncProgress m_progress;
};

} // namespace hirex::sync
