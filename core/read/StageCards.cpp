#include "core/read/StageCards.h"

#include "core/read/JsonFields.h"

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

} // namespace

StageCards::StageCards(const store::SqlCipherDatabase *db, const QString &stageId)
    : m_db(db)
    , m_stageId(stageId)
    , m_stageOf(db->prepare("SELECT stage_id FROM applications WHERE id = ?1"))
    , m_applicationOfInsight(db->prepare("SELECT application_id FROM ai_insights WHERE id = ?1")) {}

void StageCards::setOrder(Order order) {
    m_order = order;
    forgetShown();
}

void StageCards::forgetShown() {
    m_shownApplications.clear();
    m_shownCandidates.clear();
}

QByteArray StageCards::pageSql(Order order, bool afterCursor) {
    const OrderSql &o = Orders[static_cast<size_t>(order)];
    QByteArray sql = "SELECT a.id, a.candidate_id, c.first_name, c.last_name, c.json, a.stage_entered_at, "
                     "a.score_key, " +
                     QByteArray(o.key) +
                     " FROM applications a LEFT JOIN candidates c ON c.id = a.candidate_id "
                     "WHERE a.stage_id = ?1 AND a.status = 'active' ";
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
        s = m_db->prepare(pageSql(m_order, afterCursor).constData());
    return s;
}

QList<StageCard> StageCards::fetch(int offset, int limit, const QDateTime &now) {
    m_lastError.clear();
    store::Statement &s = pageStatement(false);
    s.bind(1, m_stageId).bind(2, limit).bind(3, offset);
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

    Page page;
    Cursor last;
    page.cards = readCards(s, now, &last);
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
