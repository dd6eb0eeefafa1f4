#pragma once

#include "core/read/CandidateTable.h"
#include "core/sync/EntityChanges.h"
#include "models/CandidateTableModel.h"

#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace hirex::store {
class SqlCipherDatabase;
}

namespace hirex::models {

class CandidatesCsvExport;

// The candidates view without a window: the table (CandidateTableModel) over the GUI thread's
// read connection, the local full-text search the board uses, the filters read::CandidateTable
// supports (tag, source, stage and status, score range), the order, which columns the user's
// visibility allows, and the CSV export of exactly what the table shows.
class CandidatesPresenter : public QObject {
    Q_OBJECT

public:
    explicit CandidatesPresenter(QObject *parent = nullptr);
    ~CandidatesPresenter() override;

    CandidateTableModel *table() const { return m_table; }

    // The GUI thread's read connection, or nullptr while the cache closes (lock, sign-out): the
    // table empties and a running export is cancelled first.
    void setDatabase(const store::SqlCipherDatabase *db);
    bool hasDatabase() const { return m_db != nullptr; }
    // The sync worker's entitiesChanged, applied as row updates.
    void applyChanges(const sync::EntityChanges &changes);

    // Narrows the table to what the search finds, as one types (FTS prefix, as on the board).
    void setSearchText(const QString &text);
    QString searchText() const { return m_filter.text; }
    // False while a first sync defers the search index: hits are incomplete (say so).
    bool searchIndexComplete() const { return m_table->searchIndexComplete(); }
    // Tag, source, stage, status and score range; the search text is kept.
    void setFilter(const read::CandidateFilter &filter);
    read::CandidateFilter filter() const { return m_filter; }
    bool isNarrowed() const;
    void setSortOrder(read::CandidateTable::Sort sort) { m_table->setSortOrder(sort); }

    // From /v1/me: fields the user's visibility hides are no columns (and so never exported).
    // `hiddenFields` as the contract names them ("candidate.email", ...).
    void setVisibility(const QStringList &hiddenFields, bool readsPii);

    // The filters' choices from the cache: every source, every tag of the candidates shown,
    // and every cached stage as (id, "Pipeline: Stage").
    QStringList sources() const;
    QStringList tagsShown() const;
    QList<QPair<QString, QString>> stages() const;

    // Writes the current view to `path` (see CandidatesCsvExport). False, with exportFinished()
    // not emitted, when no cache is open or an export is running.
    bool exportCsv(const QString &path);
    void cancelExport();
    bool isExporting() const;
    // A file name to offer: "candidates-2026-03-10.csv".
    static QString suggestedFileName(const QDate &date);

    // The clock of the days-in-stage filter (tests fix it); invalid: the current time.
    void setNow(const QDateTime &now);

Q_SIGNALS:
    void exportProgress(qint64 written, qint64 total);
    // `error` is empty on success (a message for people otherwise).
    void exportFinished(const QString &path, qint64 rows, const QString &error, bool cancelled);

private:
    const store::SqlCipherDatabase *m_db = nullptr;
    CandidateTableModel *m_table;
    read::CandidateFilter m_filter;
    QDateTime m_now;
    std::unique_ptr<CandidatesCsvExport> m_export;
};

} // namespace hirex::models
