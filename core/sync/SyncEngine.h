#pragma once

#include "core/api/ApiError.h"
#include "core/api/SseParser.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/Transaction.h"
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

class QTimer;

namespace hirex::api {
class EventStreamClient;
}

namespace hirex::domain {
struct ChangeFeedPage;
}

namespace hirex::sync {

class Outbox;

// Keeps the encrypted cache in step with the server.
//
// First sync and delta sync are the same loop over GET /v1/changes: with no stored cursor it
// starts at "0", which by contract yields every visible entity (the sandbox compacts the feed to
// one entry per entity), then it continues from the stored cursor. Each page is applied and its
// next_cursor stored in the same transaction (pages are committed in batches), so a crash at any
// moment resumes at the last committed page: nothing lost, nothing applied twice (upserts are
// version-guarded, tombstones idempotent). A first sync defers the search index and rebuilds it
// in one pass in its last transaction (CacheSchema::deferSearchIndex).
// Tombstones delete at once (secure_delete is on; CacheSchema's triggers take a candidate's
// notes, CV, consents and applications along) and the FTS index is merged afterwards so the
// erased words leave it too. Rows with queued outbox changes keep the user's optimistic state.
//
// A cycle = replay the outbox, then pull the feed until has_more is false. Live mode keeps the
// SSE stream (/v1/changes/stream, through api::EventStreamClient) open and starts a cycle on
// every `changes` event (debounced to 100 ms) and whenever the stream comes back after a drop
// (events sent meanwhile are lost). The stream client's idle watchdog drops a connection that
// has gone silent (half-open after a NAT timeout) and reconnects with backoff; while the stream
// is down the engine polls with exponential backoff. A transport failure marks the engine
// offline until a request succeeds again.
//
// Threading model: the engine, its SyncHttp (with its own ApiClient and QNetworkAccessManager),
// Outbox and WorkingSet and the SqlCipherDatabase connection all belong to ONE thread. hirexctl
// runs them on its main thread; the desktop app builds them on a worker QThread (SyncWorker) so
// page writes never block the GUI, and the GUI reads through its own connection or signals.
// The token provider lives on the engine's thread too (the worker's RelayedTokenProvider).
class SyncEngine : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Syncing, Live, Offline, Paused };
    Q_ENUM(State)

    struct Options {
        int pageLimit = 500;
        std::chrono::milliseconds pollMin{2000};
        std::chrono::milliseconds pollMax{60000};
        std::chrono::milliseconds debounce{100};
        bool useStream = true; // SSE; off: polling only
        // No byte at all on the stream for this long means the connection is dead: the server
        // sends a keep-alive comment every 15 s, so three of them missed.
        std::chrono::milliseconds streamIdleTimeout{std::chrono::seconds(45)};
        // Rows outside the pinned pipelines that nobody opened for this long are evicted at the
        // end of a full sync.
        std::chrono::seconds evictUntouchedAfter{std::chrono::hours(24 * 7)};
        // Pages applied per transaction. Every commit writes (and SQLCipher re-encrypts, AES +
        // HMAC per 4 KB page) each B-tree page it touched, and random ids touch pages all over
        // the indexes; committing per page was a third of a first sync. A crash loses at most
        // this many pages (with their cursor), fetched again on the next run.
        int pagesPerCommit = 50;
        // A batch also commits once it has been open this long, and when no next page has
        // arrived this soon after the last one: the write lock is held only while pages are
        // being written, so other connections (the GUI, `hirexctl change`, whose busy_timeout is
        // 5 s) wait at most about maxBatchDuration.
        std::chrono::milliseconds maxBatchDuration{2000};
        std::chrono::milliseconds idleCommitDelay{200};
        // SQLite page cache while a cycle runs (KiB). Each cache miss is a page decryption;
        // the default 2 MB thrashes on a 100k-candidate working set. Back to the default after.
        int cycleCacheKiB = 64 * 1024;
    };

    SyncEngine(const store::SqlCipherDatabase *db, SyncHttp *http, Outbox *outbox, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setOptions(const Options &options) { m_options = options; }
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

private:
    void setState(State state);
    void setOnline(bool online);
    void beginCycle();
    void pull();
    void pullFrom(const QString &cursor);
    void onPage(const HttpResult &result);
    bool applyPage(const domain::ChangeFeedPage &page, QString *error);
    bool openBatch(QString *error);
    bool commitBatch(bool feedComplete, QString *error);
    void rollbackBatch();
    void commitIdleBatch();
    // Commits the open batch (its pages are whole: data and cursor) or, failing that, drops it.
    void keepAppliedPages();
    void endCycle(const UserMessage &error);
    void finishCycle(const UserMessage &error);
    void settleWorkingSet(std::function<void()> then);
    void scheduleRetry();
    void startStream();
    void onStreamConnected();
    void onStreamEvent(const api::SseEvent &event);
    void onStreamDisconnected(const api::ApiError &error);
    void updateProgress(qint64 lastSeq);
    static std::optional<qint64> seqOf(const QString &cursor);

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
    const store::SqlCipherDatabase *m_db;
    QPointer<SyncHttp> m_http;
    QPointer<Outbox> m_outbox;
    EntityStore m_entities;
    WorkingSet m_workingSet;
    Options m_options;
    State m_state = State::Idle;
    bool m_online = true;
    bool m_live = false;
    bool m_paused = false;
    bool m_cycleRunning = false;
    quint64 m_cycleId = 0; // answers of an ended cycle's prefetch are dropped
    bool m_again = false;
    bool m_firstSyncRun = false;
    // The open transaction of applied pages (see Options::pagesPerCommit); reset on commit or
    // rollback.
    struct Batch {
        int pages = 0;
        int applied = 0; // rows written, for dataChanged()
        int deleted = 0; // rows removed by tombstones
        EntityChanges changes;
        QElapsedTimer clock;
    };
    Batch m_batch;
    // The open batch's transaction, kept across pages; none between batches.
    std::optional<store::Transaction> m_batchTransaction;
    bool batchOpen() const { return m_batchTransaction.has_value(); }
    qint64 m_defaultCacheSize = -2000;
    int m_failures = 0;
    QTimer *m_retryTimer;
    QTimer *m_debounce;
    QTimer *m_idleCommit; // commits an open batch while the next page is still on its way
    api::EventStreamClient *m_stream = nullptr; // null without SyncHttp
    bool m_streamUp = false;
    bool m_streamDropped = false; // set on a drop; the next connect starts a catch-up cycle
    std::optional<qint64> m_headSeq;
    std::optional<qint64> m_startSeq;
    qint64 m_bytesAtStart = 0;
    QElapsedTimer m_clock;
    QElapsedTimer m_lastHousekeeping;
    SyncProgress m_progress;
};

} // namespace hirex::sync
