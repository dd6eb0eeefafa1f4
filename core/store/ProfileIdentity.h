#pragma once

#include <QString>
#include <QUrl>

namespace hirex::store {

// The one rule for a profile's identity, shared by hirex-desktop and hirexctl.
//
// A profile is a folder: it holds one server's encrypted cache and (in passphrase mode) its
// secrets. Its name, which namespaces its keychain entries ("cache-key/<name>",
// "refresh-token/<name>", ...), is derived from the folder's absolute path, so two folders
// never share a keychain entry and the name reveals neither the path nor the server.
//
// Where the folder is, is the front end's choice: hirexctl has one folder (--profile), the
// desktop app one folder per server under its data location (directoryForServer), so signing
// in to another server always means another profile.
struct ProfileIdentity {
    QString directory; // absolute
    QString name;

    // The identity of the folder `directory` (made absolute).
    static ProfileIdentity forDirectory(const QString &directory);
    // <root>/profiles/<hash of the normalised server URL>: one folder per server.
    static QString directoryForServer(const QString &root, const QUrl &server);
    // The server URL as profiles compare it: no trailing slash, no default port, lower-case host.
    static QString normalisedServer(const QUrl &server);
};

} // namespace hirex::store
