#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace hirex::store {

// Where the client keeps its few secrets (the refresh token, the cache key): the OS keychain
// in production, memory in unit tests. Every call answers exactly once, later on the event
// loop, never inside the call itself, so callers cannot come to rely on synchronous answers.
class SecretStore : public QObject {
    Q_OBJECT

public:
    enum class Error {
        None,
        NotFound,     // no secret under this key
        AccessDenied, // the user or the keychain refused (locked, cancelled prompt)
        NoBackend,    // no keychain service on this machine (no D-Bus session, no daemon)
        Timeout,      // the backend did not answer in time, even after one retry
        Other,
    };
    Q_ENUM(Error)

    using ReadCallback = std::function<void(Error error, const QByteArray &secret, const QString &message)>;
    using WriteCallback = std::function<void(Error error, const QString &message)>;

    using QObject::QObject;

    // `key` names the secret inside this application's keychain service, e.g.
    // "refresh-token/<profile>" or "cache-key/<profile>". Messages are translated and free of secrets.
    virtual void readSecret(const QString &key, ReadCallback done) = 0;
    virtual void writeSecret(const QString &key, const QByteArray &secret, WriteCallback done) = 0;
    virtual void deleteSecret(const QString &key, WriteCallback done) = 0;
};

} // namespace hirex::store
