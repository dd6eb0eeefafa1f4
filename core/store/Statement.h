#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace hirex::store {

// A prepared statement of the cache database, finalized on destruction. Binds are 1-based
// like sqlite3's; columns 0-based. The first failure is remembered (ok(), errorMessage()),
// so a chain of binds can be checked once.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql);
    ~Statement();

    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    bool ok() const { return m_rc == 0; }
    int resultCode() const { return m_rc; }
    QString errorMessage() const;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &text); // a null QString binds NULL
    Statement &bind(int index, const char *utf8);
    Statement &bindBlob(int index, const QByteArray &bytes);
    Statement &bindNull(int index);

    // One step: true when a row is ready; false when done or on error (see ok()).
    bool next();
    // Runs to completion (for statements without rows); true on success.
    bool exec();
    // Ready to run again with new bindings.
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;

private:
    void fail(int rc);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = 0; // first error (an SQLITE_* code), 0 while fine
};

} // namespace hirex::store
