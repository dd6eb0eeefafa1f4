#pragma once

#include "core/read/CandidateTable.h"
#include "core/sync/EntityChanges.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <memory>
#include <optional>

namespace hirex::store {
class SqlCipherDatabase;
}

namespace hirex::models {

// The candidates table: a row per candidate of the working set that passes the filter, in the
// chosen order, fetched a page at a time as the view scrolls (canFetchMore/fetchMore) from
// read::CandidateTable's keyset pages. The sync worker's changes are applied as row removes,
// inserts, moves and dataChanged ranges against what is shown, never as a reset, so selection
// and scroll position stay; only a new filter, order or set of columns resets the model (the
// whole view changes). Columns hidden by the user's visibility are not columns at all, so
// neither the view nor an export can show them.
class CandidateTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Column { Name, Email, Tags, Source, Updated, MatchScore };
    enum Role {
        CandidateIdRole = Qt::UserRole + 1,
        NameWithheldRole, // bool: the name is withheld; DisplayRole of Name is the anonymised label
        AiGeneratedRole,  // bool: the cell is AI output (the match score), shown as such
        SortValueRole,    // the value the column sorts by (a date, a number), not its text
    };
    static constexpr int PageSize = 100;

    explicit CandidateTableModel(QObject *parent = nullptr);
    ~CandidateTableModel() override;

    // The GUI thread's read connection, or nullptr while the cache is closed: the table is then
    // empty and forgets every candidate. The connection must outlive the model or be unset first.
    void setDatabase(const store::SqlCipherDatabase *db);
    bool hasDatabase() const { return m_table != nullptr; }

    void setFilter(const read::CandidateFilter &filter);
    read::CandidateFilter filter() const { return m_filter; }
    void setSortOrder(read::CandidateTable::Sort sort);
    read::CandidateTable::Sort sortOrder() const { return m_sort; }
    // The column an order sorts, and the order of a sortable column (none for the others).
    static Column columnOfSort(read::CandidateTable::Sort sort);
    static std::optional<read::CandidateTable::Sort> sortOfColumn(Column column);
    // The only direction each order has (names A to Z, newest and best score first).
    static Qt::SortOrder sortDirection(read::CandidateTable::Sort sort);

    // Shows or hides a column (Name always stays). Hidden columns are left out of exports too.
    void setColumnShown(Column column, bool shown);
    QList<Column> columns() const { return m_columns; }
    int columnIndex(Column column) const { return static_cast<int>(m_columns.indexOf(column)); }
    Column columnAt(int section) const { return m_columns.at(section); }

    // The clock of the days-in-stage filter (tests fix it); invalid: the current time.
    void setNow(const QDateTime &now) { m_now = now; }
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    // Re-reads what is shown when the changes affect it, and announces the difference.
    void applyChanges(const sync::EntityChanges &changes);

    bool isComplete() const { return !m_next.has_value(); }
    bool searchIndexComplete() const;
    QString lastError() const { return m_lastError; }
    const read::CandidateRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &candidateId) const;

    // What a column says for a row, in the view and in an export (an export writes dates as
    // ISO 8601 UTC so a spreadsheet reads them as dates).
    static QString headerText(Column column);
    static QString cellText(const read::CandidateRow &row, Column column);
    static QString exportText(const read::CandidateRow &row, Column column);
    static QString nameOf(const read::CandidateRow &row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Header clicks: the column's only order (the others do not sort).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The order changed (a header click or setSortOrder): views set their sort indicator.
    void sortOrderChanged(hirex::read::CandidateTable::Sort sort);

private:
    void reload();
    void showDifference(const QList<read::CandidateRow> &target);
    void emitChanged(QList<int> rows);

    const store::SqlCipherDatabase *m_db = nullptr;
    std::unique_ptr<read::CandidateTable> m_table;
    read::CandidateFilter m_filter;
    read::CandidateTable::Sort m_sort = read::CandidateTable::Sort::Name;
    QList<Column> m_columns;
    QDateTime m_now;
    QList<read::CandidateRow> m_rows;
    std::optional<read::CandidateTable::Cursor> m_next;
    QString m_lastError;
    bool m_changing = false; // row signals of a refresh in flight: no fetchMore() inside them
};

} // namespace hirex::models
