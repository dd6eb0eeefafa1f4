// SyncHttp against the REAL hirex-sandbox: the sync layer's requests take ApiClient's one
// request path, so the rules that path enforces hold for sync too: concurrent 401s share one
// token refresh (a refresh per request would rotate the refresh token twice, and the second
// rotation would be a reuse), the response size cap, and device_revoked reported as such.
#include "core/api/TransportPolicy.h"
#include "core/domain/Device.h"
#include "core/sync/SyncHttp.h"
#include "tests/support/SandboxLogin.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestTokenProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace hirex;
using namespace hirex::sync;
using hirex::test::SandboxLogin;
using hirex::test::SandboxProcess;
using hirex::test::TestTokenProvider;

namespace {
constexpr int kCallTimeoutMs = 60000;

// Waits for one answer (test code may wait on the event loop).
HttpResult wait(const std::shared_ptr<std::optional<HttpResult>> &slot) {
    static_cast<void>(QTest::qWaitFor([slot] { return slot->has_value(); }, kCallTimeoutMs));
    if (slot->has_value())
        return **slot;
    HttpResult timeout;
    timeout.error = api::ApiError::make(api::ApiError::Kind::Timeout, QStringLiteral("test_timeout"));
    return timeout;
}

std::shared_ptr<std::optional<HttpResult>> start(SyncHttp &http, const QByteArray &method,
                                                 const QString &path, const QJsonObject &body = {},
                                                 const SyncHttp::Conditions &conditions = {}) {
    auto slot = std::make_shared<std::optional<HttpResult>>();
    const QByteArray bytes =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.send(method, path, bytes, conditions, [slot](const HttpResult &r) { *slot = r; });
    return slot;
}

QString newKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestSyncHttpSandbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void concurrentUnauthorizedCallsShareOneRefresh();
    void anOversizedAnswerIsRefused();
    void aRevokedDeviceIsReported();

private:
    api::TransportPolicy policy(qint64 maxResponseBytes = 0) const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxLogin> m_login;
    std::optional<hirex::test::SandboxTokens> m_recruiter;
};

void TestSyncHttpSandbox::initTestCase() {
    m_sandbox =
        std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--candidates"), QStringLiteral("60")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_login = std::make_unique<SandboxLogin>(*m_sandbox);
    m_recruiter = m_login->signInAs(QStringLiteral("recruiter"));
    QVERIFY2(m_recruiter, qPrintable(m_login->errorString()));
}

void TestSyncHttpSandbox::cleanupTestCase() {
    m_login.reset();
    if (m_sandbox)
        QCOMPARE(m_sandbox->stop(), 0);
}

api::TransportPolicy TestSyncHttpSandbox::policy(qint64 maxResponseBytes) const {
    api::TransportSettings settings;
    settings.caFile = m_sandbox->caFile();
    if (maxResponseBytes > 0)
        settings.maxResponseBytes = maxResponseBytes;
    return *api::TransportPolicy::create(settings, nullptr);
}

void TestSyncHttpSandbox::concurrentUnauthorizedCallsShareOneRefresh() {
    // The stored access token has expired: both requests get a 401 at about the same time.
    const QString valid = m_recruiter->accessToken;
    TestTokenProvider tokens(QStringLiteral("expired-token"), [valid] { return valid; });
    SyncHttp http(policy(), m_sandbox->baseUrl(), &tokens);
    const auto first = start(http, "GET", QStringLiteral("/v1/me"));
    const auto second = start(http, "GET", QStringLiteral("/v1/changes?cursor=0&limit=5"));
    const HttpResult a = wait(first);
    const HttpResult b = wait(second);
    QVERIFY2(a.ok(), qPrintable(a.error.code));
    QVERIFY2(b.ok(), qPrintable(b.error.code));
    QCOMPARE(tokens.refreshCount(), 1);
}

void TestSyncHttpSandbox::anOversizedAnswerIsRefused() {
    TestTokenProvider tokens(m_recruiter->accessToken);
    SyncHttp http(policy(2048), m_sandbox->baseUrl(), &tokens);
    const HttpResult page = wait(start(http, "GET", QStringLiteral("/v1/changes?cursor=0&limit=200")));
    QCOMPARE(page.error.kind, api::ApiError::Kind::TooLarge);
    QVERIFY(page.body.isEmpty());
    // A small answer still passes the same limit.
    const HttpResult me = wait(start(http, "GET", QStringLiteral("/v1/me")));
    QVERIFY2(me.ok(), qPrintable(me.error.code));
}

void TestSyncHttpSandbox::aRevokedDeviceIsReported() {
    // A recruiter registers this device...
    TestTokenProvider tokens(m_recruiter->accessToken);
    SyncHttp http(policy(), m_sandbox->baseUrl(), &tokens);
    const HttpResult registered =
        wait(start(http, "POST", QStringLiteral("/v1/devices"),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("CI laptop")},
                               {QStringLiteral("platform"), QStringLiteral("linux")},
                               {QStringLiteral("app_version"), QStringLiteral("0.1.0")}},
                   {newKey(), std::nullopt}));
    QVERIFY2(registered.ok(), qPrintable(registered.error.code));
    const auto device = domain::Device::fromJson(QJsonDocument::fromJson(registered.body).object(), nullptr);
    QVERIFY(device);
    tokens.setDeviceId(device->id);
    QVERIFY(wait(start(http, "GET", QStringLiteral("/v1/me"))).ok());

    // ...an admin revokes it...
    const auto admin = m_login->signInAs(QStringLiteral("admin"));
    QVERIFY2(admin, qPrintable(m_login->errorString()));
    TestTokenProvider adminTokens(admin->accessToken);
    SyncHttp adminHttp(policy(), m_sandbox->baseUrl(), &adminTokens);
    const HttpResult revoked =
        wait(start(adminHttp, "POST", u"/v1/admin/devices/" + device->id + u"/revoke",
                   QJsonObject{{QStringLiteral("wipe"), true}}, {newKey(), device->version}));
    QVERIFY2(revoked.ok(), qPrintable(revoked.error.code));

    // ...and the device's next sync request says so, with the signal the app wipes on, and no
    // refresh (a new token cannot bring a revoked device back).
    QSignalSpy spy(&http, &SyncHttp::deviceRevoked);
    const HttpResult after = wait(start(http, "GET", QStringLiteral("/v1/changes?cursor=0&limit=5")));
    QCOMPARE(after.error.kind, api::ApiError::Kind::DeviceRevoked);
    QCOMPARE(after.status, 401);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(tokens.refreshCount(), 0);
}

QTEST_GUILESS_MAIN(TestSyncHttpSandbox)
#include "tst_synchttp_sandbox.moc"
