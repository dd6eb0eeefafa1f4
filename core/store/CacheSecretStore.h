#pragma once

#include "core/store/SecretStore.h"

#include <QPointer>

#include <chrono>
#include <memory>

namespace hirex::store {

class LocalCache;

// A SecretStore inside the encrypted cache itself: table `secrets` (schema v3) of the open
// SqlCipherDatabase. Used only where no OS keychain exists and the cache is keyed by a
// passphrase (Argon2id), so the refresh token and device id are protected by that passphrase
// and never lie anywhere in plaintext.
//
// Like every SecretStore it answers later on the event loop, never inside the call. While the
// cache is not open (locked, resetting, not yet unlocked) every call answers AccessDenied.
// The database is shared with its other users on the same thread; a statement never joins a
// transaction someone else left open across the event loop: it waits (up to busyTimeout())
// for that transaction to end, then answers Timeout.
class CacheSecretStore : public SecretStore {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultBusyTimeout{5000};

    explicit CacheSecretStore(LocalCache *cache, QObject *parent = nullptr);
    ~CacheSecretStore() override;

    void setBusyTimeout(std::chrono::milliseconds timeout) { m_busyTimeout = timeout; }

    void readSecret(const QString &key, ReadCallback done) override;
    void writeSecret(const QString &key, const QByteArray &secret, WriteCallback done) override;
    void deleteSecret(const QString &key, WriteCallback done) override;

private:
    struct Request;
    void schedule(const std::shared_ptr<Request> &request, std::chrono::milliseconds delay);
    void run(const std::shared_ptr<Request> &request);
    void answer(const std::shared_ptr<Request> &request, Error error, const QByteArray &secret);
    QString messageFor(Error error) const;

    QPointer<LocalCache> m_cache;
    std::chrono::milliseconds m_busyTimeout = DefaultBusyTimeout;
};

} // namespace hirex::store
