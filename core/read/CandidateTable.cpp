#include "core/read/CandidateTable.h"

#include "core/read/JsonFields.h"
#include "core/store/CacheSchema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hirex::read {

namespace {

// Beyond this many written rows, asking for each one costs more than re-querying.
constexpr qsizetype MaxLookups = 200;

// The best of the latest match scores of the candidate's applications (as StageCards and
// CandidateDetail show them per application), kept by schema 7's triggers; -1 without one,
// read as none.
constexpr char ScoreSql[] = "nullif(c.score_key, -1)";

// RFC 3339 UTC as the contract writes it, which sorts as text against stored times.
QString isoUtc(const QDateTime &t) {
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString likeEscaped(QString s) {
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s;
}

// A tag as compact JSON writes it inside the array: "name" with JSON escapes.
QString jsonString(const QString &s) {
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

void bindAll(store::Statement &s, const QList<QVariant> &binds) {
    int index = 1;
    for (const QVariant &v : binds) {
        if (v.typeId() == QMetaType::LongLong)
            s.bind(index++, v.toLongLong());
        else
            s.bind(index++, v.toString());
    }
}

} // namespace

CandidateTable::CandidateTable(const store::SqlCipherDatabase *db)
    : m_db(db) {}

void CandidateTable::setFilter(const CandidateFilter &filter) {
    m_filter = filter;
    m_match = store::CacheSchema::searchExpression(filter.text);
    m_manyHits = false;
    m_shown.clear();
}

bool CandidateTable::countHits() {
    m_manyHits = false;
    if (m_match.isEmpty())
        return true;
    store::Statement &s = statement("SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH ?");
    s.bind(1, m_match.constData());
    m_manyHits = s.next() && s.columnInt64(0) > WalkTheIndexFromHits;
    const bool ok = s.ok();
    if (!ok)
        m_lastError = s.errorMessage();
    s.reset();
    return ok;
}

qint64 CandidateTable::count(const QDateTime &now) {
    m_lastError.clear();
    QList<QVariant> binds;
    QByteArray sql = "SELECT count(*) FROM candidates c WHERE " + whereSql(&binds, now);
    if (m_filter.minScore) {
        sql += " AND c.score_key >= ?";
        binds << QVariant(qint64(*m_filter.minScore));
    }
    if (m_filter.maxScore) {
        sql += " AND c.score_key <= ? AND c.score_key >= 0";
        binds << QVariant(qint64(*m_filter.maxScore));
    }
    store::Statement &s = statement(sql);
    bindAll(s, binds);
    const qint64 n = s.next() ? s.columnInt64(0) : -1;
    if (!s.ok()) {
        m_lastError = s.errorMessage();
        s.reset();
        return -1;
    }
    s.reset();
    return n;
}

void CandidateTable::setSort(Sort sort) {
    m_sort = sort;
    m_shown.clear();
}

bool CandidateTable::searchIndexComplete() const {
    return !store::CacheSchema::searchIndexDeferred(*m_db);
}

store::Statement &CandidateTable::statement(const QByteArray &sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, m_db->prepare(sql.constData())).first;
    return it->second;
}

// The conditions on c (candidates) of the current filter, each value bound in order.
QByteArray CandidateTable::whereSql(QList<QVariant> *binds, const QDateTime &now) const {
    QByteArray where = "1";
    if (!m_match.isEmpty()) {
        // With many hits, `+c.local_id` is no rowid lookup: the plan then walks the sort's index
        // in order and probes the hit set, stopping after the page (CandidateSearch does the
        // same). As a lookup it fetched every hit's row and sorted them: 31-45 ms for "ayşe" at
        // 100,000 candidates, for a page of 50.
        where += m_manyHits
                     ? " AND +c.local_id IN (SELECT docid FROM candidates_fts WHERE candidates_fts MATCH ?)"
                     : " AND c.local_id IN (SELECT docid FROM candidates_fts WHERE candidates_fts MATCH ?)";
        binds->append(QString::fromUtf8(m_match));
    }
    if (!m_filter.tag.isEmpty()) {
        // Whole tags only: the space-joined column bounds the words, the JSON the tag itself
        // (so "remote" does not match a tag "remote first").
        where += " AND (' ' || c.tags || ' ') LIKE ? ESCAPE '\\' AND instr(c.json, ?) > 0";
        binds->append(QString(QStringLiteral("% ") + likeEscaped(m_filter.tag) + QStringLiteral(" %")));
        binds->append(jsonString(m_filter.tag));
    }
    if (!m_filter.source.isEmpty()) {
        where += " AND c.source = ?";
        binds->append(m_filter.source);
    }
    if (m_filter.usesApplications()) {
        // Not correlated: the matching applications' candidates are collected once (a range of
        // a board index for stage + status) and each candidate probes that set. As a correlated
        // EXISTS the planner walked the stage's board range again for every candidate: 5.6 s
        // for the first page at 100,000 candidates and a 20,000-card stage.
        where += " AND c.id IN (SELECT a.candidate_id FROM applications a WHERE 1";
        if (!m_filter.stageId.isEmpty()) {
            where += " AND a.stage_id = ?";
            binds->append(m_filter.stageId);
        }
        if (!m_filter.status.isEmpty()) {
            where += " AND a.status = ?";
            binds->append(m_filter.status);
        }
        // Whole days in the stage, as StageCards counts them: at least N days means entered
        // N*24 h ago or earlier; at most M days means entered less than (M+1)*24 h ago.
        // entered_key ('~' when unknown, after every time) is in the board indexes, so a stage
        // and status filter reads the days from the index.
        if (m_filter.minDaysInStage) {
            where += " AND a.entered_key <= ?";
            binds->append(isoUtc(now.addSecs(-qint64(*m_filter.minDaysInStage) * 86400)));
        }
        if (m_filter.maxDaysInStage) {
            where += " AND a.entered_key <> '~' AND a.entered_key > ?";
            binds->append(isoUtc(now.addSecs(-(qint64(*m_filter.maxDaysInStage) + 1) * 86400)));
        }
        where += ")";
    }
    return where;
}

QByteArray CandidateTable::pageSql(bool withCursor) const {
    QList<QVariant> unused;
    const QByteArray where = whereSql(&unused, QDateTime::currentDateTimeUtc());
    QByteArray select = "SELECT c.local_id, c.id, c.first_name, c.last_name, c.email, c.json, c.source, "
                        "c.updated_at, c.sort_name, " +
                        QByteArray(ScoreSql) + " AS score, c.score_key FROM candidates c WHERE " + where;
    // On the column itself, so the range can use candidates_score; -1 (none) is outside any.
    QByteArray scoreRange;
    if (m_filter.minScore)
        scoreRange += " AND score_key >= ?";
    if (m_filter.maxScore)
        scoreRange += " AND score_key <= ? AND score_key >= 0";
    // Keyset: `key >= k AND (key > k OR id > i)` keeps a range on the sort index, which a
    // plain OR of the two would lose.
    switch (m_sort) {
    case Sort::Name:
        return "SELECT * FROM (" + select +
               (withCursor ? QByteArray(" AND c.sort_name >= ? AND (c.sort_name > ? OR c.local_id > ?)")
                           : "") +
               ") WHERE 1" + scoreRange + " ORDER BY sort_name, local_id LIMIT ?";
    case Sort::Updated:
        return "SELECT * FROM (" + select +
               (withCursor ? QByteArray(" AND c.updated_at <= ? AND (c.updated_at < ? OR c.local_id < ?)")
                           : "") +
               ") WHERE 1" + scoreRange + " ORDER BY updated_at DESC, local_id DESC LIMIT ?";
    case Sort::Score:
        // score_key walks candidates_score (descending); no score is -1, after every real one.
        return "SELECT * FROM (" + select +
               (withCursor ? QByteArray(" AND c.score_key <= ? AND (c.score_key < ? OR c.local_id > ?)")
                           : "") +
               ") WHERE 1" + scoreRange + " ORDER BY score_key DESC, local_id LIMIT ?";
    }
    return {};
}

CandidateTable::Page CandidateTable::fetch(int limit, const std::optional<Cursor> &after,
                                           const QDateTime &now) {
    m_lastError.clear();
    if (!after) {
        m_shown.clear();
        // The hit count may have changed since the last first page (a sync); later pages keep
        // the plan of their first, so their keyset continues the same order.
        if (!countHits())
            return {};
    }
    QList<QVariant> binds;
    whereSql(&binds, now);
    const auto keyset = [&] {
        if (after)
            binds << after->key << after->key << QVariant(after->localId);
    };
    const auto range = [&] {
        if (m_filter.minScore)
            binds << QVariant(qint64(*m_filter.minScore));
        if (m_filter.maxScore)
            binds << QVariant(qint64(*m_filter.maxScore));
    };
    // The keyset sits inside the subquery, the score range after it.
    keyset();
    range();
    binds << QVariant(qint64(limit));

    store::Statement &s = statement(pageSql(after.has_value()));
    bindAll(s, binds);
    Page page;
    Cursor last;
    while (s.next()) {
        CandidateRow row;
        last.localId = s.columnInt64(0);
        row.candidateId = s.columnText(1);
        row.displayName = QString(s.columnText(2) + QLatin1Char(' ') + s.columnText(3)).trimmed();
        row.email = s.columnText(4);
        row.tags = tagsFromJson(s.columnText(5));
        if (row.displayName.isEmpty())
            row.anonymisedLabel = anonymisedLabelFromJson(s.columnText(5));
        row.source = s.columnText(6);
        row.updatedAt = QDateTime::fromString(s.columnText(7), Qt::ISODateWithMs);
        if (!s.isNull(9))
            row.matchScore = static_cast<int>(s.columnInt64(9));
        switch (m_sort) {
        case Sort::Name:
            last.key = s.columnText(8);
            break;
        case Sort::Updated:
            last.key = s.columnText(7);
            break;
        case Sort::Score:
            last.key = QVariant(s.columnInt64(10));
            break;
        }
        page.rows.append(row);
    }
    if (!s.ok()) {
        m_lastError = s.errorMessage();
        page.rows.clear();
    }
    // A statement left mid-step holds a read transaction, and with it the WAL checkpoint.
    s.reset();
    if (!page.rows.isEmpty() && page.rows.size() == limit)
        page.next = last;
    for (const CandidateRow &row : std::as_const(page.rows))
        m_shown.insert(row.candidateId);
    return page;
}

bool CandidateTable::candidateAffects(const QString &candidateId) {
    if (candidateId.isEmpty() || m_shown.contains(candidateId))
        return true;
    QList<QVariant> binds;
    QByteArray sql = "SELECT 1 FROM (SELECT c.id, c.score_key FROM candidates c WHERE c.id = ? AND " +
                     whereSql(&binds, QDateTime::currentDateTimeUtc()) + ") WHERE 1";
    binds.prepend(candidateId);
    if (m_filter.minScore) {
        sql += " AND score_key >= ?";
        binds << QVariant(qint64(*m_filter.minScore));
    }
    if (m_filter.maxScore) {
        sql += " AND score_key <= ? AND score_key >= 0";
        binds << QVariant(qint64(*m_filter.maxScore));
    }
    store::Statement &s = statement(sql);
    bindAll(s, binds);
    const bool passes = s.next();
    const bool failed = !s.ok();
    s.reset();
    return passes || failed;
}

bool CandidateTable::apply(const sync::EntityChanges &changes) {
    if (changes.everything)
        return true;
    const QString candidate = QStringLiteral("candidate");
    for (const QString &id : changes.removed.value(candidate))
        if (m_shown.contains(id))
            return true;
    // A removed application or insight may have carried a shown score or the row's stage.
    if (!m_shown.isEmpty() && (!changes.removed.value(QStringLiteral("application")).isEmpty() ||
                               !changes.removed.value(QStringLiteral("ai_insight")).isEmpty()))
        return true;
    if (!m_match.isEmpty() && changes.touches(QStringLiteral("note")))
        return true;
    const QSet<QString> candidates = changes.written.value(candidate);
    const QSet<QString> applications = changes.written.value(QStringLiteral("application"));
    const QSet<QString> insights = changes.written.value(QStringLiteral("ai_insight"));
    if (candidates.size() + applications.size() + insights.size() > MaxLookups)
        return true;
    for (const QString &id : candidates)
        if (candidateAffects(id))
            return true;
    const auto ownerAffects = [this](const char *sql, const QString &id) {
        store::Statement &s = statement(QByteArray(sql));
        s.bind(1, id);
        const QString owner = s.next() ? s.columnText(0) : QString();
        s.reset();
        return candidateAffects(owner);
    };
    for (const QString &id : applications)
        if (ownerAffects("SELECT candidate_id FROM applications WHERE id = ?", id))
            return true;
    for (const QString &id : insights)
        if (ownerAffects("SELECT candidate_id FROM ai_insights WHERE id = ?", id))
            return true;
    return false;
}

} // namespace hirex::read
