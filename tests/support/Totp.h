#pragma once

#include <QByteArray>
#include <QString>

namespace hirex::test {

// RFC 6238 TOTP with HMAC-SHA1 (what authenticator apps and the sandbox use), for tests that
// sign in to accounts with two-factor sign-in (SandboxLogin, LoginPageLauncher).
class Totp {
public:
    // RFC 4648 base32 (case-insensitive, spaces and padding ignored); empty on invalid input.
    static QByteArray decodeBase32(const QString &text);
    // The code for `unixTime` with a 30 s step.
    static QString code(const QByteArray &key, qint64 unixTime, int digits = 6, int step = 30);
    static QString codeNow(const QString &base32Secret);
};

} // namespace hirex::test
