#pragma once

#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityChanges.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <optional>

namespace hirex::read {

struct CandidateRow {
    QString candidateId;
    QString displayName; // empty when the server withholds the name
    // The server's label for a withheld candidate (anonymised screening); empty without one.
    QString anonymisedLabel;
    QString email;
    QStringList tags;
    QString source;
    QDateTime updatedAt;
    // AI output (informs, does not decide): the best of the latest match scores of the
    // candidate's applications; none without a scored application.
    std::optional<int> matchScore;
};

// What the table shows; every set field narrows it, an unset one does not filter.
struct CandidateFilter {
    QString text;   // full-text, as CandidateSearch reads it
    QString tag;    // one exact tag
    QString source; // exact
    // An application of the candidate matching all of these at once.
    QString stageId;
    QString status; // active | rejected | withdrawn | hired
    std::optional<int> minDaysInStage;
    std::optional<int> maxDaysInStage;
    // Of CandidateRow::matchScore, inclusive; a candidate without a score is outside any range.
    std::optional<int> minScore;
    std::optional<int> maxScore;

    bool usesApplications() const {
        return !stageId.isEmpty() || !status.isEmpty() || minDaysInStage || maxDaysInStage;
    }
};

// The candidates table: every candidate of the working set, filtered and sorted, paged by
// keyset (each page starts after the last row of the one before, from the index), so page N
// costs what page 1 does. GUI-free; one instance per connection and thread.
class CandidateTable {
public:
    enum class Sort {
        Name,    // last name, then first name (CacheSchema::sortName's rule); withheld names last
        Updated, // most recently updated first
        Score,   // highest match score first; candidates without one last
    };

    // Where the next page starts: the sort key and row of the last row shown. Opaque.
    struct Cursor {
        QVariant key;
        qint64 localId = 0;
    };
    struct Page {
        QList<CandidateRow> rows;
        std::optional<Cursor> next; // none after the last page
    };

    explicit CandidateTable(const store::SqlCipherDatabase *db);

    // A new filter or sort starts over: what was shown is forgotten.
    void setFilter(const CandidateFilter &filter);
    void setSort(Sort sort);
    const CandidateFilter &filter() const { return m_filter; }
    Sort sort() const { return m_sort; }

    // Up to `limit` rows after `after` (the first page without it). `now` is the clock of the
    // days-in-stage filter. An empty page with lastError() set on error.
    Page fetch(int limit, const std::optional<Cursor> &after = std::nullopt,
               const QDateTime &now = QDateTime::currentDateTimeUtc());

    // How many candidates pass the filter (the rows of every page together); -1 on error.
    qint64 count(const QDateTime &now = QDateTime::currentDateTimeUtc());

    // False while a first sync defers the search index: a text filter then misses candidates.
    bool searchIndexComplete() const;

    // Whether a commit's changes alter the rows shown since the first page: a shown candidate,
    // a written candidate that now passes the filter, or an application, AI insight or (with a
    // text filter) note that may change a row's score or whether it passes.
    bool apply(const sync::EntityChanges &changes);

    QString lastError() const { return m_lastError; }

    // The query of one page (for EXPLAIN QUERY PLAN in tests and benches), as fetch() runs it
    // after its last first page (a text filter's plan depends on how many hits it had).
    QByteArray pageSql(bool withCursor) const;

    // Above this many full-text hits a page walks the sort's index and keeps the rows in the hit
    // set, stopping after the page, instead of reading (and decrypting) every hit to sort it.
    static constexpr qint64 WalkTheIndexFromHits = 500;

private:
    QByteArray whereSql(QList<QVariant> *binds, const QDateTime &now) const;
    store::Statement &statement(const QByteArray &sql);
    bool candidateAffects(const QString &candidateId);
    // Counts the text filter's hits in the FTS doclist (cheap) to choose the page's plan.
    bool countHits();

    const store::SqlCipherDatabase *m_db;
    CandidateFilter m_filter;
    QByteArray m_match;
    bool m_manyHits = false; // the text filter has more than WalkTheIndexFromHits hits
    Sort m_sort = Sort::Name;
    std::map<QByteArray, store::Statement> m_statements;
    QSet<QString> m_shown;
    QString m_lastError;
};

} // namespace hirex::read
