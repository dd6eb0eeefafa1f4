#include "models/JobListModel.h"
#include "models/SignInPresenter.h"
#include "ui/LockedPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/SignInPage.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using hirex::models::JobListModel;
using hirex::models::SignInPresenter;
using hirex::ui::MainWindow;

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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
