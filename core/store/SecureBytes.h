#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <memory>

namespace hirex::store {

// A fixed-size byte buffer for key material. It is never copied implicitly (unlike QByteArray,
// whose implicit sharing leaves copies we cannot find to wipe), and it is wiped with
// OPENSSL_cleanse on wipe(), on move-from and on destruction.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    // Copies `bytes`; the caller still owns (and should wipe) its QByteArray.
    static SecureBytes fromByteArray(const QByteArray &bytes);

    unsigned char *data() { return m_data.get(); }
    const unsigned char *data() const { return m_data.get(); }
    const char *constChars() const { return reinterpret_cast<const char *>(m_data.get()); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Zeroes the bytes in place and marks the buffer empty. The allocation is kept until
    // destruction, so a test can check that the bytes it saw are now zero.
    void wipe();

    // A QByteArray copy, for APIs that need one (the keychain). The caller must wipe it.
    QByteArray toByteArray() const;

private:
    void release();

    std::unique_ptr<unsigned char[]> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

// Zeroes a QByteArray's bytes if no one else shares them, then empties it.
void wipeByteArray(QByteArray &bytes);

// The same for a QString (tokens): zeroes its UTF-16 units only if no one else shares them.
void wipeString(QString &text);

// Zeroes a QByteArray's bytes in place even though another holder shares them, then drops our
// reference. Only for a buffer whose other holder is done with it and about to free it unread
// (a finished QtKeychain job's copy): fill() or a detach would zero a fresh copy instead and
// leave the original in freed memory.
void wipeSharedByteArray(QByteArray &bytes);

// Test seam: called with each buffer right after it was zeroed, before it is released, so a test
// can check the very bytes it saw (not a copy) are now zero.
using WipeObserver = void (*)(const char *data, qsizetype size);
void setWipeObserverForTesting(WipeObserver observer);

} // namespace hirex::store
