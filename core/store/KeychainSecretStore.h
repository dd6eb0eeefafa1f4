#pragma once

#include "core/store/SecretStore.h"

#include <chrono>
#include <memory>

namespace hirex::store {

// SecretStore on the OS keychain through QtKeychain 0.13 (Secret Service / libsecret on Linux,
// Keychain on macOS, Credential Manager on Windows), under the service name "hirex-desktop".
//
// QtKeychain has no timeout of its own and no way to ask whether a backend exists, so this
// class adds both: every attempt is bounded by timeout() and a slow or not-yet-started backend
// (timeout, or no backend yet while the session's keyring daemon is still starting) is tried
// once more after retryDelay(). Errors are mapped onto SecretStore::Error so callers can tell
// not-found, denied and no-backend apart. Secrets are binary (setBinaryData / binaryData).
class KeychainSecretStore : public SecretStore {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};
    static constexpr std::chrono::milliseconds DefaultRetryDelay{500};

    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(const QString &service, QObject *parent);
    ~KeychainSecretStore() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    QString service() const { return m_service; }

    void readSecret(const QString &key, ReadCallback done) override;
    void writeSecret(const QString &key, const QByteArray &secret, WriteCallback done) override;
    void deleteSecret(const QString &key, WriteCallback done) override;

    // QKeychain::Error (as int, so this header does not need QtKeychain) plus its error text
    // -> our error. Public for the unit test of the mapping.
    static Error mapError(int keychainError, const QString &errorText);

private:
    struct Request;
    void startAttempt(const std::shared_ptr<Request> &request);
    void finishAttempt(const std::shared_ptr<Request> &request, int attempt, Error error,
                       const QByteArray &data, const QString &backendText);
    QString messageFor(Error error) const;

    QString m_service;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::chrono::milliseconds m_retryDelay = DefaultRetryDelay;
};

} // namespace hirex::store
