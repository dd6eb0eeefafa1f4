#pragma once

#include <QByteArray>

namespace hirex::auth {

// Proof Key for Code Exchange (RFC 7636) with the S256 method only: "plain" gives no protection
// against an intercepted authorization request, so we never offer it.
class Pkce {
public:
    static constexpr int kMinVerifierLength = 43;
    static constexpr int kMaxVerifierLength = 128;

    // A fresh code_verifier: `randomBytes` (at least 32) bytes from OpenSSL's CSPRNG, base64url
    // without padding, so 43 characters for 32 bytes. Empty if the CSPRNG fails (never a weak value).
    static QByteArray generateVerifier(int randomBytes = 32);
    // The S256 code_challenge: base64url(SHA-256(ASCII(verifier))), no padding.
    static QByteArray challengeS256(const QByteArray &verifier);
    // True for 43..128 characters of the RFC 7636 unreserved set [A-Za-z0-9-._~].
    static bool isValidVerifier(const QByteArray &verifier);
    // `bytes` random bytes from OpenSSL as base64url without padding (used for `state`).
    // Empty if the CSPRNG fails.
    static QByteArray randomUrlSafeToken(int bytes = 32);
};

} // namespace hirex::auth
