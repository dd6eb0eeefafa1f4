#include "models/MyReviewsModel.h"

#include "core/read/CandidateDetail.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace hirex::models {

MyReviewsModel::MyReviewsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void MyReviewsModel::setRows(const QList<read::ReviewRow> &rows) {
    QSet<QString> wanted;
    for (const read::ReviewRow &row : rows)
        wanted.insert(row.evaluationId);
    // Rows that went, from the end so the indexes stay valid.
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (wanted.contains(m_rows.at(i).evaluationId))
            continue;
        beginRemoveRows(QModelIndex(), int(i), int(i));
        m_rows.removeAt(i);
        endRemoveRows();
    }
    // Then each position in turn: the same row (updated if it changed), a row that moved, or a
    // new one. A row that moved down (a draft submitted) is moved once, not every row it passed.
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < rows.size(); ++i)
        position.insert(rows.at(i).evaluationId, i);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const read::ReviewRow &row = rows.at(i);
        while (i < m_rows.size() && m_rows.at(i).evaluationId != row.evaluationId) {
            // Does the row here belong further down, behind rows that are still below it?
            const qsizetype wantedAt = position.value(m_rows.at(i).evaluationId);
            qsizetype target = i + 1;
            while (target < m_rows.size() && position.value(m_rows.at(target).evaluationId) < wantedAt)
                ++target;
            if (target == i + 1)
                break;
            beginMoveRows(QModelIndex(), int(i), int(i), QModelIndex(), int(target));
            m_rows.move(i, target - 1);
            endMoveRows();
        }
        qsizetype from = -1;
        for (qsizetype j = i; j < m_rows.size(); ++j) {
            if (m_rows.at(j).evaluationId == row.evaluationId) {
                from = j;
                break;
            }
        }
        if (from < 0) {
            beginInsertRows(QModelIndex(), int(i), int(i));
            m_rows.insert(i, row);
            endInsertRows();
            continue;
        }
        if (from != i) {
            beginMoveRows(QModelIndex(), int(from), int(from), QModelIndex(), int(i));
            m_rows.move(from, i);
            endMoveRows();
        }
        if (!(m_rows.at(i) == row)) {
            m_rows[i] = row;
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
}

int MyReviewsModel::draftCount() const {
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const read::ReviewRow &r) { return !r.submitted; }));
}

QString MyReviewsModel::candidateText(const read::ReviewRow &row) {
    return row.candidateName.isEmpty()
               ? read::CandidateDetail::anonymisedLabel(row.candidateId, row.anonymisedLabel)
               : row.candidateName;
}

QString MyReviewsModel::statusText(bool submitted) {
    return submitted ? tr("Submitted") : tr("Draft");
}

QString MyReviewsModel::recommendationText(const QString &overall) {
    if (overall == u"strong_yes")
        return tr("Strong yes");
    if (overall == u"yes")
        return tr("Yes");
    if (overall == u"no")
        return tr("No");
    if (overall == u"strong_no")
        return tr("Strong no");
    return {};
}

int MyReviewsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MyReviewsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString MyReviewsModel::cellText(const read::ReviewRow &row, int column) const {
    switch (column) {
    case Candidate:
        return candidateText(row);
    case Job:
        return row.jobTitle;
    case Stage:
        return row.stageName;
    case Status:
        return statusText(row.submitted);
    case Recommendation:
        return recommendationText(row.overall);
    case Changed:
        return row.updatedAt.isValid() ? QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
    default:
        return {};
    }
}

// The whole row in one sentence, for a screen reader on any of its cells.
QString MyReviewsModel::rowDescription(const read::ReviewRow &row) const {
    const QString changed = cellText(row, Changed);
    if (row.submitted)
        return tr("Submitted scorecard for %1, %2, stage %3, recommendation %4, last changed %5")
            .arg(candidateText(row), row.jobTitle, row.stageName, recommendationText(row.overall), changed);
    return tr("Draft scorecard for %1, %2, stage %3, last changed %4")
        .arg(candidateText(row), row.jobTitle, row.stageName, changed);
}

QVariant MyReviewsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const read::ReviewRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Candidate && row.candidateName.isEmpty())
            return tr("Anonymised screening: the candidate's identity is withheld.");
        return cellText(row, index.column()); // the whole text of an elided cell
    case Qt::AccessibleDescriptionRole:
        return rowDescription(row);
    case EvaluationIdRole:
        return row.evaluationId;
    case CandidateIdRole:
        return row.candidateId;
    case SubmittedRole:
        return row.submitted;
    case NameWithheldRole:
        return row.candidateName.isEmpty();
    default:
        return {};
    }
}

QVariant MyReviewsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case Candidate:
        return tr("Candidate");
    case Job:
        return tr("Job");
    case Stage:
        return tr("Stage");
    case Status:
        return tr("Status");
    case Recommendation:
        return tr("Recommendation");
    case Changed:
        return tr("Last change");
    default:
        return {};
    }
}

QHash<int, QByteArray> MyReviewsModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EvaluationIdRole, "evaluationId");
    names.insert(CandidateIdRole, "candidateId");
    names.insert(SubmittedRole, "submitted");
    names.insert(NameWithheldRole, "nameWithheld");
    return names;
}

} // namespace hirex::models
