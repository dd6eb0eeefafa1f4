#include "sandbox/Store.h"

#include "sandbox/Clock.h"
#include "sandbox/Database.h"
#include "sandbox/Json.h"
#include "sandbox/SandboxLog.h"

#include <QJsonDocument>
#include <QSqlError>

namespace hirex::sandbox {

namespace {

QString joinAcl(const QJsonArray &ids) {
    if (ids.isEmpty())
        return {};
    QString acl = QStringLiteral("|");
    for (const auto &v : ids)
        acl += v.toString() + QLatin1Char('|');
    return acl;
}

struct Derived {
    QString stageId, ownerId, status, acl, search;
};

Derived derive(const QString &type, const QJsonObject &data) {
    Derived d;
    d.stageId = data.value(QStringLiteral("stage_id")).toString();
    d.ownerId = data.value(QStringLiteral("author_id")).toString();
    d.status = data.value(QStringLiteral("status")).toString();
    if (type == QLatin1String("job"))
        d.acl = joinAcl(data.value(QStringLiteral("hiring_manager_ids")).toArray());
    else if (type == QLatin1String("application"))
        d.acl = joinAcl(data.value(QStringLiteral("assigned_reviewer_ids")).toArray());
    else if (type == QLatin1String("note"))
        d.status = data.value(QStringLiteral("visibility")).toString();
    else if (type == QLatin1String("candidate")) {
        QStringList parts{data.value(QStringLiteral("first_name")).toString(),
                          data.value(QStringLiteral("last_name")).toString(),
                          data.value(QStringLiteral("email")).toString()};
        parts += Json::toStringList(data.value(QStringLiteral("tags")).toArray());
        parts += Json::toStringList(data.value(QStringLiteral("skills")).toArray());
        d.search = parts.join(QLatin1Char(' ')).toLower();
    }
    return d;
}

QVariant nullable(const QString &s) {
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

Store::Store(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock) {}

Store::~Store() = default;

bool Store::isFeedType(const QString &type) {
    static const QStringList feed{QStringLiteral("job"),        QStringLiteral("pipeline"),
                                  QStringLiteral("candidate"),  QStringLiteral("application"),
                                  QStringLiteral("evaluation"), QStringLiteral("ai_insight"),
                                  QStringLiteral("note"),       QStringLiteral("consent"),
                                  QStringLiteral("user"),       QStringLiteral("role")};
    return feed.contains(type);
}

QJsonObject Store::assemble(const QString &id, int version, const QString &updatedAt,
                            const QByteArray &data) {
    QJsonObject o = QJsonDocument::fromJson(data).object();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("updated_at"), updatedAt);
    return o;
}

QJsonObject Store::dataOnly(QJsonObject object) {
    object.remove(QStringLiteral("id"));
    object.remove(QStringLiteral("version"));
    object.remove(QStringLiteral("updated_at"));
    return object;
}

std::optional<QJsonObject> Store::get(const QString &type, const QString &id, const QString &filterSql) {
    QString sql =
        QStringLiteral("SELECT id, version, updated_at, data FROM objects WHERE type = ? AND id = ?");
    if (!filterSql.isEmpty())
        sql += QStringLiteral(" AND (") + filterSql + QLatin1Char(')');
    QSqlQuery q = m_db.exec(sql, {type, id});
    if (!q.next())
        return std::nullopt;
    return assemble(q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                    q.value(3).toByteArray());
}

QJsonObject Store::create(const QString &type, const QString &id, QJsonObject data, const Refs &refs) {
    if (!m_insertObject) {
        m_insertObject = std::make_unique<QSqlQuery>(m_db.db());
        m_insertObject->prepare(QStringLiteral(
            "INSERT INTO objects (id, type, version, updated_at, job_id, candidate_id, application_id, "
            "stage_id,"
            " owner_id, status, acl, search, data) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    const auto given = data.constFind(QStringLiteral("updated_at"));
    const QString updatedAt = given != data.constEnd() ? given->toString() : Json::iso(m_clock.now());
    QJsonObject body = dataOnly(std::move(data));
    const Derived d = derive(type, body);
    QString jobId = refs.jobId.isEmpty() ? body.value(QStringLiteral("job_id")).toString() : refs.jobId;
    QString candidateId =
        refs.candidateId.isEmpty() ? body.value(QStringLiteral("candidate_id")).toString() : refs.candidateId;
    QString applicationId = refs.applicationId.isEmpty()
                                ? body.value(QStringLiteral("application_id")).toString()
                                : refs.applicationId;
    if (type == QLatin1String("job"))
        jobId = id;
    else if (type == QLatin1String("candidate"))
        candidateId = id;
    else if (type == QLatin1String("application"))
        applicationId = id;
    QSqlQuery &q = *m_insertObject;
    q.addBindValue(id);
    q.addBindValue(type);
    q.addBindValue(updatedAt);
    q.addBindValue(nullable(jobId));
    q.addBindValue(nullable(candidateId));
    q.addBindValue(nullable(applicationId));
    q.addBindValue(nullable(d.stageId));
    q.addBindValue(nullable(d.ownerId));
    q.addBindValue(nullable(d.status));
    q.addBindValue(nullable(d.acl));
    q.addBindValue(nullable(d.search));
    q.addBindValue(Json::compact(body));
    if (!q.exec())
        qCWarning(lcSandboxDb) << "insert failed" << type << q.lastError().text();
    if (isFeedType(type))
        writeChange(type, id, QStringLiteral("upsert"), {}, 1, jobId, candidateId, applicationId, updatedAt);
    QJsonObject full = std::move(body);
    full.insert(QStringLiteral("id"), id);
    full.insert(QStringLiteral("version"), 1);
    full.insert(QStringLiteral("updated_at"), updatedAt);
    return full;
}

QJsonObject Store::update(const QString &type, const QString &id, const QJsonObject &data) {
    const QJsonObject body = dataOnly(data);
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT version, job_id, candidate_id, application_id FROM objects "
                                 "WHERE id = ? AND type = ?"),
                  {id, type});
    if (!q.next())
        return {};
    const int version = q.value(0).toInt() + 1;
    const QString now = Json::iso(m_clock.now());
    const Derived d = derive(type, body);
    m_db.exec(QStringLiteral("UPDATE objects SET version = ?, updated_at = ?, stage_id = ?, owner_id = ?, "
                             "status = ?, acl = ?, search = ?, data = ? WHERE id = ?"),
              {version, now, nullable(d.stageId), nullable(d.ownerId), nullable(d.status), nullable(d.acl),
               nullable(d.search), Json::compact(body), id});
    if (isFeedType(type))
        writeChange(type, id, QStringLiteral("upsert"), {}, version, q.value(1).toString(),
                    q.value(2).toString(), q.value(3).toString(), now);
    QJsonObject full = body;
    full.insert(QStringLiteral("id"), id);
    full.insert(QStringLiteral("version"), version);
    full.insert(QStringLiteral("updated_at"), now);
    return full;
}

bool Store::remove(const QString &type, const QString &id, const QString &reason) {
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT version, job_id, candidate_id, application_id FROM objects "
                                 "WHERE id = ? AND type = ?"),
                  {id, type});
    if (!q.next())
        return false;
    const int version = q.value(0).toInt();
    m_db.exec(QStringLiteral("DELETE FROM objects WHERE id = ?"), {id});
    if (isFeedType(type))
        writeChange(type, id, QStringLiteral("tombstone"), reason, version, q.value(1).toString(),
                    q.value(2).toString(), q.value(3).toString(), Json::iso(m_clock.now()));
    return true;
}

void Store::writeChange(const QString &type, const QString &id, const QString &op, const QString &reason,
                        int version, const QString &jobId, const QString &candidateId,
                        const QString &applicationId, const QString &at) {
    if (!m_insertChange) {
        m_deleteChange = std::make_unique<QSqlQuery>(m_db.db());
        m_deleteChange->prepare(QStringLiteral("DELETE FROM changes WHERE id = ?"));
        m_insertChange = std::make_unique<QSqlQuery>(m_db.db());
        m_insertChange->prepare(
            QStringLiteral("INSERT INTO changes (entity, id, op, reason, version, job_id, candidate_id, "
                           "application_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    // Compaction: an entity keeps only its latest change, so a full sync stays proportional to the
    // tenant, not to its history.
    if (version > 1 || op != QLatin1String("upsert")) {
        m_deleteChange->addBindValue(id);
        m_deleteChange->exec();
    }
    QSqlQuery &q = *m_insertChange;
    q.addBindValue(type);
    q.addBindValue(id);
    q.addBindValue(op);
    q.addBindValue(nullable(reason));
    q.addBindValue(version);
    q.addBindValue(nullable(jobId));
    q.addBindValue(nullable(candidateId));
    q.addBindValue(nullable(applicationId));
    q.addBindValue(at);
    if (!q.exec())
        qCWarning(lcSandboxDb) << "change insert failed" << q.lastError().text();
    m_feedDirty = true;
}

std::optional<QSqlQuery> Store::listQuery(const QString &type, const QString &filterSql,
                                          const QVariantList &binds, const QString &cursor, int limit,
                                          bool *cursorOk) {
    *cursorOk = true;
    QString after;
    if (!cursor.isEmpty() && !Json::decodeCursor(cursor, &after)) {
        *cursorOk = false;
        return std::nullopt;
    }
    QString sql =
        QStringLiteral("SELECT id, version, updated_at, data FROM objects WHERE type = ? AND id > ?");
    // A null QString binds as SQL NULL (and `id > NULL` matches nothing).
    if (after.isEmpty())
        after = QStringLiteral("!");
    if (!filterSql.isEmpty())
        sql += QStringLiteral(" AND (") + filterSql + QLatin1Char(')');
    sql += QStringLiteral(" ORDER BY type, id LIMIT ?");
    QVariantList all{type, after};
    all += binds;
    all.append(limit + 1);
    return m_db.exec(sql, all);
}

Page Store::list(const QString &type, const QString &filterSql, const QVariantList &binds,
                 const QString &cursor, int limit, bool *cursorOk) {
    Page page;
    auto q = listQuery(type, filterSql, binds, cursor, limit, cursorOk);
    if (!q)
        return page;
    QString lastId;
    int n = 0;
    while (q->next()) {
        if (n == limit) {
            page.nextCursor = Json::encodeCursor(lastId);
            break;
        }
        lastId = q->value(0).toString();
        page.items.append(
            assemble(lastId, q->value(1).toInt(), q->value(2).toString(), q->value(3).toByteArray()));
        ++n;
    }
    return page;
}

JsonPage Store::listJson(const QString &type, const QString &filterSql, const QVariantList &binds,
                         const QString &cursor, int limit, bool *cursorOk,
                         const std::function<QJsonObject(QJsonObject)> &present) {
    JsonPage page;
    auto q = listQuery(type, filterSql, binds, cursor, limit, cursorOk);
    if (!q)
        return page;
    QString lastId;
    while (q->next()) {
        if (page.count == limit) {
            page.nextCursor = Json::encodeCursor(lastId);
            break;
        }
        lastId = q->value(0).toString();
        const int version = q->value(1).toInt();
        const QString updatedAt = q->value(2).toString();
        const QByteArray data = q->value(3).toByteArray();
        if (page.count > 0)
            page.items.append(',');
        if (present || !Json::appendAssembled(&page.items, lastId, version, updatedAt, data)) {
            QJsonObject object = assemble(lastId, version, updatedAt, data);
            if (present)
                object = present(std::move(object));
            page.items.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
        ++page.count;
    }
    return page;
}

QList<QJsonObject> Store::all(const QString &type, const QString &filterSql, const QVariantList &binds) {
    QString sql = QStringLiteral("SELECT id, version, updated_at, data FROM objects WHERE type = ?");
    if (!filterSql.isEmpty())
        sql += QStringLiteral(" AND (") + filterSql + QLatin1Char(')');
    sql += QStringLiteral(" ORDER BY id");
    QVariantList b{type};
    b += binds;
    QSqlQuery q = m_db.exec(sql, b);
    QList<QJsonObject> out;
    while (q.next())
        out.append(assemble(q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                            q.value(3).toByteArray()));
    return out;
}

qint64 Store::latestSeq() {
    return m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes")).toLongLong();
}

bool Store::takeFeedDirty() {
    const bool d = m_feedDirty;
    m_feedDirty = false;
    return d;
}

} // namespace hirex::sandbox
