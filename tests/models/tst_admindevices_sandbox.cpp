// Admin > Devices without a window, against the real hirex-sandbox over HTTPS: the admin's list,
// a revocation the server agrees to, refusals, and the offline state.
#include "models/AdminDevicesPresenter.h"
#include "tests/support/AdminSandbox.h"

#include <QSignalSpy>
#include <QTest>

using hirex::api::ApiError;
using hirex::models::AdminDevicesPresenter;
using hirex::models::DeviceTableModel;
using hirex::test::SandboxLogin;
using hirex::test::SandboxProcess;
using hirex::test::SandboxUser;

namespace {
constexpr int kTimeoutMs = 30000;
}

class TestAdminDevicesSandbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsTheTenantsDevicesAsAdmin();
    void revokesAndTheServerAgrees();
    void staleRevocationIsRefusedAndTheRowStays();
    void nonAdminIsRefusedPlainly();
    void offlineSaysTheScreensNeedAConnection();
    void clearDropsTheList();

private:
    bool load(AdminDevicesPresenter &presenter);
    QString accountName(const QString &role);
    // A device registered by a sign-in of its own (the sandbox binds a sign-in to the device it
    // registers: revoking the device ends that sign-in, so each victim gets one).
    std::optional<hirex::domain::Device> otherDevice(const QString &name);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxLogin> m_login;
    std::optional<SandboxUser> m_admin;
    std::optional<SandboxUser> m_recruiter;
    std::vector<SandboxUser> m_others;
    hirex::domain::Device m_adminDevice;
    hirex::domain::Device m_recruiterDevice;
};

void TestAdminDevicesSandbox::initTestCase() {
    m_sandbox =
        std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--candidates"), QStringLiteral("10")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_login = std::make_unique<SandboxLogin>(*m_sandbox);
    m_admin = SandboxUser::signIn(*m_sandbox, *m_login, QStringLiteral("admin"));
    QVERIFY2(m_admin, qPrintable(m_login->errorString()));
    m_recruiter = SandboxUser::signIn(*m_sandbox, *m_login, QStringLiteral("recruiter"));
    QVERIFY2(m_recruiter, qPrintable(m_login->errorString()));
    // The devices the two apps register at sign-in; the admin's is "this computer".
    const auto recruiterDevice = m_recruiter->registerDevice(QStringLiteral("Recruiter laptop"), true);
    QVERIFY(recruiterDevice);
    m_recruiterDevice = *recruiterDevice;
    const auto adminDevice = m_admin->registerDevice(QStringLiteral("Admin workstation"), true);
    QVERIFY(adminDevice);
    m_adminDevice = *adminDevice;
}

QString TestAdminDevicesSandbox::accountName(const QString &role) {
    return m_sandbox->account(role).value(QStringLiteral("name")).toString();
}

std::optional<hirex::domain::Device> TestAdminDevicesSandbox::otherDevice(const QString &name) {
    auto user = SandboxUser::signIn(*m_sandbox, *m_login, QStringLiteral("recruiter"));
    if (!user)
        return std::nullopt;
    auto device = user->registerDevice(name, true);
    m_others.push_back(std::move(*user));
    return device;
}

bool TestAdminDevicesSandbox::load(AdminDevicesPresenter &presenter) {
    presenter.refresh();
    if (presenter.state() != AdminDevicesPresenter::State::Loading)
        return false;
    return QTest::qWaitFor([&] { return presenter.state() != AdminDevicesPresenter::State::Loading; },
                           kTimeoutMs);
}

void TestAdminDevicesSandbox::loadsTheTenantsDevicesAsAdmin() {
    AdminDevicesPresenter presenter;
    presenter.setApiClient(m_admin->client.get());
    QCOMPARE(presenter.state(), AdminDevicesPresenter::State::Unloaded);
    QVERIFY(load(presenter));
    QCOMPARE(presenter.state(), AdminDevicesPresenter::State::Ready);
    DeviceTableModel *model = presenter.model();
    const int recruiterRow = model->rowOf(m_recruiterDevice.id);
    const int adminRow = model->rowOf(m_adminDevice.id);
    QVERIFY(recruiterRow >= 0);
    QVERIFY(adminRow >= 0);

    // The users' names arrive from /v1/admin/users after the list.
    const QString recruiterName = accountName(QStringLiteral("recruiter"));
    QVERIFY(!recruiterName.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(model->index(recruiterRow, DeviceTableModel::UserColumn).data().toString(),
                              recruiterName, kTimeoutMs);
    QCOMPARE(model->index(recruiterRow, DeviceTableModel::DeviceColumn).data().toString(),
             QStringLiteral("Recruiter laptop"));
    QCOMPARE(model->index(recruiterRow, DeviceTableModel::StatusColumn).data().toString(),
             QStringLiteral("Active"));
    QVERIFY(
        model->index(adminRow, DeviceTableModel::DeviceColumn).data().toString().contains(u"this computer"));
    QCOMPARE(
        model->index(recruiterRow, DeviceTableModel::PlatformColumn).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Linux, Hirex 0.9.0"));

    // Newest activity first.
    for (int row = 1; row < model->rowCount(); ++row) {
        const QDateTime above = model->index(row - 1, DeviceTableModel::LastSeenColumn)
                                    .data(DeviceTableModel::SortRole)
                                    .toDateTime();
        const QDateTime below =
            model->index(row, DeviceTableModel::LastSeenColumn).data(DeviceTableModel::SortRole).toDateTime();
        QVERIFY2(above >= below, qPrintable(QStringLiteral("row %1 before row %2").arg(row - 1).arg(row)));
    }

    // The confirmations name the device and its user; the admin's own says so.
    const auto other = presenter.confirmation(recruiterRow);
    QVERIFY(other);
    QVERIFY(!other->ownDevice);
    QVERIFY(other->text.contains(u"Recruiter laptop"));
    QVERIFY(other->text.contains(recruiterName));
    QVERIFY(other->text.contains(u"signed out") && other->text.contains(u"data stored on it is deleted"));
    QVERIFY(!other->text.contains(u"computer you are using now"));
    const auto own = presenter.confirmation(adminRow);
    QVERIFY(own);
    QVERIFY(own->ownDevice);
    QVERIFY(own->text.contains(u"computer you are using now"));
}

void TestAdminDevicesSandbox::revokesAndTheServerAgrees() {
    auto victim = otherDevice(QStringLiteral("Old tablet"));
    QVERIFY(victim);
    AdminDevicesPresenter presenter;
    presenter.setApiClient(m_admin->client.get());
    QVERIFY(load(presenter));
    const int row = presenter.model()->rowOf(victim->id);
    QVERIFY(row >= 0);
    QVERIFY(presenter.canRevoke(row));
    QSignalSpy finished(&presenter, &AdminDevicesPresenter::revokeFinished);
    QVERIFY(presenter.revoke(row));
    QVERIFY(presenter.isRevoking());
    QVERIFY(!presenter.canRevoke(row)); // one at a time
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(finished.at(0).at(1).toString().contains(u"Old tablet"));
    QCOMPARE(presenter.model()->rowOf(victim->id), row);
    QCOMPARE(presenter.model()->index(row, DeviceTableModel::StatusColumn).data().toString(),
             QStringLiteral("Revoked, wipe requested"));
    QVERIFY(!presenter.canRevoke(row));
    QVERIFY(!presenter.confirmation(row));

    // A second list, from the server, shows it revoked with the wipe asked for.
    const auto server = m_admin->serverDevice(victim->id);
    QVERIFY(server);
    QCOMPARE(server->status, QStringLiteral("revoked"));
    QVERIFY(server->wipeRequested);
    AdminDevicesPresenter second;
    second.setApiClient(m_admin->client.get());
    QVERIFY(load(second));
    const int again = second.model()->rowOf(victim->id);
    QVERIFY(again >= 0);
    QCOMPARE(second.model()->deviceAt(again)->status, QStringLiteral("revoked"));
}

void TestAdminDevicesSandbox::staleRevocationIsRefusedAndTheRowStays() {
    auto device = otherDevice(QStringLiteral("Shared desktop"));
    QVERIFY(device);
    AdminDevicesPresenter presenter;
    presenter.setApiClient(m_admin->client.get());
    QVERIFY(load(presenter));
    const int row = presenter.model()->rowOf(device->id);
    QVERIFY(row >= 0);

    // Another admin screen revokes it first: this list still has the old version.
    std::optional<hirex::api::ApiResult<hirex::domain::Device>> first;
    m_admin->client->revokeDevice(device->id, device->version, false, QString(),
                                  [&](const auto &r) { first = r; });
    QVERIFY(QTest::qWaitFor([&] { return first.has_value(); }, kTimeoutMs));
    QVERIFY(first->ok());

    QSignalSpy finished(&presenter, &AdminDevicesPresenter::revokeFinished);
    QVERIFY(presenter.revoke(row));
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(message.contains(u"was not revoked") && message.contains(u"refresh"), qPrintable(message));
    QCOMPARE(presenter.revokeMessage(), message);
    QCOMPARE(presenter.model()->deviceAt(row)->status, QStringLiteral("active")); // as it was
    QCOMPARE(presenter.model()->deviceAt(row)->version, device->version);
    // And the first revocation (without wipe) is what the server keeps.
    const auto server = m_admin->serverDevice(device->id);
    QVERIFY(server);
    QVERIFY(!server->wipeRequested);
}

void TestAdminDevicesSandbox::nonAdminIsRefusedPlainly() {
    AdminDevicesPresenter presenter;
    presenter.setApiClient(m_recruiter->client.get());
    QVERIFY(load(presenter));
    QCOMPARE(presenter.state(), AdminDevicesPresenter::State::Failed);
    QVERIFY2(presenter.stateText().contains(u"admin.devices"), qPrintable(presenter.stateText()));
    QCOMPARE(presenter.model()->rowCount(), 0);
    QVERIFY(!presenter.revoke(0));

    // The server refuses the revocation itself too, and the device stays active.
    std::optional<hirex::api::ApiResult<hirex::domain::Device>> r;
    m_recruiter->client->revokeDevice(m_adminDevice.id, m_adminDevice.version, true, QString(),
                                      [&](const auto &result) { r = result; });
    QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, kTimeoutMs));
    QCOMPARE(r->error.kind, ApiError::Kind::Forbidden);
    const auto server = m_admin->serverDevice(m_adminDevice.id);
    QVERIFY(server);
    QCOMPARE(server->status, QStringLiteral("active"));
}

void TestAdminDevicesSandbox::offlineSaysTheScreensNeedAConnection() {
    AdminDevicesPresenter presenter;
    presenter.setApiClient(m_admin->client.get());
    QVERIFY(load(presenter));
    QVERIFY(presenter.model()->rowCount() > 0);
    presenter.setOnline(false);
    QCOMPARE(presenter.state(), AdminDevicesPresenter::State::Offline);
    QVERIFY(presenter.stateText().contains(u"need a connection"));
    presenter.refresh();
    QCOMPARE(presenter.state(), AdminDevicesPresenter::State::Offline); // nothing sent
    QVERIFY(!presenter.canRevoke(0));
    presenter.setOnline(true); // back: to be loaded again (the view does when it is shown)
    QCOMPARE(presenter.state(), AdminDevicesPresenter::State::Unloaded);
    QVERIFY(load(presenter));
    QCOMPARE(presenter.state(), AdminDevicesPresenter::State::Ready);
}

void TestAdminDevicesSandbox::clearDropsTheList() {
    AdminDevicesPresenter presenter;
    presenter.setApiClient(m_admin->client.get());
    QVERIFY(load(presenter));
    QVERIFY(presenter.model()->rowCount() > 0);
    presenter.clear();
    QCOMPARE(presenter.model()->rowCount(), 0);
    QVERIFY(!presenter.model()->deviceAt(0));
    QCOMPARE(presenter.state(), AdminDevicesPresenter::State::Unloaded);
    // A reload that is cleared while on the wire leaves nothing behind either.
    presenter.refresh();
    presenter.clear();
    QTest::qWait(1000);
    QCOMPARE(presenter.model()->rowCount(), 0);
    presenter.setApiClient(nullptr);
    QCOMPARE(presenter.state(), AdminDevicesPresenter::State::NoConnection);
}

QTEST_GUILESS_MAIN(TestAdminDevicesSandbox)
#include "tst_admindevices_sandbox.moc"
