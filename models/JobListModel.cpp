#include "models/JobListModel.h"

#include <algorithm>

namespace hirex::models {

JobListModel::JobListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void JobListModel::setJobs(QList<domain::Job> jobs) {
    // Open jobs first, then alphabetically: the order a recruiter scans a list in.
    std::stable_sort(jobs.begin(), jobs.end(), [](const domain::Job &a, const domain::Job &b) {
        const bool aOpen = a.status == QStringLiteral("open");
        const bool bOpen = b.status == QStringLiteral("open");
        if (aOpen != bOpen)
            return aOpen;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    beginResetModel();
    m_jobs = std::move(jobs);
    endResetModel();
}

int JobListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobListModel::statusLabel(const QString &status) {
    if (status == QStringLiteral("open"))
        return tr("Open");
    if (status == QStringLiteral("closed"))
        return tr("Closed");
    if (status == QStringLiteral("draft"))
        return tr("Draft");
    return status;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const domain::Job &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return job.title;
        case Department:
            return job.department;
        case Office:
            return job.office.value_or(QString());
        case Region:
            return job.region;
        case Status:
            return statusLabel(job.status);
        default:
            return {};
        }
    case JobIdRole:
        return job.id;
    case PipelineIdRole:
        return job.pipelineId;
    default:
        return {};
    }
}

void JobListModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, Status), index(rowCount() - 1, Status), {Qt::DisplayRole});
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Job");
    case Department:
        return tr("Department");
    case Office:
        return tr("Office");
    case Region:
        return tr("Region");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace hirex::models
