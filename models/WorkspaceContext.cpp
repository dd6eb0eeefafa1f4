#include "models/WorkspaceContext.h"

#include "core/store/SqlCipherDatabase.h"
#include "core/sync/SyncWorker.h"

#include <utility>

namespace hirex::models {

WorkspaceContext::WorkspaceContext(QObject *parent)
    : QObject(parent) {}

WorkspaceContext::~WorkspaceContext() = default;

void WorkspaceContext::open(const store::SqlCipherDatabase *db, sync::SyncWorker *worker) {
    close();
    m_db = db;
    m_worker = worker;
    if (!m_db || !m_db->isOpen())
        return;
    m_firstSyncComplete = readFirstSyncComplete();
    if (worker)
        connectWorker(worker);
    // What is already in the cache can be shown now; an empty cache waits for the first batch.
    if (m_firstSyncComplete || hasWorkingSet())
        becomeReady();
}

void WorkspaceContext::attachWorker(sync::SyncWorker *worker) {
    if (!m_db || !worker || m_worker == worker)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    connectWorker(worker);
    Q_EMIT workerAttached();
}

void WorkspaceContext::connectWorker(sync::SyncWorker *worker) {
    m_worker = worker;
    m_connections = {
        connect(worker, &sync::SyncWorker::entitiesChanged, this, &WorkspaceContext::onEntitiesChanged),
        connect(worker, &sync::SyncWorker::cycleFinished, this, &WorkspaceContext::onCycleFinished),
    };
}

void WorkspaceContext::close() {
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    const bool wasOpen = m_db != nullptr;
    const bool wasReady = std::exchange(m_ready, false);
    m_db = nullptr;
    m_worker = nullptr;
    m_firstSyncComplete = false;
    if (wasOpen || wasReady)
        Q_EMIT closing();
}

void WorkspaceContext::onEntitiesChanged(const sync::EntityChanges &changes) {
    if (!m_db)
        return;
    if (!m_ready) {
        // The first committed batch: everything before it is the whole working set so far.
        becomeReady();
        return;
    }
    Q_EMIT entitiesChanged(changes);
}

void WorkspaceContext::onCycleFinished() {
    if (!m_db || m_firstSyncComplete || !readFirstSyncComplete())
        return;
    m_firstSyncComplete = true;
    if (!m_ready)
        becomeReady();
    Q_EMIT firstSyncCompleted();
}

bool WorkspaceContext::readFirstSyncComplete() const {
    return m_db->queryString("SELECT value FROM settings WHERE key = 'sync.first_complete'") == u"1";
}

bool WorkspaceContext::hasWorkingSet() const {
    return m_db->queryInt("SELECT EXISTS (SELECT 1 FROM pipelines)", 0) == 1;
}

void WorkspaceContext::becomeReady() {
    m_ready = true;
    Q_EMIT ready();
}

} // namespace hirex::models
