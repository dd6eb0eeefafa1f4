#include "core/read/MyReviews.h"

#include "core/read/JsonFields.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hirex::read {

namespace {

// The author's scorecards through schema 10's evaluations_author index: nothing of other
// reviewers' is read. Drafts (0) before submitted ones (1); drafts by their oldest change,
// submitted ones by their newest.
constexpr char RowsSql[] =
    "SELECT e.id, e.application_id, e.candidate_id, e.status, e.json, e.updated_at, e.version, "
    "c.first_name, c.last_name, c.json, j.id, j.title, s.pipeline_id, s.name "
    "FROM evaluations e "
    "LEFT JOIN applications a ON a.id = e.application_id "
    "LEFT JOIN candidates c ON c.id = coalesce(e.candidate_id, a.candidate_id) "
    "LEFT JOIN jobs j ON j.id = a.job_id "
    "LEFT JOIN stages s ON s.id = a.stage_id "
    "WHERE e.author_id = ?1 "
    "ORDER BY (e.status = 'submitted'), "
    "CASE WHEN e.status = 'submitted' THEN '' ELSE e.updated_at END, "
    "CASE WHEN e.status = 'submitted' THEN e.updated_at END DESC, e.id";

// Beyond this many written scorecards, asking for each one costs more than reading the list again.
constexpr qsizetype MaxLookups = 200;

} // namespace

MyReviews::MyReviews(const store::SqlCipherDatabase *db)
    : m_rows(db->prepare(RowsSql))
    , m_authorOf(db->prepare("SELECT author_id FROM evaluations WHERE id = ?1")) {}

QByteArray MyReviews::rowsSql() {
    return QByteArray(RowsSql);
}

void MyReviews::setAuthor(const QString &userId) {
    m_author = userId;
}

QList<ReviewRow> MyReviews::fetch() {
    m_lastError.clear();
    m_evaluations.clear();
    m_candidates.clear();
    m_applications.clear();
    m_jobs.clear();
    m_pipelines.clear();
    QList<ReviewRow> rows;
    if (m_author.isEmpty())
        return rows;
    m_rows.bind(1, m_author);
    while (m_rows.next()) {
        const QJsonObject evaluation = QJsonDocument::fromJson(m_rows.columnText(4).toUtf8()).object();
        ReviewRow row;
        row.evaluationId = m_rows.columnText(0);
        row.applicationId = m_rows.columnText(1);
        row.candidateId = m_rows.columnText(2);
        row.submitted = m_rows.columnText(3) == QLatin1String("submitted");
        if (row.submitted)
            row.overall = evaluation.value(QLatin1String("overall")).toString();
        row.updatedAt = QDateTime::fromString(m_rows.columnText(5), Qt::ISODateWithMs);
        row.version = m_rows.columnInt64(6);
        row.candidateName = QString(m_rows.columnText(7) + QLatin1Char(' ') + m_rows.columnText(8)).trimmed();
        if (row.candidateName.isEmpty())
            row.anonymisedLabel = anonymisedLabelFromJson(m_rows.columnText(9));
        row.jobTitle = m_rows.columnText(11);
        row.stageName = m_rows.columnText(13);
        m_evaluations.insert(row.evaluationId);
        m_candidates.insert(row.candidateId);
        m_applications.insert(row.applicationId);
        m_jobs.insert(m_rows.columnText(10));
        m_pipelines.insert(m_rows.columnText(12));
        rows.append(row);
    }
    if (!m_rows.ok()) {
        m_lastError = m_rows.errorMessage();
        rows.clear();
    }
    // A statement left mid-step holds a read transaction, and with it the WAL checkpoint.
    m_rows.reset();
    return rows;
}

bool MyReviews::apply(const sync::EntityChanges &changes) {
    if (changes.everything)
        return true;
    const auto names = [&changes](const QString &kind, const QSet<QString> &shown) {
        for (const QString &id : changes.written.value(kind))
            if (shown.contains(id))
                return true;
        for (const QString &id : changes.removed.value(kind))
            if (shown.contains(id))
                return true;
        return false;
    };
    if (names(QStringLiteral("evaluation"), m_evaluations) ||
        names(QStringLiteral("candidate"), m_candidates) ||
        names(QStringLiteral("application"), m_applications) || names(QStringLiteral("job"), m_jobs) ||
        names(QStringLiteral("pipeline"), m_pipelines))
        return true;
    const QSet<QString> written = changes.written.value(QStringLiteral("evaluation"));
    if (m_author.isEmpty() || written.isEmpty())
        return false;
    if (written.size() > MaxLookups)
        return true;
    for (const QString &id : written) {
        m_authorOf.bind(1, id);
        const QString author = m_authorOf.next() ? m_authorOf.columnText(0) : QString();
        const bool failed = !m_authorOf.ok();
        m_authorOf.reset();
        if (failed || author == m_author)
            return true;
    }
    return false;
}

} // namespace hirex::read
