#include "core/auth/Pkce.h"

#include <QCryptographicHash>

#include <algorithm>
#include <openssl/rand.h>

namespace hirex::auth {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray Pkce::randomUrlSafeToken(int bytes) {
    if (bytes <= 0)
        return {};
    QByteArray raw(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes) != 1)
        return {};
    const QByteArray encoded = raw.toBase64(kBase64Url);
    raw.fill('\0'); // do not leave the random material lying around in freed memory
    return encoded;
}

QByteArray Pkce::generateVerifier(int randomBytes) {
    // 32 bytes give the 256 bits of entropy RFC 7636 §7.1 recommends; 96 bytes are the most
    // that still fit in 128 characters.
    const int bytes = std::clamp(randomBytes, 32, 96);
    return randomUrlSafeToken(bytes);
}

QByteArray Pkce::challengeS256(const QByteArray &verifier) {
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

bool Pkce::isValidVerifier(const QByteArray &verifier) {
    if (verifier.size() < kMinVerifierLength || verifier.size() > kMaxVerifierLength)
        return false;
    return std::all_of(verifier.cbegin(), verifier.cend(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '.' || c == '_' || c == '~';
    });
}

} // namespace hirex::auth
