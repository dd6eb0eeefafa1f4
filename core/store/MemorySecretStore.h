#pragma once

#include "core/store/SecretStore.h"

#include <QHash>

namespace hirex::store {

// An in-memory SecretStore for unit tests. Like the real keychain it answers later on the
// event loop, never inside the call, so tests catch callers that assume synchronous answers.
// Tests can make the store fail (e.g. NoBackend) to drive error paths.
class MemorySecretStore : public SecretStore {
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void readSecret(const QString &key, ReadCallback done) override;
    void writeSecret(const QString &key, const QByteArray &secret, WriteCallback done) override;
    void deleteSecret(const QString &key, WriteCallback done) override;

    // Every following call fails with `error` until set back to Error::None.
    void setFailure(Error error) { m_failure = error; }

    // Synchronous inspection for tests only; production code never needs it.
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    int callCount() const { return m_calls; }

private:
    QString messageFor(Error error) const;

    QHash<QString, QByteArray> m_secrets;
    Error m_failure = Error::None;
    int m_calls = 0;
};

} // namespace hirex::store
