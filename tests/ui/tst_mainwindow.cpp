#include "models/BoardPresenter.h"
#include "models/JobListModel.h"
#include "models/SignInPresenter.h"
#include "ui/BoardPage.h"
#include "ui/LockedPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/SignInPage.h"
#include "ui/WorkspacePage.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using hirex::models::JobListModel;
using hirex::models::SignInPresenter;
using hirex::ui::MainWindow;
using hirex::ui::WorkspacePage;
using Section = hirex::ui::WorkspacePage::Section;

static QStringList sidebarEntries(WorkspacePage *page) {
    auto *sidebar = page->findChild<QListWidget *>();
    QStringList entries;
    for (int row = 0; sidebar && row < sidebar->count(); ++row)
        entries.append(sidebar->item(row)->text());
    return entries;
}

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsSignInFirst();
    void typingAnAddressEnablesSignIn();
    void enterKeyRequestsSignIn();
    void removingLocalDataNeedsConfirmation();
    void signOutActionsOnlyWhenSignedIn();
    void lockShortcutAndUnlockButton();
    void theLockMessageFollowsALanguageSwitch();
    void theWorkspaceIsASidebarWithTheBoardFirst();
    void ctrlNumberOpensTheSections();
    void adminOnlyWithAdminPermissions();
};

void TestMainWindow::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("HirexTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::showsSignInFirst() {
    SignInPresenter presenter;
    JobListModel jobs;
    MainWindow window(&presenter, &jobs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.signInPage()->isVisible());
    auto *button = window.signInPage()->findChild<QPushButton *>();
    QVERIFY(button);
    QVERIFY(!button->isEnabled()); // no address yet
}

void TestMainWindow::typingAnAddressEnablesSignIn() {
    SignInPresenter presenter;
    JobListModel jobs;
    MainWindow window(&presenter, &jobs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *edit = window.signInPage()->findChild<QLineEdit *>();
    auto *button = window.signInPage()->findChild<QPushButton *>();
    QVERIFY(edit && button);
    QTest::keyClicks(edit, QStringLiteral("http://hirex.example.com"));
    QVERIFY(!button->isEnabled());
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("https://hirex.example.com"));
    QVERIFY(button->isEnabled());
    QCOMPARE(presenter.serverAddress(), QStringLiteral("https://hirex.example.com"));
}

void TestMainWindow::enterKeyRequestsSignIn() {
    SignInPresenter presenter;
    JobListModel jobs;
    MainWindow window(&presenter, &jobs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy spy(&window, &MainWindow::signInRequested);
    auto *edit = window.signInPage()->findChild<QLineEdit *>();
    QTest::keyClicks(edit, QStringLiteral("https://hirex.example.com"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
}

static QAction *findAction(QWidget *window, const QString &textPrefix) {
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text().remove(u'&').startsWith(textPrefix))
            return action;
    }
    return nullptr;
}

void TestMainWindow::removingLocalDataNeedsConfirmation() {
    SignInPresenter presenter;
    JobListModel jobs;
    MainWindow window(&presenter, &jobs);
    window.showWorkspace();
    QSignalSpy spy(&window, &MainWindow::signOutRequested);
    QAction *remove = findAction(&window, QStringLiteral("Sign out and remove local data"));
    QVERIFY(remove);

    hirex::ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    remove->trigger();
    QCOMPARE(spy.count(), 0);

    hirex::ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
}

void TestMainWindow::signOutActionsOnlyWhenSignedIn() {
    SignInPresenter presenter;
    JobListModel jobs;
    MainWindow window(&presenter, &jobs);
    QAction *signOut = findAction(&window, QStringLiteral("Sign out"));
    QVERIFY(signOut);
    QVERIFY(!signOut->isEnabled());
    window.showWorkspace();
    QVERIFY(window.isShowingWorkspace());
    QVERIFY(signOut->isEnabled());
    QSignalSpy spy(&window, &MainWindow::signOutRequested);
    signOut->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), false);
    window.showSignIn();
    QVERIFY(!signOut->isEnabled());
}

void TestMainWindow::lockShortcutAndUnlockButton() {
    SignInPresenter presenter;
    JobListModel jobs;
    MainWindow window(&presenter, &jobs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy lockSpy(&window, &MainWindow::lockRequested);
    QSignalSpy unlockSpy(&window, &MainWindow::unlockRequested);

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier); // signed out: nothing to lock
    QCOMPARE(lockSpy.count(), 0);

    window.showWorkspace();
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(lockSpy.count(), 1);

    window.showLocked();
    QVERIFY(window.isShowingLocked());
    auto *unlock = window.lockedPage()->findChild<QPushButton *>();
    QVERIFY(unlock && unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
    QCOMPARE(unlockSpy.count(), 1);
}

namespace {
// Translates one context, marked, so the test sees which text went through tr() again.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override {
        return qstrcmp(context, "Unlock") == 0 ? QStringLiteral("[de] ") + QString::fromUtf8(sourceText)
                                               : QString();
    }
};
} // namespace

// A message the unlock gave (say a wrong PIN's) is asked for again when the language switches,
// so the locked page does not keep the old language; one that arrived translated stays as it is.
void TestMainWindow::theLockMessageFollowsALanguageSwitch() {
    hirex::ui::LockedPage page;
    page.setMessage([] { return QCoreApplication::translate("Unlock", "The PIN is not correct."); });
    QCOMPARE(page.messageText(), QStringLiteral("The PIN is not correct."));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator)); // sends LanguageChange to the page
    QTRY_COMPARE(page.messageText(), QStringLiteral("[de] The PIN is not correct.")); // posted
    page.setMessage(QStringLiteral("Server says no"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(page.messageText(), QStringLiteral("Server says no"));
    page.setMessage(QString()); // nothing to say: the page's own text, in the current language
    QVERIFY(page.messageText().contains(QLatin1String("encrypted")));
}

void TestMainWindow::theWorkspaceIsASidebarWithTheBoardFirst() {
    SignInPresenter presenter;
    JobListModel jobs;
    MainWindow window(&presenter, &jobs);
    window.showWorkspace();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WorkspacePage *workspace = window.workspacePage();
    QCOMPARE(sidebarEntries(workspace), QStringList{QStringLiteral("Board")});
    QCOMPARE(workspace->currentSection(), Section::Board);
    QVERIFY(window.boardPage()->isVisible());
    QVERIFY(window.boardPresenter());
    QCOMPARE(window.boardPresenter()->jobs(), &jobs); // the job list is the board's picker
    // The board says why it is empty rather than showing nothing.
    bool said = false;
    for (QLabel *label : window.boardPage()->findChildren<QLabel *>())
        said = said || (label->isVisible() && !label->text().isEmpty() &&
                        label->text().contains(QStringLiteral("local copy")));
    QVERIFY(said);
    // The account and the status are labels whose text is what a screen reader hears.
    workspace->setAccount(QStringLiteral("Lena Schäfer"), QStringLiteral("Anadolu"), QStringLiteral("TR"),
                          false);
    workspace->setStatusText(QStringLiteral("3 jobs you can work on."));
    QStringList texts;
    for (QLabel *label : workspace->findChildren<QLabel *>())
        if (label->isVisible() && label->accessibleName().isEmpty())
            texts.append(label->text());
    QVERIFY(texts.contains(QStringLiteral("Lena Schäfer · Anadolu (TR)")));
    QVERIFY(texts.contains(QStringLiteral("3 jobs you can work on.")));
    // A status line of our own is computed again when what it reports changes, as the job count
    // when the picker's jobs change; one that arrived as text stays as it was.
    int count = 3;
    workspace->setStatusText([&count] { return QStringLiteral("%1 jobs").arg(count); });
    QCOMPARE(workspace->statusLabel()->text(), QStringLiteral("3 jobs"));
    count = 5;
    workspace->refreshStatusText();
    QCOMPARE(workspace->statusLabel()->text(), QStringLiteral("5 jobs"));
    workspace->setStatusText(QStringLiteral("The server refused."));
    workspace->refreshStatusText();
    QCOMPARE(workspace->statusLabel()->text(), QStringLiteral("The server refused."));
}

void TestMainWindow::ctrlNumberOpensTheSections() {
    SignInPresenter presenter;
    JobListModel jobs;
    MainWindow window(&presenter, &jobs);
    window.showWorkspace();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    WorkspacePage *workspace = window.workspacePage();
    auto *settings = new QLabel(QStringLiteral("settings page"));
    workspace->setSectionPage(Section::Settings, settings);
    auto *candidates = new QLabel(QStringLiteral("candidates page"));
    workspace->setSectionPage(Section::Candidates, candidates);
    // Sidebar order is fixed whatever order the pages came in.
    QCOMPARE(sidebarEntries(workspace), (QStringList{QStringLiteral("Board"), QStringLiteral("Candidates"),
                                                     QStringLiteral("Settings")}));
    QSignalSpy changed(workspace, &WorkspacePage::currentSectionChanged);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(workspace->currentSection(), Section::Settings);
    QVERIFY(settings->isVisible());
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(workspace->currentSection(), Section::Candidates);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier); // no fifth entry: nothing happens
    QCOMPARE(workspace->currentSection(), Section::Candidates);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(workspace->currentSection(), Section::Board);
    QCOMPARE(changed.count(), 3);
    QVERIFY(!workspace->showSection(Section::Reviews)); // no page, not listed
}

void TestMainWindow::adminOnlyWithAdminPermissions() {
    SignInPresenter presenter;
    JobListModel jobs;
    MainWindow window(&presenter, &jobs);
    WorkspacePage *workspace = window.workspacePage();
    workspace->setSectionPage(Section::Admin, new QLabel(QStringLiteral("admin page")));
    QVERIFY(!workspace->isSectionListed(Section::Admin));
    QVERIFY(!workspace->showSection(Section::Admin));
    workspace->setAdminAllowed(true);
    QCOMPARE(sidebarEntries(workspace), (QStringList{QStringLiteral("Board"), QStringLiteral("Admin")}));
    QVERIFY(workspace->showSection(Section::Admin));
    // Permission withdrawn (another sign-in): the page is left for the board.
    workspace->setAdminAllowed(false);
    QCOMPARE(sidebarEntries(workspace), QStringList{QStringLiteral("Board")});
    QCOMPARE(workspace->currentSection(), Section::Board);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
