#include "sandbox/SandboxApp.h"
#include "sandbox/SandboxLog.h"
#include "sandbox/SandboxOptions.h"

#include <QGuiApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSandbox, "hirex.sandbox")
Q_LOGGING_CATEGORY(lcSandboxHttp, "hirex.sandbox.http")
Q_LOGGING_CATEGORY(lcSandboxDb, "hirex.sandbox.db")
Q_LOGGING_CATEGORY(lcSandboxAuth, "hirex.sandbox.auth")
Q_LOGGING_CATEGORY(lcSandboxSeed, "hirex.sandbox.seed")

namespace {

// Self-pipe: the signal handler only writes a byte; the event loop does the real shutdown.
int g_signalFds[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &byte, 1);
}

bool installSignalHandlers() {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return false;
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &sa, nullptr) == 0 && ::sigaction(SIGINT, &sa, nullptr) == 0;
}

} // namespace

int main(int argc, char *argv[]) {
    // QPdfWriter needs a QGuiApplication; the server never shows a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "hirex.sandbox.http.debug=false;qt.qpa.*=false");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hirex-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    hirex::sandbox::SandboxOptions options;
    QString error;
    if (!options.parse(QCoreApplication::arguments(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    if (options.help) {
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    }
    const bool accountsOnly = options.accounts;
    hirex::sandbox::SandboxApp sandbox(options);
    if (!sandbox.prepare(&error)) {
        std::fprintf(stderr, "hirex-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    if (accountsOnly) {
        const QByteArray json = sandbox.accountsJson();
        std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    if (!installSignalHandlers()) {
        std::fprintf(stderr, "hirex-sandbox: cannot install signal handlers\n");
        return 1;
    }
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &byte, 1);
        qCInfo(lcSandbox) << "signal received; stopping";
        QCoreApplication::quit();
    });
    const QString base = sandbox.start(&error);
    if (base.isEmpty()) {
        std::fprintf(stderr, "hirex-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stdout, "READY %s\n", qPrintable(base));
    std::fflush(stdout);
    const int rc = QCoreApplication::exec();
    sandbox.shutdown();
    return rc;
}
