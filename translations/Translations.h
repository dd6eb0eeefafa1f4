#pragma once

class QCoreApplication;
class QLocale;

namespace hirex::i18n {

// Installs Qt's own catalogue and Hirex's for `locale` (English, Turkish or German; other
// languages fall back to English). Returns the language actually installed, e.g. "tr".
const char *installTranslators(QCoreApplication *app, const QLocale &locale);

} // namespace hirex::i18n
