#pragma once

#include <QString>
#include <QStringList>

namespace hirex::ctl {

// The parsed command line: global options, then one command and its own options.
//   hirexctl [--server URL] [--ca-file PEM] [--issuer URL] [--client-id ID] [--profile DIR]
//            [--passphrase-file FILE] COMMAND ...
struct CtlOptions {
    QString server;
    QString caFile;
    QStringList spkiPins; // --pin-spki, repeatable
    QString issuer;
    QString clientId;
    QString profileDir;
    QString passphraseFile;         // --passphrase-file: only where there is no keychain
    bool allowLoopbackHttp = false; // --insecure-loopback-http: development against http://127.0.0.1 only
    bool verbose = false;           // -v, --verbose: hirex.* info and debug logging on stderr

    QString command;
    bool noBrowser = false; // login
    bool watch = false;     // sync
    bool json = false;      // status, conflicts
    QString format;         // export
    QString pipeline;       // export
    QString out;            // export
    bool wipe = false;      // logout
    QStringList arguments;  // change ..., resolve ..., pin ...

    // Parses argv (without argv[0]). On failure returns false with a translated message.
    bool parse(const QStringList &args, QString *error);
    static QString usage();
};

} // namespace hirex::ctl
