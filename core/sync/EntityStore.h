#pragma once

#include "core/store/SqlCipherDatabase.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <string>

namespace hirex::sync {

// Writes server entities (as the API sends them) into the cache tables of CacheSchema and reads
// them back. Every row keeps the raw JSON plus the columns queries need; this class is the one
// place that knows which JSON field goes to which column.
//
// It never opens transactions: callers (SyncEngine, Outbox, WorkingSet) group its writes with
// the cursor or outbox row they belong to. Not thread-safe: one instance per connection/thread.
class EntityStore {
public:
    enum class Upsert { Inserted, Updated, Stale, Failed };

    explicit EntityStore(const store::SqlCipherDatabase *db);

    // The cache table of a change-feed entity name ("candidate" -> "candidates"); empty if unknown.
    static QByteArray tableFor(const QString &entity);

    // Inserts or updates the row unless the cache already holds a newer version (an older
    // answer arriving late must not win). `force` skips that check (rollback, optimistic edits).
    Upsert upsert(const QString &entity, const QJsonObject &data, bool force = false);
    // Deletes one entity and everything that hangs off it (a candidate's notes, CV, consents,
    // applications... through CacheSchema's triggers; an application's evaluations and insights).
    // True when a row was deleted.
    bool remove(const QString &entity, const QString &id);

    // The stored JSON of an entity, or nullopt when it is not cached.
    std::optional<QJsonObject> read(const QString &entity, const QString &id) const;
    std::optional<qint64> version(const QString &entity, const QString &id) const;

    // Marks rows as used now (eviction keeps what the user looks at).
    void touch(const QString &entity, const QString &id);

    QString lastError() const { return m_lastError; }

private:
    store::Statement &statement(const char *sql);
    Upsert write(const QByteArray &table, const QString &id, qint64 version, const QString &updatedAt,
                 const QByteArray &json, const QJsonObject &data, bool exists);
    void writeStages(const QJsonObject &pipeline, qint64 version, const QString &updatedAt);
    QString candidateOfApplication(const QString &applicationId);
    // The first column of `sql`'s first row for `key`, or `fallback` without one (or no key).
    QString lookup(const char *sql, const QString &key, const QString &fallback);

    const store::SqlCipherDatabase *m_db;
    std::map<std::string, store::Statement> m_statements;
    QString m_lastError;
};

} // namespace hirex::sync
