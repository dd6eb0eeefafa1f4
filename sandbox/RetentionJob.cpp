#include "sandbox/RetentionJob.h"

#include "sandbox/AuditLog.h"
#include "sandbox/Clock.h"
#include "sandbox/Database.h"
#include "sandbox/EventStream.h"
#include "sandbox/Json.h"
#include "sandbox/SandboxLog.h"
#include "sandbox/Services.h"
#include "sandbox/Store.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace hirex::sandbox {

RetentionJob::RetentionJob(Services &services, QObject *parent)
    : QObject(parent)
    , m_s(services) {
    connect(&m_timer, &QTimer::timeout, this, &RetentionJob::scheduled);
}

void RetentionJob::start(int intervalSeconds) {
    m_timer.start(intervalSeconds * 1000);
    QTimer::singleShot(0, this, &RetentionJob::scheduled);
}

void RetentionJob::stop() {
    m_timer.stop();
}

void RetentionJob::scheduled() {
    m_s.db.begin();
    const Result r = run();
    if (!m_s.db.commit()) {
        m_s.db.rollback();
        m_s.store.takeFeedDirty();
        return;
    }
    if (r.affected > 0)
        qCInfo(lcSandbox) << "retention applied to" << r.affected << "candidates";
    if (m_s.store.takeFeedDirty())
        m_s.events.notify(m_s.store.latestSeq());
}

int RetentionJob::eraseCandidate(Services &s, const QString &candidateId, const QString &reason) {
    int tombstones = 0;
    // Children first (they reference the candidate through candidate_id), then the candidate.
    QSqlQuery q = s.db.exec(QStringLiteral("SELECT id, type FROM objects WHERE candidate_id = ? AND id <> ? "
                                           "ORDER BY CASE type WHEN 'application' THEN 1 ELSE 0 END"),
                            {candidateId, candidateId});
    QList<std::pair<QString, QString>> children;
    while (q.next())
        children.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[id, type] : children) {
        if (s.store.remove(type, id, reason) && Store::isFeedType(type))
            ++tombstones;
    }
    if (s.store.remove(QStringLiteral("candidate"), candidateId, reason))
        ++tombstones;
    s.db.exec(QStringLiteral("DELETE FROM blobs WHERE id = ?"),
              {QString(QStringLiteral("cv:") + candidateId)});
    return tombstones;
}

RetentionJob::Result RetentionJob::run() {
    Result result;
    const QDateTime now = m_s.clock.now();
    for (const QJsonObject &rule : m_s.store.all(QStringLiteral("retention_rule"))) {
        if (!rule.value(QStringLiteral("enabled")).toBool())
            continue;
        const QJsonObject scope = rule.value(QStringLiteral("scope")).toObject();
        const QString cutoff = Json::iso(now.addDays(-rule.value(QStringLiteral("period_days")).toInt()));
        QString sql = QStringLiteral("SELECT c.id FROM objects c WHERE c.type = 'candidate' AND "
                                     "json_extract(c.data, '$.created_at') < ? AND "
                                     "COALESCE(json_extract(c.data, '$.first_name'), '') <> 'Anonymised'");
        QVariantList binds{cutoff};
        const QJsonArray regions = scope.value(QStringLiteral("regions")).toArray();
        if (!regions.isEmpty()) {
            QStringList marks;
            for (const auto &r : regions) {
                marks.append(QStringLiteral("?"));
                binds.append(r.toString());
            }
            sql += QStringLiteral(" AND json_extract(c.data, '$.region') IN (") + marks.join(u',') + u')';
        }
        const QJsonArray pipelines = scope.value(QStringLiteral("pipeline_ids")).toArray();
        const QJsonArray statuses = scope.value(QStringLiteral("candidate_statuses")).toArray();
        if (!pipelines.isEmpty() || !statuses.isEmpty()) {
            QString sub =
                QStringLiteral(" AND EXISTS (SELECT 1 FROM objects a WHERE a.type = 'application' AND "
                               "a.candidate_id = c.id");
            if (!pipelines.isEmpty()) {
                QStringList marks;
                for (const auto &p : pipelines) {
                    marks.append(QStringLiteral("?"));
                    binds.append(p.toString());
                }
                sub += QStringLiteral(" AND json_extract(a.data, '$.pipeline_id') IN (") + marks.join(u',') +
                       u')';
            }
            if (!statuses.isEmpty()) {
                QStringList marks;
                for (const auto &st : statuses) {
                    marks.append(QStringLiteral("?"));
                    binds.append(st.toString());
                }
                sub += QStringLiteral(" AND a.status IN (") + marks.join(u',') + u')';
            }
            sql += sub + u')';
        }
        QSqlQuery q = m_s.db.exec(sql, binds);
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        const bool remove = rule.value(QStringLiteral("action")).toString() == QLatin1String("delete");
        for (const QString &id : ids) {
            ++result.affected;
            if (remove) {
                result.tombstones += eraseCandidate(m_s, id, QStringLiteral("retention"));
            } else {
                auto cand = m_s.store.get(QStringLiteral("candidate"), id);
                if (!cand)
                    continue;
                // Anonymise: personal data goes, the statistics-relevant shape stays.
                cand->insert(QStringLiteral("first_name"), QStringLiteral("Anonymised"));
                cand->insert(QStringLiteral("last_name"), QStringLiteral("Candidate"));
                cand->insert(QStringLiteral("email"), QString(QStringLiteral("anonymised-") + id.mid(5) +
                                                              QStringLiteral("@invalid.example")));
                cand->insert(QStringLiteral("phone"), QJsonValue());
                cand->insert(QStringLiteral("location"), QJsonValue());
                cand->insert(QStringLiteral("tags"), QJsonArray{});
                m_s.store.update(QStringLiteral("candidate"), id, *cand);
                QSqlQuery notes = m_s.db.exec(
                    QStringLiteral(
                        "SELECT id, type FROM objects WHERE candidate_id = ? AND type IN ('note')"),
                    {id});
                QStringList noteIds;
                while (notes.next())
                    noteIds.append(notes.value(0).toString());
                for (const QString &n : noteIds) {
                    if (m_s.store.remove(QStringLiteral("note"), n, QStringLiteral("retention")))
                        ++result.tombstones;
                }
                m_s.db.exec(QStringLiteral("DELETE FROM blobs WHERE id = ?"),
                            {QString(QStringLiteral("cv:") + id)});
            }
            m_s.audit.recordAs({}, {}, {}, Json::iso(now),
                               remove ? QStringLiteral("retention.delete")
                                      : QStringLiteral("retention.anonymise"),
                               QStringLiteral("candidate"), id, QStringLiteral("success"),
                               QJsonObject{{QStringLiteral("rule_id"), rule.value(QStringLiteral("id"))}});
        }
    }
    return result;
}

} // namespace hirex::sandbox
