// The Admin section inside hirex-desktop against the real sandbox: listed and loaded for an
// admin (with this computer marked), dropped from memory on lock, absent for a recruiter.
#include "app/desktop/DesktopController.h"
#include "core/session/ProfileSession.h"
#include "models/AdminDevicesPresenter.h"
#include "models/JobListModel.h"
#include "models/SignInPresenter.h"
#include "tests/support/DesktopApp.h"
#include "tests/support/LoginPageLauncher.h"
#include "tests/support/SandboxProcess.h"
#include "ui/MainWindow.h"
#include "ui/SignInPage.h"
#include "ui/WorkspacePage.h"

#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using hirex::models::AdminDevicesPresenter;
using hirex::models::DeviceTableModel;
using hirex::test::DesktopApp;
using hirex::test::LoginPageLauncher;
using hirex::test::SandboxProcess;
using Section = hirex::ui::WorkspacePage::Section;

namespace {} // namespace

class TestDesktopAdmin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void anAdminSeesTheDevicesAndALockDropsThem();
    void aRecruiterHasNoAdminSection();

private:
    std::unique_ptr<LoginPageLauncher> browserFor(const QString &role);

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
};

void TestDesktopAdmin::initTestCase() {
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "needs a D-Bus session with gnome-keyring (scripts/test or dbus-run-session)");
    QCoreApplication::setOrganizationName(QStringLiteral("HirexTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopadmin"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sandbox =
        std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--candidates"), QStringLiteral("20")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

std::unique_ptr<LoginPageLauncher> TestDesktopAdmin::browserFor(const QString &role) {
    const QJsonObject account = m_sandbox->passwordAccount(role, false);
    if (account.isEmpty())
        return nullptr;
    auto browser = std::make_unique<LoginPageLauncher>(&m_network, m_sandbox->tlsConfiguration());
    browser->setCredentials(account.value(QStringLiteral("email")).toString(),
                            account.value(QStringLiteral("password")).toString(), QString());
    return browser;
}

void TestDesktopAdmin::anAdminSeesTheDevicesAndALockDropsThem() {
    auto browser = browserFor(QStringLiteral("admin"));
    QVERIFY2(browser, qPrintable(m_sandbox->errorString()));
    DesktopApp app(*m_sandbox, m_dir.filePath(QStringLiteral("admin")), browser.get());
    QVERIFY2(app.signInThroughTheBrowser(), qPrintable(browser->failure()));
    hirex::ui::WorkspacePage *workspace = app.window->workspacePage();
    QTRY_VERIFY_WITH_TIMEOUT(workspace->isSectionListed(Section::Admin), 30000);
    AdminDevicesPresenter *devices = app.controller->adminDevices();
    QVERIFY(devices);
    QVERIFY(workspace->showSection(Section::Admin));
    QTRY_COMPARE_WITH_TIMEOUT(devices->state(), AdminDevicesPresenter::State::Ready, 30000);
    // The app registered this computer at sign-in; its row says so.
    bool own = false;
    for (int row = 0; row < devices->model()->rowCount(); ++row)
        own = own || devices->model()
                         ->index(row, DeviceTableModel::DeviceColumn)
                         .data()
                         .toString()
                         .contains(u"(this computer)");
    QVERIFY(own);

    Q_EMIT app.window->lockRequested();
    QVERIFY(app.window->isShowingLocked());
    QCOMPARE(devices->model()->rowCount(), 0);
    QVERIFY(devices->state() != AdminDevicesPresenter::State::Ready);
}

void TestDesktopAdmin::aRecruiterHasNoAdminSection() {
    auto browser = browserFor(QStringLiteral("recruiter"));
    QVERIFY2(browser, qPrintable(m_sandbox->errorString()));
    DesktopApp app(*m_sandbox, m_dir.filePath(QStringLiteral("recruiter")), browser.get());
    QVERIFY2(app.signInThroughTheBrowser(), qPrintable(browser->failure()));
    // /v1/me has answered once the workspace names the account (Admin is decided in that answer).
    const QString name =
        m_sandbox->passwordAccount(QStringLiteral("recruiter"), false).value(u"name").toString();
    QVERIFY(!name.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto labels = app.window->workspacePage()->findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(),
                               [&](const QLabel *l) { return l->text().contains(name); });
        }(),
        30000);
    QVERIFY(!app.window->workspacePage()->isSectionListed(Section::Admin));
    QVERIFY(!app.controller->adminDevices());
}

QTEST_MAIN(TestDesktopAdmin)
#include "tst_desktopadmin.moc"
