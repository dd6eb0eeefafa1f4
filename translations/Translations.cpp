#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hirex::i18n {

namespace {

// lupdate (Qt 6.4) does not understand C++17 nested namespace definitions such as
// `namespace hirex::ui {`, so it files MainWindow's strings under "MainWindow", while tr() at run
// time asks for "hirex::ui::MainWindow". This translator looks the full context up first and then
// the class name alone, so the catalogues match what the code asks for.
class NamespaceTolerantTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty() || context == nullptr)
            return text;
        const char *shortContext = context;
        for (const char *p = context; *p != '\0'; ++p) {
            if (p[0] == ':' && p[1] == ':')
                shortContext = p + 2;
        }
        if (shortContext == context)
            return text;
        return QTranslator::translate(shortContext, sourceText, disambiguation, n);
    }
};

} // namespace

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

    auto *hirexCatalogue = new NamespaceTolerantTranslator(app);
    if (hirexCatalogue->load(QStringLiteral(":/i18n/hirex_") + QLatin1String(language)))
        QCoreApplication::installTranslator(hirexCatalogue);
    return language;
}

} // namespace hirex::i18n
