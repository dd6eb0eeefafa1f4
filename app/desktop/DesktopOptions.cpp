#include "app/desktop/DesktopOptions.h"

#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace hirex::app {

namespace {
constexpr int kMaxIdleLockMinutes = 7 * 24 * 60;
// The languages with a catalogue (LanguageController::languages()).
const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("tr"), QStringLiteral("de")};
} // namespace

DesktopOptions DesktopOptions::parse(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("DesktopOptions", "Hirex Desktop, the recruiting workspace."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QCoreApplication::translate("DesktopOptions", "Hirex server address."),
        QStringLiteral("url"));
    const QCommandLineOption caOption(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("DesktopOptions", "Extra trusted CA certificates (PEM)."),
        QStringLiteral("pem"));
    const QCommandLineOption issuerOption(
        QStringLiteral("issuer"),
        QCoreApplication::translate("DesktopOptions", "OpenID Connect issuer (default: the server)."),
        QStringLiteral("url"));
    const QCommandLineOption clientOption(QStringLiteral("client-id"),
                                          QCoreApplication::translate("DesktopOptions", "OAuth client id."),
                                          QStringLiteral("id"), QStringLiteral("hirex-desktop"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("DesktopOptions", "Folder for this profile's encrypted cache."),
        QStringLiteral("dir"));
    const QCommandLineOption loopbackHttpOption(
        QStringLiteral("insecure-loopback-http"), // the same name as in hirexctl
        QCoreApplication::translate("DesktopOptions", "Development only: allow plain HTTP to 127.0.0.1."));
    const QCommandLineOption signInOption(
        QStringLiteral("sign-in"),
        QCoreApplication::translate("DesktopOptions", "Start signing in at once when no session is stored."));
    const QCommandLineOption idleLockOption(
        QStringLiteral("idle-lock-minutes"),
        QCoreApplication::translate("DesktopOptions",
                                    "Lock the local data after this many idle minutes (0: never)."),
        QStringLiteral("minutes"));
    const QCommandLineOption pinOption(
        QStringLiteral("pin-spki"),
        QCoreApplication::translate("DesktopOptions",
                                    "Trust only server chains with this key (base64 SHA-256 of the "
                                    "SubjectPublicKeyInfo); repeatable."),
        QStringLiteral("sha256-base64"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate(
            "DesktopOptions", "Language for this run: en, tr or de (default: the one chosen in the app)."),
        QStringLiteral("code"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QCoreApplication::translate("DesktopOptions",
                                    "Theme for this run: system, light or dark (default: the one chosen in "
                                    "Settings)."),
        QStringLiteral("theme"));
    parser.addOptions({serverOption, caOption, pinOption, issuerOption, clientOption, profileOption,
                       loopbackHttpOption, signInOption, idleLockOption, languageOption, themeOption});

    DesktopOptions options;
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        options.exitNow = true;
        options.exitCode = 2;
        return options;
    }
    if (parser.isSet(versionOption)) {
        std::printf("hirex-desktop %s\n", kVersion);
        options.exitNow = true;
        return options;
    }
    if (parser.isSet(helpOption)) {
        std::printf("%s", qPrintable(parser.helpText()));
        options.exitNow = true;
        return options;
    }
    options.server = QUrl(parser.value(serverOption));
    options.caFile = parser.value(caOption);
    options.spkiPins = parser.values(pinOption);
    options.issuer = QUrl(parser.value(issuerOption));
    options.clientId = parser.value(clientOption);
    options.profileDir = parser.value(profileOption);
    options.allowLoopbackHttp = parser.isSet(loopbackHttpOption);
    options.signInAtStart = parser.isSet(signInOption);
    if (parser.isSet(themeOption)) {
        options.theme = parser.value(themeOption).toLower();
        if (options.theme != u"system" && options.theme != u"light" && options.theme != u"dark") {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("DesktopOptions",
                                                                "--theme is system, light or dark.")));
            options.exitNow = true;
            options.exitCode = 2;
            return options;
        }
    }
    if (parser.isSet(idleLockOption)) {
        bool ok = false;
        options.idleLockMinutes = parser.value(idleLockOption).toInt(&ok);
        // 0 means never; a week is the most that still reads as "idle".
        if (!ok || options.idleLockMinutes < 0 || options.idleLockMinutes > kMaxIdleLockMinutes) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "DesktopOptions",
                                        "--idle-lock-minutes needs a whole number of minutes from 0 (never) "
                                        "to %1.")
                                        .arg(kMaxIdleLockMinutes)));
            options.exitNow = true;
            options.exitCode = 2;
        }
    }
    if (parser.isSet(languageOption)) {
        options.language = parser.value(languageOption);
        if (!kLanguages.contains(options.language)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("DesktopOptions",
                                                                "--language needs one of en, tr or de.")));
            options.exitNow = true;
            options.exitCode = 2;
        }
    }
    return options;
}

} // namespace hirex::app
