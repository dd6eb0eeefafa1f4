#pragma once

#include "core/sync/EntityChanges.h"
#include "core/sync/Outbox.h"
#include "core/sync/OutboxChange.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncProgress.h"
#include "core/sync/SyncWorkerCore.h"
#include "core/util/UserMessage.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThread;

namespace hirex::auth {
class AccessTokenProvider;
}

namespace hirex::sync {

// Runs the sync (SyncEngine, Outbox, their HTTP) on a thread of its own with its own SQLCipher
// connection, so applying pages never blocks the GUI, which reads through its own connection
// (WAL: readers never wait for the writer).
//
// SyncWorker itself lives on the GUI thread and is the GUI's only way in: every call returns
// at once and works by posting to the worker thread; answers come back as signals and callbacks
// on the GUI thread. Nothing ever blocks across threads, except the destructor, which stops the
// worker and joins its thread (bounded: one page write).
//
// The session (SessionManager and the keychain) stays on the GUI thread: the worker holds a
// copy of the access token, pushed here on every accessTokenChanged(), and asks for refreshes
// asynchronously (RelayedTokenProvider).
class SyncWorker : public QObject {
    Q_OBJECT

public:
    using EnqueueCallback = std::function<void(qint64 seq, const hirex::UserMessage &error)>;
    using ResultCallback = std::function<void(const hirex::UserMessage &error)>;
    using WithdrawCallback = std::function<void(OutboxWithdrawal result, const hirex::UserMessage &error)>;

    explicit SyncWorker(auth::AccessTokenProvider *session, QObject *parent = nullptr);
    ~SyncWorker() override;

    // Takes `db` (an open connection to the profile's cache, e.g. LocalCache's worker
    // connection) and builds the engine on a new thread. started() follows.
    void start(std::unique_ptr<store::SqlCipherDatabase> db, const SyncWorkerConfig &config);
    // Stops the engine, closes the worker's connection and ends the thread; stopped() follows.
    // Callbacks of calls still running are dropped.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    // Tests: runs inside stop() right after the shutdown was posted, with the retiring thread,
    // so a test can let that thread end before stop() returns (stopped() must follow even then).
    void setAfterShutdownPostedForTesting(std::function<void(QThread *thread)> hook) {
        m_afterShutdownPosted = std::move(hook);
    }

    void syncNow();
    void startLive();
    void pause();
    void resume();
    void resyncWorkingSet();
    // Queues a change (written optimistically at once) and starts its replay. `done` gets the
    // outbox sequence number, or 0 and the reason.
    void enqueue(const OutboxChange &change, EnqueueCallback done);
    void resolveConflict(qint64 conflictId, Outbox::Resolution resolution, ResultCallback done);
    void dismissFailed(qint64 seq, ResultCallback done);
    // Takes a queued change out of the outbox before it is sent (Outbox::withdraw), on the
    // worker thread; `done` says whether it was withdrawn or why not (then undo it with a change).
    void withdraw(qint64 seq, WithdrawCallback done);
    void fetchOnDemand(const QString &entity, const QString &id, ResultCallback done);
    // The working set the user chose (Settings, Pinned pipelines): everything, or exactly the
    // pipelines in `pinned`. Written on the worker's connection in one transaction; the next
    // cycle then re-reads the feed so newly pinned pipelines arrive, and housekeeping evicts
    // what is no longer pinned once it has been untouched for a while.
    void setWorkingSet(bool keepEverything, const QStringList &pinned, ResultCallback done);

    // The last state the worker announced.
    SyncEngine::State state() const { return m_state; }
    bool isOnline() const { return m_online; }
    SyncProgress progress() const { return m_progress; }

    // The worker's thread, for tests that check where the engine runs.
    QThread *workerThread() const { return m_thread; }

Q_SIGNALS:
    void started();
    void stopped();
    void stateChanged(hirex::sync::SyncEngine::State state);
    void onlineChanged(bool online);
    void progressChanged(const hirex::sync::SyncProgress &progress);
    void dataChanged(int applied, int deleted);
    // Which entities changed, coalesced: everything the worker committed since the GUI's event
    // loop last ran arrives as one signal (during a first sync, about one per committed batch).
    // Local changes queued through enqueue() are included.
    void entitiesChanged(const hirex::sync::EntityChanges &changes);
    void cycleFinished(const hirex::UserMessage &error);
    void outboxChanged();
    void conflictDetected(qint64 conflictId);
    void changeFailed(qint64 seq, const hirex::UserMessage &reason);
    void changesDropped(const QString &entity, int count);
    // The server refused the worker's request with 401 device_revoked: the GUI hands it to the
    // session (SessionManager::reportDeviceRevoked), as it does for its own API client.
    void deviceRevoked(const hirex::api::ApiError &error);

private:
    // Runs `work` on the worker thread with the built core; ignored when not running.
    void post(std::function<void(SyncWorkerCore *core)> work);
    // Runs `then` on the GUI thread, unless the worker was stopped or restarted meanwhile.
    void answer(quint64 generation, std::function<void()> then);
    void wireSignals(SyncWorkerCore *core, quint64 generation);
    void pushToken();
    void refreshForWorker();
    void collectChanges(const EntityChanges &changes);
    void flushChanges();

    // A stopped worker whose thread is still running its shutdown.
    struct Retiring {
        QThread *thread = nullptr;
        SyncWorkerCore *core = nullptr;
    };

    QPointer<auth::AccessTokenProvider> m_session;
    QThread *m_thread = nullptr;
    SyncWorkerCore *m_core = nullptr; // lives on m_thread
    quint64 m_generation = 0;         // bumped by stop(): answers of an older run are dropped
    SyncEngine::State m_state = SyncEngine::State::Idle;
    bool m_online = true;
    SyncProgress m_progress;
    QList<Retiring> m_retiring;
    EntityChanges m_pendingChanges;
    bool m_changesPosted = false;
    std::function<void(QThread *thread)> m_afterShutdownPosted;
};

} // namespace hirex::sync
