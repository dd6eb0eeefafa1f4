#include "app/desktop/DesktopSync.h"

#include "core/auth/SessionManager.h"
#include "core/session/ProfileSession.h"
#include "core/store/LocalCache.h"
#include "core/sync/SyncWorker.h"
#include "models/SyncStatusPresenter.h"
#include "models/WorkspaceContext.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDesktopSync, "hirex.app.desktop.sync")

namespace hirex::app {

DesktopSync::DesktopSync(session::ProfileSession *profile, const api::TransportPolicy &policy,
                         models::WorkspaceContext *context, models::SyncStatusPresenter *status)
    : QObject(profile)
    , m_profile(profile)
    , m_policy(policy)
    , m_context(context)
    , m_status(status)
    , m_worker(new sync::SyncWorker(profile->session(), this)) {
    connect(m_worker, &sync::SyncWorker::started, this, &DesktopSync::onStarted);
    connect(m_worker, &sync::SyncWorker::cycleFinished, this, &DesktopSync::onCycleFinished);
    connect(m_worker, &sync::SyncWorker::onlineChanged, this, &DesktopSync::onlineChanged);
    connect(m_worker, &sync::SyncWorker::stopped, this,
            [] { qCInfo(lcDesktopSync) << "sync worker stopped"; });
    // The worker's requests are this device's too: a revoked device ends the session (and
    // wipes the cache) whichever connection heard it first.
    connect(m_worker, &sync::SyncWorker::deviceRevoked, profile->session(),
            &auth::SessionManager::reportDeviceRevoked);
    // Before the read connection closes (lock, reset): the screens let go of it, the worker
    // stops (its own connection closes on its thread).
    connect(profile->cache(), &store::LocalCache::aboutToClose, this, [this] { stop(); });
}

DesktopSync::~DesktopSync() {
    detachScreens();
    // ~SyncWorker joins its thread: bounded by one page write.
}

bool DesktopSync::isRunning() const {
    return m_worker->isRunning();
}

void DesktopSync::start() {
    store::LocalCache *cache = m_profile->cache();
    if (cache->state() != store::LocalCache::State::Open)
        return;
    if (m_worker->isRunning()) {
        m_worker->syncNow(); // e.g. a session restored after an offline start
        return;
    }
    std::unique_ptr<store::SqlCipherDatabase> db = cache->takeWorkerDatabase();
    if (!db) {
        qCWarning(lcDesktopSync) << "no worker connection to the cache; sync not started";
        return;
    }
    sync::SyncWorkerConfig config{m_profile->server(), m_policy, {}, {}};
    qCInfo(lcDesktopSync) << "starting the sync worker";
    m_liveAfterCycle = true;
    m_worker->start(std::move(db), config);
    if (m_context->database() == cache->database())
        m_context->attachWorker(m_worker); // the board shows the cache already: keep it as it is
    else
        m_context->open(cache->database(), m_worker);
    m_status->setWorker(m_worker);
    m_status->setReadDatabase(cache->database());
    m_status->setApiClient(m_profile->api());
}

void DesktopSync::onStarted() {
    m_worker->syncNow();
}

void DesktopSync::onCycleFinished() {
    if (!std::exchange(m_liveAfterCycle, false))
        return;
    // After the first cycle (the first sync, or the catch-up of a second start, finished or
    // stopped offline): the stream from now on, and polling with backoff while it is down.
    m_worker->startLive();
}

void DesktopSync::stop(std::function<void()> done) {
    detachScreens();
    m_liveAfterCycle = false;
    if (!m_worker->isRunning()) {
        if (done)
            QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
        return;
    }
    qCInfo(lcDesktopSync) << "stopping the sync worker";
    if (done)
        connect(m_worker, &sync::SyncWorker::stopped, this, done, Qt::SingleShotConnection);
    m_worker->stop();
}

void DesktopSync::detachScreens() {
    m_context->close();
    m_status->setReadDatabase(nullptr);
    m_status->setApiClient(nullptr);
    m_status->setWorker(nullptr);
}

} // namespace hirex::app
