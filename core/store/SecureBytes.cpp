#include "core/store/SecureBytes.h"

#include <cstring>
#include <openssl/crypto.h>

namespace hirex::store {

SecureBytes::SecureBytes(std::size_t size)
    : m_data(size > 0 ? std::make_unique<unsigned char[]>(size) : nullptr)
    , m_size(size)
    , m_capacity(size) {}

SecureBytes::~SecureBytes() {
    release();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(other.m_size)
    , m_capacity(other.m_capacity) {
    other.m_size = 0;
    other.m_capacity = 0;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept {
    if (this != &other) {
        release();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        m_capacity = other.m_capacity;
        other.m_size = 0;
        other.m_capacity = 0;
    }
    return *this;
}

SecureBytes SecureBytes::fromByteArray(const QByteArray &bytes) {
    SecureBytes out(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty()) {
        std::memcpy(out.data(), bytes.constData(), out.size());
    }
    return out;
}

void SecureBytes::wipe() {
    if (m_data && m_capacity > 0) {
        OPENSSL_cleanse(m_data.get(), m_capacity);
    }
    m_size = 0;
}

QByteArray SecureBytes::toByteArray() const {
    return QByteArray(constChars(), static_cast<qsizetype>(m_size));
}

void SecureBytes::release() {
    wipe();
    m_data.reset();
    m_capacity = 0;
}

void wipeByteArray(QByteArray &bytes) {
    if (!bytes.isEmpty() && bytes.isDetached()) {
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

} // namespace hirex::store
