#include "core/sync/SyncWorkerCore.h"

#include "core/sync/Outbox.h"
#include "core/sync/RelayedTokenProvider.h"
#include "core/sync/SyncHttp.h"

namespace hirex::sync {

SyncWorkerCore::SyncWorkerCore(std::unique_ptr<store::SqlCipherDatabase> db, SyncWorkerConfig config)
    : m_db(std::move(db))
    , m_config(std::move(config)) {}

SyncWorkerCore::~SyncWorkerCore() {
    shutdown();
}

void SyncWorkerCore::build() {
    if (m_engine || !m_db || !m_db->isOpen())
        return;
    m_tokens = new RelayedTokenProvider(this);
    m_http = new SyncHttp(m_config.policy, m_config.baseUrl, m_tokens, this);
    m_http->setRetryPolicy(m_config.retry);
    m_outbox = new Outbox(m_db.get(), m_http, this);
    m_engine = new SyncEngine(m_db.get(), m_http, m_outbox, this);
    m_engine->setOptions(m_config.engine);
}

void SyncWorkerCore::shutdown() {
    // Requests first: aborting answers their callbacks (kind Cancelled), which call into the
    // engine and the outbox, so those must still exist. Then the engine commits what it applied
    // and stops its timers, and nothing may use the connection any more.
    if (m_tokens) // a refresh the session still works on: its requests end here too
        m_tokens->cancelRefreshes(UserMessage{QStringLiteral("sync_stopped"), QString(), QString()});
    if (m_http)
        m_http->abortAll();
    delete m_http;
    m_http = nullptr;
    delete m_engine;
    m_engine = nullptr;
    delete m_outbox;
    m_outbox = nullptr;
    delete m_tokens;
    m_tokens = nullptr;
    m_db.reset();
}

} // namespace hirex::sync
