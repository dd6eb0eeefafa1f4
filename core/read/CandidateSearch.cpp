#include "core/read/CandidateSearch.h"

#include "core/store/CacheSchema.h"

namespace hirex::read {

namespace {

// Beyond this many written candidates, asking for each one costs more than re-querying.
constexpr qsizetype MaxLookups = 200;

} // namespace

CandidateSearch::CandidateSearch(const store::SqlCipherDatabase *db)
    : m_db(db)
    , m_all(db->prepare(
          "SELECT id, first_name, last_name FROM candidates ORDER BY sort_name, local_id LIMIT ?1"))
    , m_matching(
          db->prepare("SELECT c.id, c.first_name, c.last_name FROM candidates c "
                      "WHERE c.local_id IN (SELECT docid FROM candidates_fts WHERE candidates_fts MATCH ?1) "
                      "ORDER BY c.sort_name, c.local_id LIMIT ?2"))
    , m_matchesOne(db->prepare("SELECT 1 FROM candidates c JOIN candidates_fts f ON f.docid = c.local_id "
                               "WHERE c.id = ?1 AND candidates_fts MATCH ?2")) {}

QByteArray CandidateSearch::matchExpression(const QString &userText) {
    return store::CacheSchema::searchExpression(userText);
}

void CandidateSearch::setText(const QString &userText) {
    m_text = userText;
    m_expression = matchExpression(userText);
    m_shown.clear();
}

QList<SearchHit> CandidateSearch::fetch(int limit) {
    m_lastError.clear();
    QList<SearchHit> hits;
    store::Statement &s = isFilter() ? m_matching : m_all;
    if (isFilter())
        s.bind(1, m_expression.constData()).bind(2, limit);
    else
        s.bind(1, limit);
    while (s.next()) {
        hits.append(SearchHit{s.columnText(0),
                              QString(s.columnText(1) + QLatin1Char(' ') + s.columnText(2)).trimmed()});
    }
    if (!s.ok()) {
        m_lastError = s.errorMessage();
        hits.clear();
    }
    // A statement left mid-step holds a read transaction, and with it the WAL checkpoint.
    s.reset();
    m_shown.clear();
    for (const SearchHit &hit : std::as_const(hits))
        m_shown.insert(hit.candidateId);
    return hits;
}

bool CandidateSearch::indexComplete() const {
    return !store::CacheSchema::searchIndexDeferred(*m_db);
}

bool CandidateSearch::nowMatches(const QString &candidateId) {
    if (!isFilter())
        return true; // every candidate is a hit
    m_matchesOne.bind(1, candidateId).bind(2, m_expression.constData());
    const bool matches = m_matchesOne.next();
    const bool failed = !m_matchesOne.ok();
    m_matchesOne.reset();
    return matches || failed;
}

bool CandidateSearch::apply(const sync::EntityChanges &changes) {
    if (changes.everything)
        return true;
    const QString candidate = QStringLiteral("candidate");
    for (const QString &id : changes.removed.value(candidate))
        if (m_shown.contains(id))
            return true;
    // A note's text is searched; its candidate may start or stop matching.
    if (isFilter() && changes.touches(QStringLiteral("note")))
        return true;
    const QSet<QString> written = changes.written.value(candidate);
    if (written.size() > MaxLookups)
        return true;
    for (const QString &id : written)
        if (m_shown.contains(id) || nowMatches(id))
            return true;
    return false;
}

} // namespace hirex::read
