#include "core/Version.h"
#include "translations/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

// hirexctl: the headless front end on hirex_core (login, sync, status, export, logout).
int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hirexctl"));
    QCoreApplication::setApplicationVersion(QLatin1String(hirex::kVersion));
    QCoreApplication::setOrganizationName(QLatin1String(hirex::kOrganizationName));
    hirex::i18n::installTranslators(&app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("hirexctl", "Headless Hirex client."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("hirexctl", "login, sync, status, export or logout."));
    parser.process(app);

    if (parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return 2;
    }
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("hirexctl", "Unknown command: %1")
                                .arg(parser.positionalArguments().constFirst())));
    return 2;
}
