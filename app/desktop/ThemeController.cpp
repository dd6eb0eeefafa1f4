#include "app/desktop/ThemeController.h"

#include "app/desktop/PortalColorScheme.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

Q_LOGGING_CATEGORY(lcTheme, "hirex.app.theme")

namespace hirex::app {

using Theme = models::SettingsPresenter::Theme;

namespace {

double relativeLuminance(const QColor &c) {
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

ThemeController::ThemeController(PortalColorScheme *portal, QObject *parent)
    : QObject(parent)
    , m_portal(portal)
    , m_originalStyle(QApplication::style()->name())
    , m_originalPalette(QApplication::palette()) {
    if (m_portal) {
        connect(m_portal, &PortalColorScheme::schemeChanged, this, [this] {
            if (m_theme == Theme::System)
                apply();
        });
    }
}

void ThemeController::setTheme(Theme theme) {
    m_theme = theme;
    apply();
}

void ThemeController::apply() {
    const bool dark =
        m_theme == Theme::Dark || (m_theme == Theme::System && m_portal && m_portal->prefersDark());
    if (m_appliedOnce && dark == m_dark)
        return;
    if (!m_appliedOnce && !dark) {
        // Light at start-up: the platform's own look, untouched.
        m_appliedOnce = true;
        m_dark = false;
        Q_EMIT applied(false);
        return;
    }
    m_appliedOnce = true;
    m_dark = dark;
    qCInfo(lcTheme) << "applying the" << (dark ? "dark" : "light") << "palette";
    if (dark) {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else {
        if (QApplication::style()->name().compare(m_originalStyle, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(m_originalStyle));
        QApplication::setPalette(m_originalPalette);
    }
    Q_EMIT applied(dark);
}

QPalette ThemeController::darkPalette() {
    // Greys with a hint of blue; every text colour is at least 4.5:1 against the backgrounds it
    // is drawn on (tested in tst_themecontroller), the placeholder (muted) text too, since cards
    // and the status bar use it for information.
    const QColor window(0x2a, 0x2b, 0x30);
    const QColor base(0x1e, 0x1f, 0x23);
    const QColor alternate(0x26, 0x27, 0x2c);
    const QColor button(0x34, 0x36, 0x3c);
    const QColor text(0xe8, 0xe9, 0xed);
    const QColor muted(0xa4, 0xa7, 0xb0);
    const QColor highlight(0x2f, 0x6c, 0xc0);
    const QColor disabled(0x80, 0x83, 0x8a);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x8a));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x54));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x40, 0x47));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x16, 0x17, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0c));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x50));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x2f, 0x4f, 0x80));
    return p;
}

double ThemeController::contrastRatio(const QColor &a, const QColor &b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace hirex::app
