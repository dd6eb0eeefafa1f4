// Admin > Devices with real widgets (offscreen) against the real hirex-sandbox: the keyboard
// path, a cancelled confirmation that sends nothing, and a confirmed one that updates the row.
#include "app/desktop/LanguageController.h"
#include "app/desktop/ThemeController.h"
#include "models/AdminDevicesPresenter.h"
#include "tests/support/AdminSandbox.h"
#include "ui/AdminDevicesView.h"
#include "ui/AdminPage.h"
#include "ui/MessageBox.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using hirex::models::AdminDevicesPresenter;
using hirex::models::DeviceTableModel;
using hirex::test::SandboxLogin;
using hirex::test::SandboxProcess;
using hirex::test::SandboxUser;
using hirex::ui::AdminDevicesView;
using hirex::ui::AdminPage;
using hirex::ui::MessageBox;

namespace {
constexpr int kTimeoutMs = 30000;
}

class TestAdminDevicesViewSandbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void loadsOnFirstShowAndIsReachableByKeyboard();
    void cancelSendsNothingConfirmUpdatesTheRow();
    void offlineSaysSo();

private:
    // Selects the row of `deviceId` in the (sorted) table; false when it is not there.
    bool select(AdminDevicesView &view, const QString &deviceId);
    QString statusCell(AdminDevicesView &view, const QString &deviceId);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxLogin> m_login;
    std::optional<SandboxUser> m_admin;
    std::optional<SandboxUser> m_other;
    hirex::domain::Device m_otherDevice;
};

void TestAdminDevicesViewSandbox::initTestCase() {
    m_sandbox =
        std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--candidates"), QStringLiteral("10")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_login = std::make_unique<SandboxLogin>(*m_sandbox);
    m_admin = SandboxUser::signIn(*m_sandbox, *m_login, QStringLiteral("admin"));
    QVERIFY2(m_admin, qPrintable(m_login->errorString()));
    QVERIFY(m_admin->registerDevice(QStringLiteral("Admin workstation"), true));
    m_other = SandboxUser::signIn(*m_sandbox, *m_login, QStringLiteral("recruiter"));
    QVERIFY2(m_other, qPrintable(m_login->errorString()));
    const auto device = m_other->registerDevice(QStringLiteral("Recruiter laptop"), true);
    QVERIFY(device);
    m_otherDevice = *device;
}

void TestAdminDevicesViewSandbox::cleanup() {
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

bool TestAdminDevicesViewSandbox::select(AdminDevicesView &view, const QString &deviceId) {
    QAbstractItemModel *model = view.table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(DeviceTableModel::DeviceIdRole).toString() == deviceId) {
            view.table()->setFocus();
            view.table()->setCurrentIndex(model->index(row, 0));
            view.table()->selectRow(row);
            return true;
        }
    }
    return false;
}

QString TestAdminDevicesViewSandbox::statusCell(AdminDevicesView &view, const QString &deviceId) {
    QAbstractItemModel *model = view.table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(DeviceTableModel::DeviceIdRole).toString() == deviceId)
            return model->index(row, DeviceTableModel::StatusColumn).data().toString();
    }
    return {};
}

void TestAdminDevicesViewSandbox::loadsOnFirstShowAndIsReachableByKeyboard() {
    AdminDevicesPresenter presenter;
    presenter.setApiClient(m_admin->client.get());
    AdminPage page;
    auto *view = new AdminDevicesView(&presenter);
    page.addScreen(view);
    QCOMPARE(page.screenList()->count(), 1);
    QCOMPARE(page.currentScreen(), view);
    QCOMPARE(page.screenList()->item(0)->text(), QStringLiteral("Devices"));
    page.resize(1100, 520);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE_WITH_TIMEOUT(presenter.state(), AdminDevicesPresenter::State::Ready, kTimeoutMs);
    QVERIFY(view->table()->isVisible());
    QVERIFY(view->table()->model()->rowCount() >= 2);
    QVERIFY(!view->revokeButton()->isEnabled()); // nothing selected yet
    QVERIFY(view->revokeButton()->toolTip().contains(
        QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));

    // F5 loads the list again (the tooltip names it).
    QVERIFY(view->refreshButton()->toolTip().contains(
        QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_F5);
    QCOMPARE(presenter.state(), AdminDevicesPresenter::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(presenter.state(), AdminDevicesPresenter::State::Ready, kTimeoutMs);

    // Tab: Refresh → Revoke (disabled, skipped) → the table.
    view->refreshButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), view->table());

    // Selecting enables Revoke…; the state labels carry their text for assistive technology.
    QVERIFY(select(*view, m_otherDevice.id));
    QVERIFY(view->revokeButton()->isEnabled());
    presenter.setOnline(false);
    QVERIFY(view->stateLabel()->isVisible());
    QCOMPARE(view->stateLabel()->accessibleName(), view->stateLabel()->text());
    QVERIFY(!view->stateLabel()->text().isEmpty());

    if (const QString path = qEnvironmentVariable("HIREX_ADMIN_SCREENSHOT"); !path.isEmpty()) {
        presenter.setOnline(true);
        QTRY_COMPARE_WITH_TIMEOUT(presenter.state(), AdminDevicesPresenter::State::Ready, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            view->table()->model()->index(0, DeviceTableModel::UserColumn).data().toString().contains(u' '),
            kTimeoutMs); // the names have arrived
        QVERIFY(select(*view, m_otherDevice.id));
        QVERIFY(page.grab().save(path));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(hirex::app::ThemeController::darkPalette());
        QTest::qWait(200); // the palette change reaches every widget on the event loop
        QVERIFY(page.grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-dark.png"))));
        // The longest strings: German and Turkish (the catalogues built from translations/).
        QCoreApplication::setOrganizationName(QStringLiteral("HirexTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_admindevicesview_sandbox"));
        hirex::app::LanguageController languages;
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("tr")}) {
            QVERIFY(languages.setLanguage(language));
            QTest::qWait(200);
            QVERIFY(
                page.grab().save(QString(path).replace(QStringLiteral(".png"), u"-" + language + u".png")));
        }
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }
}

void TestAdminDevicesViewSandbox::cancelSendsNothingConfirmUpdatesTheRow() {
    AdminDevicesPresenter presenter;
    presenter.setApiClient(m_admin->client.get());
    AdminDevicesView view(&presenter);
    view.resize(1000, 480);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE_WITH_TIMEOUT(presenter.state(), AdminDevicesPresenter::State::Ready, kTimeoutMs);
    QVERIFY(select(view, m_otherDevice.id));
    QCOMPARE(statusCell(view, m_otherDevice.id), QStringLiteral("Active"));

    // Delete asks; Cancel sends nothing.
    QSignalSpy finished(&presenter, &AdminDevicesPresenter::revokeFinished);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(view.table(), Qt::Key_Delete);
    QCOMPARE(MessageBox::lastAnsweredTitle(), QStringLiteral("Revoke Device"));
    QVERIFY(!presenter.isRevoking());
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(statusCell(view, m_otherDevice.id), QStringLiteral("Active"));
    auto server = m_admin->serverDevice(m_otherDevice.id);
    QVERIFY(server);
    QCOMPARE(server->status, QStringLiteral("active"));
    QCOMPARE(server->version, m_otherDevice.version);

    // Revoke… confirmed: the row changes once the server agrees, and the server has it.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(view.revokeButton(), Qt::LeftButton);
    QVERIFY(presenter.isRevoking());
    QVERIFY(!view.revokeButton()->isEnabled());
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(statusCell(view, m_otherDevice.id), QStringLiteral("Revoked, wipe requested"));
    QVERIFY(view.resultLabel()->isVisible());
    QVERIFY(view.resultLabel()->text().contains(u"Recruiter laptop"));
    QCOMPARE(view.resultLabel()->accessibleName(), view.resultLabel()->text());
    QVERIFY(!view.revokeButton()->isEnabled()); // a revoked device cannot be revoked again
    server = m_admin->serverDevice(m_otherDevice.id);
    QVERIFY(server);
    QCOMPARE(server->status, QStringLiteral("revoked"));
    QVERIFY(server->wipeRequested);
}

void TestAdminDevicesViewSandbox::offlineSaysSo() {
    AdminDevicesPresenter presenter;
    presenter.setApiClient(m_admin->client.get());
    presenter.setOnline(false);
    AdminDevicesView view(&presenter);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(200);
    QCOMPARE(presenter.state(), AdminDevicesPresenter::State::Offline); // no load on show
    QVERIFY(!view.table()->isVisible());
    QVERIFY(!view.refreshButton()->isEnabled());
    QVERIFY(view.stateLabel()->text().contains(u"need a connection"));
    // Back online while on screen: the list loads by itself.
    presenter.setOnline(true);
    QTRY_COMPARE_WITH_TIMEOUT(presenter.state(), AdminDevicesPresenter::State::Ready, kTimeoutMs);
    QVERIFY(view.table()->isVisible());
    QVERIFY(view.refreshButton()->isEnabled());
}

QTEST_MAIN(TestAdminDevicesViewSandbox)
#include "tst_admindevicesview_sandbox.moc"
