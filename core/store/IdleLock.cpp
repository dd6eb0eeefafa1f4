#include "core/store/IdleLock.h"

#include "core/store/LocalCache.h"
#include "core/store/LockMarker.h"
#include "core/store/StoreLog.h"

#include <QDateTime>

namespace hirex::store {

IdleLock::IdleLock(LocalCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    connect(m_cache, &LocalCache::opened, this, &IdleLock::onCacheOpened);
    if (m_cache->state() == LocalCache::State::Open) {
        m_lastActivity.start();
        arm();
    }
}

void IdleLock::onCacheOpened() {
    const bool wasLocked = m_locked;
    m_locked = false;
    m_lastActivity.start();
    arm();
    if (!wasLocked)
        return;
    if (!m_markerDir.isEmpty() && !LockMarker::remove(m_markerDir))
        qCWarning(lcStore) << "the lock marker could not be removed; the next start asks again";
    Q_EMIT unlocked();
}

void IdleLock::setMarkerDirectory(const QString &profileDir) {
    m_markerDir = profileDir;
    if (m_markerDir.isEmpty() || !LockMarker::exists(m_markerDir) || m_locked)
        return;
    qCInfo(lcStore) << "the profile was locked when the app last ran; starting locked";
    m_timer.stop();
    m_locked = true;
    if (m_cache->state() == LocalCache::State::Open)
        m_cache->lock();
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout) {
    m_timeout = timeout;
    if (!m_locked && m_cache->state() == LocalCache::State::Open) {
        if (!m_lastActivity.isValid()) {
            m_lastActivity.start();
        }
        arm();
    }
}

void IdleLock::noteActivity() {
    // Only the clock moves here; the timer re-arms itself for the remaining time when it fires.
    m_lastActivity.start();
}

void IdleLock::arm() {
    if (m_timeout.count() <= 0) {
        m_timer.stop();
        return;
    }
    const auto idle = std::chrono::milliseconds(m_lastActivity.elapsed());
    m_timer.start(std::max(std::chrono::milliseconds(1), m_timeout - idle));
}

void IdleLock::check() {
    if (m_locked || m_timeout.count() <= 0 || m_cache->state() != LocalCache::State::Open) {
        return;
    }
    if (std::chrono::milliseconds(m_lastActivity.elapsed()) < m_timeout) {
        arm();
        return;
    }
    qCInfo(lcStore) << "idle for" << m_lastActivity.elapsed() << "ms; locking the cache";
    lockNow();
}

void IdleLock::lockNow() {
    if (m_locked || m_cache->state() != LocalCache::State::Open)
        return;
    m_timer.stop();
    m_locked = true;
    m_cache->lock();
    if (!m_markerDir.isEmpty()) {
        LockMarker marker;
        marker.lockedAtSecs = QDateTime::currentSecsSinceEpoch();
        marker.subject = m_subject;
        QString error;
        if (!marker.save(m_markerDir, &error))
            qCWarning(lcStore) << "the lock marker could not be written:" << error;
    }
    Q_EMIT locked();
}

void IdleLock::unlock() {
    m_cache->open();
}

} // namespace hirex::store
