#include "models/SignInPresenter.h"

#include <QSignalSpy>
#include <QTest>

using hirex::models::SignInPresenter;

class TestSignInPresenter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyAddressCannotSignIn();
    void httpsIsAccepted();
    void plainHttpIsRefused();
    void loopbackHttpNeedsTheDevelopmentSwitch();
    void otherSchemesAreRefused();
    void stateChangesAreSignalled();
    void cannotStartTwiceWhileWaiting();
};

void TestSignInPresenter::emptyAddressCannotSignIn() {
    SignInPresenter presenter;
    QVERIFY(!presenter.canSignIn());
    QVERIFY(!presenter.validationMessage().isEmpty());
    QVERIFY(presenter.serverUrl().isEmpty());
}

void TestSignInPresenter::httpsIsAccepted() {
    SignInPresenter presenter;
    presenter.setServerAddress(QStringLiteral("  https://hirex.example.com  "));
    QVERIFY(presenter.canSignIn());
    QCOMPARE(presenter.serverUrl(), QUrl(QStringLiteral("https://hirex.example.com")));
}

void TestSignInPresenter::plainHttpIsRefused() {
    SignInPresenter presenter;
    presenter.setAllowLoopbackHttp(true); // the switch only ever covers loopback
    presenter.setServerAddress(QStringLiteral("http://hirex.example.com"));
    QVERIFY(!presenter.canSignIn());
    QVERIFY(presenter.validationMessage().contains(QStringLiteral("HTTPS")));
}

void TestSignInPresenter::loopbackHttpNeedsTheDevelopmentSwitch() {
    SignInPresenter presenter;
    presenter.setServerAddress(QStringLiteral("http://127.0.0.1:8443"));
    QVERIFY(!presenter.canSignIn());
    presenter.setAllowLoopbackHttp(true);
    QVERIFY(presenter.canSignIn());
    presenter.setServerAddress(QStringLiteral("http://[::1]:8443"));
    QVERIFY(presenter.canSignIn());
    presenter.setServerAddress(QStringLiteral("http://10.0.0.1:8443"));
    QVERIFY(!presenter.canSignIn());
}

void TestSignInPresenter::otherSchemesAreRefused() {
    SignInPresenter presenter;
    presenter.setServerAddress(QStringLiteral("ftp://hirex.example.com"));
    QVERIFY(!presenter.canSignIn());
    presenter.setServerAddress(QStringLiteral("not a url at all"));
    QVERIFY(!presenter.canSignIn());
}

void TestSignInPresenter::stateChangesAreSignalled() {
    SignInPresenter presenter;
    QSignalSpy spy(&presenter, &SignInPresenter::stateChanged);
    presenter.markWaitingForBrowser();
    presenter.markFailed(QStringLiteral("The browser window was closed."));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(presenter.state(), SignInPresenter::State::Failed);
    QCOMPARE(presenter.errorMessage(), QStringLiteral("The browser window was closed."));
    presenter.reset();
    QCOMPARE(presenter.state(), SignInPresenter::State::Idle);
    QVERIFY(presenter.errorMessage().isEmpty());
}

void TestSignInPresenter::cannotStartTwiceWhileWaiting() {
    SignInPresenter presenter;
    presenter.setServerAddress(QStringLiteral("https://hirex.example.com"));
    presenter.markWaitingForBrowser();
    QVERIFY(!presenter.canSignIn());
}

QTEST_GUILESS_MAIN(TestSignInPresenter)
#include "tst_signinpresenter.moc"
