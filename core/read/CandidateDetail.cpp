#include "core/read/CandidateDetail.h"

#include "core/read/JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace hirex::read {

namespace {

// Beyond this many written rows, asking for each one costs more than re-querying.
constexpr qsizetype MaxLookups = 200;

} // namespace

CandidateDetail::CandidateDetail(const store::SqlCipherDatabase *db)
    : m_db(db)
    , m_candidate(db->prepare("SELECT first_name, last_name, email, json, source, consent_state "
                              "FROM candidates WHERE id = ?1"))
    // The newest match_score insight per application, as StageCards shows it on the card.
    , m_applications(db->prepare(
          "SELECT a.id, a.job_id, j.title, a.stage_id, s.name, a.status, a.stage_entered_at, a.pipeline_id, "
          "i.id, i.score, i.json, i.updated_at FROM applications a "
          "LEFT JOIN jobs j ON j.id = a.job_id LEFT JOIN stages s ON s.id = a.stage_id "
          "LEFT JOIN ai_insights i ON i.id = (SELECT x.id FROM ai_insights x WHERE x.application_id = a.id "
          "AND x.kind = 'match_score' AND x.score IS NOT NULL ORDER BY x.updated_at DESC LIMIT 1) "
          "WHERE a.candidate_id = ?1 ORDER BY a.entered_key DESC, a.id"))
    , m_notes(db->prepare("SELECT id FROM notes WHERE candidate_id = ?1"))
    , m_applicationOwner(db->prepare("SELECT candidate_id FROM applications WHERE id = ?1"))
    , m_insightOwner(db->prepare("SELECT candidate_id FROM ai_insights WHERE id = ?1"))
    , m_noteOwner(db->prepare("SELECT candidate_id FROM notes WHERE id = ?1"))
    , m_consentOwner(db->prepare("SELECT candidate_id FROM consents WHERE id = ?1")) {}

QString CandidateDetail::anonymisedLabel(const QString &candidateId) {
    // A short reference from the opaque id tells two anonymised candidates apart without
    // saying anything about the person.
    return QCoreApplication::translate("hirex::read::CandidateDetail", "Anonymised candidate %1")
        .arg(candidateId.right(6).toUpper());
}

QString CandidateDetail::anonymisedLabel(const QString &candidateId, const QString &serverLabel) {
    return serverLabel.isEmpty() ? anonymisedLabel(candidateId) : serverLabel;
}

std::optional<CandidateDetails> CandidateDetail::load(const QString &candidateId) {
    m_lastError.clear();
    m_candidateId = candidateId;
    m_applicationIds.clear();
    m_insightIds.clear();
    m_noteIds.clear();
    m_jobIds.clear();
    m_pipelineIds.clear();

    CandidateDetails d;
    d.candidateId = candidateId;
    m_candidate.bind(1, candidateId);
    const bool found = m_candidate.next();
    if (found) {
        const bool withheld = m_candidate.isNull(0) && m_candidate.isNull(1);
        const QString json = m_candidate.columnText(3);
        d.nameWithheld = withheld;
        d.displayName =
            withheld
                ? anonymisedLabel(candidateId, anonymisedLabelFromJson(json))
                : QString(m_candidate.columnText(0) + QLatin1Char(' ') + m_candidate.columnText(1)).trimmed();
        d.email = m_candidate.columnText(2);
        d.tags = tagsFromJson(json);
        d.skills = namesFromJson(json, "skills");
        d.source = m_candidate.columnText(4);
        d.consentState = m_candidate.columnText(5);
    }
    const bool candidateOk = m_candidate.ok();
    if (!candidateOk)
        m_lastError = m_candidate.errorMessage();
    // A statement left mid-step holds a read transaction, and with it the WAL checkpoint.
    m_candidate.reset();
    if (!found)
        return std::nullopt;

    m_applications.bind(1, candidateId);
    while (m_applications.next()) {
        CandidateApplication a;
        a.applicationId = m_applications.columnText(0);
        a.jobId = m_applications.columnText(1);
        a.jobTitle = m_applications.columnText(2);
        a.stageId = m_applications.columnText(3);
        a.stageName = m_applications.columnText(4);
        a.status = m_applications.columnText(5);
        a.stageEnteredAt = QDateTime::fromString(m_applications.columnText(6), Qt::ISODateWithMs);
        m_applicationIds.insert(a.applicationId);
        m_jobIds.insert(a.jobId);
        m_pipelineIds.insert(m_applications.columnText(7));
        if (!m_applications.isNull(8)) {
            AiMatchScore score;
            score.insightId = m_applications.columnText(8);
            score.score = static_cast<int>(m_applications.columnInt64(9));
            score.disclaimer = QJsonDocument::fromJson(m_applications.columnText(10).toUtf8())
                                   .object()
                                   .value(QLatin1String("disclaimer"))
                                   .toString();
            score.updatedAt = QDateTime::fromString(m_applications.columnText(11), Qt::ISODateWithMs);
            m_insightIds.insert(score.insightId);
            a.matchScore = score;
        }
        d.applications.append(a);
    }
    const bool applicationsOk = m_applications.ok();
    if (!applicationsOk)
        m_lastError = m_applications.errorMessage();
    m_applications.reset();

    m_notes.bind(1, candidateId);
    while (m_notes.next())
        m_noteIds.insert(m_notes.columnText(0));
    const bool notesOk = m_notes.ok();
    if (!notesOk)
        m_lastError = m_notes.errorMessage();
    m_notes.reset();
    d.notesCount = static_cast<int>(m_noteIds.size());

    if (!applicationsOk || !notesOk)
        return std::nullopt;
    return d;
}

bool CandidateDetail::ownedBy(store::Statement &lookup, const QString &id) {
    lookup.bind(1, id);
    const bool ours = lookup.next() && lookup.columnText(0) == m_candidateId;
    const bool failed = !lookup.ok();
    lookup.reset();
    return ours || failed;
}

bool CandidateDetail::apply(const sync::EntityChanges &changes) {
    if (changes.everything)
        return true;
    if (m_candidateId.isEmpty())
        return false;
    const auto shown = [&changes](const char *kind, const QSet<QString> &ids) {
        const QString k = QLatin1String(kind);
        for (const QString &id : changes.written.value(k) + changes.removed.value(k))
            if (ids.contains(id))
                return true;
        return false;
    };
    const QString candidate = QStringLiteral("candidate");
    if (changes.written.value(candidate).contains(m_candidateId) ||
        changes.removed.value(candidate).contains(m_candidateId))
        return true;
    if (shown("application", m_applicationIds) || shown("ai_insight", m_insightIds) ||
        shown("note", m_noteIds) || shown("job", m_jobIds) || shown("pipeline", m_pipelineIds))
        return true;
    // New rows of this candidate: each written id is looked up once.
    qsizetype lookups = 0;
    for (const char *kind : {"application", "ai_insight", "note", "consent"})
        lookups += changes.written.value(QLatin1String(kind)).size();
    if (lookups > MaxLookups)
        return true;
    const auto anyOwned = [&](const char *kind, store::Statement &lookup) {
        for (const QString &id : changes.written.value(QLatin1String(kind)))
            if (ownedBy(lookup, id))
                return true;
        return false;
    };
    // A removed consent's candidate is no longer known; its state is on the candidate row,
    // which the server rewrites with it.
    return anyOwned("application", m_applicationOwner) || anyOwned("ai_insight", m_insightOwner) ||
           anyOwned("note", m_noteOwner) || anyOwned("consent", m_consentOwner);
}

} // namespace hirex::read
