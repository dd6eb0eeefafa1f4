#pragma once

#include "models/SettingsPresenter.h"

#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QString>

namespace hirex::app {

class PortalColorScheme;

// Applies the theme of Settings → Appearance to the whole application at once, without a
// restart. Light is the palette the application started with (the platform's); Dark is a
// palette of our own on the Fusion style (a custom palette only looks right there), with text
// contrast of at least 4.5:1 (WCAG AA) against every background it is drawn on; System follows
// the desktop portal's color-scheme, live.
class ThemeController : public QObject {
    Q_OBJECT

public:
    // `portal` may be null (System then means light); not owned, must outlive this object.
    explicit ThemeController(PortalColorScheme *portal = nullptr, QObject *parent = nullptr);

    void setTheme(hirex::models::SettingsPresenter::Theme theme);
    models::SettingsPresenter::Theme theme() const { return m_theme; }
    // Whether the dark palette is applied now.
    bool isDark() const { return m_dark; }

    static QPalette darkPalette();
    // WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrastRatio(const QColor &a, const QColor &b);

Q_SIGNALS:
    void applied(bool dark);

private:
    void apply();

    QPointer<PortalColorScheme> m_portal;
    models::SettingsPresenter::Theme m_theme = models::SettingsPresenter::Theme::System;
    QString m_originalStyle;
    QPalette m_originalPalette;
    bool m_dark = false;
    bool m_appliedOnce = false;
};

} // namespace hirex::app
