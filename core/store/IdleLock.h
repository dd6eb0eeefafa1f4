#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace hirex::store {

class LocalCache;

// Locks the cache after a configurable time without user activity: the database closes, its
// key leaves memory, and locked() asks the UI for an unlock. The UI calls noteActivity() on
// input events; that is cheap (a clock restart), so it may be called for every event.
class IdleLock : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout = std::chrono::minutes(15);

    explicit IdleLock(LocalCache *cache, QObject *parent = nullptr);

    // Zero disables auto-lock.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    bool isLocked() const { return m_locked; }

    void noteActivity();
    // Locks at once (the user's "Lock" command), exactly as the idle timeout would.
    void lockNow();
    // Opens the cache again through LocalCache (keychain, or passphraseRequired()).
    void unlock();

Q_SIGNALS:
    void locked();
    void unlocked();

private:
    void arm();
    void check();

    LocalCache *m_cache;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QElapsedTimer m_lastActivity;
    QTimer m_timer;
    bool m_locked = false;
};

} // namespace hirex::store
