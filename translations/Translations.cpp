#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hirex::i18n {

const char *installTranslators(QCoreApplication *app, const QLocale &locale) {
    const char *language = "en";
    if (locale.language() == QLocale::Turkish)
        language = "tr";
    else if (locale.language() == QLocale::German)
        language = "de";

    auto *qtCatalogue = new QTranslator(app);
    if (qtCatalogue->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtCatalogue);

    auto *hirexCatalogue = new QTranslator(app);
    if (hirexCatalogue->load(QStringLiteral(":/i18n/hirex_") + QLatin1String(language)))
        QCoreApplication::installTranslator(hirexCatalogue);
    return language;
}

} // namespace hirex::i18n
