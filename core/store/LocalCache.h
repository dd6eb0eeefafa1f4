#pragma once

#include "core/store/CacheError.h"
#include "core/store/CacheKey.h"
#include "core/store/KdfParams.h"
#include "core/store/SecretStore.h"
#include "core/store/SqlCipherDatabase.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace hirex::store {

class PassphraseKeyDeriver;

// The encrypted cache of one profile, as the app uses it: finds or makes the key, opens the
// SQLCipher file, and resets it when the user asks.
//
// Files: <profileDir>/cache.db (+ -wal/-shm), and in passphrase mode <profileDir>/cache.kdf.json.
// Key:   SecretStore entry "cache-key/<profile>" (32 raw bytes), unless in passphrase mode.
//
// open():
//   - cache.kdf.json exists        -> passphraseRequired(false); then openWithPassphrase()
//   - key found                    -> open (or create) cache.db with it
//   - key not found, no cache.db   -> new random key, stored first, then a new cache.db
//   - key not found, cache.db      -> failed(KeyLost): never silently recreated
//   - no keychain, no cache.db     -> passphraseRequired(true): a new passphrase cache
//   - no keychain, cache.db        -> failed(NoBackend)
// A wrong passphrase shows as failed(WrongKey). reset() is the only way data is thrown away.
// Every signal except locked() arrives on the event loop, never inside the call that caused it.
//
// Threading: LocalCache lives on the GUI thread; the keychain answers on it asynchronously, and
// opening (key check, migrations), key derivation and reset's file wiping run
// on a short-lived worker thread. After opened(), database() belongs to the caller: use it from
// one thread at a time (the sync worker may take it; the GUI must not run large queries on it).
// The key is not kept after opening; SQLCipher holds it inside the connection and wipes it on
// close, which lock() does.
class LocalCache : public QObject {
    Q_OBJECT

public:
    enum class State { Closed, Opening, NeedsPassphrase, Open, Resetting };
    Q_ENUM(State)

    LocalCache(const QString &profileDir, const QString &profileName, SecretStore *secrets,
               QObject *parent = nullptr);
    // Waits for a running worker (bounded: one open, derivation or wipe).
    ~LocalCache() override;

    QString databasePath() const;
    QString kdfPath() const;
    // Exists while the cache is open; found at open, it means the last run did not close the
    // cache (crash, power loss), and a full integrity check runs in the background.
    QString openMarkerPath() const;
    QString secretName() const { return QStringLiteral("cache-key/") + m_profileName; }
    State state() const { return m_state; }

    // For new passphrase caches; tests use cheap parameters. The salt is always fresh.
    void setNewKdfParams(const KdfParams &params) { m_newKdfParams = params; }

    // Also open a second connection for the sync worker (same key; the first connection has
    // run the migrations already), so the key never has to be derived or read again. Off by default.
    void setOpensWorkerConnection(bool on) { m_opensWorkerConnection = on; }

    void open();
    void openWithPassphrase(const QString &passphrase);
    // Closes the database (SQLCipher wipes its key) and forgets any key in flight.
    void lock();
    // Overwrites and deletes cache.db, -wal, -shm, -journal and cache.kdf.json, then deletes the
    // stored key. Only on explicit user request.
    void reset();

    // Valid while state() == Open.
    SqlCipherDatabase *database() const { return m_db.get(); }
    // The worker connection (see setOpensWorkerConnection), once per open; null when not opened
    // or already taken. Whoever takes it closes it; lock() closes it only while it is not taken.
    std::unique_ptr<SqlCipherDatabase> takeWorkerDatabase() { return std::move(m_workerDb); }

    // Overwrites a file with zeros, syncs, then removes it. Missing files are fine.
    static bool wipeFile(const QString &path, QString *error);

Q_SIGNALS:
    void opened();
    void failed(const hirex::store::CacheError &error);
    void passphraseRequired(bool newCache);
    void locked();
    // Emitted synchronously just before database() closes (lock, reset, destruction): the
    // read models drop their statements on it. database() is still valid during the signal.
    void aboutToClose();
    void resetDone();
    // The background integrity check after an unclean shutdown (see openMarkerPath()). The
    // cache is usable meanwhile; result.isError() means damage: offer "reset local cache".
    void integrityCheckStarted();
    void integrityChecked(const hirex::store::CacheError &result);

private:
    void onKeyRead(SecretStore::Error error, const QByteArray &secret);
    void createKeyAndDatabase();
    void openDatabase(CacheKey key);
    void fail(const CacheError &error);
    void startIntegrityCheck(SqlCipherDatabase db);
    void closeDatabase();
    void askForPassphrase(bool newCache);
    // Runs `work` on a worker thread, then `then` on this object's thread (skipped if this
    // object is destroyed first; the destructor waits for the worker).
    void runInWorker(std::function<void()> work, std::function<void()> then);
    static CacheError keychainError(SecretStore::Error error, const QString &message);

    QString m_profileDir;
    QString m_profileName;
    QPointer<SecretStore> m_secrets;
    SqlCipherDatabase::Options m_options;
    KdfParams m_newKdfParams;
    State m_state = State::Closed;
    quint64 m_generation = 0; // bumped by lock()/reset(): answers of older operations are dropped
    std::unique_ptr<SqlCipherDatabase> m_db;
    std::unique_ptr<SqlCipherDatabase> m_workerDb;
    bool m_opensWorkerConnection = false;
    PassphraseKeyDeriver *m_deriver = nullptr;
    struct Task {
        std::function<void()> work;
        std::function<void()> then;
    };
    void startNextTask();
    QThread *m_worker = nullptr;
    QThread *m_checker = nullptr; // the background integrity check, with its own connection
    bool m_damaged = false;       // keeps the open marker, so the next open checks again
    QList<Task> m_tasks;          // waiting for the worker, in order
};

} // namespace hirex::store
