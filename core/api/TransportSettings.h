#pragma once

#include <QString>
#include <QStringList>

#include <chrono>

namespace hirex::api {

// What the user (or a command-line flag) chooses about the network. TransportPolicy turns it
// into TLS configuration and checks; the defaults are the safe ones.
struct TransportSettings {
    // A PEM file with extra trusted CA certificates (`--ca-file`): an enterprise TLS-inspection
    // CA, or the sandbox's CA. Added to the system CAs, never replacing them.
    QString caFile;
    // Optional SPKI pins: base64 of SHA-256 over a certificate's SubjectPublicKeyInfo (the
    // format of HPKP / `openssl ... | openssl dgst -sha256 -binary | base64`). When set, the
    // server's chain must contain at least one pinned key.
    QStringList spkiPins;
    // Development only: allows plain http:// to 127.0.0.1 / ::1 / localhost. Never other hosts.
    bool allowLoopbackHttp = false;
    // Transfer timeout: a request with no bytes moving for this long is aborted.
    std::chrono::milliseconds timeout{std::chrono::seconds(30)};
    // Responses larger than this are aborted while they arrive (a CV PDF is the largest).
    qint64 maxResponseBytes = qint64(64) * 1024 * 1024;
};

} // namespace hirex::api
