#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace hirex::models {
class AdminDevicesPresenter;
}

namespace hirex::ui {

// Admin > Devices: the tenant's registered devices (user, device, platform, registered, last
// seen, status), Refresh (F5) and Revoke… (Delete) for the selected one after a confirmation
// through ui::MessageBox with Cancel as the default. A thin view over AdminDevicesPresenter.
class AdminDevicesView : public QWidget {
    Q_OBJECT

public:
    explicit AdminDevicesView(models::AdminDevicesPresenter *presenter, QWidget *parent = nullptr);

    models::AdminDevicesPresenter *presenter() const { return m_presenter; }
    QTableView *table() const { return m_table; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *revokeButton() const { return m_revoke; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *revokeAction() const { return m_revokeAction; }

    // Asks for confirmation and revokes the selected device (the button's and Delete's slot).
    void revokeSelected();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void updateButtons();
    int selectedRow() const;

    models::AdminDevicesPresenter *m_presenter;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_state;
    QLabel *m_result;
    QTableView *m_table;
    QPushButton *m_refresh;
    QPushButton *m_revoke;
    QAction *m_refreshAction;
    QAction *m_revokeAction;
    bool m_loadedOnce = false;
};

} // namespace hirex::ui
