#pragma once

#include <QString>

namespace hirex {

// An error as a value: a stable machine code plus a message a person can act on.
// Every layer returns these upwards; the UI shows `message`, logs show `code`.
struct UserMessage {
    QString code;    // stable, for logs and scripts, e.g. "tls_untrusted"
    QString message; // translated, for people
    QString detail;  // optional technical detail, never personal data

    bool isError() const { return !code.isEmpty(); }
};

} // namespace hirex
