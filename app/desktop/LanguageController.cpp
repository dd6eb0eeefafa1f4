#include "app/desktop/LanguageController.h"

#include "translations/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

namespace hirex::app {

// Debug messages only when asked for (QT_LOGGING_RULES): --help and --version stay quiet.
Q_LOGGING_CATEGORY(lcLanguage, "hirex.app.language", QtInfoMsg)

namespace {

QLocale::Language qtLanguage(const QString &code) {
    if (code == u"tr")
        return QLocale::Turkish;
    if (code == u"de")
        return QLocale::German;
    return QLocale::English;
}

// The locale for a chosen language: the system's own when it speaks that language (de_AT keeps
// its dates, en_GB its spelling of numbers), else the language's main country.
QLocale localeFor(const QString &choice) {
    const QLocale system = QLocale::system();
    if (choice.isEmpty() || system.language() == qtLanguage(choice))
        return system;
    return QLocale(qtLanguage(choice));
}

} // namespace

LanguageController::LanguageController(QObject *parent)
    : QObject(parent) {}

LanguageController::~LanguageController() {
    removeTranslators();
}

QStringList LanguageController::languages() {
    return {QStringLiteral("en"), QStringLiteral("tr"), QStringLiteral("de")};
}

bool LanguageController::isValidChoice(const QString &code) {
    return code.isEmpty() || languages().contains(code);
}

QString LanguageController::storedChoice() {
    const QString stored = QSettings().value(QLatin1String(SettingsKey)).toString();
    return isValidChoice(stored) ? stored : QString();
}

void LanguageController::start(const QString &overrideCode) {
    m_started = true;
    apply(!overrideCode.isEmpty() && languages().contains(overrideCode) ? overrideCode : storedChoice());
}

bool LanguageController::setLanguage(const QString &code) {
    if (!isValidChoice(code))
        return false;
    QSettings().setValue(QLatin1String(SettingsKey), code);
    if (m_started && code == m_choice)
        return true;
    m_started = true;
    apply(code);
    return true;
}

void LanguageController::removeTranslators() {
    // Removing a translator also sends QEvent::LanguageChange; the new ones follow at once, and
    // the widgets handle the posted events after both (they read the new texts only).
    for (auto *catalogue : {&m_hirexCatalogue, &m_qtCatalogue}) {
        if (*catalogue) {
            QCoreApplication::removeTranslator(catalogue->get());
            catalogue->reset();
        }
    }
}

void LanguageController::apply(const QString &choice) {
    m_choice = choice;
    m_locale = localeFor(choice);
    m_language = i18n::languageOf(m_locale);

    removeTranslators();
    // Before the translators: the LanguageChange they send makes widgets read the new locale too.
    QLocale::setDefault(m_locale);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(m_locale.textDirection());

    m_qtCatalogue = i18n::loadQtCatalogue(m_locale);
    if (m_qtCatalogue)
        QCoreApplication::installTranslator(m_qtCatalogue.get());
    else if (m_language != u"en")
        qCWarning(lcLanguage) << "Qt's own catalogue is missing for" << m_language
                              << "(Debian: qt6-translations-l10n); standard buttons stay in English";
    m_hirexCatalogue = i18n::loadHirexCatalogue(m_language);
    if (m_hirexCatalogue)
        QCoreApplication::installTranslator(m_hirexCatalogue.get());
    else
        qCWarning(lcLanguage) << "Hirex's catalogue is missing for" << m_language;
    qCDebug(lcLanguage) << "language" << (choice.isEmpty() ? QStringLiteral("system") : choice) << "->"
                        << m_locale.name();
    Q_EMIT languageChanged(choice);
}

} // namespace hirex::app
