// Outbox::replay() against the REAL hirex-sandbox: which refusals undo a queued change and which
// only stop the replay. A refusal that depends on where the request came from (403
// ip_not_allowed) must keep the user's offline work queued; one that can never succeed (403
// forbidden: the permission is gone) rolls back with a reason that says so.
#include "core/api/TransportPolicy.h"
#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/sync/ChangeBuilder.h"
#include "core/sync/EntityStore.h"
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

namespace {
constexpr int kCallTimeoutMs = 60000;

HttpResult call(SyncHttp &http, const QByteArray &method, const QString &path, const QJsonObject &body = {},
                const SyncHttp::Conditions &conditions = {}) {
    auto slot = std::make_shared<std::optional<HttpResult>>();
    const QByteArray bytes =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.send(method, path, bytes, conditions, [slot](const HttpResult &r) { *slot = r; });
    static_cast<void>(QTest::qWaitFor([slot] { return slot->has_value(); }, kCallTimeoutMs));
    if (!slot->has_value()) {
        HttpResult timeout;
        timeout.error = api::ApiError::make(api::ApiError::Kind::Timeout, QStringLiteral("test_timeout"));
        return timeout;
    }
    return **slot;
}

QJsonObject object(const HttpResult &r) {
    return QJsonDocument::fromJson(r.body).object();
}

Outbox::ReplayResult replay(Outbox &outbox) {
    auto slot = std::make_shared<std::optional<Outbox::ReplayResult>>();
    outbox.replay([slot](const Outbox::ReplayResult &r) { *slot = r; });
    static_cast<void>(QTest::qWaitFor([slot] { return slot->has_value(); }, kCallTimeoutMs));
    return slot->value_or(Outbox::ReplayResult{0, 0, 0, true, {}});
}
} // namespace

class TestOutboxSandbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void lostPermissionRollsBackWithReason();
    void answersAndRollbacksNameTheRowsTheyRewrote();
    void fetchOnDemandDuringABatchDoesNotJoinIt();
    void allowlistRefusalKeepsChangesPending(); // last: it locks every client out

private:
    std::unique_ptr<SyncHttp> httpAs(const QString &role);
    // An application `role` may see, cached locally, and a stage it is not in.
    std::optional<std::pair<QJsonObject, QString>> cacheApplication(SyncHttp &http, int index);
    QString stageOf(const QString &applicationId);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxLogin> m_login;
    std::vector<std::unique_ptr<TestTokenProvider>> m_tokens;
    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
};

void TestOutboxSandbox::initTestCase() {
    m_sandbox =
        std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--candidates"), QStringLiteral("60")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_login = std::make_unique<SandboxLogin>(*m_sandbox);
}

void TestOutboxSandbox::cleanupTestCase() {
    m_login.reset();
    if (m_sandbox)
        QCOMPARE(m_sandbox->stop(), 0);
}

void TestOutboxSandbox::init() {
    store::SqlCipherDatabase::Options options;
    options.migrations = store::CacheSchema::migrations();
    QVERIFY(
        !m_db.open(m_dir.filePath(QStringLiteral("t.db")), store::CacheKey::generate(), options).isError());
}

void TestOutboxSandbox::cleanup() {
    m_db.close();
    const QString path = m_dir.filePath(QStringLiteral("t.db"));
    for (const QString &f : QStringList{path} + store::SqlCipherDatabase::companionFiles(path))
        QFile::remove(f);
}

std::unique_ptr<SyncHttp> TestOutboxSandbox::httpAs(const QString &role) {
    const auto tokens = m_login->signInAs(role);
    if (!tokens) {
        qWarning() << "sign-in failed" << m_login->errorString();
        return nullptr;
    }
    m_tokens.push_back(std::make_unique<TestTokenProvider>(tokens->accessToken));
    api::TransportSettings settings;
    settings.caFile = m_sandbox->caFile();
    api::ApiError error;
    const auto policy = api::TransportPolicy::create(settings, &error);
    if (!policy)
        return nullptr;
    auto http = std::make_unique<SyncHttp>(*policy, m_sandbox->baseUrl(), m_tokens.back().get());
    api::RetryPolicy retry;
    retry.maxAttempts = 1; // a retried refusal would only hide what the outbox decides
    http->setRetryPolicy(retry);
    return http;
}

std::optional<std::pair<QJsonObject, QString>> TestOutboxSandbox::cacheApplication(SyncHttp &http,
                                                                                   int index) {
    const HttpResult list = call(http, "GET", QStringLiteral("/v1/applications?limit=50"));
    if (!list.ok())
        return std::nullopt;
    QList<QJsonObject> active;
    for (const QJsonValue &v : object(list).value(QLatin1String("items")).toArray())
        if (v.toObject().value(QLatin1String("status")).toString() == u"active")
            active.append(v.toObject());
    if (active.size() <= index)
        return std::nullopt;
    const QJsonObject app = active.at(index);
    const QString pipelineId = app.value(QLatin1String("pipeline_id")).toString();
    const HttpResult pipeline = call(http, "GET", QStringLiteral("/v1/pipelines/") + pipelineId);
    if (!pipeline.ok())
        return std::nullopt;
    QString stage;
    for (const QJsonValue &v : object(pipeline).value(QLatin1String("stages")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QLatin1String("id")) != app.value(QLatin1String("stage_id")) &&
            s.value(QLatin1String("kind")).toString() != u"hired")
            stage = s.value(QLatin1String("id")).toString();
    }
    if (stage.isEmpty())
        return std::nullopt;
    EntityStore(&m_db).upsert(QStringLiteral("application"), app);
    return std::make_pair(app, stage);
}

QString TestOutboxSandbox::stageOf(const QString &applicationId) {
    store::Statement s = m_db.prepare("SELECT stage_id FROM applications WHERE id = ?");
    s.bind(1, applicationId);
    return s.next() ? s.columnText(0) : QString();
}

void TestOutboxSandbox::lostPermissionRollsBackWithReason() {
    // The interviewer sees an assigned application but may not move it: 403 forbidden can never
    // succeed, so the change is undone and the user is told it is about permission.
    std::unique_ptr<SyncHttp> recruiter = httpAs(QStringLiteral("recruiter"));
    std::unique_ptr<SyncHttp> interviewer = httpAs(QStringLiteral("interviewer"));
    QVERIFY(recruiter && interviewer);
    const HttpResult seen = call(*interviewer, "GET", QStringLiteral("/v1/applications?limit=50"));
    QVERIFY2(seen.ok(), qPrintable(seen.error.code));
    const QJsonArray items = object(seen).value(QLatin1String("items")).toArray();
    QVERIFY2(!items.isEmpty(), "the interviewer is assigned no application");
    const QJsonObject app = items.first().toObject();
    // A stage from the recruiter's view of the pipeline (the interviewer may not read it).
    const HttpResult pipeline =
        call(*recruiter, "GET",
             QStringLiteral("/v1/pipelines/") + app.value(QLatin1String("pipeline_id")).toString());
    QVERIFY(pipeline.ok());
    QString stage;
    for (const QJsonValue &v : object(pipeline).value(QLatin1String("stages")).toArray())
        if (v.toObject().value(QLatin1String("id")) != app.value(QLatin1String("stage_id")))
            stage = v.toObject().value(QLatin1String("id")).toString();
    QVERIFY(!stage.isEmpty());
    EntityStore(&m_db).upsert(QStringLiteral("application"), app);

    Outbox outbox(&m_db, interviewer.get());
    QSignalSpy failed(&outbox, &Outbox::changeFailed);
    QVERIFY(outbox.enqueue(ChangeBuilder::moveApplication(app, stage)) > 0);
    const Outbox::ReplayResult result = replay(outbox);
    QVERIFY(!result.interrupted);
    QCOMPARE(result.failed, 1);
    QCOMPARE(outbox.pendingCount(), 0);
    const OutboxEntry entry = outbox.entries().first();
    QCOMPARE(entry.state, QStringLiteral("failed"));
    QCOMPARE(entry.lastError, QStringLiteral("forbidden"));
    QCOMPARE(entry.userMessage,
             QStringLiteral("This change was undone: you no longer have the permission to make it."));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(stageOf(app.value(QLatin1String("id")).toString()),
             app.value(QLatin1String("stage_id")).toString());
}

// The read models learn of rows the outbox rewrites as they learn of the feed's: the server's
// entity in place of an optimistic row, a created note's server id in place of its local one,
// and a refused change's restored pre-image.
void TestOutboxSandbox::answersAndRollbacksNameTheRowsTheyRewrote() {
    std::unique_ptr<SyncHttp> recruiter = httpAs(QStringLiteral("recruiter"));
    QVERIFY(recruiter);
    const auto moved = cacheApplication(*recruiter, 0);
    const auto refused = cacheApplication(*recruiter, 1);
    QVERIFY(moved && refused);
    const QString movedId = moved->first.value(QLatin1String("id")).toString();
    const QString refusedId = refused->first.value(QLatin1String("id")).toString();
    const QString candidateId = moved->first.value(QLatin1String("candidate_id")).toString();

    Outbox outbox(&m_db, recruiter.get());
    QSignalSpy rewritten(&outbox, &Outbox::entitiesChanged);
    QVERIFY(outbox.enqueue(ChangeBuilder::moveApplication(moved->first, moved->second)) > 0);
    // A stage of no pipeline: refused by the rules (422), so the move is undone.
    QVERIFY(outbox.enqueue(
                ChangeBuilder::moveApplication(refused->first, QStringLiteral("stg_no_such_stage"))) > 0);
    const OutboxChange note =
        ChangeBuilder::addNote(candidateId, QStringLiteral("Strong systems design"), QStringLiteral("team"));
    QVERIFY(outbox.enqueue(note) > 0);
    QVERIFY(rewritten.isEmpty()); // enqueue's optimistic rows are the caller's to announce

    const Outbox::ReplayResult result = replay(outbox);
    QVERIFY(!result.interrupted);
    QCOMPARE(result.failed, 1);
    EntityChanges all;
    for (const QList<QVariant> &args : std::as_const(rewritten))
        all.merge(args.first().value<EntityChanges>());
    QVERIFY(!all.everything);
    QVERIFY(all.written.value(QStringLiteral("application")).contains(movedId));
    QVERIFY(all.written.value(QStringLiteral("application")).contains(refusedId));
    QCOMPARE(stageOf(refusedId), refused->first.value(QLatin1String("stage_id")).toString());
    QVERIFY(all.removed.value(QStringLiteral("note")).contains(note.entityId));
    const QSet<QString> notes = all.written.value(QStringLiteral("note"));
    QCOMPARE(notes.size(), 1);
    QVERIFY(!notes.contains(note.entityId)); // the server's id
}

// Regression: an item fetched on demand while a feed batch was open on the same connection
// joined the batch, and its COMMIT ended the batch early. The batch's later pages were then
// written outside any transaction, and the batch's own COMMIT failed: the first sync ended with
// "The local copy could not be updated" although it had written everything.
void TestOutboxSandbox::fetchOnDemandDuringABatchDoesNotJoinIt() {
    std::unique_ptr<SyncHttp> recruiter = httpAs(QStringLiteral("recruiter"));
    QVERIFY(recruiter);
    const HttpResult list = call(*recruiter, "GET", QStringLiteral("/v1/candidates?limit=1"));
    QVERIFY2(list.ok(), qPrintable(list.error.code));
    const QString candidateId = object(list)
                                    .value(QLatin1String("items"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QLatin1String("id"))
                                    .toString();
    QVERIFY(!candidateId.isEmpty());

    SyncEngine engine(&m_db, recruiter.get(), nullptr);
    SyncEngine::Options options = engine.options();
    options.useStream = false;
    options.pageLimit = 5; // many pages...
    // ...in one batch, open from the first page to the last: only the fetch can commit it early.
    options.pagesPerCommit = 1000000;
    options.maxBatchDuration = std::chrono::minutes(10);
    options.idleCommitDelay = std::chrono::minutes(10);
    engine.setOptions(options);

    qint64 items = 0;
    qint64 itemsAtFetch = -1;
    bool requested = false;
    std::optional<UserMessage> fetched;
    std::optional<UserMessage> finished;
    QSignalSpy commits(&engine, &SyncEngine::dataChanged);
    connect(&engine, &SyncEngine::progressChanged, this, [&](const SyncProgress &progress) {
        items = progress.items;
        if (requested || items == 0)
            return;
        requested = true; // a page is applied and its batch open: fetch now
        engine.fetchOnDemand(QStringLiteral("candidate"), candidateId, [&](const UserMessage &error) {
            fetched = error;
            itemsAtFetch = items;
        });
    });
    connect(&engine, &SyncEngine::cycleFinished, this, [&](const UserMessage &error) { finished = error; });
    engine.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), kCallTimeoutMs * 2);

    QVERIFY(fetched.has_value());
    QVERIFY2(!fetched->isError(), qPrintable(fetched->code + QLatin1Char(' ') + fetched->detail));
    // The answer came while pages were still arriving, so a batch was open when it was written.
    QVERIFY2(itemsAtFetch >= 0 && itemsAtFetch < items,
             qPrintable(QStringLiteral("fetched at %1 of %2 items").arg(itemsAtFetch).arg(items)));
    QVERIFY2(!finished->isError(), qPrintable(finished->code + QLatin1Char(' ') + finished->detail));
    // The batch was committed on purpose before the fetched row was written, then a new one ran.
    QVERIFY(commits.size() >= 2);
    QVERIFY(engine.firstSyncComplete());
    QVERIFY(!engine.cursor().isEmpty());
    store::Statement s = m_db.prepare("SELECT count(*) FROM candidates WHERE id = ?");
    s.bind(1, candidateId);
    QVERIFY(s.next());
    QCOMPARE(s.columnInt64(0), qint64(1));
}

void TestOutboxSandbox::allowlistRefusalKeepsChangesPending() {
    std::unique_ptr<SyncHttp> recruiter = httpAs(QStringLiteral("recruiter"));
    std::unique_ptr<SyncHttp> admin = httpAs(QStringLiteral("admin"));
    QVERIFY(recruiter && admin);
    const auto first = cacheApplication(*recruiter, 0);
    const auto second = cacheApplication(*recruiter, 1);
    QVERIFY(first && second);
    Outbox outbox(&m_db, recruiter.get());
    QVERIFY(outbox.enqueue(ChangeBuilder::moveApplication(first->first, first->second)) > 0);
    QVERIFY(outbox.enqueue(ChangeBuilder::moveApplication(second->first, second->second)) > 0);

    // The tenant admin turns on an allowlist that does not include this (loopback) address.
    const HttpResult current = call(*admin, "GET", QStringLiteral("/v1/admin/ip-allowlist"));
    QVERIFY2(current.ok(), qPrintable(current.error.code));
    const qint64 version = object(current).value(QLatin1String("version")).toInteger();
    const HttpResult locked =
        call(*admin, "PUT", QStringLiteral("/v1/admin/ip-allowlist"),
             QJsonObject{{QStringLiteral("enabled"), true},
                         {QStringLiteral("cidrs"), QJsonArray{QStringLiteral("10.0.0.0/8")}}},
             {QString(), version});
    QVERIFY2(locked.ok(), qPrintable(locked.error.code));

    QSignalSpy failed(&outbox, &Outbox::changeFailed);
    const Outbox::ReplayResult result = replay(outbox);
    QVERIFY(result.interrupted);
    QCOMPARE(result.error.status, 403);
    QCOMPARE(result.error.code, QStringLiteral("ip_not_allowed"));
    QCOMPARE(result.sent, 0);
    QCOMPARE(result.failed, 0);
    QCOMPARE(failed.size(), 0);
    // Both changes wait for the next attempt, and the user still sees them.
    QCOMPARE(outbox.pendingCount(), 2);
    for (const OutboxEntry &e : outbox.entries())
        QCOMPARE(e.state, QStringLiteral("pending"));
    QCOMPARE(stageOf(first->first.value(QLatin1String("id")).toString()), first->second);
}

QTEST_GUILESS_MAIN(TestOutboxSandbox)
#include "tst_outbox_sandbox.moc"
