#include "models/CandidatesPresenter.h"

#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "models/CandidatesCsvExport.h"

#include <QDate>

namespace hirex::models {

CandidatesPresenter::CandidatesPresenter(QObject *parent)
    : QObject(parent)
    , m_table(new CandidateTableModel(this)) {}

CandidatesPresenter::~CandidatesPresenter() {
    m_export.reset(); // before the table and the connection it reads
}

void CandidatesPresenter::setDatabase(const store::SqlCipherDatabase *db) {
    if (db == m_db)
        return;
    if (!db && isExporting()) {
        // The connection is about to close: the export reads it, so it stops here.
        m_export->cancel();
    }
    m_export.reset();
    m_db = db;
    m_table->setDatabase(db);
}

void CandidatesPresenter::applyChanges(const sync::EntityChanges &changes) {
    m_table->applyChanges(changes);
}

void CandidatesPresenter::setSearchText(const QString &text) {
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    m_table->setFilter(m_filter);
}

void CandidatesPresenter::setFilter(const read::CandidateFilter &filter) {
    read::CandidateFilter f = filter;
    f.text = m_filter.text;
    m_filter = f;
    m_table->setFilter(m_filter);
}

bool CandidatesPresenter::isNarrowed() const {
    const read::CandidateFilter &f = m_filter;
    return !store::CacheSchema::searchExpression(f.text).isEmpty() || !f.tag.isEmpty() ||
           !f.source.isEmpty() || f.usesApplications() || f.minScore || f.maxScore;
}

void CandidatesPresenter::setVisibility(const QStringList &hiddenFields, bool readsPii) {
    m_table->setColumnShown(CandidateTableModel::Column::Email,
                            readsPii && !hiddenFields.contains(QStringLiteral("candidate.email")));
}

void CandidatesPresenter::setNow(const QDateTime &now) {
    m_now = now;
    m_table->setNow(now);
}

QStringList CandidatesPresenter::sources() const {
    QStringList sources;
    if (!m_db)
        return sources;
    store::Statement s = m_db->prepare("SELECT DISTINCT source FROM candidates WHERE source IS NOT NULL "
                                       "AND source <> '' ORDER BY source");
    while (s.next())
        sources.append(s.columnText(0));
    s.reset();
    return sources;
}

QStringList CandidatesPresenter::tagsShown() const {
    QStringList tags;
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (const QString &tag : m_table->rowAt(row).tags)
            if (!tags.contains(tag))
                tags.append(tag);
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

QList<QPair<QString, QString>> CandidatesPresenter::stages() const {
    QList<QPair<QString, QString>> stages;
    if (!m_db)
        return stages;
    store::Statement s =
        m_db->prepare("SELECT s.id, p.name, s.name FROM stages s "
                      "JOIN pipelines p ON p.id = s.pipeline_id ORDER BY p.name, s.position");
    while (s.next())
        stages.append({s.columnText(0), tr("%1: %2").arg(s.columnText(1), s.columnText(2))});
    s.reset();
    return stages;
}

bool CandidatesPresenter::exportCsv(const QString &path) {
    if (!m_db || isExporting() || path.isEmpty())
        return false;
    m_export =
        std::make_unique<CandidatesCsvExport>(m_db, m_filter, m_table->sortOrder(), m_table->columns(), path);
    m_export->setNow(m_table->now());
    connect(m_export.get(), &CandidatesCsvExport::progress, this, &CandidatesPresenter::exportProgress);
    connect(m_export.get(), &CandidatesCsvExport::finished, this,
            [this, path](qint64 rows, const QString &error, bool cancelled) {
                Q_EMIT exportFinished(path, rows, error, cancelled);
            });
    m_export->start();
    return true;
}

void CandidatesPresenter::cancelExport() {
    if (isExporting())
        m_export->cancel();
}

bool CandidatesPresenter::isExporting() const {
    return m_export && m_export->isRunning();
}

QString CandidatesPresenter::suggestedFileName(const QDate &date) {
    return QStringLiteral("candidates-") + date.toString(Qt::ISODate) + QStringLiteral(".csv");
}

} // namespace hirex::models
