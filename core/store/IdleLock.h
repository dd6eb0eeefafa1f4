#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace hirex::store {

class LocalCache;

// Locks the cache after a configurable time without user activity: the database closes, its
// key leaves memory, and locked() asks the UI for an unlock. The UI calls noteActivity() on
// input events; that is cheap (a clock restart), so it may be called for every event.
//
// With a marker directory the lock survives a restart: locking writes LockMarker there, and only
// the cache opening again while locked (after the caller has seen the user prove themselves, or
// after the passphrase, which is the proof) removes it. A profile that has the marker starts
// locked.
class IdleLock : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout = std::chrono::minutes(15);

    explicit IdleLock(LocalCache *cache, QObject *parent = nullptr);

    // The profile folder: locks are recorded there (LockMarker). A marker already there means
    // the app was locked when it last ran: this lock starts locked.
    void setMarkerDirectory(const QString &profileDir);
    // The signed-in account's OIDC subject, written into the marker on lock.
    void setSubject(const QString &subject) { m_subject = subject; }
    QString subject() const { return m_subject; }

    // Zero disables auto-lock.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    bool isLocked() const { return m_locked; }

    void noteActivity();
    // Locks at once (the user's "Lock" command), exactly as the idle timeout would.
    void lockNow();
    // Opens the cache again through LocalCache (keychain, or passphraseRequired()). In keychain
    // mode the keychain hands the key back without asking anybody: call this only once the user
    // has proved themselves (UnlockPresenter).
    void unlock();

Q_SIGNALS:
    void locked();
    void unlocked();

private:
    void arm();
    void check();
    void onCacheOpened();

    LocalCache *m_cache;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QElapsedTimer m_lastActivity;
    QTimer m_timer;
    bool m_locked = false;
    QString m_markerDir;
    QString m_subject;
};

} // namespace hirex::store
