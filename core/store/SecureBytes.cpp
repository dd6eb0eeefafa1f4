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

namespace {
WipeObserver g_wipeObserver = nullptr;

void cleanseInPlace(QByteArray &bytes) {
    // constData(), not data(): data() would detach a shared buffer and zero the copy.
    auto *raw = const_cast<char *>(bytes.constData());
    OPENSSL_cleanse(raw, static_cast<size_t>(bytes.size()));
    if (g_wipeObserver)
        g_wipeObserver(raw, bytes.size());
}
} // namespace

void wipeByteArray(QByteArray &bytes) {
    if (!bytes.isEmpty() && bytes.isDetached())
        cleanseInPlace(bytes);
    bytes.clear();
}

void wipeString(QString &text) {
    if (!text.isEmpty() && text.isDetached()) {
        QChar *raw = text.data(); // unshared: data() does not detach
        OPENSSL_cleanse(raw, static_cast<size_t>(text.size()) * sizeof(QChar));
        if (g_wipeObserver)
            g_wipeObserver(reinterpret_cast<const char *>(raw), text.size() * qsizetype(sizeof(QChar)));
    }
    text.clear();
}

void wipeSharedByteArray(QByteArray &bytes) {
    // A raw-data array (fromRawData, literals) may point into read-only memory: not ours to zero.
    if (!bytes.isEmpty() && bytes.data_ptr().isMutable())
        cleanseInPlace(bytes);
    bytes.clear();
}

void setWipeObserverForTesting(WipeObserver observer) {
    g_wipeObserver = observer;
}

} // namespace hirex::store
