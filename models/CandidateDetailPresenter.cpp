#include "models/CandidateDetailPresenter.h"

#include "core/read/CardFacts.h"

namespace hirex::models {

CandidateDetailPresenter::CandidateDetailPresenter(QObject *parent)
    : QObject(parent) {}

CandidateDetailPresenter::~CandidateDetailPresenter() = default;

void CandidateDetailPresenter::setDatabase(const store::SqlCipherDatabase *db) {
    if (db == m_db)
        return;
    clear();
    // The read models hold statements on the old connection: they go before it closes.
    m_detail.reset();
    m_facts.reset();
    m_db = db;
    if (m_db) {
        m_detail = std::make_unique<read::CandidateDetail>(m_db);
        m_facts = std::make_unique<read::CardFacts>(m_db);
    }
}

bool CandidateDetailPresenter::load(const QString &candidateId) {
    m_details.reset();
    m_retentionUntil = {};
    m_message.clear();
    if (!m_detail) {
        m_message = tr("The candidate can be shown once the local copy of your data is open.");
    } else {
        m_details = m_detail->load(candidateId);
        if (m_details)
            m_retentionUntil = m_facts->candidate(candidateId).retentionUntil;
        else
            m_message = m_detail->lastError().isEmpty()
                            ? tr("This candidate is not in the local copy of your data.")
                            : tr("The candidate could not be read from the local copy of your data.");
    }
    Q_EMIT changed();
    return m_details.has_value();
}

void CandidateDetailPresenter::clear() {
    const bool had = m_details.has_value() || !m_message.isEmpty();
    m_details.reset();
    m_retentionUntil = {};
    m_message.clear();
    if (had)
        Q_EMIT changed();
}

void CandidateDetailPresenter::applyChanges(const sync::EntityChanges &changes) {
    if (!m_details || !m_detail || !m_detail->apply(changes))
        return;
    const QString id = m_details->candidateId;
    load(id);
}

QString CandidateDetailPresenter::title() const {
    return m_details ? m_details->displayName : QString();
}

QString CandidateDetailPresenter::stageText() const {
    if (!m_details || m_details->applications.isEmpty())
        return m_details ? tr("No application in the local copy") : QString();
    const read::CandidateApplication &a = m_details->applications.constFirst();
    const QString job = a.jobTitle.isEmpty() ? tr("Unknown job") : a.jobTitle;
    const QString stage = a.stageName.isEmpty() ? tr("unknown stage") : a.stageName;
    QString text = tr("%1 · %2").arg(job, stage);
    const int more = static_cast<int>(m_details->applications.size()) - 1;
    if (more > 0)
        text += QLatin1Char(' ') + tr("(+%n more application(s))", nullptr, more);
    return text;
}

QStringList CandidateDetailPresenter::tags() const {
    return m_details ? m_details->tags : QStringList();
}

QString CandidateDetailPresenter::sourceText() const {
    return m_details && !m_details->source.isEmpty() ? m_details->source : QString();
}

const read::AiMatchScore *CandidateDetailPresenter::latestScore() const {
    if (!m_details)
        return nullptr;
    for (const read::CandidateApplication &a : m_details->applications)
        if (a.matchScore)
            return &*a.matchScore;
    return nullptr;
}

QString CandidateDetailPresenter::aiScoreText() const {
    const read::AiMatchScore *score = latestScore();
    return score ? tr("AI match score: %1").arg(score->score) : QString();
}

QString CandidateDetailPresenter::aiNotice() const {
    const read::AiMatchScore *score = latestScore();
    if (!score)
        return {};
    const QString label = tr("AI-generated, for information only.");
    return score->disclaimer.isEmpty() ? label : tr("%1 %2").arg(label, score->disclaimer);
}

QStringList CandidateDetailPresenter::warnings() const {
    QStringList out;
    if (!m_details)
        return out;
    if (m_details->consentState == QLatin1String("withdrawn"))
        out.append(tr("Consent withdrawn: do not process this candidate's data further."));
    else if (m_details->consentState == QLatin1String("pending"))
        out.append(tr("Consent pending: the candidate has not agreed yet."));
    if (m_retentionUntil.isValid()) {
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        const qint64 secondsLeft = now.secsTo(m_retentionUntil);
        const int daysLeft = static_cast<int>(secondsLeft / 86400);
        if (secondsLeft <= 0)
            out.append(tr("Retention period ended: this candidate's data is due for deletion."));
        else if (daysLeft <= RetentionWarningDays)
            out.append(tr("Retention ends in %n day(s).", nullptr, std::max(1, daysLeft)));
    }
    return out;
}

} // namespace hirex::models
