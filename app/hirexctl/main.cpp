#include "app/hirexctl/CtlOptions.h"
#include "app/hirexctl/CtlRunner.h"
#include "app/hirexctl/ExitCode.h"
#include "core/Version.h"
#include "core/store/ProcessHardening.h"
#include "core/util/TerminationSignals.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>

#include <cstdio>

// hirexctl: the headless front end on hirex_core (login, sync, status, export, logout, ...).
// It links hirex_core and hirex_i18n only: proof that the core needs no GUI.
int main(int argc, char *argv[]) {
    // Before anything holds a secret: no core file may carry tokens or the cache key.
    hirex::store::ProcessHardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hirexctl"));
    QCoreApplication::setApplicationVersion(QLatin1String(hirex::kVersion));
    QCoreApplication::setOrganizationName(QLatin1String(hirex::kOrganizationName));
    hirex::i18n::installTranslators(&app, QLocale());
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.contains(QStringLiteral("--version"))) {
        std::printf("hirexctl %s\n", hirex::kVersion);
        return hirex::ctl::Ok;
    }
    hirex::ctl::CtlOptions options;
    QString error;
    if (!options.parse(args, &error)) {
        std::fprintf(stderr, "hirexctl: %s\n\n%s", qPrintable(error),
                     qPrintable(hirex::ctl::CtlOptions::usage()));
        return hirex::ctl::Usage;
    }
    // A command line tool prints warnings only; -v shows the core's info and debug lines.
    // QT_LOGGING_RULES, when set, is the user's explicit choice and wins.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(options.verbose
                                             ? QStringLiteral("hirex.*.debug=true\nhirex.*.info=true")
                                             : QStringLiteral("hirex.*.debug=false\nhirex.*.info=false"));
    if (options.command == u"help") {
        std::printf("%s", qPrintable(hirex::ctl::CtlOptions::usage()));
        return hirex::ctl::Ok;
    }

    hirex::ctl::CtlRunner runner(options);
    // SIGINT/SIGTERM end `sync --watch` cleanly (the cache commits per page, so any moment is
    // safe); any other command reports that it was interrupted (CtlRunner::interrupt).
    hirex::util::TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &hirex::util::TerminationSignals::received, &runner,
                     [&runner](int signalNumber) { runner.interrupt(signalNumber); });

    QObject::connect(
        &runner, &hirex::ctl::CtlRunner::finished, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    runner.start();
    return app.exec();
}
