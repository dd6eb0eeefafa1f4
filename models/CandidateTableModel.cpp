#include "models/CandidateTableModel.h"

#include "core/read/CandidateDetail.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace hirex::models {

namespace {

bool sameRow(const read::CandidateRow &a, const read::CandidateRow &b) {
    return a.candidateId == b.candidateId && a.displayName == b.displayName &&
           a.anonymisedLabel == b.anonymisedLabel && a.email == b.email && a.tags == b.tags &&
           a.source == b.source && a.updatedAt == b.updatedAt && a.matchScore == b.matchScore;
}

const QList<CandidateTableModel::Column> AllColumns{
    CandidateTableModel::Column::Name,    CandidateTableModel::Column::Email,
    CandidateTableModel::Column::Tags,    CandidateTableModel::Column::Source,
    CandidateTableModel::Column::Updated, CandidateTableModel::Column::MatchScore};

} // namespace

CandidateTableModel::CandidateTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(AllColumns) {}

CandidateTableModel::~CandidateTableModel() = default;

void CandidateTableModel::setDatabase(const store::SqlCipherDatabase *db) {
    beginResetModel();
    m_db = db;
    m_table = db ? std::make_unique<read::CandidateTable>(db) : nullptr;
    m_rows.clear();
    m_next.reset();
    m_lastError.clear();
    if (m_table) {
        m_table->setFilter(m_filter);
        m_table->setSort(m_sort);
        reload();
    }
    endResetModel();
}

void CandidateTableModel::setFilter(const read::CandidateFilter &filter) {
    beginResetModel();
    m_filter = filter;
    if (m_table) {
        m_table->setFilter(filter);
        reload();
    }
    endResetModel();
}

void CandidateTableModel::setSortOrder(read::CandidateTable::Sort sort) {
    if (sort == m_sort)
        return;
    beginResetModel();
    m_sort = sort;
    if (m_table) {
        m_table->setSort(sort);
        reload();
    }
    endResetModel();
    Q_EMIT sortOrderChanged(sort);
}

CandidateTableModel::Column CandidateTableModel::columnOfSort(read::CandidateTable::Sort sort) {
    switch (sort) {
    case read::CandidateTable::Sort::Name:
        return Column::Name;
    case read::CandidateTable::Sort::Updated:
        return Column::Updated;
    case read::CandidateTable::Sort::Score:
        return Column::MatchScore;
    }
    return Column::Name;
}

std::optional<read::CandidateTable::Sort> CandidateTableModel::sortOfColumn(Column column) {
    switch (column) {
    case Column::Name:
        return read::CandidateTable::Sort::Name;
    case Column::Updated:
        return read::CandidateTable::Sort::Updated;
    case Column::MatchScore:
        return read::CandidateTable::Sort::Score;
    default:
        return std::nullopt;
    }
}

Qt::SortOrder CandidateTableModel::sortDirection(read::CandidateTable::Sort sort) {
    return sort == read::CandidateTable::Sort::Name ? Qt::AscendingOrder : Qt::DescendingOrder;
}

void CandidateTableModel::setColumnShown(Column column, bool shown) {
    if (column == Column::Name || m_columns.contains(column) == shown)
        return;
    beginResetModel();
    QList<Column> columns;
    for (Column c : AllColumns)
        if (c == column ? shown : m_columns.contains(c))
            columns.append(c);
    m_columns = columns;
    endResetModel();
}

bool CandidateTableModel::searchIndexComplete() const {
    return !m_table || m_table->searchIndexComplete();
}

// The first page of the current filter and order (inside a reset).
void CandidateTableModel::reload() {
    m_rows.clear();
    m_next.reset();
    const read::CandidateTable::Page page = m_table->fetch(PageSize, std::nullopt, now());
    m_lastError = m_table->lastError();
    m_rows = page.rows;
    m_next = page.next;
}

bool CandidateTableModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_table && m_next.has_value() && !m_changing;
}

void CandidateTableModel::fetchMore(const QModelIndex &parent) {
    // A view (or a model tester) reacting to a refresh's row signal must not page in between.
    if (parent.isValid() || !m_table || !m_next || m_changing)
        return;
    const read::CandidateTable::Page page = m_table->fetch(PageSize, m_next, now());
    m_lastError = m_table->lastError();
    if (!m_lastError.isEmpty()) {
        m_next.reset(); // a broken query is not retried on every scroll; a change refreshes
        return;
    }
    // A row already shown (its key moved behind the cursor by a sync) is not shown twice.
    QSet<QString> shown;
    for (const read::CandidateRow &row : std::as_const(m_rows))
        shown.insert(row.candidateId);
    QList<read::CandidateRow> added;
    for (const read::CandidateRow &row : page.rows)
        if (!shown.contains(row.candidateId))
            added.append(row);
    m_next = page.next;
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_rows += added;
    endInsertRows();
    m_changing = false;
}

void CandidateTableModel::applyChanges(const sync::EntityChanges &changes) {
    if (!m_table || !m_table->apply(changes))
        return;
    // Re-read as many rows as are shown, from the start: one keyset query whose cursor is
    // exactly where the next fetchMore() continues. A candidate that now sorts into the shown
    // range pushes the last row out to the next page; one that sorts after it comes on scroll.
    const int limit = static_cast<int>(std::max<qsizetype>(m_rows.size(), PageSize));
    const read::CandidateTable::Page page = m_table->fetch(limit, std::nullopt, now());
    m_lastError = m_table->lastError();
    if (!m_lastError.isEmpty())
        return; // keep what is shown; the next change tries again
    m_changing = true;
    showDifference(page.rows);
    m_next = page.next;
    m_changing = false;
}

void CandidateTableModel::showDifference(const QList<read::CandidateRow> &target) {
    QSet<QString> targetIds;
    targetIds.reserve(target.size());
    for (const read::CandidateRow &row : target)
        targetIds.insert(row.candidateId);

    // Removals first, bottom up, a contiguous range at a time.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (targetIds.contains(m_rows.at(row).candidateId))
            continue;
        const int last = row;
        while (row > 0 && !targetIds.contains(m_rows.at(row - 1).candidateId))
            --row;
        beginRemoveRows({}, row, last);
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
    }

    // Every shown row is in the target now: walk it, moving shown rows into place and inserting
    // new ones. Rows before `i` are final, so the changed rows recorded stay valid.
    QSet<QString> shownIds;
    for (const read::CandidateRow &row : std::as_const(m_rows))
        shownIds.insert(row.candidateId);
    QList<int> changed;
    for (int i = 0; i < target.size(); ++i) {
        const QString &id = target.at(i).candidateId;
        if (i < m_rows.size() && m_rows.at(i).candidateId == id) {
            if (!sameRow(m_rows.at(i), target.at(i))) {
                m_rows[i] = target.at(i);
                changed.append(i);
            }
            continue;
        }
        if (shownIds.contains(id)) {
            int from = i + 1;
            while (m_rows.at(from).candidateId != id)
                ++from;
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            if (!sameRow(m_rows.at(i), target.at(i))) {
                m_rows[i] = target.at(i);
                changed.append(i);
            }
            continue;
        }
        int last = i;
        while (last + 1 < target.size() && !shownIds.contains(target.at(last + 1).candidateId))
            ++last;
        beginInsertRows({}, i, last);
        for (int k = i; k <= last; ++k) {
            m_rows.insert(k, target.at(k));
            shownIds.insert(target.at(k).candidateId);
        }
        endInsertRows();
        i = last;
    }
    emitChanged(changed);
}

void CandidateTableModel::emitChanged(QList<int> rows) {
    std::sort(rows.begin(), rows.end());
    const int lastColumn = columnCount() - 1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int first = rows.at(i);
        while (i + 1 < rows.size() && rows.at(i + 1) == rows.at(i) + 1)
            ++i;
        Q_EMIT dataChanged(index(first, 0), index(rows.at(i), lastColumn));
    }
}

int CandidateTableModel::rowOf(const QString &candidateId) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).candidateId == candidateId)
            return row;
    return -1;
}

QString CandidateTableModel::headerText(Column column) {
    switch (column) {
    case Column::Name:
        return tr("Name");
    case Column::Email:
        return tr("Email");
    case Column::Tags:
        return tr("Tags");
    case Column::Source:
        return tr("Source");
    case Column::Updated:
        return tr("Updated");
    case Column::MatchScore:
        // Marked as AI wherever it appears: it informs, it does not decide.
        return tr("AI match score");
    }
    return {};
}

QString CandidateTableModel::nameOf(const read::CandidateRow &row) {
    return row.displayName.isEmpty()
               ? read::CandidateDetail::anonymisedLabel(row.candidateId, row.anonymisedLabel)
               : row.displayName;
}

QString CandidateTableModel::cellText(const read::CandidateRow &row, Column column) {
    switch (column) {
    case Column::Updated:
        return row.updatedAt.isValid()
                   ? QLocale().toString(row.updatedAt.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case Column::MatchScore:
        return row.matchScore ? tr("AI %1").arg(*row.matchScore) : QString();
    default:
        return exportText(row, column);
    }
}

QString CandidateTableModel::exportText(const read::CandidateRow &row, Column column) {
    switch (column) {
    case Column::Name:
        return nameOf(row);
    case Column::Email:
        return row.email;
    case Column::Tags:
        return row.tags.join(QStringLiteral(", "));
    case Column::Source:
        return row.source;
    case Column::Updated:
        return row.updatedAt.isValid() ? row.updatedAt.toUTC().toString(Qt::ISODate) : QString();
    case Column::MatchScore:
        return row.matchScore ? QString::number(*row.matchScore) : QString();
    }
    return {};
}

int CandidateTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CandidateTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const read::CandidateRow &row = m_rows.at(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column);
    case Qt::ToolTipRole:
        if (column == Column::MatchScore && row.matchScore)
            return tr("AI-generated match score: informs, does not decide.");
        if (column == Column::Name && row.displayName.isEmpty())
            return tr("Anonymised screening: the candidate's identity is withheld.");
        return exportText(row, column); // the whole text of an elided cell
    case Qt::AccessibleTextRole:
        if (column == Column::MatchScore && row.matchScore)
            return tr("AI match score %1, AI-generated, informs, does not decide").arg(*row.matchScore);
        return cellText(row, column);
    case Qt::TextAlignmentRole:
        if (column == Column::MatchScore)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CandidateIdRole:
        return row.candidateId;
    case NameWithheldRole:
        return row.displayName.isEmpty();
    case AiGeneratedRole:
        return column == Column::MatchScore;
    case SortValueRole:
        if (column == Column::Updated)
            return row.updatedAt;
        if (column == Column::MatchScore)
            return row.matchScore ? QVariant(*row.matchScore) : QVariant();
        return exportText(row, column);
    default:
        return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = m_columns.at(section);
    if (role == Qt::DisplayRole)
        return headerText(column);
    if (role == Qt::ToolTipRole) {
        if (column == Column::MatchScore)
            return tr("AI-generated: informs, does not decide. Click to sort, best first.");
        if (column == Column::Name)
            return tr("Click to sort by last name.");
        if (column == Column::Updated)
            return tr("Click to sort, most recently updated first.");
    }
    return {};
}

Qt::ItemFlags CandidateTableModel::flags(const QModelIndex &index) const {
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

void CandidateTableModel::sort(int column, Qt::SortOrder order) {
    Q_UNUSED(order);
    if (column < 0 || column >= m_columns.size())
        return;
    const auto sort = sortOfColumn(m_columns.at(column));
    if (!sort) {
        Q_EMIT sortOrderChanged(m_sort); // the indicator goes back to the order shown
        return;
    }
    if (*sort == m_sort) {
        Q_EMIT sortOrderChanged(m_sort);
        return;
    }
    setSortOrder(*sort);
}

} // namespace hirex::models
