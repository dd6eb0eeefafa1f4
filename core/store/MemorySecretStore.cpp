#include "core/store/MemorySecretStore.h"

#include <QMetaObject>

#include <openssl/crypto.h>

namespace hirex::store {

namespace {

void wipe(QByteArray &bytes) {
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

} // namespace

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore() {
    // Secrets are keys too, even in tests: do not leave them in freed memory.
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it) {
        wipe(it.value());
    }
}

QString MemorySecretStore::messageFor(Error error) const {
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return tr("No secret is stored under this name.");
    case Error::AccessDenied:
        return tr("Access to the keychain was denied.");
    case Error::NoBackend:
        return tr("No keychain service is available on this computer.");
    case Error::Timeout:
        return tr("The keychain did not answer in time.");
    case Error::Other:
        return tr("The keychain reported an error.");
    }
    return {};
}

// Each answer is queued on the event loop: the caller's code after the call always runs first.
void MemorySecretStore::readSecret(const QString &key, ReadCallback done) {
    ++m_calls;
    Error error = m_failure;
    QByteArray secret;
    if (error == Error::None) {
        const auto it = m_secrets.constFind(key);
        if (it == m_secrets.constEnd()) {
            error = Error::NotFound;
        } else {
            secret = it.value();
            secret.detach();
        }
    }
    const QString message = messageFor(error);
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done), error, secret, message]() mutable {
            done(error, secret, message);
            wipe(secret);
        },
        Qt::QueuedConnection);
}

void MemorySecretStore::writeSecret(const QString &key, const QByteArray &secret, WriteCallback done) {
    ++m_calls;
    const Error error = m_failure;
    if (error == Error::None) {
        auto it = m_secrets.find(key);
        if (it != m_secrets.end()) {
            wipe(it.value());
        }
        QByteArray copy = secret;
        copy.detach();
        m_secrets.insert(key, copy);
    }
    const QString message = messageFor(error);
    QMetaObject::invokeMethod(
        this, [done = std::move(done), error, message]() { done(error, message); }, Qt::QueuedConnection);
}

void MemorySecretStore::deleteSecret(const QString &key, WriteCallback done) {
    ++m_calls;
    Error error = m_failure;
    if (error == Error::None) {
        auto it = m_secrets.find(key);
        if (it == m_secrets.end()) {
            error = Error::NotFound;
        } else {
            wipe(it.value());
            m_secrets.erase(it);
        }
    }
    const QString message = messageFor(error);
    QMetaObject::invokeMethod(
        this, [done = std::move(done), error, message]() { done(error, message); }, Qt::QueuedConnection);
}

} // namespace hirex::store
