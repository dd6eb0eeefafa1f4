#include "models/StageColumnsModel.h"

namespace hirex::models {

StageColumnsModel::StageColumnsModel(const store::SqlCipherDatabase *db, QObject *parent)
    : QAbstractListModel(parent)
    , m_query(db) {}

bool StageColumnsModel::setPipeline(const QString &pipelineId) {
    beginResetModel();
    m_pipelineId = pipelineId;
    m_columns = m_query.query(pipelineId);
    m_lastError = m_query.lastError();
    endResetModel();
    return m_lastError.isEmpty();
}

void StageColumnsModel::applyChanges(const sync::EntityChanges &changes) {
    if (m_pipelineId.isEmpty() || !m_query.apply(changes))
        return;
    QList<read::StageColumn> fresh = m_query.query(m_pipelineId);
    if (!m_query.lastError().isEmpty()) {
        // Keep what is shown: a failed re-query must not empty the board under the user.
        m_lastError = m_query.lastError();
        return;
    }
    m_lastError.clear();
    if (!sameStages(fresh)) {
        beginResetModel();
        m_columns = std::move(fresh);
        endResetModel();
        return;
    }
    for (qsizetype row = 0; row < fresh.size(); ++row) {
        const read::StageColumn &before = m_columns.at(row);
        const read::StageColumn &after = fresh.at(row);
        if (before.name == after.name && before.activeCount == after.activeCount)
            continue;
        m_columns[row] = after;
        const QModelIndex at = index(static_cast<int>(row));
        Q_EMIT dataChanged(at, at, {Qt::DisplayRole, Qt::AccessibleTextRole, CountRole});
    }
}

void StageColumnsModel::retranslate() {
    if (!m_columns.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::AccessibleTextRole});
}

bool StageColumnsModel::sameStages(const QList<read::StageColumn> &fresh) const {
    if (fresh.size() != m_columns.size())
        return false;
    for (qsizetype row = 0; row < fresh.size(); ++row)
        if (fresh.at(row).stageId != m_columns.at(row).stageId)
            return false;
    return true;
}

int StageColumnsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant StageColumnsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const read::StageColumn &column = m_columns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return column.name;
    case Qt::AccessibleTextRole:
        return accessibleText(column);
    case StageIdRole:
        return column.stageId;
    case CountRole:
        return column.activeCount;
    case PositionRole:
        return column.position;
    default:
        return {};
    }
}

QHash<int, QByteArray> StageColumnsModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StageIdRole, "stageId");
    names.insert(CountRole, "count");
    names.insert(PositionRole, "position");
    return names;
}

QString StageColumnsModel::accessibleText(const read::StageColumn &column) {
    return tr("%1, %n candidate(s)", nullptr, column.activeCount).arg(column.name);
}

} // namespace hirex::models
