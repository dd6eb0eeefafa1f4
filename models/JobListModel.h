#pragma once

#include "core/domain/Job.h"

#include <QAbstractTableModel>
#include <QList>

namespace hirex::models {

// The jobs the signed-in user may see, as a table: title, department, office, region, status.
class JobListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Department, Office, Region, Status, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, PipelineIdRole };

    explicit JobListModel(QObject *parent = nullptr);

    void setJobs(QList<domain::Job> jobs);
    const QList<domain::Job> &jobs() const { return m_jobs; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(const QString &status);
    // The language changed: the headers and the status column are announced again.
    void retranslate();

private:
    QList<domain::Job> m_jobs;
};

} // namespace hirex::models
