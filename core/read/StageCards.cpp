#include "core/read/StageCards.h"

#include "core/read/JsonFields.h"
#include "core/store/CacheSchema.h"

#include <algorithm>
#include <limits>
#include <sqlcipher/sqlite3.h>

namespace hirex::read {

namespace {

// Beyond this many written rows, asking for each one costs more than re-querying.
constexpr qsizetype MaxLookups = 200;

// Timestamps are the contract's RFC 3339 UTC strings ("2026-02-26T13:05:00Z"), which sort as
// text. Each order is a non-null key of applications (schema versions 6 and 7) at the end of an
// index (stage_id, status, key, id), so a page is a range of that index read in order:
// - entered_key: stage_entered_at, or '~' (after every time) when unknown;
// - name_key: the candidate's sort_name ('1', last, for a withheld or uncached name);
// - score_key: the newest match_score insight's score, or -1 (last) without one; the index
//   holds it descending.
struct OrderSql {
    const char *key;
    const char *orderBy;
    const char *after; // the keyset condition: `key >= k AND (key > k OR id > i)` keeps a range
};

constexpr OrderSql Orders[] = {
    {"a.entered_key", "a.entered_key, a.id", "a.entered_key >= ?3 AND (a.entered_key > ?3 OR a.id > ?4)"},
    {"a.name_key", "a.name_key, a.id", "a.name_key >= ?3 AND (a.name_key > ?3 OR a.id > ?4)"},
    {"a.score_key", "a.score_key DESC, a.id",
     "a.score_key <= CAST(?3 AS INTEGER) AND (a.score_key < CAST(?3 AS INTEGER) OR a.id > ?4)"},
};

// hirex_fold(text): StageCards::fold(), so the tag and source conditions fold as the cards'
// filter does (SQLite's own lower() and NOCASE fold ASCII only).
void foldFunction(sqlite3_context *context, int, sqlite3_value **argv) {
    const void *text = sqlite3_value_text16(argv[0]);
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QString folded = StageCards::fold(
        QString::fromUtf16(static_cast<const char16_t *>(text), sqlite3_value_bytes16(argv[0]) / 2));
    sqlite3_result_text16(context, folded.utf16(), static_cast<int>(folded.size() * 2), SQLITE_TRANSIENT);
}

// hirex_has_tag(json, folded tag): whether the candidate's tags (JsonFields' rule, as the card
// shows them) hold the tag, both folded by StageCards::fold(). Asked only of rows whose joined
// tags already contain it, so few rows are parsed.
void hasTagFunction(sqlite3_context *context, int, sqlite3_value **argv) {
    const void *json = sqlite3_value_text16(argv[0]);
    const void *tag = sqlite3_value_text16(argv[1]);
    if (!json || !tag) {
        sqlite3_result_int(context, 0);
        return;
    }
    const QString wanted =
        QString::fromUtf16(static_cast<const char16_t *>(tag), sqlite3_value_bytes16(argv[1]) / 2);
    const QStringList tags = tagsFromJson(
        QString::fromUtf16(static_cast<const char16_t *>(json), sqlite3_value_bytes16(argv[0]) / 2));
    const bool has = std::any_of(tags.cbegin(), tags.cend(),
                                 [&wanted](const QString &t) { return StageCards::fold(t) == wanted; });
    sqlite3_result_int(context, has ? 1 : 0);
}

// hirex_hit(hits, docid): whether the SearchHits at address `hits` (bound by bindNarrowing,
// owned by the narrowing for as long as its statements exist) holds the docid. The address is
// checked once per run of the statement (auxiliary data of the constant argument).
void hitFunction(sqlite3_context *context, int, sqlite3_value **argv) {
    auto *hits = static_cast<const SearchHits *>(sqlite3_get_auxdata(context, 0));
    if (!hits) {
        const auto *address =
            reinterpret_cast<const void *>(static_cast<quintptr>(sqlite3_value_int64(argv[0])));
        if (!SearchHits::isAlive(address)) {
            sqlite3_result_error(context, "hirex_hit: no such hit set", -1);
            return;
        }
        hits = static_cast<const SearchHits *>(address);
        sqlite3_set_auxdata(context, 0, const_cast<SearchHits *>(hits), nullptr);
    }
    sqlite3_result_int(context, sqlite3_value_type(argv[1]) == SQLITE_INTEGER &&
                                        hits->contains(sqlite3_value_int64(argv[1]))
                                    ? 1
                                    : 0);
}

// hirex_days(stage_entered_at, now in ms since the epoch): readCards' whole days in stage, or
// NULL when the time is not one.
void daysFunction(sqlite3_context *context, int, sqlite3_value **argv) {
    const void *text = sqlite3_value_text16(argv[0]);
    const QDateTime entered =
        text ? QDateTime::fromString(QString::fromUtf16(static_cast<const char16_t *>(text),
                                                        sqlite3_value_bytes16(argv[0]) / 2),
                                     Qt::ISODateWithMs)
             : QDateTime();
    if (!entered.isValid()) {
        sqlite3_result_null(context);
        return;
    }
    const qint64 seconds = (sqlite3_value_int64(argv[1]) - entered.toMSecsSinceEpoch()) / 1000;
    sqlite3_result_int64(context, qMax<qint64>(0, seconds / 86400));
}

// `tagFromIndex`: the tag's candidates come from the search index (?16, its phrase in the tags
// column), so only the few that hold it are read, not every card's candidate row.
QByteArray narrowingSql(const StageCards::Narrowing &n, bool tagFromIndex = false) {
    QByteArray sql;
    // `+c.local_id`: a check on each card of the index range, never the plan's driver, so the
    // page stays the order's index read in order. The subquery is run once per query.
    // With few hits the plan drives from them instead (applications_candidate) and sorts those
    // few cards: walking a 8,000-card column to find five costs far more.
    if (!n.match.isEmpty() && n.fewHits)
        sql += "AND a.candidate_id IN (SELECT id FROM candidates WHERE local_id IN "
               "(SELECT docid FROM candidates_fts WHERE candidates_fts MATCH ?5)) ";
    else if (!n.match.isEmpty() && n.hits)
        sql += "AND hirex_hit(?15, c.local_id) ";
    else if (!n.match.isEmpty())
        sql += "AND +c.local_id IN (SELECT docid FROM candidates_fts WHERE candidates_fts MATCH ?5) ";
    // candidates.tags is the tags joined by spaces: holding the tag is a substring of it.
    if (!n.tag.isEmpty() && tagFromIndex)
        sql += "AND +c.local_id IN (SELECT docid FROM candidates_fts WHERE tags MATCH ?16) "
               "AND hirex_has_tag(c.json, ?6) ";
    else if (!n.tag.isEmpty())
        sql += "AND instr(hirex_fold(c.tags), ?6) > 0 AND hirex_has_tag(c.json, ?6) ";
    if (!n.source.isEmpty())
        sql += "AND hirex_fold(c.source) = ?7 ";
    // `+`: the score and entry bounds are checked on each card of the order's range, never an
    // index range of their own (which would sort the column in any other order).
    if (n.minScore || n.maxScore)
        sql += "AND +a.score_key >= 0 ";
    if (n.minScore)
        sql += "AND +a.score_key >= ?8 ";
    if (n.maxScore)
        sql += "AND +a.score_key <= ?9 ";
    if (n.minDays || n.maxDays)
        sql += "AND +a.entered_key <> '~' ";
    if (n.minDays)
        sql += "AND +a.entered_key <= ?10 ";
    if (n.maxDays)
        sql += "AND +a.entered_key >= ?11 ";
    if (n.minDays || n.maxDays)
        sql += "AND hirex_days(a.stage_entered_at, ?12) BETWEEN ?13 AND ?14 ";
    return sql;
}

QByteArray boardFrom(const StageCards::Narrowing &n) {
    // Few search hits: `+` keeps the stage's index out of the plan, which then drives from the
    // hits through applications_candidate and sorts the few cards found.
    if (!n.match.isEmpty() && n.fewHits)
        return " FROM applications a LEFT JOIN candidates c ON c.id = a.candidate_id "
               "WHERE +a.stage_id = ?1 AND +a.status = 'active' ";
    return " FROM applications a LEFT JOIN candidates c ON c.id = a.candidate_id "
           "WHERE a.stage_id = ?1 AND a.status = 'active' ";
}

} // namespace

QString StageCards::fold(const QString &text) {
    QString folded = text.toCaseFolded();
    // After toCaseFolded(): I is i already; İ (U+0130) and ı (U+0131) are not, nor ß.
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const char16_t c = folded.at(i).unicode();
        if (c == 0x0130 || c == 0x0131)
            folded[i] = QLatin1Char('i');
        else if (c == 0x00DF)
            folded.replace(i++, 1, QStringLiteral("ss"));
    }
    return folded;
}

StageCards::StageCards(const store::SqlCipherDatabase *db, const QString &stageId)
    : m_db(db)
    , m_stageId(stageId)
    , m_stageOf(db->prepare("SELECT stage_id FROM applications WHERE id = ?1"))
    , m_applicationOfInsight(db->prepare("SELECT application_id FROM ai_insights WHERE id = ?1"))
    , m_candidateInStage(db->prepare("SELECT 1 FROM applications WHERE candidate_id = ?1 AND stage_id = ?2 "
                                     "AND status = 'active' LIMIT 1")) {
    // Per connection; registering it again replaces it with the same function.
    registerFunctions(db);
}

void StageCards::registerFunctions(const store::SqlCipherDatabase *db) {
    const int flags = SQLITE_UTF16 | SQLITE_DETERMINISTIC;
    sqlite3_create_function_v2(db->handle(), "hirex_fold", 1, flags, nullptr, foldFunction, nullptr, nullptr,
                               nullptr);
    sqlite3_create_function_v2(db->handle(), "hirex_has_tag", 2, flags, nullptr, hasTagFunction, nullptr,
                               nullptr, nullptr);
    sqlite3_create_function_v2(db->handle(), "hirex_days", 2, flags, nullptr, daysFunction, nullptr, nullptr,
                               nullptr);
    // Not deterministic: the same address may be another set in another statement's life.
    sqlite3_create_function_v2(db->handle(), "hirex_hit", 2, SQLITE_UTF8, nullptr, hitFunction, nullptr,
                               nullptr, nullptr);
}

void StageCards::setNarrowing(const Narrowing &narrowing) {
    if (narrowing == m_narrowing)
        return;
    m_narrowing = narrowing;
    // Once per narrowing, not per count: the board counts every column on each change.
    m_tagPhrase =
        narrowing.tag.isEmpty() ? QByteArray() : store::CacheSchema::phraseExpression(narrowing.tag);
    // The statements hold the narrowing's conditions: prepared again when next used.
    for (store::Statement &s : m_pages)
        s = store::Statement();
    m_count = store::Statement();
    m_countTagFromIndex = store::Statement();
    forgetShown();
}

void StageCards::bindNarrowing(store::Statement &s, const QDateTime &now) const {
    const Narrowing &n = m_narrowing;
    if (!n.match.isEmpty() && n.hits && !n.fewHits)
        s.bind(15, static_cast<qint64>(reinterpret_cast<quintptr>(n.hits.get())));
    else if (!n.match.isEmpty())
        s.bind(5, n.match.constData());
    if (!n.tag.isEmpty())
        s.bind(6, fold(n.tag));
    if (!n.source.isEmpty())
        s.bind(7, fold(n.source));
    if (n.minScore)
        s.bind(8, *n.minScore);
    if (n.maxScore)
        s.bind(9, *n.maxScore);
    // Days in stage are whole days from stage_entered_at to `now` (readCards). The text bounds
    // on entered_key (a day of slack for fractions and offsets) keep the range read small;
    // hirex_days() then decides exactly.
    const QDateTime utc = now.toUTC();
    if (n.minDays)
        s.bind(10, utc.addSecs(-qint64(*n.minDays - 1) * 86400).toString(Qt::ISODate));
    if (n.maxDays)
        s.bind(11, utc.addSecs(-qint64(*n.maxDays + 2) * 86400).toString(Qt::ISODate));
    if (n.minDays || n.maxDays)
        s.bind(12, now.toMSecsSinceEpoch())
            .bind(13, n.minDays.value_or(0))
            .bind(14, n.maxDays.value_or(std::numeric_limits<int>::max()));
}

QByteArray StageCards::countSql(const Narrowing &narrowing, bool tagFromIndex) {
    return "SELECT count(*)" + boardFrom(narrowing) + narrowingSql(narrowing, tagFromIndex);
}

int StageCards::count(const QDateTime &now) {
    m_lastError.clear();
    // A count walks the whole column: with a tag, its candidates come from the search index
    // once it is complete (a first sync builds it at its end; until then every card's candidate
    // is read, as a page does).
    const bool tagFromIndex = !m_tagPhrase.isEmpty() && !store::CacheSchema::searchIndexDeferred(*m_db);
    store::Statement &s = tagFromIndex ? m_countTagFromIndex : m_count;
    if (!s.isValid() && s.ok())
        s = m_db->prepare(countSql(m_narrowing, tagFromIndex).constData());
    s.bind(1, m_stageId);
    bindNarrowing(s, now);
    if (tagFromIndex)
        s.bind(16, m_tagPhrase.constData());
    int result = -1;
    if (s.next())
        result = static_cast<int>(s.columnInt64(0));
    if (!s.ok()) {
        m_lastError = s.errorMessage();
        result = -1;
    }
    s.reset();
    return result;
}

void StageCards::setOrder(Order order) {
    m_order = order;
    forgetShown();
}

void StageCards::forgetShown() {
    m_shownApplications.clear();
    m_shownCandidates.clear();
}

QByteArray StageCards::pageSql(Order order, bool afterCursor) {
    return pageSql(order, afterCursor, Narrowing());
}

QByteArray StageCards::pageSql(Order order, bool afterCursor, const Narrowing &narrowing) {
    const OrderSql &o = Orders[static_cast<size_t>(order)];
    QByteArray sql = "SELECT a.id, a.candidate_id, c.first_name, c.last_name, c.json, a.stage_entered_at, "
                     "a.score_key, " +
                     QByteArray(o.key) + boardFrom(narrowing) + narrowingSql(narrowing);
    if (afterCursor)
        sql += "AND " + QByteArray(o.after) + ' ';
    sql += "ORDER BY " + QByteArray(o.orderBy) + " LIMIT ?2";
    if (!afterCursor)
        sql += " OFFSET ?3";
    return sql;
}

store::Statement &StageCards::pageStatement(bool afterCursor) {
    store::Statement &s = m_pages[static_cast<size_t>(m_order) * 2 + (afterCursor ? 1 : 0)];
    if (!s.isValid() && s.ok())
        s = m_db->prepare(pageSql(m_order, afterCursor, m_narrowing).constData());
    return s;
}

QList<StageCard> StageCards::fetch(int offset, int limit, const QDateTime &now) {
    m_lastError.clear();
    store::Statement &s = pageStatement(false);
    s.bind(1, m_stageId).bind(2, limit).bind(3, offset);
    bindNarrowing(s, now);
    return readCards(s, now, nullptr);
}

StageCards::Page StageCards::fetchAfter(const std::optional<Cursor> &after, int limit, const QDateTime &now) {
    m_lastError.clear();
    store::Statement &s = pageStatement(after.has_value());
    s.bind(1, m_stageId).bind(2, limit);
    if (after)
        s.bind(3, after->key).bind(4, after->applicationId);
    else
        s.bind(3, 0); // the first page is the offset query's
    bindNarrowing(s, now);

    Page page;
    Cursor last;
    page.cards = readCards(s, now, &last);
    if (!page.cards.isEmpty())
        page.last = last;
    if (!page.cards.isEmpty() && page.cards.size() == limit)
        page.next = last;
    return page;
}

QList<StageCard> StageCards::readCards(store::Statement &s, const QDateTime &now, Cursor *last) {
    QList<StageCard> cards;
    while (s.next()) {
        StageCard card;
        card.applicationId = s.columnText(0);
        card.candidateId = s.columnText(1);
        card.displayName = QString(s.columnText(2) + QLatin1Char(' ') + s.columnText(3)).trimmed();
        card.tags = tagsFromJson(s.columnText(4));
        if (card.displayName.isEmpty())
            card.anonymisedLabel = anonymisedLabelFromJson(s.columnText(4));
        if (!s.isNull(5)) {
            card.stageEnteredAt = QDateTime::fromString(s.columnText(5), Qt::ISODateWithMs);
            if (card.stageEnteredAt.isValid())
                card.daysInStage = static_cast<int>(qMax<qint64>(0, card.stageEnteredAt.secsTo(now) / 86400));
        }
        if (s.columnInt64(6) >= 0)
            card.matchScore = static_cast<int>(s.columnInt64(6));
        if (last)
            *last = Cursor{s.columnText(7), card.applicationId};
        cards.append(card);
    }
    if (!s.ok()) {
        m_lastError = s.errorMessage();
        cards.clear();
    }
    // A statement left mid-step holds a read transaction, and with it the WAL checkpoint.
    s.reset();
    for (const StageCard &card : std::as_const(cards)) {
        m_shownApplications.insert(card.applicationId);
        m_shownCandidates.insert(card.candidateId);
    }
    return cards;
}

bool StageCards::applicationAffects(const QString &applicationId) {
    if (m_shownApplications.contains(applicationId))
        return true;
    m_stageOf.bind(1, applicationId);
    const bool inStage = m_stageOf.next() && m_stageOf.columnText(0) == m_stageId;
    const bool failed = !m_stageOf.ok();
    m_stageOf.reset();
    return inStage || failed;
}

bool StageCards::apply(const sync::EntityChanges &changes) {
    if (changes.everything)
        return true;
    const QString application = QStringLiteral("application");
    for (const QString &id : changes.removed.value(application))
        if (m_shownApplications.contains(id))
            return true;
    const QSet<QString> written = changes.written.value(application);
    const QSet<QString> insights = changes.written.value(QStringLiteral("ai_insight"));
    if (written.size() + insights.size() > MaxLookups)
        return true;
    for (const QString &id : written)
        if (applicationAffects(id))
            return true;
    const QString candidate = QStringLiteral("candidate");
    for (const QString &id : changes.written.value(candidate) + changes.removed.value(candidate))
        if (m_shownCandidates.contains(id))
            return true;
    // Narrowed by what a candidate holds, the cards not shown were never read: a candidate of
    // the stage may now match (a new tag, a new name). A note's text is searched too.
    const Narrowing &n = m_narrowing;
    if (!n.match.isEmpty() || !n.tag.isEmpty() || !n.source.isEmpty()) {
        if (!n.match.isEmpty() && changes.touches(QStringLiteral("note")))
            return true;
        const QSet<QString> candidates = changes.written.value(candidate);
        if (written.size() + insights.size() + candidates.size() > MaxLookups)
            return true;
        for (const QString &id : candidates) {
            m_candidateInStage.bind(1, id).bind(2, m_stageId);
            const bool inStage = m_candidateInStage.next();
            const bool failed = !m_candidateInStage.ok();
            m_candidateInStage.reset();
            if (inStage || failed)
                return true;
        }
    }
    for (const QString &id : insights) {
        m_applicationOfInsight.bind(1, id);
        const QString app = m_applicationOfInsight.next() ? m_applicationOfInsight.columnText(0) : QString();
        m_applicationOfInsight.reset();
        if (!app.isEmpty() && applicationAffects(app))
            return true;
    }
    // A removed insight's application is no longer known; a score may have gone.
    return !changes.removed.value(QStringLiteral("ai_insight")).isEmpty();
}

} // namespace hirex::read
