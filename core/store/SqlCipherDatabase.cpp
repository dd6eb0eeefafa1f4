#include "core/store/SqlCipherDatabase.h"

#include "core/store/StoreLog.h"
#include "core/store/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <sqlcipher/sqlite3.h>

namespace hirex::store {

namespace {

// The first 16 bytes of every plaintext SQLite file. An SQLCipher file starts with random salt.
constexpr char PlainHeader[] = "SQLite format 3";

} // namespace

SqlCipherDatabase::~SqlCipherDatabase() {
    close();
}

SqlCipherDatabase::SqlCipherDatabase(SqlCipherDatabase &&other) noexcept
    : m_db(other.m_db)
    , m_path(std::move(other.m_path))
    , m_journalMode(std::move(other.m_journalMode)) {
    other.m_db = nullptr;
}

SqlCipherDatabase &SqlCipherDatabase::operator=(SqlCipherDatabase &&other) noexcept {
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_journalMode = std::move(other.m_journalMode);
        other.m_db = nullptr;
    }
    return *this;
}

void SqlCipherDatabase::close() {
    if (m_db) {
        // sqlite3_close_v2 defers the close until forgotten statements are finalized, instead of
        // failing with SQLITE_BUSY and leaking the connection (and the key inside it).
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

QStringList SqlCipherDatabase::companionFiles(const QString &path) {
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

bool SqlCipherDatabase::exec(const char *sql, QString *error) const {
    if (!m_db) {
        if (error) {
            *error = QStringLiteral("database is not open");
        }
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK && error) {
        *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    }
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

QString SqlCipherDatabase::queryString(const char *sql) const {
    Statement statement = prepare(sql);
    if (statement.next()) {
        return statement.columnText(0);
    }
    return {};
}

qint64 SqlCipherDatabase::queryInt(const char *sql, qint64 fallback) const {
    Statement statement = prepare(sql);
    if (statement.next()) {
        return statement.columnInt64(0);
    }
    return fallback;
}

CacheError SqlCipherDatabase::classify(int rc, CacheError::Kind fallback, const char *step) const {
    const QString detail = QString::fromLatin1(step) + QStringLiteral(": ") +
                           QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return CacheError::make(CacheError::Kind::Corrupt, detail);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return CacheError::make(CacheError::Kind::Io, detail);
    default:
        return CacheError::make(fallback, detail);
    }
}

// The order matters to SQLCipher: key first, then cipher settings, then the first read (which
// is when the key is actually tried), then everything else.
CacheError SqlCipherDatabase::open(const QString &path, const CacheKey &key, const Options &options) {
    close();
    QElapsedTimer clock;
    clock.start();

    if (!key.isValid()) {
        return CacheError::make(CacheError::Kind::KeyLost, QStringLiteral("no key"));
    }

    // Look at the file before SQLite does, so that "wrong key" is only ever said about a file
    // that could be ours: big enough, whole pages, and not a plaintext SQLite header.
    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (info.exists()) {
        if (info.size() == 0) {
            return CacheError::make(CacheError::Kind::Corrupt, QStringLiteral("empty file"));
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return CacheError::make(CacheError::Kind::Io, file.errorString());
        }
        const QByteArray header = file.read(16);
        if (header == QByteArray(PlainHeader, sizeof PlainHeader)) {
            return CacheError::make(CacheError::Kind::Unencrypted, QStringLiteral("plaintext SQLite header"));
        }
        if (info.size() < options.pageSize || info.size() % options.pageSize != 0) {
            return CacheError::make(CacheError::Kind::Corrupt,
                                    QStringLiteral("size %1 is not a whole number of %2-byte pages")
                                        .arg(info.size())
                                        .arg(options.pageSize));
        }
    } else if (!options.create) {
        return CacheError::make(CacheError::Kind::Io, QStringLiteral("file does not exist"));
    }

    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (options.create) {
        flags |= SQLITE_OPEN_CREATE;
    }
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const CacheError error = classify(rc, CacheError::Kind::Io, "open");
        close();
        return error;
    }
    sqlite3_extended_result_codes(m_db, 1);

    {
        const SecureBytes spec = key.rawKeySpec();
        rc = sqlite3_key(m_db, spec.data(), static_cast<int>(spec.size()));
    }
    if (rc != SQLITE_OK) {
        const CacheError error = classify(rc, CacheError::Kind::Io, "key");
        close();
        return error;
    }

    // Plain SQLite accepts sqlite3_key only if compiled with a codec, and answers nothing here.
    if (queryString("PRAGMA cipher_version").isEmpty()) {
        qCCritical(lcStore) << "linked against plain SQLite: refusing to open the cache";
        close();
        return CacheError::make(CacheError::Kind::NotSqlCipher,
                                QStringLiteral("linked against plain SQLite"));
    }

    const QByteArray pageSizePragma = "PRAGMA cipher_page_size = " + QByteArray::number(options.pageSize);
    QString error;
    if (!exec(pageSizePragma.constData(), &error)) {
        close();
        return CacheError::make(CacheError::Kind::Io, error);
    }

    // The first real read: this is where a wrong key shows up.
    {
        Statement probe = prepare("SELECT count(*) FROM sqlite_master");
        const bool row = probe.next();
        if (!row) {
            const int code = probe.resultCode() ? probe.resultCode() : sqlite3_errcode(m_db);
            CacheError failure = classify(code, CacheError::Kind::Io, "key check");
            if ((code & 0xff) == SQLITE_NOTADB && existed) {
                // Whole pages, no plaintext header, and page 1 does not authenticate: this key
                // is not the one the file was written with.
                failure.kind = CacheError::Kind::WrongKey;
            }
            probe = Statement();
            close();
            return failure;
        }
    }

    if (!exec("PRAGMA secure_delete = ON", &error) || !exec("PRAGMA foreign_keys = ON", &error)) {
        close();
        return CacheError::make(CacheError::Kind::Io, error);
    }
    // Temporary tables and indices (sorts, big queries) would otherwise go to plaintext files
    // in the temp folder: SQLCipher encrypts only the main database and its journals. Set it
    // here instead of trusting the build's SQLITE_TEMP_STORE, and refuse to open without it.
    if (!exec("PRAGMA temp_store = MEMORY", &error) || queryInt("PRAGMA temp_store") != 2) {
        close();
        return CacheError::make(CacheError::Kind::Io,
                                error.isEmpty() ? QStringLiteral("temp_store is not MEMORY") : error);
    }
    m_journalMode = queryString("PRAGMA journal_mode = WAL").toLower();
    if (m_journalMode != QLatin1String("wal")) {
        qCWarning(lcStore) << "WAL unavailable (" << m_journalMode << "), using DELETE journal";
        m_journalMode = queryString("PRAGMA journal_mode = DELETE").toLower();
    }
    if (!exec("PRAGMA synchronous = FULL", &error)) {
        close();
        return CacheError::make(CacheError::Kind::Io, error);
    }

    const CacheError migrationError = applyMigrations(options.migrations);
    if (migrationError.isError()) {
        close();
        return migrationError;
    }

    if (options.integrityCheck) {
        const CacheError damage = checkIntegrity();
        if (damage.isError()) {
            close();
            return damage;
        }
    }

    m_path = path;
    qCInfo(lcStore) << (existed ? "opened" : "created") << "cache; page size" << options.pageSize << "journal"
                    << m_journalMode << "schema" << userVersion() << "in" << clock.elapsed() << "ms";
    return {};
}

namespace {
std::atomic<int> s_integrityChecks{0};
} // namespace

int SqlCipherDatabase::integrityCheckCount() {
    return s_integrityChecks.load();
}

CacheError SqlCipherDatabase::checkIntegrity() const {
    ++s_integrityChecks;
    Statement check = prepare("PRAGMA integrity_check");
    QStringList problems;
    while (check.next()) {
        const QString line = check.columnText(0);
        if (line != QLatin1String("ok") && problems.size() < 5) {
            problems.append(line);
        }
    }
    if (!check.ok()) {
        return classify(check.resultCode(), CacheError::Kind::Corrupt, "integrity_check");
    }
    if (!problems.isEmpty()) {
        return CacheError::make(CacheError::Kind::Corrupt, problems.join(QLatin1Char('\n')));
    }
    return {};
}

CacheError SqlCipherDatabase::applyMigrations(const QList<Migration> &migrations) {
    const int current = userVersion();
    if (current < 0) {
        return CacheError::make(CacheError::Kind::Corrupt, QStringLiteral("cannot read user_version"));
    }
    int latest = 0;
    for (const Migration &migration : migrations) {
        latest = std::max(latest, migration.version);
    }
    if (current > latest) {
        return CacheError::make(
            CacheError::Kind::Migration,
            QStringLiteral("schema %1 is newer than this release (%2)").arg(current).arg(latest));
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= current) {
            continue;
        }
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(migration.version);
        // One transaction per step: a failed step leaves the previous version intact.
        QString error;
        Transaction step(*this);
        if (!step.isActive()) {
            error = step.error();
        } else if (exec(migration.sql.constData(), &error) &&
                   (!migration.after || migration.after(*this, &error)) &&
                   exec(setVersion.constData(), &error)) {
            error = step.commit();
        } else if (error.isEmpty()) {
            error = QString::fromUtf8(sqlite3_errmsg(m_db));
        }
        if (!error.isEmpty()) {
            return CacheError::make(CacheError::Kind::Migration,
                                    QStringLiteral("migration %1: %2").arg(migration.version).arg(error));
        }
        qCInfo(lcStore) << "applied cache schema migration" << migration.version;
    }
    return {};
}

} // namespace hirex::store
