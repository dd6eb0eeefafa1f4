#pragma once

#include "core/store/SecureBytes.h"

#include <QByteArray>

namespace hirex::store {

// The 32-byte raw key of the SQLCipher cache. Generated from OpenSSL's CSPRNG (or derived from
// a passphrase by PassphraseKeyDeriver), held only in a SecureBytes buffer, wiped on lock and
// on destruction. Move-only: there is exactly one copy of the key in our memory at a time.
class CacheKey {
public:
    static constexpr std::size_t Size = 32;

    CacheKey() = default; // no key
    CacheKey(CacheKey &&) noexcept = default;
    CacheKey &operator=(CacheKey &&) noexcept = default;
    CacheKey(const CacheKey &) = delete;
    CacheKey &operator=(const CacheKey &) = delete;

    // 32 bytes from RAND_bytes; an invalid key if the CSPRNG fails (never a weak key).
    static CacheKey generate();
    // Takes exactly Size bytes (e.g. read back from the keychain); anything else is invalid.
    static CacheKey fromBytes(const QByteArray &bytes);
    static CacheKey fromSecureBytes(SecureBytes bytes);

    bool isValid() const { return m_bytes.size() == Size; }
    const unsigned char *data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }

    // Lower-case hex of the key (64 chars), in a wiped buffer.
    SecureBytes hex() const;
    // `x'<64 hex>'`: SQLCipher's raw-key syntax, for sqlite3_key() or PRAGMA key = "x'...'".
    SecureBytes rawKeySpec() const;
    // A copy for SecretStore::writeSecret. The caller wipes it (wipeByteArray) after use.
    QByteArray toByteArray() const { return m_bytes.toByteArray(); }

    // Zeroes the key bytes (idle lock, sign-out). The key is invalid afterwards.
    void wipe() { m_bytes.wipe(); }

private:
    SecureBytes m_bytes;
};

} // namespace hirex::store
