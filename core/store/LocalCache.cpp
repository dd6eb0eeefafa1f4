#include "core/store/LocalCache.h"

#include "core/store/CacheSchema.h"
#include "core/store/PassphraseKeyDeriver.h"
#include "core/store/StoreLog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <unistd.h>

namespace hirex::store {

LocalCache::LocalCache(const QString &profileDir, const QString &profileName, SecretStore *secrets,
                       QObject *parent)
    : QObject(parent)
    , m_profileDir(profileDir)
    , m_profileName(profileName)
    , m_secrets(secrets)
    , m_newKdfParams(KdfParams::createDefault())
    , m_deriver(new PassphraseKeyDeriver(this)) {
    m_options.migrations = CacheSchema::migrations();
}

LocalCache::~LocalCache() {
    m_tasks.clear();
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    if (m_checker) {
        m_checker->wait(); // bounded: one integrity_check on its own connection
        delete m_checker;
        m_checker = nullptr;
    }
    closeDatabase();
}

QString LocalCache::openMarkerPath() const {
    return QDir(m_profileDir).filePath(QStringLiteral("cache.open"));
}

void LocalCache::closeDatabase() {
    m_workerDb.reset();
    if (!m_db) {
        return;
    }
    // Whoever reads through database() finalises its statements now, while it still can.
    Q_EMIT aboutToClose();
    m_db.reset(); // sqlite3_close: SQLCipher wipes the key it holds
    // A clean close. Not the -wal file: SQLite keeps or removes that for its own reasons.
    if (!m_damaged) {
        QFile::remove(openMarkerPath());
    }
}

QString LocalCache::databasePath() const {
    return QDir(m_profileDir).filePath(QStringLiteral("cache.db"));
}

QString LocalCache::kdfPath() const {
    return QDir(m_profileDir).filePath(QStringLiteral("cache.kdf.json"));
}

void LocalCache::runInWorker(std::function<void()> work, std::function<void()> then) {
    m_tasks.append(Task{std::move(work), std::move(then)});
    if (!m_worker) {
        startNextTask();
    }
}

void LocalCache::startNextTask() {
    if (m_tasks.isEmpty()) {
        return;
    }
    Task task = m_tasks.takeFirst();
    m_worker = QThread::create(std::move(task.work));
    m_worker->setObjectName(QStringLiteral("hirex-cache"));
    // Delivered on our thread after the work returned; dropped if we are destroyed first.
    connect(m_worker, &QThread::finished, this, [this, then = std::move(task.then)]() {
        m_worker->deleteLater();
        m_worker = nullptr;
        then();
        if (!m_worker) {
            startNextTask();
        }
    });
    m_worker->start();
}

CacheError LocalCache::keychainError(SecretStore::Error error, const QString &message) {
    switch (error) {
    case SecretStore::Error::None:
        return {};
    case SecretStore::Error::NotFound:
        return CacheError::make(CacheError::Kind::KeyLost, message);
    case SecretStore::Error::AccessDenied:
    case SecretStore::Error::Other:
        return CacheError::make(CacheError::Kind::KeychainDenied, message);
    case SecretStore::Error::NoBackend:
        return CacheError::make(CacheError::Kind::NoBackend, message);
    case SecretStore::Error::Timeout:
        return CacheError::make(CacheError::Kind::KeychainTimeout, message);
    }
    return CacheError::make(CacheError::Kind::KeychainDenied, message);
}

void LocalCache::fail(const CacheError &error) {
    qCWarning(lcStore) << "cache unavailable:" << error.code() << error.detail;
    m_state = State::Closed;
    // Like every answer of this class: on the event loop, never inside the caller's call.
    QMetaObject::invokeMethod(
        this, [this, error]() { Q_EMIT failed(error); }, Qt::QueuedConnection);
}

void LocalCache::askForPassphrase(bool newCache) {
    m_state = State::NeedsPassphrase;
    QMetaObject::invokeMethod(
        this, [this, newCache]() { Q_EMIT passphraseRequired(newCache); }, Qt::QueuedConnection);
}

void LocalCache::open() {
    if (m_state == State::Open) {
        QMetaObject::invokeMethod(this, &LocalCache::opened, Qt::QueuedConnection);
        return;
    }
    if (m_state == State::Opening || m_state == State::Resetting) {
        return; // the running operation answers
    }
    if (!QDir().mkpath(m_profileDir)) {
        fail(CacheError::make(CacheError::Kind::Io, QStringLiteral("cannot create the profile folder")));
        return;
    }
    QFile::setPermissions(m_profileDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    if (QFileInfo::exists(kdfPath())) {
        askForPassphrase(!QFileInfo::exists(databasePath()));
        return;
    }
    if (!m_secrets) {
        fail(CacheError::make(CacheError::Kind::NoBackend, QStringLiteral("no secret store")));
        return;
    }
    m_state = State::Opening;
    const quint64 generation = m_generation;
    m_secrets->readSecret(secretName(), [this, self = QPointer<LocalCache>(this),
                                         generation](SecretStore::Error error, const QByteArray &secret,
                                                     const QString &message) {
        if (!self || generation != m_generation) {
            return;
        }
        if (error != SecretStore::Error::None && error != SecretStore::Error::NotFound &&
            error != SecretStore::Error::NoBackend) {
            fail(keychainError(error, message));
            return;
        }
        onKeyRead(error, secret);
    });
}

void LocalCache::onKeyRead(SecretStore::Error error, const QByteArray &secret) {
    const bool databaseExists = QFileInfo::exists(databasePath());
    switch (error) {
    case SecretStore::Error::None: {
        CacheKey key = CacheKey::fromBytes(secret);
        if (!key.isValid()) {
            fail(
                CacheError::make(CacheError::Kind::KeyLost, QStringLiteral("stored key has the wrong size")));
            return;
        }
        openDatabase(std::move(key));
        return;
    }
    case SecretStore::Error::NotFound:
        if (databaseExists) {
            // The data is unreadable without its key. Recreating it silently would hide that
            // queued changes were lost; the user decides (reset).
            fail(CacheError::make(CacheError::Kind::KeyLost, QStringLiteral("no key for an existing cache")));
            return;
        }
        createKeyAndDatabase();
        return;
    case SecretStore::Error::NoBackend:
        if (databaseExists) {
            fail(CacheError::make(CacheError::Kind::NoBackend,
                                  QStringLiteral("the cache's key is in an unreachable keychain")));
            return;
        }
        askForPassphrase(true);
        return;
    default:
        fail(keychainError(error, {}));
        return;
    }
}

void LocalCache::createKeyAndDatabase() {
    auto key = std::make_shared<CacheKey>(CacheKey::generate());
    if (!key->isValid()) {
        fail(CacheError::make(CacheError::Kind::KeyGeneration, QStringLiteral("RAND_bytes failed")));
        return;
    }
    // The key is stored before the database exists, so there is never a cache without a key.
    QByteArray bytes = key->toByteArray();
    const quint64 generation = m_generation;
    m_secrets->writeSecret(secretName(), bytes,
                           [this, self = QPointer<LocalCache>(this), generation,
                            key](SecretStore::Error error, const QString &message) {
                               if (!self || generation != m_generation) {
                                   key->wipe();
                                   return;
                               }
                               if (error == SecretStore::Error::NoBackend) {
                                   key->wipe();
                                   askForPassphrase(true);
                                   return;
                               }
                               if (error != SecretStore::Error::None) {
                                   key->wipe();
                                   fail(keychainError(error, message));
                                   return;
                               }
                               qCInfo(lcStore) << "stored a new cache key";
                               openDatabase(std::move(*key));
                           });
    wipeByteArray(bytes);
}

void LocalCache::openWithPassphrase(const QString &passphrase) {
    if (m_state != State::NeedsPassphrase) {
        qCWarning(lcStore) << "openWithPassphrase() without a passphrase request; ignored";
        return;
    }
    KdfParams params;
    if (QFileInfo::exists(kdfPath())) {
        QString error;
        auto loaded = KdfParams::load(kdfPath(), &error);
        if (!loaded) {
            fail(CacheError::make(CacheError::Kind::Corrupt, QStringLiteral("cache.kdf.json: ") + error));
            return;
        }
        params = *loaded;
    } else {
        params = m_newKdfParams;
        params.salt = KdfParams::createDefault().salt; // never reuse a salt
        if (params.salt.size() < KdfParams::SaltSize) {
            fail(CacheError::make(CacheError::Kind::KeyGeneration, QStringLiteral("RAND_bytes failed")));
            return;
        }
        // Written before the database, so a new cache can never exist without its salt.
        QString error;
        if (!params.save(kdfPath(), &error)) {
            fail(CacheError::make(CacheError::Kind::Io, error));
            return;
        }
    }
    m_state = State::Opening;
    const quint64 generation = m_generation;
    m_deriver->derive(passphrase, params, [this, generation](CacheKey key, const QString &error) {
        if (generation != m_generation) {
            return;
        }
        if (!key.isValid()) {
            fail(CacheError::make(CacheError::Kind::KeyGeneration, error));
            return;
        }
        openDatabase(std::move(key));
    });
}

void LocalCache::openDatabase(CacheKey key) {
    m_state = State::Opening;
    struct Result {
        CacheKey key;
        SqlCipherDatabase db;
        SqlCipherDatabase workerDb; // open when m_opensWorkerConnection
        SqlCipherDatabase checkDb;  // open only after an unclean shutdown
        CacheError error;
    };
    auto result = std::make_shared<Result>();
    result->key = std::move(key);
    const QString path = databasePath();
    const QString marker = openMarkerPath();
    const SqlCipherDatabase::Options options = m_options;
    const quint64 generation = m_generation;
    const bool workerConnection = m_opensWorkerConnection;
    runInWorker(
        [result, path, marker, options, workerConnection]() {
            result->error = result->db.open(path, result->key, options);
            if (!result->error.isError() && workerConnection) {
                SqlCipherDatabase::Options workerOptions = options;
                workerOptions.integrityCheck = false;
                workerOptions.create = false;
                result->error = result->workerDb.open(path, result->key, workerOptions);
                if (result->error.isError())
                    result->db.close();
            }
            if (!result->error.isError() && QFileInfo::exists(marker)) {
                // Not closed cleanly last time: a second connection checks the whole file
                // later, in the background, so opening stays fast.
                qCInfo(lcStore) << "cache was not closed cleanly; integrity check follows";
                SqlCipherDatabase::Options checkOptions = options;
                checkOptions.integrityCheck = false;
                const CacheError checkOpen = result->checkDb.open(path, result->key, checkOptions);
                if (checkOpen.isError()) {
                    qCWarning(lcStore)
                        << "cannot open the cache for its integrity check:" << checkOpen.code();
                }
            }
            result->key.wipe();
            if (!result->error.isError()) {
                QFile markerFile(marker);
                if (markerFile.open(QIODevice::WriteOnly)) {
                    markerFile.close();
                    QFile::setPermissions(marker, QFile::ReadOwner | QFile::WriteOwner);
                }
                for (const QString &file : QStringList{path} + SqlCipherDatabase::companionFiles(path)) {
                    if (QFileInfo::exists(file)) {
                        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
                    }
                }
            }
        },
        [this, result, generation]() {
            if (generation != m_generation) {
                result->db.close(); // locked or reset meanwhile
                result->workerDb.close();
                return;
            }
            if (result->error.isError()) {
                fail(result->error);
                return;
            }
            m_db = std::make_unique<SqlCipherDatabase>(std::move(result->db));
            if (result->workerDb.isOpen())
                m_workerDb = std::make_unique<SqlCipherDatabase>(std::move(result->workerDb));
            m_state = State::Open;
            Q_EMIT opened();
            if (result->checkDb.isOpen()) {
                startIntegrityCheck(std::move(result->checkDb));
            }
        });
}

void LocalCache::startIntegrityCheck(SqlCipherDatabase db) {
    if (m_checker) {
        return; // one is running already, on the same file
    }
    auto checkDb = std::make_shared<SqlCipherDatabase>(std::move(db));
    auto outcome = std::make_shared<CacheError>();
    const quint64 generation = m_generation;
    m_checker = QThread::create([checkDb, outcome]() {
        QElapsedTimer clock;
        clock.start();
        *outcome = checkDb->checkIntegrity();
        checkDb->close();
        qCInfo(lcStore) << "background integrity check:" << (outcome->isError() ? "damaged" : "ok") << "in"
                        << clock.elapsed() << "ms";
    });
    m_checker->setObjectName(QStringLiteral("hirex-cache-check"));
    connect(m_checker, &QThread::finished, this, [this, outcome, generation]() {
        m_checker->deleteLater();
        m_checker = nullptr;
        if (generation != m_generation) {
            return; // locked or reset meanwhile: the answer is about a file that changed
        }
        if (outcome->isError()) {
            qCWarning(lcStore) << "cache damaged:" << outcome->code() << outcome->detail;
            m_damaged = true;
        }
        Q_EMIT integrityChecked(*outcome);
    });
    Q_EMIT integrityCheckStarted();
    m_checker->start();
}

void LocalCache::lock() {
    ++m_generation;
    const bool wasOpen = m_db != nullptr;
    closeDatabase();
    if (m_state != State::Resetting) {
        m_state = State::Closed;
    }
    if (wasOpen) {
        qCInfo(lcStore) << "cache locked";
    }
    Q_EMIT locked();
}

bool LocalCache::wipeFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.exists()) {
        return true;
    }
    if (file.open(QIODevice::ReadWrite)) {
        // Belt and braces: the bytes are ciphertext already, and SSDs and journaling file
        // systems may keep old blocks. Overwriting still removes the easy copy.
        const QByteArray zeros(64 * 1024, '\0');
        qint64 remaining = file.size();
        while (remaining > 0) {
            const qint64 chunk = std::min<qint64>(remaining, zeros.size());
            if (file.write(zeros.constData(), chunk) != chunk) {
                break;
            }
            remaining -= chunk;
        }
        file.flush();
        ::fsync(file.handle());
        file.close();
    }
    if (!file.remove()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void LocalCache::reset() {
    lock();
    m_state = State::Resetting;
    const quint64 generation = m_generation;
    m_damaged = false;
    const QStringList files = QStringList{databasePath()} +
                              SqlCipherDatabase::companionFiles(databasePath()) +
                              QStringList{kdfPath(), openMarkerPath()};
    auto wipeError = std::make_shared<QString>();
    runInWorker(
        [files, wipeError]() {
            for (const QString &file : files) {
                QString error;
                if (!wipeFile(file, &error) && wipeError->isEmpty()) {
                    *wipeError = error;
                }
            }
        },
        [this, wipeError, generation]() {
            if (generation != m_generation) {
                return;
            }
            if (!wipeError->isEmpty()) {
                fail(CacheError::make(CacheError::Kind::Io, *wipeError));
                return;
            }
            if (!m_secrets) {
                m_state = State::Closed;
                Q_EMIT resetDone();
                return;
            }
            m_secrets->deleteSecret(secretName(), [this, self = QPointer<LocalCache>(this), generation](
                                                      SecretStore::Error error, const QString &message) {
                if (!self || generation != m_generation) {
                    return;
                }
                // Nothing stored (passphrase mode) or no keychain at all: nothing to delete.
                if (error != SecretStore::Error::None && error != SecretStore::Error::NotFound &&
                    error != SecretStore::Error::NoBackend) {
                    fail(keychainError(error, message));
                    return;
                }
                qCInfo(lcStore) << "cache reset: files wiped, key deleted";
                m_state = State::Closed;
                Q_EMIT resetDone();
            });
        });
}

} // namespace hirex::store
