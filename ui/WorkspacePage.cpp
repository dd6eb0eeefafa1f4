#include "ui/WorkspacePage.h"

#include "models/JobListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace hirex::ui {

WorkspacePage::WorkspacePage(models::JobListModel *jobs, QWidget *parent)
    : QWidget(parent)
    , m_accountLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_jobsView(new QTableView(this)) {
    QFont headingFont = m_accountLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_accountLabel->setFont(headingFont);
    m_accountLabel->setAccessibleName(tr("Signed-in account"));
    m_statusLabel->setAccessibleName(tr("Workspace status"));
    m_statusLabel->setWordWrap(true);

    auto *jobsHeading = new QLabel(tr("&Jobs"), this);
    jobsHeading->setBuddy(m_jobsView);

    m_jobsView->setModel(jobs);
    m_jobsView->setAccessibleName(tr("Jobs"));
    m_jobsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jobsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_jobsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_jobsView->setAlternatingRowColors(true);
    m_jobsView->setSortingEnabled(false);
    m_jobsView->verticalHeader()->hide();
    m_jobsView->horizontalHeader()->setStretchLastSection(true);
    m_jobsView->horizontalHeader()->setSectionResizeMode(models::JobListModel::Title, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_accountLabel);
    layout->addWidget(m_statusLabel);
    layout->addSpacing(8);
    layout->addWidget(jobsHeading);
    layout->addWidget(m_jobsView, 1);
}

void WorkspacePage::setAccount(const QString &userName, const QString &tenantName, const QString &region,
                               bool federated) {
    const QString how = federated ? tr("single sign-on") : tr("Hirex sign-in");
    m_accountLabel->setText(tr("%1 · %2 (%3)").arg(userName, tenantName, region));
    m_accountLabel->setToolTip(tr("Signed in with %1").arg(how));
}

void WorkspacePage::setStatusText(const QString &text) {
    m_statusLabel->setText(text);
}

} // namespace hirex::ui
