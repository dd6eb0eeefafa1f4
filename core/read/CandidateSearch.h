#pragma once

#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityChanges.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <algorithm>
#include <memory>

namespace hirex::read {

// The candidates a search finds, as their docids (candidates.local_id) in ascending order: read
// from the FTS index once per keystroke and shared by every board column's page and count
// queries (StageCards::Narrowing::hits), instead of each query evaluating the MATCH again.
// Immutable once built; the StageCards SQL function hirex_hit(hits, docid) reads it.
class SearchHits {
public:
    explicit SearchHits(QList<qint64> docids);
    ~SearchHits();
    SearchHits(const SearchHits &) = delete;
    SearchHits &operator=(const SearchHits &) = delete;

    qsizetype size() const { return m_docids.size(); }
    const QList<qint64> &docids() const { return m_docids; }
    bool contains(qint64 docid) const {
        return std::binary_search(m_docids.cbegin(), m_docids.cend(), docid);
    }
    // Whether `address` is a SearchHits that is alive (hirex_hit checks what it is handed).
    static bool isAlive(const void *address);

private:
    QList<qint64> m_docids;
};

struct SearchHit {
    QString candidateId;
    QString displayName; // empty when the server withholds the name
};

// Full-text search over candidates (name, email, tags, skills, note text) in the cache's FTS4
// index, prefix per word, for the search box. What a person typed is never FTS syntax: quotes,
// `*`, `-`, OR, NEAR and `column:` filters are plain words (CacheSchema::searchExpression), and
// the Turkish ı/İ fold to i/I as the index folds them. Empty input is no filter: every
// candidate. GUI-free; one instance per connection and thread.
class CandidateSearch {
public:
    explicit CandidateSearch(const store::SqlCipherDatabase *db);

    // The MATCH expression for what a person typed; empty when it holds no word (no filter).
    static QByteArray matchExpression(const QString &userText);

    void setText(const QString &userText);
    QString text() const { return m_text; }
    bool isFilter() const { return !m_expression.isEmpty(); }

    // At most this many hits are few: a reader may fetch them all and sort them.
    static constexpr qint64 FewHits = 500;
    // How many candidates the text finds (the FTS doclist only, no rows read); -1 on error,
    // 0 without a filter.
    qint64 hitCount();
    // Every hit's docid, read once (the FTS doclist only, no rows); null on error or without
    // a filter.
    std::shared_ptr<const SearchHits> hits();

    // The first `limit` hits, by name (withheld names last). Empty on error (see lastError()).
    QList<SearchHit> fetch(int limit);

    // False while a first sync defers the index (settings row 'search.deferred'): hits are then
    // incomplete, and the screen says the index is still being built.
    bool indexComplete() const;

    // Whether a commit's changes alter what fetch() showed: a shown candidate written or
    // removed, a written candidate that now matches, or a note (its text is searched).
    bool apply(const sync::EntityChanges &changes);

    QString lastError() const { return m_lastError; }

private:
    bool nowMatches(const QString &candidateId);

    const store::SqlCipherDatabase *m_db;
    QString m_text;
    QByteArray m_expression;
    store::Statement m_all;
    store::Statement m_matching;     // few hits: fetch them all, then sort
    store::Statement m_matchingWalk; // many hits: walk the name index, stop after the page
    store::Statement m_hitCount;
    store::Statement m_hitDocids;
    store::Statement m_matchesOne;
    QSet<QString> m_shown;
    QString m_lastError;
};

} // namespace hirex::read
