#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace hirex::sandbox {

class Database;
class Clock;

// Columns kept next to an object's JSON so visibility, filters and erasure can use SQL.
struct Refs {
    QString jobId;
    QString candidateId;
    QString applicationId;
};

struct Page {
    QJsonArray items;
    QString nextCursor; // empty = last page
};

// A page already serialised: items is the comma-separated JSON objects (no brackets).
struct JsonPage {
    QByteArray items;
    int count = 0;
    QString nextCursor; // empty = last page
};

// Generic persistence of API resources (id, version, updated_at + JSON data) and the change
// feed written in the same transaction as each mutation.
class Store {
public:
    Store(Database &db, Clock &clock);
    ~Store();

    std::optional<QJsonObject> get(const QString &type, const QString &id, const QString &filterSql = {});
    // data by value: a temporary is moved in and stripped without a copy (seeding creates 400k).
    QJsonObject create(const QString &type, const QString &id, QJsonObject data, const Refs &refs = {});
    // Replaces the data and bumps the version; the reference columns stay as they were.
    QJsonObject update(const QString &type, const QString &id, const QJsonObject &data);
    // Deletes the object; feed types leave a tombstone (reason may be empty for plain deletes).
    bool remove(const QString &type, const QString &id, const QString &reason);
    // Cursor-paged list ordered by id; filterSql is a trusted SQL boolean over objects columns.
    Page list(const QString &type, const QString &filterSql, const QVariantList &binds, const QString &cursor,
              int limit, bool *cursorOk);
    // Same as list(), serialised. present (may be empty: objects unchanged) filters each object;
    // without it stored objects are spliced in unparsed, which is what makes big pages cheap.
    JsonPage listJson(const QString &type, const QString &filterSql, const QVariantList &binds,
                      const QString &cursor, int limit, bool *cursorOk,
                      const std::function<QJsonObject(QJsonObject)> &present);
    QList<QJsonObject> all(const QString &type, const QString &filterSql = {},
                           const QVariantList &binds = {});

    qint64 latestSeq();
    // True once a feed change was written since the last call (EventStream pushes then).
    bool takeFeedDirty();

    static bool isFeedType(const QString &type);
    static QJsonObject assemble(const QString &id, int version, const QString &updatedAt,
                                const QByteArray &data);
    static QJsonObject dataOnly(QJsonObject object);

private:
    std::optional<QSqlQuery> listQuery(const QString &type, const QString &filterSql,
                                       const QVariantList &binds, const QString &cursor, int limit,
                                       bool *cursorOk);
    void writeChange(const QString &type, const QString &id, const QString &op, const QString &reason,
                     int version, const QString &jobId, const QString &candidateId,
                     const QString &applicationId, const QString &at);

    Database &m_db;
    Clock &m_clock;
    std::unique_ptr<QSqlQuery> m_insertObject;
    std::unique_ptr<QSqlQuery> m_insertChange;
    std::unique_ptr<QSqlQuery> m_deleteChange;
    bool m_feedDirty = false;
};

} // namespace hirex::sandbox
