#pragma once

#include "core/store/SqlCipherDatabase.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::read {

// What a board card shows beyond StageCards' columns: where the candidate came from and what
// their consent and retention say.
struct CandidateFacts {
    QString source;
    QString consentState;     // granted | pending | withdrawn | not_required; empty when unknown
    QDateTime retentionUntil; // invalid when the tenant keeps no end date
};

// A stage's rules as the board needs them.
struct StageFacts {
    std::optional<int> slaDays; // nullopt: the stage has no SLA
    QString kind;               // sourced | screen | interview | offer | hired | other
};

// Small lookups the board needs next to StageCards, on the same read connection: a card's
// candidate facts, a stage's SLA, and the cached application row a move starts from. GUI-free;
// one instance per connection and thread.
class CardFacts {
public:
    explicit CardFacts(const store::SqlCipherDatabase *db);

    // Empty facts when the candidate is not cached.
    CandidateFacts candidate(const QString &candidateId);
    // Each stage of the pipeline, by id.
    QHash<QString, StageFacts> stages(const QString &pipelineId);
    // Every candidate source in the cache ("linkedin", "referral", ...), sorted: the filter's
    // choices.
    QStringList sources();
    // The cached application as the feed wrote it; nullopt when it is not cached.
    std::optional<QJsonObject> application(const QString &applicationId);
    // The id of the match score insight a card of the application shows (the newest one with a
    // score, as StageCards' score), or empty: a decision records the AI output that was on screen.
    QString matchScoreInsight(const QString &applicationId);

    QString lastError() const { return m_lastError; }

private:
    store::Statement m_candidate;
    store::Statement m_stages;
    store::Statement m_application;
    store::Statement m_sources;
    store::Statement m_matchScore;
    QString m_lastError;
};

} // namespace hirex::read
