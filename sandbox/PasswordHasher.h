#pragma once

#include <QString>

namespace hirex::sandbox {

// PBKDF2-HMAC-SHA256 (OpenSSL) password hashes: "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>".
class PasswordHasher {
public:
    static QString hash(const QString &password, int iterations = 20000);
    static bool verify(const QString &password, const QString &encoded);
};

} // namespace hirex::sandbox
