#pragma once

#include "core/store/SqlCipherDatabase.h"

#include <QList>
#include <QString>

namespace hirex::store {

// The cache's tables, by migration. Every entity row keeps the server's id, version and
// updated_at, the raw JSON (so no field is lost when the client does not know it yet), and the
// few columns queries and eviction need, indexed. Candidate search is an FTS4 table kept in
// step by triggers (FTS5 is not in Debian's SQLCipher 3.4).
class CacheSchema {
public:
    static constexpr int LatestVersion = 10;

    static QList<Migration> migrations();

    // candidates.sort_name: '0' + last + U+0001 + first, each folded for sorting, or '1' when
    // the server withholds the name (so those sort last). The rule, one for every locale, so
    // Turkish and German names interleave as readers of either expect a list of names: letters
    // sort as their base letter, case-insensitively (ç=c, ğ=g, ı=İ=i, ö=o, ş=s, ü=u, ä=a, ß=ss,
    // as DIN 5007-1 lists names), with the application or row id breaking ties. It is not
    // Turkish alphabetical order (where ç follows c and ö follows o); a single stored key
    // cannot be both that and German order, and base-letter order is what both accept.
    static QString sortName(const QString &first, const QString &last);

    // An FTS4 MATCH expression for what a person typed: each word becomes a quoted prefix
    // term, so quotes and operators in the input cannot break or widen the query. Each word is
    // folded as the index folds names (schema 8): ı/İ to i/I, ß to ss, æ œ ø ł đ to their base
    // letters; unicode61 then folds case and accents on both sides.
    static QByteArray searchExpression(const QString &userText);
    // An FTS4 phrase of `text`'s words, folded as searchExpression() folds them, without prefix
    // terms: "visa needed" for the tag "visa-needed". Empty when `text` holds no word. A
    // prefilter: the phrase also matches "visa needed" inside a longer tag.
    static QByteArray phraseExpression(const QString &text);

    // FTS4 keeps a deleted document's terms in old index segments until they are merged.
    // After erasing candidates, merge so their names leave the index too (secure_delete then
    // zeroes the freed pages). Cost grows with the index: run it after deletions, not per row.
    static bool purgeDeletedSearchTerms(const SqlCipherDatabase &db, QString *error = nullptr);

    // Bulk loading (first sync): while deferred, inserts and updates of candidates and notes
    // leave the search index alone (deletes still reach it). rebuildSearchIndex() recreates the
    // index from the tables in one pass and ends the deferral. Both belong inside the caller's
    // transaction; a crash in between leaves the deferral on until a later rebuild.
    static bool deferSearchIndex(const SqlCipherDatabase &db, QString *error = nullptr);
    static bool searchIndexDeferred(const SqlCipherDatabase &db);
    static bool rebuildSearchIndex(const SqlCipherDatabase &db, QString *error = nullptr);
};

} // namespace hirex::store
