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

QString languageOf(const QLocale &locale) {
    if (locale.language() == QLocale::Turkish)
        return QStringLiteral("tr");
    if (locale.language() == QLocale::German)
        return QStringLiteral("de");
    return QStringLiteral("en");
}

std::unique_ptr<QTranslator> loadHirexCatalogue(const QString &language) {
    auto catalogue = std::make_unique<NamespaceTolerantTranslator>();
    if (!catalogue->load(QStringLiteral(":/i18n/hirex_") + language))
        return nullptr;
    return catalogue;
}

std::unique_ptr<QTranslator> loadQtCatalogue(const QLocale &locale) {
    auto catalogue = std::make_unique<QTranslator>();
    if (!catalogue->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        return nullptr;
    return catalogue;
}

const char *installTranslators(QCoreApplication *app, const QLocale &locale) {
    const QString language = languageOf(locale);
    if (auto qtCatalogue = loadQtCatalogue(locale)) {
        qtCatalogue->setParent(app);
        QCoreApplication::installTranslator(qtCatalogue.release());
    }
    if (auto hirexCatalogue = loadHirexCatalogue(language)) {
        hirexCatalogue->setParent(app);
        QCoreApplication::installTranslator(hirexCatalogue.release());
    }
    return language == u"tr" ? "tr" : language == u"de" ? "de" : "en";
}

} // namespace hirex::i18n
