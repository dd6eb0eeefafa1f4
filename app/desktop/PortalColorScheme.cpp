#include "app/desktop/PortalColorScheme.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPortal, "hirex.app.portal")

namespace hirex::app {

namespace {

const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kGroup = QStringLiteral("org.freedesktop.appearance");
const QString kKey = QStringLiteral("color-scheme");

// Read() answers v(v(u)) on portals older than version 2 and v(u) on some newer ones; unwrap
// as many variants as there are.
QVariant unwrap(QVariant value) {
    for (int depth = 0; depth < 4; ++depth) {
        if (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>()) {
            value = value.value<QDBusVariant>().variant();
            continue;
        }
        if (value.userType() == qMetaTypeId<QDBusArgument>()) {
            const auto argument = value.value<QDBusArgument>();
            if (argument.currentType() == QDBusArgument::VariantType) {
                QDBusVariant inner;
                argument >> inner;
                value = inner.variant();
                continue;
            }
        }
        break;
    }
    return value;
}

} // namespace

PortalColorScheme::PortalColorScheme(QObject *parent)
    : QObject(parent) {
    // QtDBus finds the slot's parameter types by name: QDBusVariant must be known by then, or
    // the subscription fails (it is registered lazily, e.g. by the first variant demarshalled).
    qRegisterMetaType<QDBusVariant>();
}

void PortalColorScheme::watchDesktop() {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcPortal) << "no session bus: the theme follows no desktop preference";
        m_answered = true;
        Q_EMIT answered();
        return;
    }
    watch(bus, QLatin1String(Service));
}

void PortalColorScheme::watch(const QDBusConnection &bus, const QString &service) {
    QDBusConnection connection(bus);
    if (!connection.connect(service, kPath, kInterface, QStringLiteral("SettingChanged"),
                            QStringLiteral("ssv"), this,
                            SLOT(onSettingChanged(QString, QString, QDBusVariant))))
        qCWarning(lcPortal) << "cannot follow the portal's SettingChanged:" << connection.lastError().name();
    QDBusMessage read = QDBusMessage::createMethodCall(service, kPath, kInterface, QStringLiteral("Read"));
    read << kGroup << kKey;
    auto *watcher = new QDBusPendingCallWatcher(connection.asyncCall(read), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *call;
        if (reply.isError()) {
            // No portal, or one without the appearance settings: no preference.
            qCInfo(lcPortal) << "no colour scheme from the portal:" << reply.error().name();
        } else {
            setScheme(reply.value().variant());
        }
        m_answered = true;
        Q_EMIT answered();
    });
}

void PortalColorScheme::onSettingChanged(const QString &group, const QString &key,
                                         const QDBusVariant &value) {
    if (group == kGroup && key == kKey)
        setScheme(value.variant());
}

void PortalColorScheme::setScheme(const QVariant &value) {
    bool ok = false;
    const uint raw = unwrap(value).toUInt(&ok);
    const Scheme scheme = ok && raw <= 2 ? static_cast<Scheme>(raw) : Scheme::NoPreference;
    qCInfo(lcPortal) << "desktop colour scheme:" << raw;
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    Q_EMIT schemeChanged(scheme);
}

} // namespace hirex::app
