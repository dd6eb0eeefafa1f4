#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;

namespace hirex::models {
class BoardPresenter;
class CandidateDetailPresenter;
class CommandPaletteModel;
class ConflictsPresenter;
class JobListModel;
class SignInPresenter;
} // namespace hirex::models
namespace hirex::store {
class SqlCipherDatabase;
}
namespace hirex::sync {
struct EntityChanges;
}

namespace hirex::ui {

class BoardPage;
class CandidateDetailPanel;
class CommandPalette;
class ConflictsDialog;
class MessageBar;
class LockedPage;
class ShortcutsDialog;
class SignInPage;
class SyncStatusBar;
class WorkspacePage;

// The application window, a frame hosting pages: sign-in first, the workspace (a sidebar of
// sections, the board first) after sign-in, the locked page; a menu bar with keyboard access to
// every action, and window geometry that survives restarts.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // The board follows `board` (the app wires its database, change signals and outbox).
    MainWindow(models::SignInPresenter *signIn, models::BoardPresenter *board, QWidget *parent = nullptr);
    // As above with a board presenter of the window's own over `jobs`; see boardPresenter().
    MainWindow(models::SignInPresenter *signIn, models::JobListModel *jobs, QWidget *parent = nullptr);

    models::BoardPresenter *boardPresenter() const { return m_board; }
    BoardPage *boardPage() const;

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

    // Keyboard first: the command palette (Ctrl+K), the shortcut list (F1, `?`) and the
    // candidate's detail panel (Enter on a card). The app hands them the GUI's read connection
    // while the workspace is ready (nullptr before it closes) and the worker's changes.
    void setWorkspaceDatabase(const store::SqlCipherDatabase *db);
    void applyWorkspaceChanges(const sync::EntityChanges &changes);
    void showCommandPalette();
    void showShortcuts();
    void showCandidate(const QString &candidateId);
    CommandPalette *commandPalette() const { return m_palette; }
    ShortcutsDialog *shortcutsDialog() const { return m_shortcuts; }
    CandidateDetailPanel *candidateDetailPanel() const { return m_detailPanel; }
    models::CandidateDetailPresenter *candidateDetail() const { return m_candidateDetail; }
    QAction *commandPaletteAction() const { return m_paletteAction; }
    QAction *shortcutsAction() const { return m_shortcutsAction; }
    // The outbox's conflicts and refused changes: the dialog (opened from the status bar's badge
    // and "Resolve Conflicts…") and the message bar above the board that tells of a refused
    // change at once. Not owned.
    void setConflictsPresenter(models::ConflictsPresenter *presenter);
    // Opens (or raises) the non-modal conflicts dialog.
    void showConflicts();
    ConflictsDialog *conflictsDialog() const { return m_conflictsDialog; }
    MessageBar *messageBar() const { return m_messageBar; }
    QAction *conflictsAction() const { return m_conflictsAction; }
    // Checks the View > Language action of `code` ("" = the system's language, "en", "tr", "de").
    void setCurrentLanguage(const QString &code);
    QString currentLanguage() const;
    // For tests: the radio action of `code` in View > Language, or null.
    QAction *languageAction(const QString &code) const;

Q_SIGNALS:
    void signInRequested();
    // removeLocalData: also wipe the encrypted cache and its key (asked for confirmation first).
    void signOutRequested(bool removeLocalData);
    void lockRequested();
    void unlockRequested();
    // View > Language: the user picked `code` ("" = the system's language, "en", "tr", "de").
    void languageRequested(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void createLanguageMenu();
    // Every text of the window (menus, title, status message) in the current language.
    void retranslateUi();
    QString pageStatusText() const;
    void setSignedInActionsEnabled(bool signedIn);
    void confirmSignOutAndRemoveData();
    void showAbout();
    void createKeyboardAccess();
    void closeCandidateViews();

    models::BoardPresenter *m_board;
    QStackedWidget *m_pages;
    SignInPage *m_signInPage;
    WorkspacePage *m_workspacePage;
    LockedPage *m_lockedPage;
    QAction *m_lockAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_signOutRemoveAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    SyncStatusBar *m_syncStatusBar = nullptr;
    models::CommandPaletteModel *m_paletteModel = nullptr;
    models::CandidateDetailPresenter *m_candidateDetail = nullptr;
    CommandPalette *m_palette = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;
    CandidateDetailPanel *m_detailPanel = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    models::ConflictsPresenter *m_conflicts = nullptr;
    ConflictsDialog *m_conflictsDialog = nullptr;
    MessageBar *m_messageBar = nullptr;
    QAction *m_conflictsAction = nullptr;
    qint64 m_lastRefusedSeq = 0; // the change the message bar tells of
};

} // namespace hirex::ui
