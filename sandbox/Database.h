#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace hirex::sandbox {

// The tenant database: SQLite (QSQLITE) in WAL mode with synchronous=FULL, so neither kill -9 nor
// power loss loses a committed mutation (reads' audit events: see Durability). Owns the schema; every other
// class goes through query().
class Database {
public:
    ~Database();
    bool open(const QString &path, QString *errorText);
    void close();

    QSqlDatabase &db() { return m_db; }
    // Prepares and runs sql with positional binds; logs failures (without values).
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {}, bool *ok = nullptr);
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    // Full: the commit is fsynced (synchronous=FULL): survives kill -9 and power loss.
    // ReadAudit: for GET requests, whose only writes are audit events of reads (and caches):
    // synchronous=NORMAL, which in WAL mode still survives kill -9 (the WAL is written before
    // the commit returns) but may lose the last commits on power loss or an OS crash.
    enum class Durability { Full, ReadAudit };
    bool begin(Durability durability = Durability::Full);
    bool commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // Inside a transaction: drop the secondary indexes for a large insert-only load, then
    // rebuild them (endBulkLoad, before the commit). No queries may rely on them in between.
    void beginBulkLoad();
    bool endBulkLoad();

    QString meta(const QString &key, const QString &fallback = {});
    void setMeta(const QString &key, const QString &value);

private:
    bool createSchema();

    QSqlDatabase m_db;
    QString m_connectionName;
    int m_depth = 0;
    Durability m_durability = Durability::Full;
};

} // namespace hirex::sandbox
