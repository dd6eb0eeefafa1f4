#pragma once

#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityChanges.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace hirex::read {

struct StageCard {
    QString applicationId;
    QString candidateId;
    QString displayName; // empty when the server hides the name (visibility, anonymised screening)
    QStringList tags;
    QDateTime stageEnteredAt;      // invalid when the server sent none
    int daysInStage = -1;          // whole days until `now` of fetch(); -1 without stageEnteredAt
    std::optional<int> matchScore; // the latest match_score insight of the application
};

// The cards of one board column: the stage's active applications, a page at a time, so a
// column of 20,000 cards is fetched as the user scrolls. GUI-free; one instance per connection
// and thread. Pages are offset/limit: a presenter that re-queries after apply() fetches again
// from the start.
class StageCards {
public:
    enum class Order {
        TimeInStage,   // longest in the stage first (earliest stage_entered_at); unknown last
        CandidateName, // last name, then first name (ASCII case-insensitive)
        MatchScore,    // highest score first; cards without one last
    };

    StageCards(const store::SqlCipherDatabase *db, const QString &stageId);

    QString stageId() const { return m_stageId; }
    Order order() const { return m_order; }
    // A new order starts over: what was shown is forgotten.
    void setOrder(Order order);

    // Cards [offset, offset + limit) in the current order. Empty on error (see lastError()).
    QList<StageCard> fetch(int offset, int limit, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Forget the fetched cards (before fetching again from offset 0).
    void forgetShown();

    // Whether a commit's changes alter the stage's cards: an application that is (or was) shown
    // or is now in this stage, a shown card's candidate, or a match score of such an application.
    bool apply(const sync::EntityChanges &changes);

    QString lastError() const { return m_lastError; }

private:
    store::Statement &pageStatement();
    bool applicationAffects(const QString &applicationId);

    const store::SqlCipherDatabase *m_db;
    QString m_stageId;
    Order m_order = Order::TimeInStage;
    std::array<store::Statement, 3> m_pages; // one per Order: ORDER BY cannot be bound
    store::Statement m_stageOf;
    store::Statement m_applicationOfInsight;
    QSet<QString> m_shownApplications;
    QSet<QString> m_shownCandidates;
    QString m_lastError;
};

} // namespace hirex::read
