#include "models/SignInPresenter.h"
#include "ui/MainWindow.h"
#include "ui/SignInPage.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using hirex::models::SignInPresenter;
using hirex::ui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsSignInFirst();
    void typingAnAddressEnablesSignIn();
    void enterKeyRequestsSignIn();
};

void TestMainWindow::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("HirexTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::showsSignInFirst() {
    SignInPresenter presenter;
    MainWindow window(&presenter);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.signInPage()->isVisible());
    auto *button = window.signInPage()->findChild<QPushButton *>();
    QVERIFY(button);
    QVERIFY(!button->isEnabled()); // no address yet
}

void TestMainWindow::typingAnAddressEnablesSignIn() {
    SignInPresenter presenter;
    MainWindow window(&presenter);
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
    MainWindow window(&presenter);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy spy(&window, &MainWindow::signInRequested);
    auto *edit = window.signInPage()->findChild<QLineEdit *>();
    QTest::keyClicks(edit, QStringLiteral("https://hirex.example.com"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
