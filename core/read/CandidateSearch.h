#pragma once

#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityChanges.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace hirex::read {

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
    store::Statement m_matchesOne;
    QSet<QString> m_shown;
    QString m_lastError;
};

} // namespace hirex::read
