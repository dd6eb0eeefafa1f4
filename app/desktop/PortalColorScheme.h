#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

class QDBusVariant;

namespace hirex::app {

// The desktop's light or dark preference on Qt 6.4, which has no QStyleHints::colorScheme():
// the XDG desktop portal's org.freedesktop.appearance color-scheme (0 no preference, 1 prefer
// dark, 2 prefer light), read with org.freedesktop.portal.Settings.Read and followed through
// SettingChanged. Asynchronous: the read is a pending call, never a blocking one. Without a
// portal the preference stays "no preference" (light).
class PortalColorScheme : public QObject {
    Q_OBJECT

public:
    enum class Scheme { NoPreference = 0, PreferDark = 1, PreferLight = 2 };
    Q_ENUM(Scheme)

    static constexpr const char *Service = "org.freedesktop.portal.Desktop";

    explicit PortalColorScheme(QObject *parent = nullptr);

    // The portal of the session bus.
    void watchDesktop();
    // The portal at `service` on `bus` (tests stand in for it).
    void watch(const QDBusConnection &bus, const QString &service);

    Scheme scheme() const { return m_scheme; }
    bool prefersDark() const { return m_scheme == Scheme::PreferDark; }
    // True once the portal answered the first read (or said it has no such setting).
    bool hasAnswered() const { return m_answered; }

Q_SIGNALS:
    void schemeChanged(hirex::app::PortalColorScheme::Scheme scheme);
    void answered();

private Q_SLOTS:
    void onSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    void setScheme(const QVariant &value);

    Scheme m_scheme = Scheme::NoPreference;
    bool m_answered = false;
};

} // namespace hirex::app
