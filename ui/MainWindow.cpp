#include "ui/MainWindow.h"

#include "core/Version.h"
#include "models/BoardPresenter.h"
#include "models/CandidateDetailPresenter.h"
#include "models/CommandPaletteModel.h"
#include "models/ConflictsPresenter.h"
#include "ui/BoardPage.h"
#include "ui/CandidateDetailPanel.h"
#include "ui/CommandPalette.h"
#include "ui/ConflictsDialog.h"
#include "ui/LockedPage.h"
#include "ui/MessageBar.h"
#include "ui/MessageBox.h"
#include "ui/ShortcutsDialog.h"
#include "ui/SignInPage.h"
#include "ui/SyncStatusBar.h"
#include "ui/WorkspacePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace hirex::ui {

MainWindow::MainWindow(models::SignInPresenter *signIn, models::JobListModel *jobs, QWidget *parent)
    : MainWindow(signIn, new models::BoardPresenter(jobs), parent) {
    m_board->setParent(this);
}

MainWindow::MainWindow(models::SignInPresenter *signIn, models::BoardPresenter *board, QWidget *parent)
    : QMainWindow(parent)
    , m_board(board)
    , m_pages(new QStackedWidget(this))
    , m_signInPage(new SignInPage(signIn, m_pages))
    , m_workspacePage(new WorkspacePage(board, m_pages))
    , m_lockedPage(new LockedPage(m_pages)) {
    setWindowIcon(QIcon(QStringLiteral(":/hirex/icons/hirex-desktop.svg")));
    m_pages->addWidget(m_signInPage);
    m_pages->addWidget(m_workspacePage);
    m_pages->addWidget(m_lockedPage);
    setCentralWidget(m_pages);
    createMenus();
    createKeyboardAccess();
    showSignIn();

    connect(m_signInPage, &SignInPage::signInRequested, this, &MainWindow::signInRequested);
    connect(m_lockedPage, &LockedPage::unlockRequested, this, &MainWindow::unlockRequested);

    // Only geometry is kept in settings: never tokens, keys or candidate data.
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
}

// The texts are set by retranslateUi(), here and whenever the language changes.
void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_conflictsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showConflicts);
    m_conflictsAction->setObjectName(QStringLiteral("resolveConflictsAction"));
    m_fileMenu->addSeparator();
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lockRequested);
    m_signOutAction = m_fileMenu->addAction(QString(), this, [this] { Q_EMIT signOutRequested(false); });
    m_signOutRemoveAction = m_fileMenu->addAction(QString(), this, &MainWindow::confirmSignOutAndRemoveData);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_paletteAction = m_viewMenu->addAction(QString(), this, &MainWindow::showCommandPalette);
    m_paletteAction->setProperty(ShortcutsDialog::GroupProperty, QStringLiteral("navigation"));
    createLanguageMenu();

    m_helpMenu = menuBar()->addMenu(QString());
    // F1 per the desktop's conventions; `?` as on the web's boards (a line edit keeps its `?`).
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcuts(
        {QKeySequence(QKeySequence::HelpContents), QKeySequence(Qt::Key_Question)});
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    retranslateUi();
}

// View > Language: each language named in itself (a user who cannot read the current one still
// finds theirs), as radio actions; the app applies the choice and calls setCurrentLanguage().
void MainWindow::createLanguageMenu() {
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const auto add = [this](const QString &code, const QString &name) {
        QAction *action = m_languageMenu->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { Q_EMIT languageRequested(code); });
        return action;
    };
    m_systemLanguageAction = add(QString(), QString());
    m_systemLanguageAction->setChecked(true);
    m_languageMenu->addSeparator();
    add(QStringLiteral("en"), QStringLiteral("English"));
    add(QStringLiteral("tr"), QStringLiteral("Türkçe"));
    add(QStringLiteral("de"), QStringLiteral("Deutsch"));
}

QAction *MainWindow::languageAction(const QString &code) const {
    for (QAction *action : m_languageGroup->actions())
        if (action->data().toString() == code)
            return action;
    return nullptr;
}

void MainWindow::setCurrentLanguage(const QString &code) {
    if (QAction *action = languageAction(code))
        action->setChecked(true);
}

QString MainWindow::currentLanguage() const {
    const QAction *checked = m_languageGroup->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi() {
    setWindowTitle(tr("Hirex"));
    m_fileMenu->setTitle(tr("&File"));
    m_conflictsAction->setText(tr("Resolve &Conflicts…"));
    m_conflictsAction->setStatusTip(tr("Resolve conflicts and review changes the server refused"));
    m_lockAction->setText(tr("&Lock"));
    m_lockAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_signOutAction->setText(tr("Sign &out"));
    m_signOutRemoveAction->setText(tr("Sign out and &remove local data…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_paletteAction->setText(tr("&Command Palette…"));
    m_paletteAction->setShortcuts({QKeySequence(tr("Ctrl+K")), QKeySequence(tr("Ctrl+Shift+P"))});
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("&System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Hirex Desktop"));
    if (m_pages->currentWidget())
        statusBar()->showMessage(pageStatusText());
}

QString MainWindow::pageStatusText() const {
    if (m_pages->currentWidget() == m_workspacePage)
        return tr("Signed in");
    if (m_pages->currentWidget() == m_lockedPage)
        return tr("Locked");
    return tr("Not signed in");
}

void MainWindow::setSignedInActionsEnabled(bool signedIn) {
    m_conflictsAction->setEnabled(signedIn);
    if (!signedIn) {
        // Nothing about candidates stays on screen while signed out or locked.
        if (m_conflictsDialog)
            m_conflictsDialog->hide();
        if (m_messageBar)
            m_messageBar->hide();
    }
    m_lockAction->setEnabled(signedIn);
    m_signOutAction->setEnabled(signedIn);
    m_signOutRemoveAction->setEnabled(signedIn);
    m_paletteAction->setEnabled(signedIn);
}

void MainWindow::showSignIn() {
    closeCandidateViews();
    m_pages->setCurrentWidget(m_signInPage);
    setSignedInActionsEnabled(false);
    statusBar()->showMessage(pageStatusText());
}

void MainWindow::showWorkspace() {
    m_pages->setCurrentWidget(m_workspacePage);
    setSignedInActionsEnabled(true);
    statusBar()->showMessage(pageStatusText());
}

void MainWindow::showLocked() {
    closeCandidateViews(); // nothing of a candidate stays on screen behind the lock
    m_pages->setCurrentWidget(m_lockedPage);
    m_lockedPage->setBusy(false);
    setSignedInActionsEnabled(false);
    m_lockAction->setEnabled(false);
    // Signing out while locked would let somebody else sign in to this cache; removing the local
    // data stays possible (nothing is shown, and it is the way out for a forgotten unlock PIN).
    m_signOutAction->setEnabled(false);
    m_signOutRemoveAction->setEnabled(true);
    m_paletteAction->setEnabled(false);
    statusBar()->showMessage(pageStatusText());
}

BoardPage *MainWindow::boardPage() const {
    return m_workspacePage->boardPage();
}

bool MainWindow::isShowingWorkspace() const {
    return m_pages->currentWidget() == m_workspacePage;
}

bool MainWindow::isShowingLocked() const {
    return m_pages->currentWidget() == m_lockedPage;
}

void MainWindow::setSyncStatusBar(SyncStatusBar *bar) {
    m_syncStatusBar = bar;
    setStatusBar(bar); // deletes the previous one
    if (bar)
        connect(bar, &SyncStatusBar::conflictsRequested, this, &MainWindow::showConflicts);
}

void MainWindow::setConflictsPresenter(models::ConflictsPresenter *presenter) {
    m_conflicts = presenter;
    if (!m_messageBar) {
        m_messageBar = new MessageBar;
        boardPage()->addBanner(m_messageBar);
        connect(m_messageBar, &MessageBar::detailsRequested, this, [this] {
            showConflicts();
            if (m_conflictsDialog)
                m_conflictsDialog->selectIssue(models::ConflictsPresenter::Kind::Refused, m_lastRefusedSeq);
        });
    }
    if (!presenter)
        return;
    connect(presenter, &models::ConflictsPresenter::changeRefused, this,
            [this](qint64 seq, const QString &message) {
                if (!isShowingWorkspace())
                    return;
                m_lastRefusedSeq = seq;
                m_messageBar->showMessage(message);
            });
}

void MainWindow::showConflicts() {
    if (!m_conflicts || !isShowingWorkspace())
        return;
    if (!m_conflictsDialog)
        m_conflictsDialog = new ConflictsDialog(m_conflicts, this);
    m_conflictsDialog->show();
    m_conflictsDialog->raise();
    m_conflictsDialog->activateWindow();
}

void MainWindow::confirmSignOutAndRemoveData() {
    const auto answer = MessageBox::question(
        this, tr("Remove local data?"),
        tr("Signing out this way deletes the encrypted copy of your Hirex data on this computer and its key. "
           "Changes that have not reached the server yet are lost.\n\nSign out and remove local data?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        Q_EMIT signOutRequested(true);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Hirex Desktop"),
                       tr("<h3>Hirex Desktop %1</h3>"
                          "<p>The desktop client for the Hirex recruiting platform.</p>"
                          "<p>AI output in Hirex informs people; it never decides.</p>")
                           .arg(QLatin1String(kVersion)));
}

// ---- Keyboard first ------------------------------------------------------------------------

void MainWindow::createKeyboardAccess() {
    m_paletteModel = new models::CommandPaletteModel(this);
    m_candidateDetail = new models::CandidateDetailPresenter(this);
    m_palette = new CommandPalette(m_paletteModel, this);
    m_shortcuts = new ShortcutsDialog(this);
    m_detailPanel = new CandidateDetailPanel(m_candidateDetail, this);
    connect(boardPage(), &BoardPage::openCandidate, this,
            [this](const QString &candidateId) { showCandidate(candidateId); });
    connect(m_palette, &CommandPalette::candidateChosen, this, &MainWindow::showCandidate);
    connect(m_palette, &CommandPalette::sectionChosen, this, [this](const QString &section) {
        const auto chosen = static_cast<WorkspacePage::Section>(section.toInt());
        if (!m_workspacePage->showSection(chosen))
            return;
        // The keyboard goes with it: on the board to the cards.
        if (chosen == WorkspacePage::Section::Board)
            boardPage()->focusCards();
        else if (QWidget *page = m_workspacePage->sectionPage(chosen))
            page->setFocus(Qt::OtherFocusReason);
    });
    connect(m_palette, &CommandPalette::jobChosen, this, [this](const QString &jobId) {
        m_board->setCurrentJob(jobId);
        m_workspacePage->showSection(WorkspacePage::Section::Board);
        boardPage()->focusCards();
    });
    m_paletteAction->setEnabled(false);
}

void MainWindow::setWorkspaceDatabase(const store::SqlCipherDatabase *db) {
    if (!db)
        closeCandidateViews();
    m_paletteModel->setDatabase(db);
    m_candidateDetail->setDatabase(db);
}

void MainWindow::applyWorkspaceChanges(const sync::EntityChanges &changes) {
    m_paletteModel->applyChanges(changes);
    m_candidateDetail->applyChanges(changes);
}

void MainWindow::closeCandidateViews() {
    if (m_palette)
        m_palette->dismiss();
    if (m_detailPanel && m_detailPanel->isVisible())
        m_detailPanel->reject();
    if (m_candidateDetail)
        m_candidateDetail->clear();
}

void MainWindow::showCommandPalette() {
    if (!isShowingWorkspace())
        return;
    // The sidebar's sections, numbered as Ctrl+1..5 reach them.
    QList<models::PaletteEntry> sections;
    for (int s = 0; s < WorkspacePage::SectionCount; ++s) {
        const auto section = static_cast<WorkspacePage::Section>(s);
        if (!m_workspacePage->isSectionListed(section))
            continue;
        sections.append(
            {models::PaletteEntry::Kind::Section, QString::number(s),
             tr("Go to %1").arg(WorkspacePage::sectionTitle(section)),
             QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(sections.size())))
                 .toString(QKeySequence::NativeText)});
    }
    m_palette->open(sections);
}

void MainWindow::showShortcuts() {
    QList<ShortcutsDialog::Row> sections;
    for (int s = 0; s < WorkspacePage::SectionCount; ++s) {
        const auto section = static_cast<WorkspacePage::Section>(s);
        if (!m_workspacePage->isSectionListed(section))
            continue;
        sections.append(
            {ShortcutsDialog::Group::Navigation, tr("Go to %1").arg(WorkspacePage::sectionTitle(section)),
             QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(sections.size())))
                 .toString(QKeySequence::NativeText)});
    }
    m_shortcuts->showFor(sections);
}

void MainWindow::showCandidate(const QString &candidateId) {
    if (!isShowingWorkspace() || candidateId.isEmpty())
        return;
    m_detailPanel->showCandidate(candidateId);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace hirex::ui
