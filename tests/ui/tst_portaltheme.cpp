// "System" theme on Qt 6.4: the desktop portal's org.freedesktop.appearance color-scheme, read
// and followed live. A stand-in portal (org.freedesktop.portal.Desktop with the Settings
// interface) on the suite's session bus answers Read and announces SettingChanged.
#include "app/desktop/PortalColorScheme.h"
#include "app/desktop/ThemeController.h"
#include "ui/CardDelegate.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using hirex::app::PortalColorScheme;
using hirex::app::ThemeController;
using hirex::models::SettingsPresenter;
using hirex::ui::CardDelegate;

namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");

// The portal's Settings, as far as the app asks it. Read answers v(v(u)), as
// xdg-desktop-portal does for the deprecated-but-universal Read.
class PortalSettings : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    uint colorScheme = 0;
    int reads = 0;
public Q_SLOTS:
    QDBusVariant Read(const QString &group, const QString &key) {
        ++reads;
        if (group != u"org.freedesktop.appearance" || key != u"color-scheme")
            return QDBusVariant(QVariant::fromValue(QDBusVariant(QString())));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant(colorScheme))));
    }
};

} // namespace

class TestPortalTheme : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void preferDarkGivesTheDarkPaletteAndAChangeSwitchesLive();
    void aChosenThemeIgnoresThePortal();
    void withoutAPortalSystemIsLight();

private:
    bool announce(uint scheme);
    bool announceUntil(uint scheme, const std::function<bool()> &heard);
    QDBusConnection m_standIn{QString()};
    PortalSettings m_portal;
};

void TestPortalTheme::initTestCase() {
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "needs a D-Bus session (scripts/test or dbus-run-session)");
    m_standIn = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("portal-stand-in"));
    QVERIFY(m_standIn.isConnected());
    QVERIFY(m_standIn.registerObject(kPath, &m_portal, QDBusConnection::ExportAllSlots));
    QVERIFY2(m_standIn.registerService(kService), "a real portal owns the name on this bus");
}

void TestPortalTheme::cleanupTestCase() {
    m_standIn.unregisterService(kService);
    QDBusConnection::disconnectFromBus(QStringLiteral("portal-stand-in"));
}

// One announcement, as the portal sends it, must be heard.
bool TestPortalTheme::announceUntil(uint scheme, const std::function<bool()> &heard) {
    return announce(scheme) && QTest::qWaitFor(heard, 10000);
}

bool TestPortalTheme::announce(uint scheme) {
    QDBusMessage signal = QDBusMessage::createSignal(kPath, kInterface, QStringLiteral("SettingChanged"));
    signal << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
           << QVariant::fromValue(QDBusVariant(QVariant(scheme)));
    return m_standIn.send(signal);
}

void TestPortalTheme::preferDarkGivesTheDarkPaletteAndAChangeSwitchesLive() {
    const QPalette light = QApplication::palette();
    m_portal.colorScheme = 1; // prefer dark
    PortalColorScheme portal;
    QSignalSpy answered(&portal, &PortalColorScheme::answered);
    portal.watchDesktop(); // the real name on the session bus: the stand-in
    ThemeController theme(&portal);
    theme.setTheme(SettingsPresenter::Theme::System);
    QVERIFY(answered.wait(10000));
    QVERIFY(m_portal.reads >= 1);
    QCOMPARE(portal.scheme(), PortalColorScheme::Scheme::PreferDark);
    QVERIFY(theme.isDark());
    QCOMPARE(QApplication::palette().color(QPalette::Base),
             ThemeController::darkPalette().color(QPalette::Base));
    QVERIFY(CardDelegate::isDark(QApplication::palette()));

    // The desktop switches to light: the app follows without a restart.
    QVERIFY(announceUntil(2, [&] { return !theme.isDark(); }));
    QCOMPARE(QApplication::palette().color(QPalette::Base), light.color(QPalette::Base));
    // Other settings' changes are not the colour scheme.
    QDBusMessage other = QDBusMessage::createSignal(kPath, kInterface, QStringLiteral("SettingChanged"));
    other << QStringLiteral("org.gnome.desktop.interface") << QStringLiteral("color-scheme")
          << QVariant::fromValue(QDBusVariant(QVariant(uint(1))));
    QVERIFY(m_standIn.send(other));
    QTest::qWait(300);
    QVERIFY(!theme.isDark());
    QVERIFY(announceUntil(1, [&] { return theme.isDark(); }));
    theme.setTheme(SettingsPresenter::Theme::Light);
}

void TestPortalTheme::aChosenThemeIgnoresThePortal() {
    m_portal.colorScheme = 1;
    PortalColorScheme portal;
    QSignalSpy answered(&portal, &PortalColorScheme::answered);
    portal.watchDesktop();
    ThemeController theme(&portal);
    theme.setTheme(SettingsPresenter::Theme::Light);
    QVERIFY(answered.wait(10000));
    QVERIFY(portal.prefersDark());
    QVERIFY(!theme.isDark());
    theme.setTheme(SettingsPresenter::Theme::Dark);
    QVERIFY(theme.isDark());
    QVERIFY(announceUntil(2, [&] { return portal.scheme() == PortalColorScheme::Scheme::PreferLight; }));
    QVERIFY(theme.isDark()); // the user chose Dark
    theme.setTheme(SettingsPresenter::Theme::System);
    QVERIFY(!theme.isDark());
}

void TestPortalTheme::withoutAPortalSystemIsLight() {
    PortalColorScheme portal;
    QSignalSpy answered(&portal, &PortalColorScheme::answered);
    portal.watch(QDBusConnection::sessionBus(), QStringLiteral("org.hirex.test.NoSuchPortal"));
    ThemeController theme(&portal);
    theme.setTheme(SettingsPresenter::Theme::System);
    QVERIFY(answered.wait(10000));
    QCOMPARE(portal.scheme(), PortalColorScheme::Scheme::NoPreference);
    QVERIFY(!theme.isDark());
}

QTEST_MAIN(TestPortalTheme)
#include "tst_portaltheme.moc"
