#include "core/read/ChangeBadges.h"

namespace hirex::read {

namespace {

// Beyond this many written entities, asking for each one costs more than refreshing.
constexpr qsizetype MaxLookups = 200;

} // namespace

ChangeBadges::ChangeBadges(const store::SqlCipherDatabase *db)
    : m_db(db)
    , m_outbox(db->prepare("SELECT entity, entity_id, state, count(*) FROM outbox "
                           "WHERE state IN ('pending', 'failed') GROUP BY entity, entity_id, state"))
    , m_conflicts(db->prepare("SELECT entity, entity_id, count(*) FROM conflicts WHERE resolved = 0 "
                              "GROUP BY entity, entity_id"))
    , m_entityRows(db->prepare("SELECT EXISTS (SELECT 1 FROM outbox WHERE entity = ?1 AND entity_id = ?2 "
                               "AND state IN ('pending', 'failed')) OR EXISTS (SELECT 1 FROM conflicts "
                               "WHERE entity = ?1 AND entity_id = ?2 AND resolved = 0)")) {}

bool ChangeBadges::refresh() {
    m_lastError.clear();
    QHash<EntityKey, ChangeBadge> badges;
    while (m_outbox.next()) {
        ChangeBadge &b = badges[{m_outbox.columnText(0), m_outbox.columnText(1)}];
        const int n = static_cast<int>(m_outbox.columnInt64(3));
        if (m_outbox.columnText(2) == QLatin1String("pending"))
            b.pending += n;
        else
            b.failed += n;
    }
    const bool outboxOk = m_outbox.ok();
    if (!outboxOk)
        m_lastError = m_outbox.errorMessage();
    // A statement left mid-step holds a read transaction, and with it the WAL checkpoint.
    m_outbox.reset();
    while (outboxOk && m_conflicts.next())
        badges[{m_conflicts.columnText(0), m_conflicts.columnText(1)}].conflicts +=
            static_cast<int>(m_conflicts.columnInt64(2));
    const bool conflictsOk = m_conflicts.ok();
    if (!conflictsOk)
        m_lastError = m_conflicts.errorMessage();
    m_conflicts.reset();
    if (!outboxOk || !conflictsOk)
        return false;
    m_badges = badges;
    m_total = ChangeBadge();
    for (const ChangeBadge &b : std::as_const(m_badges))
        m_total += b;
    return true;
}

bool ChangeBadges::hasRows(const QString &kind, const QString &id) {
    m_entityRows.bind(1, kind).bind(2, id);
    const bool rows = m_entityRows.next() && m_entityRows.columnInt64(0) != 0;
    const bool failed = !m_entityRows.ok();
    m_entityRows.reset();
    return rows || failed;
}

bool ChangeBadges::apply(const sync::EntityChanges &changes) {
    if (changes.everything)
        return true;
    for (auto it = changes.removed.cbegin(); it != changes.removed.cend(); ++it)
        for (const QString &id : it.value())
            if (m_badges.contains({it.key(), id}))
                return true;
    qsizetype written = 0;
    for (const QSet<QString> &ids : changes.written)
        written += ids.size();
    if (written > MaxLookups)
        return true;
    for (auto it = changes.written.cbegin(); it != changes.written.cend(); ++it)
        for (const QString &id : it.value())
            if (m_badges.contains({it.key(), id}) || hasRows(it.key(), id))
                return true;
    return false;
}

} // namespace hirex::read
