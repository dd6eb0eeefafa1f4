#pragma once

#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityChanges.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::read {

// The newest match_score insight of an application. AI output: it informs, it does not
// decide, and a screen shows it as such, with the server's disclaimer.
struct AiMatchScore {
    QString insightId;
    int score = 0;
    QString disclaimer; // the server's text, e.g. "AI-generated. Informs, does not decide."
    QDateTime updatedAt;
    static constexpr bool aiGenerated = true;
};

struct CandidateApplication {
    QString applicationId;
    QString jobId;
    QString jobTitle; // empty when the job is not cached
    QString stageId;
    QString stageName; // empty when the pipeline is not cached
    QString status;
    QDateTime stageEnteredAt;
    std::optional<AiMatchScore> matchScore;
};

struct CandidateDetails {
    QString candidateId;
    bool nameWithheld = false; // visibility rules or anonymised screening
    QString displayName;       // the name, or the anonymised label when withheld
    QString email;             // empty when withheld
    QStringList tags;
    QStringList skills;
    QString source;
    QString consentState;                     // granted | pending | withdrawn | not_required
    QList<CandidateApplication> applications; // newest stage entry first
    int notesCount = 0;
};

// One candidate for the detail pane: their applications (job, stage, latest AI match score),
// tags, consent state and how many notes they have. GUI-free; one instance per connection and
// thread.
class CandidateDetail {
public:
    explicit CandidateDetail(const store::SqlCipherDatabase *db);

    // nullopt when the candidate is not cached, or on error (lastError() then says why).
    std::optional<CandidateDetails> load(const QString &candidateId);

    // What a screen shows for a candidate whose name the server withholds.
    // The server's label (`anonymised_label` of the cached JSON) when it sent one, else a
    // reference made here from the id.
    static QString anonymisedLabel(const QString &candidateId);
    static QString anonymisedLabel(const QString &candidateId, const QString &serverLabel);

    // Whether a commit's changes alter what the last load() returned: the candidate, one of
    // their applications, AI insights, notes or consents, or a shown job or pipeline (titles
    // and stage names).
    bool apply(const sync::EntityChanges &changes);

    QString lastError() const { return m_lastError; }

private:
    bool ownedBy(store::Statement &lookup, const QString &id);

    const store::SqlCipherDatabase *m_db;
    store::Statement m_candidate;
    store::Statement m_applications;
    store::Statement m_notes;
    store::Statement m_applicationOwner;
    store::Statement m_insightOwner;
    store::Statement m_noteOwner;
    store::Statement m_consentOwner;
    QString m_candidateId;
    QSet<QString> m_applicationIds;
    QSet<QString> m_insightIds;
    QSet<QString> m_noteIds;
    QSet<QString> m_jobIds;
    QSet<QString> m_pipelineIds;
    QString m_lastError;
};

} // namespace hirex::read
