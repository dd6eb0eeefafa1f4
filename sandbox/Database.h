#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace hirex::sandbox {

// The tenant database: SQLite (QSQLITE) in WAL mode with synchronous=FULL, so a kill -9 never
// loses a committed transaction. Owns the schema; every other class goes through query().
class Database {
public:
    ~Database();
    bool open(const QString &path, QString *errorText);
    void close();

    QSqlDatabase &db() { return m_db; }
    // Prepares and runs sql with positional binds; logs failures (without values).
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {}, bool *ok = nullptr);
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    bool begin();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    QString meta(const QString &key, const QString &fallback = {});
    void setMeta(const QString &key, const QString &value);

private:
    bool createSchema();

    QSqlDatabase m_db;
    QString m_connectionName;
    int m_depth = 0;
};

} // namespace hirex::sandbox
