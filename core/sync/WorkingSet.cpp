#include "core/sync/WorkingSet.h"

#include "core/sync/SyncLog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hirex::sync {

WorkingSet::WorkingSet(const store::SqlCipherDatabase *db)
    : m_db(db) {}

QString WorkingSet::setting(const char *key) const {
    store::Statement s = m_db->prepare("SELECT value FROM settings WHERE key = ?");
    s.bind(1, key);
    return s.next() ? s.columnText(0) : QString();
}

bool WorkingSet::setSetting(const char *key, const QString &value) {
    store::Statement s = m_db->prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
    s.bind(1, key).bind(2, value);
    return s.exec();
}

void WorkingSet::load() {
    m_pinnedMode = setting("working_set.mode") == u"pinned";
    m_pins.clear();
    store::Statement s = m_db->prepare("SELECT pipeline_id FROM pinned_pipelines ORDER BY position");
    while (s.next())
        m_pins.insert(s.columnText(0));
}

QStringList WorkingSet::pinnedPipelines() const {
    QStringList list(m_pins.begin(), m_pins.end());
    list.sort();
    return list;
}

bool WorkingSet::wantsApplication(const QJsonObject &application, bool alreadyCached) const {
    if (!m_pinnedMode || alreadyCached)
        return true;
    return m_pins.contains(application.value(QLatin1String("pipeline_id")).toString());
}

bool WorkingSet::needsDefaults() const {
    return setting("working_set.defaults_chosen") != u"1";
}

bool WorkingSet::pin(const QString &pipelineId) {
    setSetting("working_set.defaults_chosen", QStringLiteral("1"));
    store::Statement s = m_db->prepare("INSERT OR IGNORE INTO pinned_pipelines (pipeline_id, position) "
                                       "VALUES (?, (SELECT count(*) FROM pinned_pipelines))");
    s.bind(1, pipelineId);
    if (!s.exec())
        return false;
    m_pins.insert(pipelineId);
    return true;
}

bool WorkingSet::unpin(const QString &pipelineId) {
    setSetting("working_set.defaults_chosen", QStringLiteral("1"));
    store::Statement s = m_db->prepare("DELETE FROM pinned_pipelines WHERE pipeline_id = ?");
    s.bind(1, pipelineId);
    if (!s.exec())
        return false;
    m_pins.remove(pipelineId);
    return true;
}

bool WorkingSet::setKeepEverything(bool all) {
    setSetting("working_set.defaults_chosen", QStringLiteral("1"));
    if (!setSetting("working_set.mode", all ? QStringLiteral("all") : QStringLiteral("pinned")))
        return false;
    m_pinnedMode = !all;
    return true;
}

bool WorkingSet::chooseDefaultPins(const QString &userId) {
    if (setting("working_set.defaults_chosen") == u"1" || userId.isEmpty())
        return false;
    QStringList own;
    store::Statement s = m_db->prepare("SELECT json, pipeline_id FROM jobs");
    while (s.next()) {
        const QJsonObject job = QJsonDocument::fromJson(s.columnText(0).toUtf8()).object();
        const QJsonArray recruiters = job.value(QLatin1String("recruiter_ids")).toArray();
        const QJsonArray managers = job.value(QLatin1String("hiring_manager_ids")).toArray();
        if (recruiters.contains(userId) || managers.contains(userId))
            own.append(s.columnText(1));
    }
    for (const QString &pipeline : std::as_const(own))
        pin(pipeline);
    setKeepEverything(own.isEmpty());
    setSetting("working_set.defaults_chosen", QStringLiteral("1"));
    qCInfo(lcSync) << "default working set:" << (own.isEmpty() ? "everything" : "own jobs") << own.size();
    return true;
}

WorkingSet::Eviction WorkingSet::evict(const QDateTime &now, qint64 untouchedSeconds) {
    Eviction result;
    const qint64 cutoff = now.toSecsSinceEpoch() - untouchedSeconds;
    if (m_pinnedMode) {
        // Applications (and their reviews and insights) outside the pins, unless recently used.
        const char *condition =
            "pipeline_id NOT IN (SELECT pipeline_id FROM pinned_pipelines) AND "
            "coalesce(last_accessed_at, 0) <= ? AND id NOT IN (SELECT entity_id FROM outbox)";
        const QByteArray children[] = {
            "DELETE FROM evaluations WHERE application_id IN (SELECT id FROM applications WHERE ",
            "DELETE FROM ai_insights WHERE application_id IN (SELECT id FROM applications WHERE "};
        for (const QByteArray &prefix : children) {
            const QByteArray sql = prefix + condition + ")";
            store::Statement s = m_db->prepare(sql.constData());
            s.bind(1, cutoff);
            s.exec();
        }
        const QByteArray sql = QByteArray("DELETE FROM applications WHERE ") + condition;
        store::Statement s = m_db->prepare(sql.constData());
        s.bind(1, cutoff);
        s.exec();
        result.applications = static_cast<int>(m_db->queryInt("SELECT changes()", 0));
        // Candidates nobody kept refers to (the delete trigger takes notes, CV, consents along).
        store::Statement c = m_db->prepare(
            "DELETE FROM candidates WHERE id NOT IN (SELECT candidate_id FROM applications) AND "
            "coalesce(last_accessed_at, 0) <= ? AND id NOT IN (SELECT entity_id FROM outbox)");
        c.bind(1, cutoff);
        c.exec();
        result.candidates = static_cast<int>(m_db->queryInt("SELECT changes()", 0));
    }
    // The tenant's retention: nothing is kept locally past a candidate's retention_until.
    QStringList expired;
    store::Statement r = m_db->prepare("SELECT id, json FROM candidates WHERE json LIKE '%retention_until%'");
    while (r.next()) {
        const QJsonObject c = QJsonDocument::fromJson(r.columnText(1).toUtf8()).object();
        const QDateTime until =
            QDateTime::fromString(c.value(QLatin1String("retention_until")).toString(), Qt::ISODate);
        if (until.isValid() && until < now)
            expired.append(r.columnText(0));
    }
    for (const QString &id : std::as_const(expired)) {
        store::Statement d = m_db->prepare("DELETE FROM candidates WHERE id = ?");
        d.bind(1, id);
        d.exec();
    }
    result.expired = static_cast<int>(expired.size());
    if (result.applications || result.candidates || result.expired)
        qCInfo(lcSync) << "evicted applications" << result.applications << "candidates" << result.candidates
                       << "expired" << result.expired;
    return result;
}

} // namespace hirex::sync
