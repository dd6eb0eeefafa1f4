#include "core/read/CandidateSearch.h"

#include "core/store/CacheSchema.h"

#include <QMutex>
#include <QSet>

namespace hirex::read {

namespace {

// Beyond this many written candidates, asking for each one costs more than re-querying.
constexpr qsizetype MaxLookups = 200;

// How a search reads its page. Counting the hits in the FTS4 doclist is cheap (about 1 ms for a
// one-letter prefix at 100,000 candidates); fetching every hit's row to sort it is not (9 us a
// hit: 96 ms for "a", 42 ms for "ay"). With many hits, walking candidates_sort_name and
// keeping the rows in the hit set reaches a page after about (candidates / hits) * limit index
// entries (7 ms for "a", 2 ms for "ay"), but with few it reads the whole index. The cut-over is
// where both cost a few milliseconds.
constexpr qint64 WalkTheIndexFromHits = CandidateSearch::FewHits;

// The SearchHits alive in this process, so hirex_hit never follows a stale address.
QMutex liveMutex;
QSet<const void *> &live() {
    static QSet<const void *> set;
    return set;
}

} // namespace

SearchHits::SearchHits(QList<qint64> docids)
    : m_docids(std::move(docids)) {
    const QMutexLocker lock(&liveMutex);
    live().insert(this);
}

SearchHits::~SearchHits() {
    const QMutexLocker lock(&liveMutex);
    live().remove(this);
}

bool SearchHits::isAlive(const void *address) {
    const QMutexLocker lock(&liveMutex);
    return live().contains(address);
}

CandidateSearch::CandidateSearch(const store::SqlCipherDatabase *db)
    : m_db(db)
    , m_all(db->prepare(
          "SELECT id, first_name, last_name FROM candidates ORDER BY sort_name, local_id LIMIT ?1"))
    , m_matching(
          db->prepare("SELECT c.id, c.first_name, c.last_name FROM candidates c "
                      "WHERE c.local_id IN (SELECT docid FROM candidates_fts WHERE candidates_fts MATCH ?1) "
                      "ORDER BY c.sort_name, c.local_id LIMIT ?2"))
    // `+c.local_id`: not the rowid lookup, so the plan walks candidates_sort_name in order.
    , m_matchingWalk(
          db->prepare("SELECT c.id, c.first_name, c.last_name FROM candidates c "
                      "WHERE +c.local_id IN (SELECT docid FROM candidates_fts WHERE candidates_fts MATCH ?1) "
                      "ORDER BY c.sort_name, c.local_id LIMIT ?2"))
    , m_hitCount(db->prepare("SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH ?1"))
    , m_hitDocids(
          db->prepare("SELECT docid FROM candidates_fts WHERE candidates_fts MATCH ?1 ORDER BY docid"))
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
    bool manyHits = false;
    if (isFilter()) {
        m_hitCount.bind(1, m_expression.constData());
        manyHits = m_hitCount.next() && m_hitCount.columnInt64(0) > WalkTheIndexFromHits;
        if (!m_hitCount.ok())
            m_lastError = m_hitCount.errorMessage();
        m_hitCount.reset();
        if (!m_lastError.isEmpty())
            return {};
    }
    store::Statement &s = !isFilter() ? m_all : (manyHits ? m_matchingWalk : m_matching);
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

qint64 CandidateSearch::hitCount() {
    m_lastError.clear();
    if (!isFilter())
        return 0;
    m_hitCount.bind(1, m_expression.constData());
    qint64 count = m_hitCount.next() ? m_hitCount.columnInt64(0) : -1;
    if (!m_hitCount.ok()) {
        m_lastError = m_hitCount.errorMessage();
        count = -1;
    }
    m_hitCount.reset();
    return count;
}

std::shared_ptr<const SearchHits> CandidateSearch::hits() {
    m_lastError.clear();
    if (!isFilter())
        return nullptr;
    QList<qint64> docids;
    m_hitDocids.bind(1, m_expression.constData());
    while (m_hitDocids.next())
        docids.append(m_hitDocids.columnInt64(0));
    if (!m_hitDocids.ok())
        m_lastError = m_hitDocids.errorMessage();
    m_hitDocids.reset();
    if (!m_lastError.isEmpty())
        return nullptr;
    return std::make_shared<const SearchHits>(std::move(docids));
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
