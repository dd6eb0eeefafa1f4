#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace hirex::app {

// The language of the user interface, switched at run time without a restart: Hirex's own
// catalogue and Qt's (qtbase: the standard buttons of QDialogButtonBox and QMessageBox, the
// context menu of a line edit), the default QLocale (numbers, dates, and the case rules of
// QLocale::toUpper/toLower: Turkish dotted and dotless i) and the layout direction. Installing
// the translators makes Qt send QEvent::LanguageChange to every widget, whose changeEvent()
// retranslates it; nothing is recreated.
//
// The choice is kept in QSettings under `ui/language`: "" follows the system's language,
// "en", "tr" or "de" pick one. A --language option overrides it for one run, unstored.
class LanguageController : public QObject {
    Q_OBJECT

public:
    explicit LanguageController(QObject *parent = nullptr);
    ~LanguageController() override;

    static constexpr const char *SettingsKey = "ui/language";
    // "en", "tr", "de": the languages with a catalogue.
    static QStringList languages();
    // A language of languages(), or "" for the system's.
    static bool isValidChoice(const QString &code);
    // What QSettings holds ("" when nothing or something unknown is stored).
    static QString storedChoice();

    // At start-up: applies `overrideCode` when it is a valid language (not stored), else the
    // stored choice. Emits languageChanged.
    void start(const QString &overrideCode = {});
    // Applies and stores the choice ("" = the system's language). Refuses (false) an unknown
    // code; a choice already applied changes nothing.
    bool setLanguage(const QString &code);

    // The choice applied: "", "en", "tr" or "de".
    QString choice() const { return m_choice; }
    // The language shown: "en", "tr" or "de" (the system's, resolved, for "").
    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }

Q_SIGNALS:
    // The choice ("", "en", "tr", "de") was applied; translators and QLocale are in place.
    void languageChanged(const QString &choice);

private:
    void apply(const QString &choice);
    void removeTranslators();

    QString m_choice;
    QString m_language;
    QLocale m_locale;
    bool m_started = false;
    std::unique_ptr<QTranslator> m_qtCatalogue;
    std::unique_ptr<QTranslator> m_hirexCatalogue;
};

} // namespace hirex::app
