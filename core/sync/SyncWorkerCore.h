#pragma once

#include "core/api/RetryPolicy.h"
#include "core/api/TransportPolicy.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/sync/SyncEngine.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace hirex::sync {

class Outbox;
class RelayedTokenProvider;
class SyncHttp;

// What a sync worker needs besides its database connection.
struct SyncWorkerConfig {
    QUrl baseUrl;
    api::TransportPolicy policy;
    api::RetryPolicy retry;
    SyncEngine::Options engine;
};

// The objects of the sync worker thread: its SQLCipher connection, HTTP, Outbox, SyncEngine and
// the relayed token. Built by build() ON the worker thread (so every QObject, timer and network
// manager belongs to it) and torn down by shutdown() on it, which closes the connection there
// (SQLCipher wipes its key). SyncWorker is the only user; everything else talks to SyncWorker.
class SyncWorkerCore : public QObject {
    Q_OBJECT

public:
    SyncWorkerCore(std::unique_ptr<store::SqlCipherDatabase> db, SyncWorkerConfig config);
    ~SyncWorkerCore() override;

    // On the worker thread.
    void build();
    void shutdown();

    bool isBuilt() const { return m_engine != nullptr; }
    SyncEngine *engine() const { return m_engine; }
    Outbox *outbox() const { return m_outbox; }
    RelayedTokenProvider *tokens() const { return m_tokens; }
    SyncHttp *http() const { return m_http; }
    const store::SqlCipherDatabase *database() const { return m_db.get(); }

private:
    std::unique_ptr<store::SqlCipherDatabase> m_db;
    SyncWorkerConfig m_config;
    RelayedTokenProvider *m_tokens = nullptr;
    SyncHttp *m_http = nullptr;
    Outbox *m_outbox = nullptr;
    SyncEngine *m_engine = nullptr;
};

} // namespace hirex::sync
