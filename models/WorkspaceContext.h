#pragma once

#include "core/auth/AccessTokenProvider.h"
#include "core/sync/EntityChanges.h"
#include "core/sync/SyncWorker.h"

#include <QObject>
#include <QPointer>

namespace hirex::store {
class SqlCipherDatabase;
}
namespace hirex::models {

// The working set as the screens see it: the GUI's read connection to the profile's cache, the
// sync worker that writes it, and when there is something to show. The board, the candidates
// view and the status bar take it from the app's controller instead of reaching into the
// session.
//
//   connect(context, &WorkspaceContext::ready, board, [=] { board->open(context->database()); });
//   connect(context, &WorkspaceContext::entitiesChanged, board, &Board::apply);
//   connect(context, &WorkspaceContext::closing, board, &Board::dropEverything);
//
// Ready means the read models can be queried: at once when the cache already holds a working
// set (a second start, offline too), or after the first batch of a first sync has been
// committed. closing() comes before the read connection closes (lock, sign-out, server switch,
// a wiped cache): whoever holds statements on database() finalises them and forgets the
// candidate data it keeps in memory.
class WorkspaceContext : public QObject {
    Q_OBJECT

public:
    explicit WorkspaceContext(QObject *parent = nullptr);
    ~WorkspaceContext() override;

    // The GUI thread's read connection; null unless isReady(). Not owned; use it on the GUI
    // thread only and never for long queries (the worker has its own connection).
    const store::SqlCipherDatabase *database() const { return m_ready ? m_db : nullptr; }
    // The running worker, for enqueue(), resolveConflict() and fetchOnDemand(); null when none.
    sync::SyncWorker *worker() const { return m_worker; }
    bool isReady() const { return m_ready; }
    // Whether the first sync has completed (else the search index may still be building: the
    // first sync defers it to its last transaction).
    bool isFirstSyncComplete() const { return m_firstSyncComplete; }

    // The controller's side.
    // The cache opened: `db` is its read connection; `worker` writes the same file.
    void open(const store::SqlCipherDatabase *db, sync::SyncWorker *worker);
    // The worker started on the connection that is open already (the cache opened ahead of the
    // session): its changes flow from now on, and what the screens show stays as it is.
    void attachWorker(sync::SyncWorker *worker);
    // The connection is about to close (or the worker to stop): closing() now, synchronously.
    void close();

Q_SIGNALS:
    void ready();
    // The worker's coalesced changes, relayed once the context is ready.
    void entitiesChanged(const hirex::sync::EntityChanges &changes);
    // The first sync has completed: the search index is built.
    void firstSyncCompleted();
    void closing();
    // attachWorker(): worker() is no longer null.
    void workerAttached();

private:
    void connectWorker(sync::SyncWorker *worker);
    void onEntitiesChanged(const sync::EntityChanges &changes);
    void onCycleFinished();
    bool readFirstSyncComplete() const;
    bool hasWorkingSet() const;
    void becomeReady();

    const store::SqlCipherDatabase *m_db = nullptr;
    QPointer<sync::SyncWorker> m_worker;
    QList<QMetaObject::Connection> m_connections;
    bool m_ready = false;
    bool m_firstSyncComplete = false;
};

} // namespace hirex::models
