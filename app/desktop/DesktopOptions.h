#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace hirex::app {

// What the command line of hirex-desktop asked for. Parsed before any window exists.
struct DesktopOptions {
    QUrl server;
    QString caFile;
    QStringList spkiPins; // --pin-spki, repeatable: TransportSettings::spkiPins
    QUrl issuer;
    QString clientId;
    QString profileDir;
    bool allowLoopbackHttp = false;
    int idleLockMinutes = -1;   // --idle-lock-minutes; -1: the saved setting (default 15), 0: never
    bool signInAtStart = false; // --sign-in: open the browser at once when no session is stored
    QString language;           // --language en|tr|de for this run (not stored); empty: the saved choice
    QString theme;              // --theme system|light|dark for this run; empty: Settings' choice

    bool exitNow = false; // --help or --version already answered, or an error was printed
    int exitCode = 0;

    // Parses `arguments` (argv as strings, program name first).
    static DesktopOptions parse(const QStringList &arguments);
};

} // namespace hirex::app
