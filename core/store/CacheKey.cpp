#include "core/store/CacheKey.h"

#include "core/store/StoreLog.h"

#include <cstring>
#include <openssl/rand.h>

namespace hirex::store {

CacheKey CacheKey::generate() {
    SecureBytes bytes(Size);
    if (RAND_bytes(bytes.data(), static_cast<int>(Size)) != 1) {
        qCCritical(lcStore) << "RAND_bytes failed; no cache key generated";
        return {};
    }
    return fromSecureBytes(std::move(bytes));
}

CacheKey CacheKey::fromBytes(const QByteArray &bytes) {
    if (static_cast<std::size_t>(bytes.size()) != Size) {
        return {};
    }
    return fromSecureBytes(SecureBytes::fromByteArray(bytes));
}

CacheKey CacheKey::fromSecureBytes(SecureBytes bytes) {
    CacheKey key;
    if (bytes.size() == Size) {
        key.m_bytes = std::move(bytes);
    }
    return key;
}

SecureBytes CacheKey::hex() const {
    static const char digits[] = "0123456789abcdef";
    SecureBytes out(m_bytes.size() * 2);
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        out.data()[2 * i] = static_cast<unsigned char>(digits[m_bytes.data()[i] >> 4]);
        out.data()[2 * i + 1] = static_cast<unsigned char>(digits[m_bytes.data()[i] & 0x0f]);
    }
    return out;
}

SecureBytes CacheKey::rawKeySpec() const {
    if (!isValid()) {
        return {};
    }
    const SecureBytes digits = hex();
    SecureBytes out(digits.size() + 3); // x' ... '
    out.data()[0] = 'x';
    out.data()[1] = '\'';
    std::memcpy(out.data() + 2, digits.data(), digits.size());
    out.data()[out.size() - 1] = '\'';
    return out;
}

} // namespace hirex::store
