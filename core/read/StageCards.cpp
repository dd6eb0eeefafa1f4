#include "core/read/StageCards.h"

#include "core/read/JsonFields.h"

namespace hirex::read {

namespace {

// Beyond this many written rows, asking for each one costs more than re-querying.
constexpr qsizetype MaxLookups = 200;

// Timestamps are the contract's RFC 3339 UTC strings ("2026-02-26T13:05:00Z"), which sort as
// text. The score is the newest match_score insight of the application.
#define HIREX_CARD_SELECT                                                                                    \
    "SELECT a.id, a.candidate_id, c.first_name, c.last_name, c.json, a.stage_entered_at, "                   \
    "(SELECT i.score FROM ai_insights i WHERE i.application_id = a.id AND i.kind = 'match_score' "           \
    "AND i.score IS NOT NULL ORDER BY i.updated_at DESC LIMIT 1) AS score "                                  \
    "FROM applications a LEFT JOIN candidates c ON c.id = a.candidate_id "                                   \
    "WHERE a.stage_id = ?1 AND a.status = 'active' "

constexpr const char *PageSql[] = {
    HIREX_CARD_SELECT "ORDER BY a.stage_entered_at IS NULL, a.stage_entered_at, a.id LIMIT ?2 OFFSET ?3",
    HIREX_CARD_SELECT
    "ORDER BY c.last_name IS NULL, c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, "
    "a.id LIMIT ?2 OFFSET ?3",
    HIREX_CARD_SELECT "ORDER BY score IS NULL, score DESC, a.id LIMIT ?2 OFFSET ?3",
};

#undef HIREX_CARD_SELECT

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

store::Statement &StageCards::pageStatement() {
    store::Statement &s = m_pages[static_cast<size_t>(m_order)];
    if (!s.isValid() && s.ok())
        s = m_db->prepare(PageSql[static_cast<size_t>(m_order)]);
    return s;
}

QList<StageCard> StageCards::fetch(int offset, int limit, const QDateTime &now) {
    m_lastError.clear();
    QList<StageCard> cards;
    store::Statement &s = pageStatement();
    s.bind(1, m_stageId).bind(2, limit).bind(3, offset);
    while (s.next()) {
        StageCard card;
        card.applicationId = s.columnText(0);
        card.candidateId = s.columnText(1);
        card.displayName = QString(s.columnText(2) + QLatin1Char(' ') + s.columnText(3)).trimmed();
        card.tags = tagsFromJson(s.columnText(4));
        if (!s.isNull(5)) {
            card.stageEnteredAt = QDateTime::fromString(s.columnText(5), Qt::ISODateWithMs);
            if (card.stageEnteredAt.isValid())
                card.daysInStage = static_cast<int>(qMax<qint64>(0, card.stageEnteredAt.secsTo(now) / 86400));
        }
        if (!s.isNull(6))
            card.matchScore = static_cast<int>(s.columnInt64(6));
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
