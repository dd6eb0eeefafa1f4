#include "core/store/CacheSecretStore.h"

#include "core/store/LocalCache.h"
#include "core/store/SecureBytes.h"
#include "core/store/StoreLog.h"

#include <QElapsedTimer>
#include <QTimer>

#include <sqlcipher/sqlite3.h>

namespace hirex::store {

namespace {

enum class Op { Read, Write, Delete };

// How often a request looks again while another user of the connection holds a transaction.
constexpr std::chrono::milliseconds BusyRetry{10};

} // namespace

struct CacheSecretStore::Request {
    Op op = Op::Read;
    QString key;
    QByteArray secret; // writes only; wiped when the request ends
    ReadCallback readDone;
    WriteCallback writeDone;
    QElapsedTimer clock;

    ~Request() { wipeByteArray(secret); }
};

CacheSecretStore::CacheSecretStore(LocalCache *cache, QObject *parent)
    : SecretStore(parent)
    , m_cache(cache) {}

CacheSecretStore::~CacheSecretStore() = default;

QString CacheSecretStore::messageFor(Error error) const {
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return tr("The local cache holds no such entry.");
    case Error::AccessDenied:
        return tr("The local cache is locked. Unlock it with your passphrase and try again.");
    case Error::NoBackend:
        return tr("There is no local cache to keep the sign-in in.");
    case Error::Timeout:
        return tr("The local cache was busy for too long. Try again.");
    case Error::Other:
        return tr("The local cache could not read or write the entry.");
    }
    return {};
}

void CacheSecretStore::readSecret(const QString &key, ReadCallback done) {
    auto request = std::make_shared<Request>();
    request->op = Op::Read;
    request->key = key;
    request->readDone = std::move(done);
    request->clock.start();
    schedule(request, std::chrono::milliseconds(0));
}

void CacheSecretStore::writeSecret(const QString &key, const QByteArray &secret, WriteCallback done) {
    auto request = std::make_shared<Request>();
    request->op = Op::Write;
    request->key = key;
    request->secret = secret;
    request->secret.detach(); // our own copy, so wiping it cannot touch the caller's bytes
    request->writeDone = std::move(done);
    request->clock.start();
    schedule(request, std::chrono::milliseconds(0));
}

void CacheSecretStore::deleteSecret(const QString &key, WriteCallback done) {
    auto request = std::make_shared<Request>();
    request->op = Op::Delete;
    request->key = key;
    request->writeDone = std::move(done);
    request->clock.start();
    schedule(request, std::chrono::milliseconds(0));
}

// The work itself runs on the event loop too: the caller's code after the call always runs first.
void CacheSecretStore::schedule(const std::shared_ptr<Request> &request, std::chrono::milliseconds delay) {
    QTimer::singleShot(delay, this, [this, request]() { run(request); });
}

void CacheSecretStore::run(const std::shared_ptr<Request> &request) {
    const SqlCipherDatabase *db =
        m_cache && m_cache->state() == LocalCache::State::Open ? m_cache->database() : nullptr;
    if (!db || !db->isOpen()) {
        answer(request, Error::AccessDenied, {});
        return;
    }
    if (sqlite3_get_autocommit(db->handle()) == 0) {
        // Someone (the sync engine, an outbox write) has a transaction open on this connection.
        // Our statement would become part of it and share its fate (a rollback would take a
        // rotated refresh token along), so wait for it to end.
        if (std::chrono::milliseconds(request->clock.elapsed()) >= m_busyTimeout) {
            qCWarning(lcStore) << "secret store: cache busy for" << request->clock.elapsed() << "ms";
            answer(request, Error::Timeout, {});
            return;
        }
        schedule(request, BusyRetry);
        return;
    }

    Error error = Error::None;
    QByteArray value;
    switch (request->op) {
    case Op::Read: {
        Statement select = db->prepare("SELECT value FROM secrets WHERE name = ?");
        select.bind(1, request->key);
        if (select.next()) {
            value = select.columnBlob(0);
        } else if (!select.ok()) {
            qCWarning(lcStore) << "secret store: read failed:" << select.errorMessage();
            error = Error::Other;
        } else {
            error = Error::NotFound;
        }
        break;
    }
    case Op::Write: {
        Statement insert = db->prepare("INSERT OR REPLACE INTO secrets (name, value) VALUES (?, ?)");
        // bindBlob stores an empty secret as an empty blob, never NULL.
        insert.bind(1, request->key).bindBlob(2, request->secret);
        if (!insert.exec()) {
            qCWarning(lcStore) << "secret store: write failed:" << insert.errorMessage();
            error = Error::Other;
        }
        break;
    }
    case Op::Delete: {
        Statement remove = db->prepare("DELETE FROM secrets WHERE name = ?");
        remove.bind(1, request->key);
        if (!remove.exec()) {
            qCWarning(lcStore) << "secret store: delete failed:" << remove.errorMessage();
            error = Error::Other;
        } else if (sqlite3_changes(db->handle()) == 0) {
            error = Error::NotFound;
        }
        break;
    }
    }
    answer(request, error, value);
    wipeByteArray(value);
}

void CacheSecretStore::answer(const std::shared_ptr<Request> &request, Error error,
                              const QByteArray &secret) {
    const QString message = messageFor(error);
    if (request->op == Op::Read) {
        request->readDone(error, secret, message);
    } else {
        request->writeDone(error, message);
    }
    wipeByteArray(request->secret);
}

} // namespace hirex::store
