#include "core/read/OutboxIssues.h"

#include "core/read/CandidateDetail.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace hirex::read {

namespace {

// Beyond this many written entities, asking for each one costs more than refreshing.
constexpr qsizetype MaxLookups = 200;

QJsonObject parseObject(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QDateTime parseTime(const QString &text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}

// "/v1/candidates/cand_1/notes" -> "cand_1": the candidate a note or evaluation belongs to.
QString candidateInPath(const QString &path) {
    static const QRegularExpression re(QStringLiteral("^/v1/candidates/([^/]+)"));
    const QRegularExpressionMatch m = re.match(path);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString applicationInPath(const QString &path) {
    static const QRegularExpression re(QStringLiteral("^/v1/applications/([^/]+)"));
    const QRegularExpressionMatch m = re.match(path);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

OutboxIssues::OutboxIssues(const store::SqlCipherDatabase *db)
    : m_conflicts(
          db->prepare("SELECT c.id, c.outbox_seq, c.entity, c.entity_id, c.local_json, c.server_json, "
                      "c.server_version, c.detected_at, o.kind, o.path, o.body FROM conflicts c "
                      "LEFT JOIN outbox o ON o.seq = c.outbox_seq WHERE c.resolved = 0 ORDER BY c.id"))
    , m_refused(db->prepare("SELECT seq, kind, path, body, entity, entity_id, created_at, last_error, "
                            "user_message FROM outbox WHERE state = 'failed' ORDER BY seq"))
    , m_oneRefused(db->prepare("SELECT seq, kind, path, body, entity, entity_id, created_at, last_error, "
                               "user_message FROM outbox WHERE state = 'failed' AND seq = ?1"))
    , m_application(db->prepare("SELECT candidate_id, stage_id FROM applications WHERE id = ?1"))
    , m_candidate(db->prepare("SELECT first_name, last_name FROM candidates WHERE id = ?1"))
    , m_stage(db->prepare("SELECT name FROM stages WHERE id = ?1"))
    , m_entityIssue(db->prepare("SELECT EXISTS (SELECT 1 FROM outbox WHERE entity = ?1 AND entity_id = ?2 "
                                "AND state IN ('failed', 'conflict')) OR EXISTS (SELECT 1 FROM conflicts "
                                "WHERE entity = ?1 AND entity_id = ?2 AND resolved = 0)")) {}

OutboxIssue OutboxIssues::refusedFrom(store::Statement &s) const {
    OutboxIssue issue;
    issue.kind = OutboxIssue::Kind::Refused;
    issue.id = s.columnInt64(0);
    issue.seq = issue.id;
    issue.change = s.columnText(1);
    issue.path = s.columnText(2);
    issue.request = parseObject(s.columnText(3));
    issue.entity = s.columnText(4);
    issue.entityId = s.columnText(5);
    issue.when = parseTime(s.columnText(6));
    issue.reasonCode = s.columnText(7);
    issue.reason = s.columnText(8);
    return issue;
}

bool OutboxIssues::refresh() {
    m_lastError.clear();
    QList<OutboxIssue> issues;
    while (m_conflicts.next()) {
        OutboxIssue issue;
        issue.kind = OutboxIssue::Kind::Conflict;
        issue.id = m_conflicts.columnInt64(0);
        issue.seq = m_conflicts.columnInt64(1);
        issue.entity = m_conflicts.columnText(2);
        issue.entityId = m_conflicts.columnText(3);
        const QJsonObject local = parseObject(m_conflicts.columnText(4));
        issue.mine = local.value(QLatin1String("optimistic")).toObject();
        issue.theirs = parseObject(m_conflicts.columnText(5));
        issue.serverVersion = m_conflicts.columnInt64(6);
        issue.when = parseTime(m_conflicts.columnText(7));
        // The outbox entry holds the intent; the conflict's own copy is the fallback.
        issue.change =
            m_conflicts.isNull(8) ? local.value(QLatin1String("kind")).toString() : m_conflicts.columnText(8);
        issue.path = m_conflicts.columnText(9);
        issue.request = m_conflicts.isNull(10) ? local.value(QLatin1String("request")).toObject()
                                               : parseObject(m_conflicts.columnText(10));
        issues.append(issue);
    }
    const bool conflictsOk = m_conflicts.ok();
    if (!conflictsOk)
        m_lastError = m_conflicts.errorMessage();
    // A statement left mid-step holds a read transaction, and with it the WAL checkpoint.
    m_conflicts.reset();
    while (conflictsOk && m_refused.next())
        issues.append(refusedFrom(m_refused));
    const bool refusedOk = m_refused.ok();
    if (!refusedOk)
        m_lastError = m_refused.errorMessage();
    m_refused.reset();
    if (!conflictsOk || !refusedOk)
        return false;
    for (OutboxIssue &issue : issues)
        describe(issue);
    m_issues = issues;
    return m_lastError.isEmpty();
}

std::optional<OutboxIssue> OutboxIssues::refused(qint64 seq) {
    m_lastError.clear();
    m_oneRefused.bind(1, seq);
    std::optional<OutboxIssue> issue;
    if (m_oneRefused.next())
        issue = refusedFrom(m_oneRefused);
    if (!m_oneRefused.ok())
        m_lastError = m_oneRefused.errorMessage();
    m_oneRefused.reset();
    if (issue)
        describe(*issue);
    return issue;
}

QString OutboxIssues::stageName(const QString &stageId) {
    if (stageId.isEmpty())
        return {};
    m_stage.bind(1, stageId);
    const QString name = m_stage.next() ? m_stage.columnText(0) : QString();
    if (!m_stage.ok())
        m_lastError = m_stage.errorMessage();
    m_stage.reset();
    return name;
}

void OutboxIssues::describe(OutboxIssue &issue) {
    QString applicationId;
    if (issue.entity == u"application")
        applicationId = issue.entityId;
    else
        applicationId = applicationInPath(issue.path);
    if (!applicationId.isEmpty()) {
        m_application.bind(1, applicationId);
        if (m_application.next()) {
            issue.candidateId = m_application.columnText(0);
            if (issue.entity == u"application")
                issue.currentStageId = m_application.columnText(1);
        }
        if (!m_application.ok())
            m_lastError = m_application.errorMessage();
        m_application.reset();
    }
    if (issue.candidateId.isEmpty()) {
        if (issue.entity == u"candidate")
            issue.candidateId = issue.entityId;
        else if (const QString inPath = candidateInPath(issue.path); !inPath.isEmpty())
            issue.candidateId = inPath;
        else
            issue.candidateId = (issue.theirs.isEmpty() ? issue.mine : issue.theirs)
                                    .value(QLatin1String("candidate_id"))
                                    .toString();
    }
    if (issue.candidateId.isEmpty())
        return;
    m_candidate.bind(1, issue.candidateId);
    if (m_candidate.next()) {
        issue.subjectWithheld = m_candidate.isNull(0) && m_candidate.isNull(1);
        issue.subject =
            issue.subjectWithheld
                ? CandidateDetail::anonymisedLabel(issue.candidateId)
                : QString(m_candidate.columnText(0) + QLatin1Char(' ') + m_candidate.columnText(1)).trimmed();
    }
    if (!m_candidate.ok())
        m_lastError = m_candidate.errorMessage();
    m_candidate.reset();
}

bool OutboxIssues::hasIssue(const QString &entity, const QString &id) {
    m_entityIssue.bind(1, entity).bind(2, id);
    const bool rows = m_entityIssue.next() && m_entityIssue.columnInt64(0) != 0;
    const bool failed = !m_entityIssue.ok();
    m_entityIssue.reset();
    return rows || failed;
}

bool OutboxIssues::apply(const sync::EntityChanges &changes) {
    if (changes.everything)
        return true;
    if (changes.touches(QStringLiteral("stage")) || changes.touches(QStringLiteral("pipeline")))
        return !m_issues.isEmpty();
    auto listed = [this](const QString &entity, const QString &id) {
        for (const OutboxIssue &issue : std::as_const(m_issues))
            if ((issue.entity == entity && issue.entityId == id) ||
                (entity == u"candidate" && issue.candidateId == id))
                return true;
        return false;
    };
    for (auto it = changes.removed.cbegin(); it != changes.removed.cend(); ++it)
        for (const QString &id : it.value())
            if (listed(it.key(), id))
                return true;
    qsizetype written = 0;
    for (const QSet<QString> &ids : changes.written)
        written += ids.size();
    if (written > MaxLookups)
        return true;
    for (auto it = changes.written.cbegin(); it != changes.written.cend(); ++it)
        for (const QString &id : it.value())
            if (listed(it.key(), id) || hasIssue(it.key(), id))
                return true;
    return false;
}

} // namespace hirex::read
