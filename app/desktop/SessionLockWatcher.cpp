#include "app/desktop/SessionLockWatcher.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSessionLock, "hirex.app.sessionlock")

namespace hirex::app {

namespace {

const QString kLogindService = QStringLiteral("org.freedesktop.login1");
const QString kLogindPath = QStringLiteral("/org/freedesktop/login1");
const QString kLogindManager = QStringLiteral("org.freedesktop.login1.Manager");
const QString kLogindSession = QStringLiteral("org.freedesktop.login1.Session");

} // namespace

SessionLockWatcher::SessionLockWatcher(QObject *parent)
    : QObject(parent) {}

void SessionLockWatcher::watchDesktop() {
    const QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected())
        watchLogind(system, kLogindService);
    else
        qCInfo(lcSessionLock) << "no system bus: the app does not follow logind's session lock";
    const QDBusConnection session = QDBusConnection::sessionBus();
    if (!session.isConnected()) {
        qCInfo(lcSessionLock) << "no session bus: the app does not follow the screen saver";
        return;
    }
    watchScreenSaver(session, QStringLiteral("org.gnome.ScreenSaver"),
                     QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"));
    watchScreenSaver(session, QStringLiteral("org.freedesktop.ScreenSaver"),
                     QStringLiteral("/org/freedesktop/ScreenSaver"),
                     QStringLiteral("org.freedesktop.ScreenSaver"));
}

void SessionLockWatcher::watchLogind(const QDBusConnection &bus, const QString &service) {
    // Signals go out on the session's own path, so "/session/auto" cannot be subscribed to: ask
    // the manager which path is ours.
    const QString sessionId = qEnvironmentVariable("XDG_SESSION_ID");
    QDBusMessage call;
    if (!sessionId.isEmpty()) {
        call = QDBusMessage::createMethodCall(service, kLogindPath, kLogindManager,
                                              QStringLiteral("GetSession"));
        call << sessionId;
    } else {
        call = QDBusMessage::createMethodCall(service, kLogindPath, kLogindManager,
                                              QStringLiteral("GetSessionByPID"));
        call << quint32(QCoreApplication::applicationPid());
    }
    QDBusConnection connection = bus;
    auto *watcher = new QDBusPendingCallWatcher(connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, connection, service](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<QDBusObjectPath> reply = *finished;
                if (reply.isError()) {
                    qCInfo(lcSessionLock) << "no logind session to follow:" << reply.error().name();
                    return;
                }
                subscribeSession(connection, service, reply.value().path());
            });
}

void SessionLockWatcher::subscribeSession(const QDBusConnection &bus, const QString &service,
                                          const QString &path) {
    QDBusConnection connection = bus;
    if (!connection.connect(service, path, kLogindSession, QStringLiteral("Lock"), this,
                            SLOT(onSessionLock()))) {
        qCWarning(lcSessionLock) << "could not follow the logind session's Lock signal";
        return;
    }
    m_sessionPath = path;
    qCInfo(lcSessionLock) << "following the logind session's lock";
    Q_EMIT logindSessionFound();
}

bool SessionLockWatcher::watchScreenSaver(const QDBusConnection &bus, const QString &service,
                                          const QString &path, const QString &interface) {
    QDBusConnection connection = bus;
    return connection.connect(service, path, interface, QStringLiteral("ActiveChanged"), this,
                              SLOT(onScreenSaverActiveChanged(bool)));
}

void SessionLockWatcher::onSessionLock() {
    qCInfo(lcSessionLock) << "the desktop session locked";
    Q_EMIT lockRequested();
}

void SessionLockWatcher::onScreenSaverActiveChanged(bool active) {
    if (!active)
        return; // the screen came back: the app stays locked until the user unlocks it
    qCInfo(lcSessionLock) << "the screen saver started";
    Q_EMIT lockRequested();
}

} // namespace hirex::app
