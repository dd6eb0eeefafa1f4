#pragma once

#include <QString>

#include <memory>

class QCoreApplication;
class QLocale;
class QTranslator;

namespace hirex::i18n {

// Installs Qt's own catalogue and Hirex's for `locale` (English, Turkish or German; other
// languages fall back to English). Returns the language actually installed, e.g. "tr".
const char *installTranslators(QCoreApplication *app, const QLocale &locale);

// "tr" or "de" for a Turkish or German locale, "en" for every other one.
QString languageOf(const QLocale &locale);
// Hirex's catalogue for `language` ("en", "tr" or "de"), loaded but not installed; null when
// it cannot be loaded.
std::unique_ptr<QTranslator> loadHirexCatalogue(const QString &language);
// Qt's own catalogue (qtbase: standard buttons, context menus, dialogs) for `locale` from Qt's
// translations folder, loaded but not installed; null when there is none for that language.
std::unique_ptr<QTranslator> loadQtCatalogue(const QLocale &locale);

} // namespace hirex::i18n
