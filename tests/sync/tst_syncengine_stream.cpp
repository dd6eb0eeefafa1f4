// SyncEngine's live mode against the REAL hirex-sandbox started with --silent-streams: the change
// stream opens and then never sends another byte, as a connection looks after a NAT dropped it
// half-open. The engine must notice the silence (the stream client's idle watchdog), reconnect
// and catch up, so a change made on the server still reaches the cache. Polling is set far
// beyond the test's wait, so only the stream's recovery can bring the change in.
#include "core/api/ApiClient.h"
#include "core/api/TransportPolicy.h"
#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/Statement.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncHttp.h"
#include "tests/support/SandboxLogin.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestTokenProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hirex;
using namespace hirex::sync;
using hirex::test::SandboxLogin;
using hirex::test::SandboxProcess;
using hirex::test::TestTokenProvider;

class TestSyncEngineStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aSilentStreamIsDroppedAndTheChangeStillArrives();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::optional<hirex::test::SandboxTokens> m_tokens;
    std::optional<api::TransportPolicy> m_policy;
};

void TestSyncEngineStream::initTestCase() {
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{
        QStringLiteral("--candidates"), QStringLiteral("60"), QStringLiteral("--silent-streams")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    SandboxLogin login(*m_sandbox);
    m_tokens = login.signInAs(QStringLiteral("recruiter"));
    QVERIFY2(m_tokens, qPrintable(login.errorString()));
    api::TransportSettings settings;
    settings.caFile = m_sandbox->caFile();
    m_policy = api::TransportPolicy::create(settings, nullptr);
    QVERIFY(m_policy);
}

void TestSyncEngineStream::cleanupTestCase() {
    if (m_sandbox)
        QCOMPARE(m_sandbox->stop(), 0);
}

void TestSyncEngineStream::aSilentStreamIsDroppedAndTheChangeStillArrives() {
    QTemporaryDir dir;
    store::SqlCipherDatabase db;
    store::SqlCipherDatabase::Options dbOptions;
    dbOptions.migrations = store::CacheSchema::migrations();
    QVERIFY(!db.open(dir.filePath(QStringLiteral("t.db")), store::CacheKey::generate(), dbOptions).isError());

    TestTokenProvider tokens(m_tokens->accessToken);
    SyncHttp http(*m_policy, m_sandbox->baseUrl(), &tokens);
    Outbox outbox(&db, &http);
    SyncEngine engine(&db, &http, &outbox);
    SyncEngine::Options options;
    options.streamIdleTimeout = std::chrono::milliseconds(1000);
    // No poll within the test's wait: the change can only come in through the stream's recovery.
    options.pollMin = std::chrono::minutes(10);
    options.pollMax = std::chrono::minutes(10);
    engine.setOptions(options);

    QSignalSpy cycles(&engine, &SyncEngine::cycleFinished);
    engine.startLive();
    QVERIFY(cycles.wait(60000));
    QVERIFY2(!cycles.first().first().value<UserMessage>().isError(),
             qPrintable(cycles.first().first().value<UserMessage>().detail));

    // Someone moves a card on the server while the stream is silent...
    store::Statement s = db.prepare(
        "SELECT a.id, a.version, a.stage_id, p.json FROM applications a JOIN pipelines p ON p.id = "
        "a.pipeline_id WHERE a.status = 'active' LIMIT 1");
    QVERIFY(s.next());
    const QString appId = s.columnText(0);
    const qint64 version = s.columnInt64(1);
    const QString stageId = s.columnText(2);
    const QJsonObject pipeline = QJsonDocument::fromJson(s.columnText(3).toUtf8()).object();
    s.reset();
    QString target;
    for (const QJsonValue &v : pipeline.value(QLatin1String("stages")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() != stageId &&
            v.toObject().value(QLatin1String("kind")).toString() != u"hired")
            target = v.toObject().value(QLatin1String("id")).toString();
    QVERIFY(!target.isEmpty());
    TestTokenProvider other(m_tokens->accessToken);
    api::ApiClient client(m_sandbox->baseUrl(), *m_policy, &other);
    std::optional<api::ApiResult<domain::Application>> moved;
    client.moveApplication(appId, version, target, QString(),
                           [&](const api::ApiResult<domain::Application> &r) { moved = r; });
    QTRY_VERIFY_WITH_TIMEOUT(moved.has_value(), 30000);
    QVERIFY2(moved->ok(), qPrintable(moved->error.code));

    // ...and the live engine brings it into the cache: the watchdog drops the silent stream,
    // the reconnect starts a catch-up cycle. Without the watchdog it would wait forever.
    const auto cachedStage = [&db, &appId] {
        store::Statement q = db.prepare("SELECT stage_id FROM applications WHERE id = ?");
        q.bind(1, appId);
        return q.next() ? q.columnText(0) : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(cachedStage(), target, 30000);
    engine.stop();
}

QTEST_GUILESS_MAIN(TestSyncEngineStream)
#include "tst_syncengine_stream.moc"
