#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace hirex::models {
class JobListModel;
}

namespace hirex::ui {

// The signed-in workspace: who is signed in, to which tenant, and the jobs they can work on.
class WorkspacePage : public QWidget {
    Q_OBJECT

public:
    explicit WorkspacePage(models::JobListModel *jobs, QWidget *parent = nullptr);

    void setAccount(const QString &userName, const QString &tenantName, const QString &region,
                    bool federated);
    void setStatusText(const QString &text);

private:
    QLabel *m_accountLabel;
    QLabel *m_statusLabel;
    QTableView *m_jobsView;
};

} // namespace hirex::ui
