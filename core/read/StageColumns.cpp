#include "core/read/StageColumns.h"

namespace hirex::read {

namespace {

// Beyond this many written applications, asking for each one costs more than re-querying.
constexpr qsizetype MaxLookups = 200;

} // namespace

StageColumns::StageColumns(const store::SqlCipherDatabase *db)
    : m_db(db)
    , m_columns(db->prepare("SELECT s.id, s.name, s.position, count(a.id) FROM stages s "
                            "LEFT JOIN applications a ON a.stage_id = s.id AND a.status = 'active' "
                            "WHERE s.pipeline_id = ?1 GROUP BY s.id ORDER BY s.position, s.id"))
    , m_inPipeline(db->prepare("SELECT 1 FROM applications a JOIN stages s ON s.id = a.stage_id "
                               "WHERE a.id = ?1 AND s.pipeline_id = ?2")) {}

QList<StageColumn> StageColumns::query(const QString &pipelineId) {
    m_pipelineId = pipelineId;
    m_lastError.clear();
    QList<StageColumn> columns;
    m_columns.bind(1, pipelineId);
    while (m_columns.next()) {
        columns.append(StageColumn{m_columns.columnText(0), m_columns.columnText(1),
                                   static_cast<int>(m_columns.columnInt64(2)),
                                   static_cast<int>(m_columns.columnInt64(3))});
    }
    if (!m_columns.ok()) {
        m_lastError = m_columns.errorMessage();
        columns.clear();
    }
    // A statement left mid-step holds a read transaction, and with it the WAL checkpoint.
    m_columns.reset();
    return columns;
}

bool StageColumns::apply(const sync::EntityChanges &changes) {
    if (changes.everything)
        return true;
    const QString pipeline = QStringLiteral("pipeline");
    if (changes.written.value(pipeline).contains(m_pipelineId) ||
        changes.removed.value(pipeline).contains(m_pipelineId))
        return true;
    const QString application = QStringLiteral("application");
    if (!changes.removed.value(application).isEmpty())
        return true;
    const QSet<QString> written = changes.written.value(application);
    if (written.size() > MaxLookups)
        return true;
    for (const QString &id : written) {
        m_inPipeline.bind(1, id).bind(2, m_pipelineId);
        const bool ours = m_inPipeline.next();
        const bool failed = !m_inPipeline.ok();
        m_inPipeline.reset();
        if (ours || failed)
            return true;
    }
    return false;
}

} // namespace hirex::read
