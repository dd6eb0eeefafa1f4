#pragma once

#include "core/read/MyReviews.h"

#include <QAbstractTableModel>
#include <QList>

namespace hirex::models {

// The rows of "My reviews", one scorecard each, in read::MyReviews' order. setRows() turns a new
// list into row removes, moves, inserts and dataChanged, never a reset, so the view keeps its
// current row and scroll position across the worker's changes.
class MyReviewsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Candidate, Job, Stage, Status, Recommendation, Changed, ColumnCount };
    enum Role {
        EvaluationIdRole = Qt::UserRole + 1,
        CandidateIdRole,
        SubmittedRole,    // bool
        NameWithheldRole, // bool: the Candidate column shows the anonymised label
    };

    explicit MyReviewsModel(QObject *parent = nullptr);

    void setRows(const QList<read::ReviewRow> &rows);
    const QList<read::ReviewRow> &rows() const { return m_rows; }
    int draftCount() const;
    int submittedCount() const { return int(m_rows.size()) - draftCount(); }

    // The words a cell shows.
    static QString candidateText(const read::ReviewRow &row);
    static QString statusText(bool submitted);
    static QString recommendationText(const QString &overall);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString cellText(const read::ReviewRow &row, int column) const;
    QString rowDescription(const read::ReviewRow &row) const;

    QList<read::ReviewRow> m_rows;
};

} // namespace hirex::models
