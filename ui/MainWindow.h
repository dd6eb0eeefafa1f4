#pragma once

#include <QMainWindow>

class QAction;
class QStackedWidget;

namespace hirex::models {
class JobListModel;
class SignInPresenter;
} // namespace hirex::models

namespace hirex::ui {

class LockedPage;
class SignInPage;
class SyncStatusBar;
class WorkspacePage;

// The application window: a stack of pages (sign-in first, the workspace after sign-in),
// a menu bar with keyboard access to every action, and window geometry that survives restarts.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(models::SignInPresenter *signIn, models::JobListModel *jobs, QWidget *parent = nullptr);

    SignInPage *signInPage() const { return m_signInPage; }
    WorkspacePage *workspacePage() const { return m_workspacePage; }
    LockedPage *lockedPage() const { return m_lockedPage; }

    void showSignIn();
    void showWorkspace();
    void showLocked();
    bool isShowingWorkspace() const;
    bool isShowingLocked() const;

    // Installs the status bar of the working set (the window takes it over).
    void setSyncStatusBar(SyncStatusBar *bar);
    SyncStatusBar *syncStatusBar() const { return m_syncStatusBar; }

Q_SIGNALS:
    void signInRequested();
    // removeLocalData: also wipe the encrypted cache and its key (asked for confirmation first).
    void signOutRequested(bool removeLocalData);
    void lockRequested();
    void unlockRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void setSignedInActionsEnabled(bool signedIn);
    void confirmSignOutAndRemoveData();
    void showAbout();

    QStackedWidget *m_pages;
    SignInPage *m_signInPage;
    WorkspacePage *m_workspacePage;
    LockedPage *m_lockedPage;
    QAction *m_lockAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_signOutRemoveAction = nullptr;
    SyncStatusBar *m_syncStatusBar = nullptr;
};

} // namespace hirex::ui
