#include "app/desktop/DesktopController.h"
#include "app/desktop/DesktopOptions.h"
#include "app/desktop/FirstPaintProbe.h"
#include "app/desktop/LanguageController.h"
#include "app/desktop/PortalColorScheme.h"
#include "app/desktop/ThemeController.h"
#include "core/Version.h"
#include "core/store/ProcessHardening.h"
#include "core/util/TerminationSignals.h"
#include "models/JobListModel.h"
#include "models/SettingsPresenter.h"
#include "models/SignInPresenter.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"

#include <QApplication>
#include <QNetworkProxyFactory>

#include <memory>

namespace {

void setApplicationIdentity() {
    QCoreApplication::setApplicationName(QStringLiteral("hirex-desktop"));
    QCoreApplication::setApplicationVersion(QLatin1String(hirex::kVersion));
    QCoreApplication::setOrganizationName(QLatin1String(hirex::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(hirex::kOrganizationDomain));
}

bool onlyAsksForText(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[]) {
    // Before anything holds a secret: no core file may carry tokens or the cache key.
    hirex::store::ProcessHardening::disableCoreDumps();
    // --version and --help answer without a display, e.g. in an install check.
    if (onlyAsksForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        hirex::app::LanguageController language;
        language.start(); // the language chosen in the app
        return hirex::app::DesktopOptions::parse(QCoreApplication::arguments()).exitCode;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("hirex-desktop"));
    // The stored choice first, so that errors of the command line are in the user's language.
    hirex::app::LanguageController language;
    language.start();

    const auto options = hirex::app::DesktopOptions::parse(QCoreApplication::arguments());
    if (options.exitNow)
        return options.exitCode;
    if (!options.language.isEmpty())
        language.start(options.language); // this run only
    QApplication::setApplicationDisplayName(QObject::tr("Hirex"));
    QObject::connect(&language, &hirex::app::LanguageController::languageChanged, &app,
                     [] { QApplication::setApplicationDisplayName(QObject::tr("Hirex")); });

    // Corporate proxies (PAC, environment) apply to every request, as in the user's browser.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    hirex::models::SignInPresenter signIn;
    signIn.setAllowLoopbackHttp(options.allowLoopbackHttp);
    signIn.setServerAddress(options.server.toString());
    hirex::models::JobListModel jobs;

    hirex::ui::MainWindow window(&signIn, &jobs);
    // The window's View > Language menu (and the Settings page, wired by the same signal) switch
    // the language at once; the menu shows what is applied.
    window.setCurrentLanguage(language.choice());
    QObject::connect(&window, &hirex::ui::MainWindow::languageRequested, &language,
                     &hirex::app::LanguageController::setLanguage);
    QObject::connect(&language, &hirex::app::LanguageController::languageChanged, &window,
                     &hirex::ui::MainWindow::setCurrentLanguage);
    hirex::app::DesktopController controller(options, &window, &signIn, &jobs);

    // Settings → Appearance, applied before the window shows; "System" follows the portal live.
    using Theme = hirex::models::SettingsPresenter::Theme;
    hirex::app::PortalColorScheme portal;
    portal.watchDesktop();
    hirex::app::ThemeController theme(&portal);
    hirex::models::SettingsPresenter *settings = controller.settings();
    if (!options.theme.isEmpty())
        settings->overrideTheme(options.theme == u"dark"    ? Theme::Dark
                                : options.theme == u"light" ? Theme::Light
                                                            : Theme::System);
    theme.setTheme(settings->theme());
    QObject::connect(settings, &hirex::models::SettingsPresenter::themeChanged, &theme,
                     &hirex::app::ThemeController::setTheme);
    // Settings → Language stores the choice; the language controller applies it (the page then
    // rebuilds its texts on the LanguageChange that follows).
    QObject::connect(settings, &hirex::models::SettingsPresenter::languageRequested, &language,
                     &hirex::app::LanguageController::setLanguage);
    if (const auto error = controller.initialise(); error.isError()) {
        hirex::ui::MessageBox::warning(nullptr, QObject::tr("Hirex cannot start"), error.message);
        return 1;
    }
    // Cancelling the passphrase at start-up ends the app (queued: the dialog returns first).
    QObject::connect(&controller, &hirex::app::DesktopController::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    // A logout's SIGTERM, or Ctrl+C in a terminal, quits as File > Quit does: the cache closes
    // cleanly, so the next start runs no integrity check.
    hirex::util::TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &hirex::util::TerminationSignals::received, &app,
                     &QCoreApplication::quit);
    hirex::app::FirstPaintProbe::installIfEnabled();
    window.show();
    controller.start();
    return QApplication::exec();
}
