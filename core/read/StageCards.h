#pragma once

#include "core/read/CandidateSearch.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityChanges.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace hirex::read {

struct StageCard {
    QString applicationId;
    QString candidateId;
    QString displayName; // empty when the server hides the name (visibility, anonymised screening)
    // The server's label for a withheld candidate (anonymised screening); empty without one.
    QString anonymisedLabel;
    QStringList tags;
    QDateTime stageEnteredAt;      // invalid when the server sent none
    int daysInStage = -1;          // whole days until `now` of fetch(); -1 without stageEnteredAt
    std::optional<int> matchScore; // the latest match_score insight of the application
};

// The cards of one board column: the stage's active applications, a page at a time, so a
// column of 20,000 cards is fetched as the user scrolls. GUI-free; one instance per connection
// and thread. Every order walks an index of applications (schema version 7) and stops after
// the page. fetchAfter() pages by keyset (each page starts after the last card of the one
// before), so page 400 costs what page 1 does; fetch(offset, limit) still works but steps over
// `offset` index entries first. A presenter that re-queries after apply() fetches again from
// the start.
class StageCards {
public:
    enum class Order {
        TimeInStage,   // longest in the stage first (earliest stage_entered_at); unknown last
        CandidateName, // last name, then first name (CacheSchema::sortName's rule)
        MatchScore,    // highest score first; cards without one last
    };

    // Where the next page starts: the sort key and application of the last card shown. Opaque.
    struct Cursor {
        QString key;
        QString applicationId;
    };
    struct Page {
        QList<StageCard> cards;
        std::optional<Cursor> next; // none after the last page
        std::optional<Cursor> last; // the last card read (where a later page would start)
    };

    // What the column is narrowed to, evaluated inside the page and count queries, so a narrowed
    // column is still one range of its order's index read in order, stopping after the page.
    // Unset members narrow nothing; all set members must hold. Tag and source compare the way
    // fold() does, days in stage the way a card counts them.
    struct Narrowing {
        QByteArray match; // a CandidateSearch::matchExpression(); empty: no search
        // The search has few hits (CandidateSearch::FewHits at most): read the stage's cards of
        // those candidates and sort them, instead of walking the whole column to find them.
        bool fewHits = false;
        // The search's hits, read once for every column (CandidateSearch::hits()): with them a
        // page checks each card against the set instead of evaluating `match` itself.
        std::shared_ptr<const SearchHits> hits;
        QString tag;                 // one of the candidate's tags (a substring of them, folded)
        QString source;              // the candidate's source, folded
        std::optional<int> minScore; // match score range, inclusive; cards without a score are
        std::optional<int> maxScore; // out as soon as either bound is set
        std::optional<int> minDays;  // days in stage, inclusive (a day of slack each way: the
        std::optional<int> maxDays;  // stored times are compared as text)

        bool isEmpty() const {
            return match.isEmpty() && tag.isEmpty() && source.isEmpty() && !minScore && !maxScore &&
                   !minDays && !maxDays;
        }
        friend bool operator==(const Narrowing &, const Narrowing &) = default;
    };

    StageCards(const store::SqlCipherDatabase *db, const QString &stageId);

    QString stageId() const { return m_stageId; }
    Order order() const { return m_order; }
    // A new order starts over: what was shown is forgotten.
    void setOrder(Order order);
    const Narrowing &narrowing() const { return m_narrowing; }
    // A new narrowing starts over too.
    void setNarrowing(const Narrowing &narrowing);

    // Cards [offset, offset + limit) in the current order. Empty on error (see lastError()).
    QList<StageCard> fetch(int offset, int limit, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Up to `limit` cards after `after` (the first page without it), in the current order.
    // An empty page with lastError() set on error.
    Page fetchAfter(const std::optional<Cursor> &after, int limit,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Forget the fetched cards (before fetching again from offset 0).
    void forgetShown();
    // The stage's active applications within the narrowing (from the same index); -1 on error.
    int count(const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Whether a commit's changes alter the stage's cards: an application that is (or was) shown
    // or is now in this stage, a shown card's candidate, or a match score of such an application.
    bool apply(const sync::EntityChanges &changes);

    QString lastError() const { return m_lastError; }
    // The page query of an order (for EXPLAIN QUERY PLAN in tests and benches): by offset
    // (?1 stage, ?2 limit, ?3 offset) or after a cursor (?3 key, ?4 application id); a narrowing
    // adds ?5 match, ?6 tag, ?7 source, ?8/?9 score bounds, ?10/?11 stage entry bounds.
    static QByteArray pageSql(Order order, bool afterCursor, const Narrowing &narrowing);
    static QByteArray pageSql(Order order, bool afterCursor = false);
    // `tagFromIndex`: the tag's candidates from the search index (?16 its phrase, see count()).
    static QByteArray countSql(const Narrowing &narrowing, bool tagFromIndex = false);
    // The case folding the tag and source conditions compare with, as the SQL function
    // hirex_fold(text) on this connection: QString::toCaseFolded(), then Turkish and German
    // rules it lacks (its simple folding leaves İ, ı and ß alone): I, ı, İ and i are one
    // letter, ß is ss. Letter by letter, so fold(a + b) == fold(a) + fold(b).
    static QString fold(const QString &text);
    // The SQL functions a narrowing uses (hirex_fold, hirex_has_tag, hirex_days), on the
    // connection; every StageCards registers them (for EXPLAIN without one).
    static void registerFunctions(const store::SqlCipherDatabase *db);

private:
    store::Statement &pageStatement(bool afterCursor);
    void bindNarrowing(store::Statement &s, const QDateTime &now) const;
    QList<StageCard> readCards(store::Statement &s, const QDateTime &now, Cursor *last);
    bool applicationAffects(const QString &applicationId);

    const store::SqlCipherDatabase *m_db;
    QString m_stageId;
    Order m_order = Order::TimeInStage;
    Narrowing m_narrowing;
    QByteArray m_tagPhrase; // the narrowing's tag as a search-index phrase, for the counts
    store::Statement m_count;
    store::Statement m_countTagFromIndex;
    std::array<store::Statement, 6> m_pages; // per Order, by offset and by cursor: ORDER BY cannot be bound
    store::Statement m_stageOf;
    store::Statement m_applicationOfInsight;
    store::Statement m_candidateInStage;
    QSet<QString> m_shownApplications;
    QSet<QString> m_shownCandidates;
    QString m_lastError;
};

} // namespace hirex::read
