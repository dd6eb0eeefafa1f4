#include "core/read/CardFacts.h"

#include <QJsonDocument>

namespace hirex::read {

namespace {

QJsonObject objectOf(const QString &json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

CardFacts::CardFacts(const store::SqlCipherDatabase *db)
    : m_candidate(db->prepare("SELECT json, consent_state FROM candidates WHERE id = ?1"))
    , m_stages(db->prepare("SELECT id, json FROM stages WHERE pipeline_id = ?1"))
    , m_application(db->prepare("SELECT json FROM applications WHERE id = ?1"))
    // candidates_source (schema v6) makes this an index walk.
    , m_sources(
          db->prepare("SELECT DISTINCT source FROM candidates WHERE source IS NOT NULL AND source <> '' "
                      "ORDER BY source"))
    , m_matchScore(
          db->prepare("SELECT id FROM ai_insights WHERE application_id = ?1 AND kind = 'match_score' "
                      "AND score IS NOT NULL ORDER BY updated_at DESC LIMIT 1")) {}

CandidateFacts CardFacts::candidate(const QString &candidateId) {
    m_lastError.clear();
    CandidateFacts facts;
    m_candidate.bind(1, candidateId);
    if (m_candidate.next()) {
        const QJsonObject o = objectOf(m_candidate.columnText(0));
        facts.source = o.value(QLatin1String("source")).toString();
        facts.consentState = m_candidate.columnText(1);
        const QString until = o.value(QLatin1String("retention_until")).toString();
        if (!until.isEmpty())
            facts.retentionUntil = QDateTime::fromString(until, Qt::ISODateWithMs);
    }
    if (!m_candidate.ok())
        m_lastError = m_candidate.errorMessage();
    // A statement left mid-step holds a read transaction, and with it the WAL checkpoint.
    m_candidate.reset();
    return facts;
}

QHash<QString, StageFacts> CardFacts::stages(const QString &pipelineId) {
    m_lastError.clear();
    QHash<QString, StageFacts> stages;
    m_stages.bind(1, pipelineId);
    while (m_stages.next()) {
        const QJsonObject stage = objectOf(m_stages.columnText(1));
        const QJsonValue days = stage.value(QLatin1String("sla_days"));
        StageFacts facts;
        if (days.isDouble() && days.toInt() > 0)
            facts.slaDays = days.toInt();
        facts.kind = stage.value(QLatin1String("kind")).toString();
        stages.insert(m_stages.columnText(0), facts);
    }
    if (!m_stages.ok())
        m_lastError = m_stages.errorMessage();
    m_stages.reset();
    return stages;
}

QStringList CardFacts::sources() {
    m_lastError.clear();
    QStringList sources;
    while (m_sources.next())
        sources.append(m_sources.columnText(0));
    if (!m_sources.ok())
        m_lastError = m_sources.errorMessage();
    m_sources.reset();
    return sources;
}

std::optional<QJsonObject> CardFacts::application(const QString &applicationId) {
    m_lastError.clear();
    std::optional<QJsonObject> row;
    m_application.bind(1, applicationId);
    if (m_application.next())
        row = objectOf(m_application.columnText(0));
    if (!m_application.ok()) {
        m_lastError = m_application.errorMessage();
        row.reset();
    }
    m_application.reset();
    return row;
}

QString CardFacts::matchScoreInsight(const QString &applicationId) {
    m_matchScore.bind(1, applicationId);
    const QString id = m_matchScore.next() ? m_matchScore.columnText(0) : QString();
    if (!m_matchScore.ok())
        m_lastError = m_matchScore.errorMessage();
    m_matchScore.reset();
    return id;
}

} // namespace hirex::read
