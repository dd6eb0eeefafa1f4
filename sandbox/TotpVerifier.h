#pragma once

#include <QByteArray>
#include <QString>

namespace hirex::sandbox {

// RFC 6238 TOTP: HMAC-SHA1, 30 s steps, 6 digits; verify() accepts one step of drift either way.
class TotpVerifier {
public:
    static QString code(const QByteArray &secret, qint64 unixSeconds);
    static bool verify(const QString &base32Secret, const QString &code, qint64 unixSeconds);
    static QByteArray base32Decode(const QString &text, bool *ok);
    static QString base32Encode(const QByteArray &data);
};

} // namespace hirex::sandbox
