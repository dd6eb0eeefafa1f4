#include "core/sync/EntityStore.h"

#include "core/store/CacheSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <sqlcipher/sqlite3.h>

namespace hirex::sync {

namespace {

struct Columns {
    QList<QByteArray> names;
    QStringList values; // a null QString binds NULL
    void add(const char *name, const QString &value) {
        names.append(QByteArray(name));
        values.append(value);
    }
};

QString text(const QJsonObject &o, const char *key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return QString();
}

QString joined(const QJsonObject &o, const char *key) {
    const QJsonArray a = o.value(QLatin1String(key)).toArray();
    QStringList parts;
    for (const QJsonValue &v : a)
        parts.append(v.isString() ? v.toString() : v.toObject().value(QLatin1String("name")).toString());
    return parts.isEmpty() ? QString() : parts.join(QLatin1Char(' '));
}

} // namespace

EntityStore::EntityStore(const store::SqlCipherDatabase *db)
    : m_db(db) {}

QByteArray EntityStore::tableFor(const QString &entity) {
    static const std::map<QString, QByteArray> tables = {
        {QStringLiteral("job"), "jobs"},
        {QStringLiteral("pipeline"), "pipelines"},
        {QStringLiteral("candidate"), "candidates"},
        {QStringLiteral("application"), "applications"},
        {QStringLiteral("evaluation"), "evaluations"},
        {QStringLiteral("ai_insight"), "ai_insights"},
        {QStringLiteral("note"), "notes"},
        {QStringLiteral("consent"), "consents"},
        {QStringLiteral("user"), "users"},
        {QStringLiteral("role"), "roles"},
    };
    const auto it = tables.find(entity);
    return it == tables.end() ? QByteArray() : it->second;
}

store::Statement &EntityStore::statement(const char *sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, m_db->prepare(sql)).first;
    it->second.reset();
    return it->second;
}

QString EntityStore::lookup(const char *sql, const QString &key, const QString &fallback) {
    if (key.isEmpty())
        return fallback;
    store::Statement &s = statement(sql);
    s.bind(1, key);
    const QString result = s.next() && !s.isNull(0) ? s.columnText(0) : fallback;
    s.reset();
    return result;
}

QString EntityStore::candidateOfApplication(const QString &applicationId) {
    if (applicationId.isEmpty())
        return QString();
    store::Statement &s = statement("SELECT candidate_id FROM applications WHERE id = ?");
    s.bind(1, applicationId);
    const QString result = s.next() ? s.columnText(0) : QString();
    s.reset();
    return result;
}

EntityStore::Upsert EntityStore::upsert(const QString &entity, const QJsonObject &data, bool force) {
    const QByteArray table = tableFor(entity);
    const QString id = data.value(QLatin1String("id")).toString();
    const QJsonValue versionValue = data.value(QLatin1String("version"));
    if (table.isEmpty() || id.isEmpty() || !versionValue.isDouble()) {
        m_lastError = QStringLiteral("entity without table, id or version: ") + entity;
        return Upsert::Failed;
    }
    const qint64 newVersion = versionValue.toInteger();
    const std::optional<qint64> local = version(entity, id);
    if (local && !force && *local > newVersion)
        return Upsert::Stale;
    const QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    const QString updatedAt = text(data, "updated_at");
    // The column is NOT NULL; an entity without the field (never from the contract) stores ''.
    return write(table, id, newVersion, updatedAt.isNull() ? QStringLiteral("") : updatedAt, json, data,
                 local.has_value());
}

EntityStore::Upsert EntityStore::write(const QByteArray &table, const QString &id, qint64 version,
                                       const QString &updatedAt, const QByteArray &json,
                                       const QJsonObject &data, bool exists) {
    Columns c;
    if (table == "jobs") {
        c.add("title", text(data, "title"));
        c.add("status", text(data, "status"));
        c.add("pipeline_id", text(data, "pipeline_id"));
    } else if (table == "pipelines") {
        c.add("name", text(data, "name"));
    } else if (table == "candidates") {
        c.add("first_name", text(data, "first_name"));
        c.add("last_name", text(data, "last_name"));
        c.add("email", text(data, "email"));
        c.add("tags", joined(data, "tags"));
        c.add("skills", joined(data, "skills"));
        c.add("consent_state", text(data, "consent_state"));
        c.add("source", text(data, "source"));
        const QString sortName =
            store::CacheSchema::sortName(text(data, "first_name"), text(data, "last_name"));
        c.add("sort_name", sortName);
        // Schema version 7: the best score of applications cached before their candidate
        // (triggers keep it from here on).
        c.add("score_key",
              lookup("SELECT coalesce(max(score_key), -1) FROM applications WHERE candidate_id = ?", id,
                     QStringLiteral("-1")));
    } else if (table == "applications") {
        c.add("candidate_id", text(data, "candidate_id"));
        c.add("job_id", text(data, "job_id"));
        c.add("pipeline_id", text(data, "pipeline_id"));
        c.add("stage_id", text(data, "stage_id"));
        c.add("status", text(data, "status"));
        const QString entered = text(data, "stage_entered_at");
        c.add("stage_entered_at", entered);
        // Non-null board sort key (schema version 6): unknown entry times sort last.
        c.add("entered_key", entered.isEmpty() ? QStringLiteral("~") : entered);
        // Schema version 7's board keys, from rows cached before this one (triggers keep them
        // from here on): the candidate's sort_name and the newest match score.
        c.add("name_key", lookup("SELECT sort_name FROM candidates WHERE id = ?", text(data, "candidate_id"),
                                 QStringLiteral("1")));
        c.add("score_key", lookup("SELECT i.score FROM ai_insights i WHERE i.application_id = ? "
                                  "AND i.kind = 'match_score' AND i.score IS NOT NULL "
                                  "ORDER BY i.updated_at DESC LIMIT 1",
                                  id, QStringLiteral("-1")));
    } else if (table == "evaluations") {
        const QString app = text(data, "application_id");
        c.add("application_id", app);
        c.add("candidate_id", candidateOfApplication(app));
        c.add("status", text(data, "status"));
        c.add("author_id", text(data, "author_id")); // whose "My reviews" lists it (schema version 10)
    } else if (table == "ai_insights") {
        const QString app =
            data.value(QLatin1String("subject")).toObject().value(QLatin1String("application_id")).toString();
        c.add("kind", text(data, "kind"));
        c.add("application_id", app.isEmpty() ? QString() : app);
        c.add("candidate_id", candidateOfApplication(app));
        // The board sorts by it (schema version 5); other kinds keep NULL.
        const QJsonValue score =
            data.value(QLatin1String("match_score")).toObject().value(QLatin1String("score"));
        c.add("score", text(data, "kind") == QLatin1String("match_score") && score.isDouble()
                           ? QString::number(score.toInteger())
                           : QString());
    } else if (table == "notes") {
        c.add("candidate_id", text(data, "candidate_id"));
        c.add("body", text(data, "body"));
    } else if (table == "consents") {
        c.add("candidate_id", text(data, "candidate_id"));
        c.add("framework", text(data, "framework"));
        c.add("state", text(data, "status"));
    } else if (table == "users") {
        c.add("name", text(data, "name"));
        c.add("email", text(data, "email"));
        c.add("status", text(data, "status"));
    } else if (table == "roles") {
        c.add("name", text(data, "name"));
    }

    QByteArray sql;
    if (exists) {
        sql = "UPDATE " + table + " SET version = ?, updated_at = ?, json = ?";
        for (const QByteArray &name : c.names)
            sql += ", " + name + " = ?";
        sql += " WHERE id = ?";
    } else {
        sql = "INSERT INTO " + table + " (version, updated_at, json";
        for (const QByteArray &name : c.names)
            sql += ", " + name;
        sql += ", id) VALUES (?, ?, ?";
        for (qsizetype i = 0; i < c.names.size(); ++i)
            sql += ", ?";
        sql += ", ?)";
    }
    store::Statement &s = statement(sql.constData());
    int index = 1;
    s.bind(index++, version);
    s.bind(index++, updatedAt);
    s.bind(index++, json.constData());
    for (const QString &value : std::as_const(c.values))
        s.bind(index++, value);
    s.bind(index, id);
    if (!s.exec()) {
        m_lastError = s.errorMessage();
        s.reset();
        return Upsert::Failed;
    }
    s.reset();
    if (table == "pipelines")
        writeStages(data, version, updatedAt);
    return exists ? Upsert::Updated : Upsert::Inserted;
}

void EntityStore::writeStages(const QJsonObject &pipeline, qint64 version, const QString &updatedAt) {
    const QString pipelineId = pipeline.value(QLatin1String("id")).toString();
    store::Statement &del = statement("DELETE FROM stages WHERE pipeline_id = ?");
    del.bind(1, pipelineId);
    del.exec();
    del.reset();
    const QJsonArray stages = pipeline.value(QLatin1String("stages")).toArray();
    for (const QJsonValue &value : stages) {
        const QJsonObject stage = value.toObject();
        store::Statement &ins =
            statement("INSERT OR REPLACE INTO stages (id, version, updated_at, json, pipeline_id, "
                      "position, name) VALUES (?, ?, ?, ?, ?, ?, ?)");
        ins.bind(1, stage.value(QLatin1String("id")).toString());
        ins.bind(2, version);
        ins.bind(3, updatedAt);
        ins.bind(4, QJsonDocument(stage).toJson(QJsonDocument::Compact).constData());
        ins.bind(5, pipelineId);
        ins.bind(6, static_cast<qint64>(stage.value(QLatin1String("position")).toInteger()));
        ins.bind(7, stage.value(QLatin1String("name")).toString());
        ins.exec();
        ins.reset();
    }
}

bool EntityStore::remove(const QString &entity, const QString &id) {
    const QByteArray table = tableFor(entity);
    if (table.isEmpty())
        return false;
    if (table == "applications") {
        // An application's reviews and AI output go with it (no trigger covers them).
        store::Statement &e = statement("DELETE FROM evaluations WHERE application_id = ?");
        e.bind(1, id);
        e.exec();
        e.reset();
        store::Statement &a = statement("DELETE FROM ai_insights WHERE application_id = ?");
        a.bind(1, id);
        a.exec();
        a.reset();
    } else if (table == "pipelines") {
        store::Statement &st = statement("DELETE FROM stages WHERE pipeline_id = ?");
        st.bind(1, id);
        st.exec();
        st.reset();
    }
    const QByteArray sql = "DELETE FROM " + table + " WHERE id = ?";
    store::Statement &s = statement(sql.constData());
    s.bind(1, id);
    const bool ok = s.exec();
    s.reset();
    return ok && sqlite3_changes(m_db->handle()) > 0;
}

std::optional<QJsonObject> EntityStore::read(const QString &entity, const QString &id) const {
    const QByteArray table = tableFor(entity);
    if (table.isEmpty())
        return std::nullopt;
    const QByteArray sql = "SELECT json FROM " + table + " WHERE id = ?";
    store::Statement s = m_db->prepare(sql.constData());
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return QJsonDocument::fromJson(s.columnText(0).toUtf8()).object();
}

std::optional<qint64> EntityStore::version(const QString &entity, const QString &id) const {
    const QByteArray table = tableFor(entity);
    if (table.isEmpty())
        return std::nullopt;
    const QByteArray sql = "SELECT version FROM " + table + " WHERE id = ?";
    auto *self = const_cast<EntityStore *>(this); // statement cache only
    store::Statement &s = self->statement(sql.constData());
    s.bind(1, id);
    std::optional<qint64> result;
    if (s.next())
        result = s.columnInt64(0);
    s.reset();
    return result;
}

void EntityStore::touch(const QString &entity, const QString &id) {
    const QByteArray table = tableFor(entity);
    if (table != "candidates" && table != "applications" && table != "jobs")
        return;
    const QByteArray sql = "UPDATE " + table + " SET last_accessed_at = strftime('%s','now') WHERE id = ?";
    store::Statement &s = statement(sql.constData());
    s.bind(1, id);
    s.exec();
    s.reset();
}

} // namespace hirex::sync
