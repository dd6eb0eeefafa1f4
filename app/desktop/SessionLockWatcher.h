#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

namespace hirex::app {

// Locks the app when the desktop session locks, as password managers do: logind's
// org.freedesktop.login1.Session.Lock (sent to this login session on the system bus, e.g. by
// `loginctl lock-session` or before suspend) and the screen saver's ActiveChanged(true) on the
// session bus (GNOME's org.gnome.ScreenSaver; the freedesktop one of KDE and others has the same
// signal). Everything is asynchronous: the session's object path is asked for with a pending
// call, never a blocking one.
class SessionLockWatcher : public QObject {
    Q_OBJECT

public:
    explicit SessionLockWatcher(QObject *parent = nullptr);

    // The real services: logind on the system bus (the session of XDG_SESSION_ID, else of this
    // process), the screen savers on the session bus. A bus that is not there is skipped.
    void watchDesktop();
    // logind's Manager at `service` on `bus` (tests stand in for it on the session bus).
    void watchLogind(const QDBusConnection &bus, const QString &service);
    // A screen saver interface (org.gnome.ScreenSaver, org.freedesktop.ScreenSaver).
    bool watchScreenSaver(const QDBusConnection &bus, const QString &service, const QString &path,
                          const QString &interface);

    // The logind session being watched ("" until its path is known).
    QString logindSessionPath() const { return m_sessionPath; }

Q_SIGNALS:
    void lockRequested();
    void logindSessionFound(); // tests: the Lock signal of the session is subscribed

private Q_SLOTS:
    void onSessionLock();
    void onScreenSaverActiveChanged(bool active);

private:
    void subscribeSession(const QDBusConnection &bus, const QString &service, const QString &path);

    QString m_sessionPath;
};

} // namespace hirex::app
