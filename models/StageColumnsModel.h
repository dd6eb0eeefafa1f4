#pragma once

#include "core/read/StageColumns.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace hirex::models {

// The board's columns for one pipeline: a row per stage, in position order, with its count of
// active applications. It keeps what the board shows in memory and applies the sync worker's
// change signals: a commit that touches the pipeline re-runs the one grouped count query and
// announces only the rows whose name or count changed, so the view keeps its selection, focus
// and scroll position. Only a change of the stages themselves (added, removed, reordered)
// resets the model.
class StageColumnsModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { StageIdRole = Qt::UserRole + 1, CountRole, PositionRole };

    // `db` is the GUI thread's read connection; it must outlive the model.
    explicit StageColumnsModel(const store::SqlCipherDatabase *db, QObject *parent = nullptr);

    // Another pipeline is another board: the model is reset. Returns false on a query error
    // (lastError()); the model is then empty.
    bool setPipeline(const QString &pipelineId);
    QString pipelineId() const { return m_pipelineId; }
    // Re-queries only when the changes touch the pipeline or its applications.
    void applyChanges(const sync::EntityChanges &changes);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Screening, 12 candidates": what a screen reader says for the column.
    static QString accessibleText(const read::StageColumn &column);
    QString lastError() const { return m_lastError; }
    // The language changed: every row's accessible text is announced again (no reset).
    void retranslate();

private:
    bool sameStages(const QList<read::StageColumn> &fresh) const;

    read::StageColumns m_query;
    QString m_pipelineId;
    QList<read::StageColumn> m_columns;
    QString m_lastError;
};

} // namespace hirex::models
