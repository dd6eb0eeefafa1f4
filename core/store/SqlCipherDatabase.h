#pragma once

#include "core/store/CacheError.h"
#include "core/store/CacheKey.h"
#include "core/store/Statement.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;

namespace hirex::store {

// One schema step: `sql` (several statements allowed) takes the database to `version`.
class SqlCipherDatabase;

struct Migration {
    int version = 0;
    QByteArray sql;
    // Work SQL cannot do (SQLCipher 3.4 has no JSON1 and no ICU), run after `sql` in the
    // step's transaction; false (with `error`) fails the step.
    bool (*after)(const SqlCipherDatabase &db, QString *error) = nullptr;
};

// An open SQLCipher 3.4 database through the sqlite3 C API (never Qt's QSQLITE driver: both
// export the sqlite3_* symbols). RAII: the connection closes, and SQLCipher wipes its copy of
// the key, on close() and on destruction.
//
// Threading: one connection is used by one thread at a time. Whoever opens it may hand it to
// another thread (a worker) as a whole; it is opened with SQLITE_OPEN_FULLMUTEX so a mistake
// serialises instead of corrupting.
class SqlCipherDatabase {
public:
    struct Options {
        int pageSize = 4096; // cipher_page_size; SQLCipher 3's 1 KB default halves write speed
        bool create = true;  // create the file when it does not exist
        // PRAGMA integrity_check after migrations. Off by default: it reads the whole file
        // (seconds on a big cache); LocalCache runs checkIntegrity() in the background instead.
        bool integrityCheck = false;
        QList<Migration> migrations; // applied in order by PRAGMA user_version
    };

    SqlCipherDatabase() = default;
    ~SqlCipherDatabase();
    SqlCipherDatabase(SqlCipherDatabase &&other) noexcept;
    SqlCipherDatabase &operator=(SqlCipherDatabase &&other) noexcept;
    SqlCipherDatabase(const SqlCipherDatabase &) = delete;
    SqlCipherDatabase &operator=(const SqlCipherDatabase &) = delete;

    // Keys, checks and migrates; see the .cpp for the order, which SQLCipher dictates.
    // On error the database stays closed.
    CacheError open(const QString &path, const CacheKey &key, const Options &options);
    void close();
    // PRAGMA integrity_check: Corrupt with the first problems, or no error.
    CacheError checkIntegrity() const;
    // How many integrity checks this process ran, so tests can tell none ran on a path.
    static int integrityCheckCount();

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }
    QString journalMode() const { return m_journalMode; }

    Statement prepare(const char *sql) const { return Statement(m_db, sql); }
    // Runs one or more statements without results. On failure, `error` gets sqlite's message.
    bool exec(const char *sql, QString *error = nullptr) const;
    // The first column of the first row as text (PRAGMAs, counts); null on no row or error.
    QString queryString(const char *sql) const;
    qint64 queryInt(const char *sql, qint64 fallback = -1) const;
    int userVersion() const { return static_cast<int>(queryInt("PRAGMA user_version", -1)); }

    // Transactions: see Transaction, which owns one and refuses to nest.

    // The companion files SQLite may create next to `path`.
    static QStringList companionFiles(const QString &path);

private:
    CacheError applyMigrations(const QList<Migration> &migrations);
    CacheError classify(int rc, CacheError::Kind fallback, const char *step) const;

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_journalMode;
};

} // namespace hirex::store
