// Unit tests of core/sync's cache side, on a real SQLCipher database without a server:
// EntityStore (version guard, columns, FTS, cascades), Outbox (optimistic apply + pre-image in
// one transaction, take theirs / keep mine) and WorkingSet (default pins, eviction, retention).
#include "core/store/CacheSchema.h"
#include "core/store/Transaction.h"
#include "core/sync/ChangeBuilder.h"
#include "core/sync/EntityStore.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/WorkingSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace hirex;
using namespace hirex::sync;

namespace {

QJsonObject candidate(const QString &id, qint64 version, const QString &last) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:00:00Z")},
                       {QStringLiteral("first_name"), QStringLiteral("Ada")},
                       {QStringLiteral("last_name"), last},
                       {QStringLiteral("email"), QString(last.toLower() + QStringLiteral("@example.org"))},
                       {QStringLiteral("tags"), QJsonArray{QStringLiteral("cpp")}},
                       {QStringLiteral("skills"), QJsonArray{QStringLiteral("qt")}}};
}

QJsonObject application(const QString &id, qint64 version, const QString &candidateId,
                        const QString &pipeline, const QString &stage) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:00:00Z")},
                       {QStringLiteral("candidate_id"), candidateId},
                       {QStringLiteral("job_id"), QString(QStringLiteral("job_") + pipeline)},
                       {QStringLiteral("pipeline_id"), pipeline},
                       {QStringLiteral("stage_id"), stage},
                       {QStringLiteral("status"), QStringLiteral("active")}};
}

qint64 count(const store::SqlCipherDatabase &db, const char *sql) {
    return db.queryInt(sql, -1);
}

} // namespace

class TestSyncStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void upsertKeepsNewestVersion();
    void removeCandidateTakesEverythingAndLeavesIndex();
    void deferredSearchIndexIsRebuiltInOnePass();
    void enqueueIsOptimisticWithPreImage();
    void takeTheirsAppliesServerVersion();
    void keepMineRequeuesWithNewKeyAndVersion();
    void forgetEntityMatchesIdsLiterallyAndCounts();
    void withdrawRestoresTheServersVersion();
    void withdrawTakesBackOnlyTheNewestPendingChange();
    void refusalClassification_data();
    void refusalClassification();
    void workingSetDefaultsAndEviction();
    void progressEstimateSurvivesHostileSeqs();

private:
    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
};

void TestSyncStore::init() {
    store::SqlCipherDatabase::Options options;
    options.migrations = store::CacheSchema::migrations();
    const store::CacheKey key = store::CacheKey::generate();
    QVERIFY(!m_db.open(m_dir.filePath(QStringLiteral("t.db")), key, options).isError());
}

void TestSyncStore::cleanup() {
    m_db.close();
    for (const QString &f : QStringList{QStringLiteral("t.db")} + store::SqlCipherDatabase::companionFiles(
                                                                      m_dir.filePath(QStringLiteral("t.db"))))
        QFile::remove(m_dir.filePath(QFileInfo(f).fileName()));
}

void TestSyncStore::upsertKeepsNewestVersion() {
    EntityStore store(&m_db);
    QCOMPARE(store.upsert(QStringLiteral("candidate"),
                          candidate(QStringLiteral("cand_1"), 2, QStringLiteral("Lovelace"))),
             EntityStore::Upsert::Inserted);
    QCOMPARE(store.upsert(QStringLiteral("candidate"),
                          candidate(QStringLiteral("cand_1"), 1, QStringLiteral("Old"))),
             EntityStore::Upsert::Stale);
    QCOMPARE(store.upsert(QStringLiteral("candidate"),
                          candidate(QStringLiteral("cand_1"), 3, QStringLiteral("Byron"))),
             EntityStore::Upsert::Updated);
    QCOMPARE(*store.version(QStringLiteral("candidate"), QStringLiteral("cand_1")), 3);
    QCOMPARE(m_db.queryString("SELECT last_name FROM candidates WHERE id = 'cand_1'"),
             QStringLiteral("Byron"));
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'byron'"), 1);
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'lovelace'"), 0);
    QCOMPARE(store.upsert(QStringLiteral("nonsense"), candidate(QStringLiteral("x"), 1, QStringLiteral("X"))),
             EntityStore::Upsert::Failed);
    // A pipeline's stages become rows.
    QJsonObject pipe{
        {QStringLiteral("id"), QStringLiteral("pipe_1")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:00:00Z")},
        {QStringLiteral("name"), QStringLiteral("P")},
        {QStringLiteral("stages"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("stage_a")},
                                                          {QStringLiteral("position"), 0}},
                                              QJsonObject{{QStringLiteral("id"), QStringLiteral("stage_b")},
                                                          {QStringLiteral("position"), 1}}}}};
    QCOMPARE(store.upsert(QStringLiteral("pipeline"), pipe), EntityStore::Upsert::Inserted);
    QCOMPARE(count(m_db, "SELECT count(*) FROM stages WHERE pipeline_id = 'pipe_1'"), 2);
}

void TestSyncStore::removeCandidateTakesEverythingAndLeavesIndex() {
    EntityStore store(&m_db);
    store.upsert(QStringLiteral("candidate"), candidate(QStringLiteral("cand_1"), 1, QStringLiteral("Quux")));
    store.upsert(QStringLiteral("application"),
                 application(QStringLiteral("app_1"), 1, QStringLiteral("cand_1"), QStringLiteral("pipe_1"),
                             QStringLiteral("stage_a")));
    store.upsert(QStringLiteral("note"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("note_1")},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("candidate_id"), QStringLiteral("cand_1")},
                             {QStringLiteral("body"), QStringLiteral("secretword")}});
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'secretword'"), 1);
    QVERIFY(store.remove(QStringLiteral("candidate"), QStringLiteral("cand_1")));
    QVERIFY(store::CacheSchema::purgeDeletedSearchTerms(m_db));
    QCOMPARE(count(m_db, "SELECT count(*) FROM applications"), 0);
    QCOMPARE(count(m_db, "SELECT count(*) FROM notes"), 0);
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'quux'"), 0);
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'secretword'"), 0);
    QVERIFY(!store.remove(QStringLiteral("candidate"), QStringLiteral("cand_1")));
}

void TestSyncStore::deferredSearchIndexIsRebuiltInOnePass() {
    EntityStore store(&m_db);
    store.upsert(QStringLiteral("candidate"),
                 candidate(QStringLiteral("cand_0"), 1, QStringLiteral("Early")));
    QVERIFY(!store::CacheSchema::searchIndexDeferred(m_db));
    QVERIFY(store::CacheSchema::deferSearchIndex(m_db));
    QVERIFY(store::CacheSchema::searchIndexDeferred(m_db));
    // While deferred: inserts, updates and notes leave the index alone...
    store.upsert(QStringLiteral("candidate"), candidate(QStringLiteral("cand_1"), 1, QStringLiteral("Quux")));
    store.upsert(QStringLiteral("candidate"),
                 candidate(QStringLiteral("cand_0"), 2, QStringLiteral("Later")));
    store.upsert(QStringLiteral("note"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("note_1")},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("candidate_id"), QStringLiteral("cand_1")},
                             {QStringLiteral("body"), QStringLiteral("secretword")}});
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'quux'"), 0);
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'secretword'"), 0);
    // ...but an erasure reaches it at once.
    store.upsert(QStringLiteral("candidate"), candidate(QStringLiteral("cand_2"), 1, QStringLiteral("Gone")));
    QVERIFY(store.remove(QStringLiteral("candidate"), QStringLiteral("cand_0")));
    QVERIFY(store::CacheSchema::purgeDeletedSearchTerms(m_db));
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'early'"), 0);

    {
        store::Transaction txn(m_db);
        QVERIFY(txn.isActive());
        QVERIFY(store::CacheSchema::rebuildSearchIndex(m_db));
        QCOMPARE(txn.commit(), QString());
    }
    QVERIFY(!store::CacheSchema::searchIndexDeferred(m_db));
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts"), 2);
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'quux'"), 1);
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'secretword'"), 1);
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'gone'"), 1);
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'later'"), 0);
    // Prefix search works on the rebuilt index, and the triggers index at once again.
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'qu*'"), 1);
    store.upsert(QStringLiteral("candidate"),
                 candidate(QStringLiteral("cand_3"), 1, QStringLiteral("Fresh")));
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH 'fresh'"), 1);
    QCOMPARE(m_db.queryString("PRAGMA integrity_check"), QStringLiteral("ok"));
}

void TestSyncStore::enqueueIsOptimisticWithPreImage() {
    EntityStore store(&m_db);
    const QJsonObject app = application(QStringLiteral("app_1"), 4, QStringLiteral("cand_1"),
                                        QStringLiteral("pipe_1"), QStringLiteral("stage_a"));
    store.upsert(QStringLiteral("application"), app);
    Outbox outbox(&m_db, nullptr);
    const qint64 seq = outbox.enqueue(ChangeBuilder::moveApplication(app, QStringLiteral("stage_b")));
    QVERIFY(seq > 0);
    QCOMPARE(m_db.queryString("SELECT stage_id FROM applications WHERE id = 'app_1'"),
             QStringLiteral("stage_b"));
    const QList<OutboxEntry> entries = outbox.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().ifMatch, std::optional<qint64>(4));
    QCOMPARE(entries.first().state, QStringLiteral("pending"));
    QVERIFY(!entries.first().idempotencyKey.isEmpty());
    const QJsonObject pre =
        QJsonDocument::fromJson(m_db.queryString("SELECT pre_image FROM outbox").toUtf8()).object();
    QCOMPARE(pre.value(QLatin1String("row")).toObject().value(QLatin1String("stage_id")).toString(),
             QStringLiteral("stage_a"));
    // A newer server version seen by the feed replaces the pre-image, not the optimistic row.
    QJsonObject newer = app;
    newer.insert(QStringLiteral("version"), 5);
    newer.insert(QStringLiteral("stage_id"), QStringLiteral("stage_c"));
    QVERIFY(outbox.absorbServerVersion(QStringLiteral("application"), newer));
    QCOMPARE(m_db.queryString("SELECT stage_id FROM applications WHERE id = 'app_1'"),
             QStringLiteral("stage_b"));
    QVERIFY(m_db.queryString("SELECT pre_image FROM outbox").contains(QLatin1String("stage_c")));
    QCOMPARE(outbox.pendingCount(), 1);
}

void TestSyncStore::takeTheirsAppliesServerVersion() {
    EntityStore store(&m_db);
    const QJsonObject app = application(QStringLiteral("app_1"), 1, QStringLiteral("cand_1"),
                                        QStringLiteral("pipe_1"), QStringLiteral("stage_a"));
    store.upsert(QStringLiteral("application"), app);
    Outbox outbox(&m_db, nullptr);
    const qint64 seq = outbox.enqueue(ChangeBuilder::moveApplication(app, QStringLiteral("stage_b")));
    QJsonObject server = app;
    server.insert(QStringLiteral("version"), 2);
    server.insert(QStringLiteral("stage_id"), QStringLiteral("stage_z"));
    store::Statement c =
        m_db.prepare("INSERT INTO conflicts (outbox_seq, entity, entity_id, server_json, server_version, "
                     "detected_at) VALUES (?, 'application', 'app_1', ?, 2, 'now')");
    c.bind(1, seq).bind(2, QString::fromUtf8(QJsonDocument(server).toJson()));
    QVERIFY(c.exec());
    m_db.exec("UPDATE outbox SET state = 'conflict'");
    QCOMPARE(outbox.conflicts().size(), 1);
    QVERIFY(outbox.resolveConflict(outbox.conflicts().first().id, Outbox::Resolution::TakeTheirs));
    QCOMPARE(m_db.queryString("SELECT stage_id FROM applications WHERE id = 'app_1'"),
             QStringLiteral("stage_z"));
    QCOMPARE(outbox.entries().size(), 0);
    QCOMPARE(outbox.conflicts().size(), 0);
}

void TestSyncStore::keepMineRequeuesWithNewKeyAndVersion() {
    EntityStore store(&m_db);
    const QJsonObject app = application(QStringLiteral("app_1"), 1, QStringLiteral("cand_1"),
                                        QStringLiteral("pipe_1"), QStringLiteral("stage_a"));
    store.upsert(QStringLiteral("application"), app);
    Outbox outbox(&m_db, nullptr);
    const qint64 seq = outbox.enqueue(ChangeBuilder::moveApplication(app, QStringLiteral("stage_b")));
    const QString oldKey = outbox.entries().first().idempotencyKey;
    store::Statement c =
        m_db.prepare("INSERT INTO conflicts (outbox_seq, entity, entity_id, server_json, server_version, "
                     "detected_at) VALUES (?, 'application', 'app_1', NULL, 7, 'now')");
    c.bind(1, seq);
    QVERIFY(c.exec());
    m_db.exec("UPDATE outbox SET state = 'conflict'");
    QCOMPARE(outbox.pendingCount(), 0);
    QVERIFY(outbox.resolveConflict(outbox.conflicts().first().id, Outbox::Resolution::KeepMine));
    const OutboxEntry e = outbox.entries().first();
    QCOMPARE(e.state, QStringLiteral("pending"));
    QCOMPARE(e.ifMatch, std::optional<qint64>(7));
    QVERIFY(e.idempotencyKey != oldKey);
    QCOMPARE(m_db.queryString("SELECT stage_id FROM applications WHERE id = 'app_1'"),
             QStringLiteral("stage_b"));
}

void TestSyncStore::forgetEntityMatchesIdsLiterallyAndCounts() {
    // Ids are data: '%' and '_' in them are not wildcards. Notes on a candidate are found by the
    // candidate id in their path.
    Outbox outbox(&m_db, nullptr);
    auto queue = [&](const QString &entity, const QString &id, const QString &path) {
        OutboxChange c;
        c.kind = QStringLiteral("note_create");
        c.method = "POST";
        c.path = path;
        c.entity = entity;
        c.entityId = id;
        QVERIFY(outbox.enqueue(c) > 0);
    };
    queue(QStringLiteral("note"), QStringLiteral("local_n1"), QStringLiteral("/v1/candidates/c_1/notes"));
    queue(QStringLiteral("note"), QStringLiteral("local_n2"), QStringLiteral("/v1/candidates/c%1/notes"));
    queue(QStringLiteral("note"), QStringLiteral("local_n3"), QStringLiteral("/v1/candidates/cX1/notes"));
    queue(QStringLiteral("candidate"), QStringLiteral("c_1"), QStringLiteral("/v1/candidates/c_1"));
    QCOMPARE(outbox.pendingCount(), 4);
    QSignalSpy dropped(&outbox, &Outbox::changesDropped);

    QCOMPARE(outbox.forgetEntity(QStringLiteral("candidate"), QStringLiteral("c%1")), 1);
    QCOMPARE(count(m_db, "SELECT count(*) FROM outbox WHERE entity_id = 'local_n2'"), 0);
    QCOMPARE(outbox.pendingCount(), 3);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().at(1).toInt(), 1);

    QCOMPARE(outbox.forgetEntity(QStringLiteral("candidate"), QStringLiteral("c_1")), 2);
    const QList<OutboxEntry> left = outbox.entries();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().entityId, QStringLiteral("local_n3"));
    QCOMPARE(dropped.size(), 2);
    QCOMPARE(dropped.last().at(0).toString(), QStringLiteral("candidate"));
    QCOMPARE(dropped.last().at(1).toInt(), 2);

    // Nothing queued for it: 0 and no signal.
    QCOMPARE(outbox.forgetEntity(QStringLiteral("candidate"), QStringLiteral("c_9")), 0);
    QCOMPARE(dropped.size(), 2);
    // A failed entry (undone and reported already) goes too, but is not news.
    m_db.exec("UPDATE outbox SET state = 'failed'");
    QCOMPARE(outbox.forgetEntity(QStringLiteral("candidate"), QStringLiteral("cX1")), 0);
    QCOMPARE(outbox.entries().size(), 0);
    QCOMPARE(dropped.size(), 2);
}

void TestSyncStore::withdrawRestoresTheServersVersion() {
    EntityStore store(&m_db);
    const QJsonObject app = application(QStringLiteral("app_1"), 4, QStringLiteral("cand_1"),
                                        QStringLiteral("pipe_1"), QStringLiteral("stage_a"));
    store.upsert(QStringLiteral("application"), app);
    Outbox outbox(&m_db, nullptr);
    const qint64 seq = outbox.enqueue(ChangeBuilder::moveApplication(app, QStringLiteral("stage_b")));
    QVERIFY(seq > 0);
    // The feed brought a newer server version meanwhile: that is what the undo must show.
    QJsonObject newer = app;
    newer.insert(QStringLiteral("version"), 5);
    newer.insert(QStringLiteral("stage_id"), QStringLiteral("stage_c"));
    QVERIFY(outbox.absorbServerVersion(QStringLiteral("application"), newer));
    QSignalSpy touched(&outbox, &Outbox::entitiesChanged);
    QSignalSpy changed(&outbox, &Outbox::changed);

    QCOMPARE(outbox.withdraw(seq), OutboxWithdrawal::Withdrawn);
    QCOMPARE(outbox.entries().size(), 0);
    QCOMPARE(m_db.queryString("SELECT stage_id FROM applications WHERE id = 'app_1'"),
             QStringLiteral("stage_c"));
    QCOMPARE(m_db.queryInt("SELECT version FROM applications WHERE id = 'app_1'", -1), 5);
    QCOMPARE(touched.count(), 1);
    QVERIFY(touched.first()
                .first()
                .value<EntityChanges>()
                .written.value(QStringLiteral("application"))
                .contains(QStringLiteral("app_1")));
    QCOMPARE(changed.count(), 1);
    // Twice is nothing: there is no entry left to take back.
    QCOMPARE(outbox.withdraw(seq), OutboxWithdrawal::NotPending);
    QCOMPARE(touched.count(), 1);
}

void TestSyncStore::withdrawTakesBackOnlyTheNewestPendingChange() {
    EntityStore store(&m_db);
    const QJsonObject app = application(QStringLiteral("app_1"), 1, QStringLiteral("cand_1"),
                                        QStringLiteral("pipe_1"), QStringLiteral("stage_a"));
    store.upsert(QStringLiteral("application"), app);
    const QJsonObject other = application(QStringLiteral("app_2"), 1, QStringLiteral("cand_1"),
                                          QStringLiteral("pipe_1"), QStringLiteral("stage_a"));
    store.upsert(QStringLiteral("application"), other);
    Outbox outbox(&m_db, nullptr);
    const qint64 first = outbox.enqueue(ChangeBuilder::moveApplication(app, QStringLiteral("stage_b")));
    const std::optional<QJsonObject> moved =
        store.read(QStringLiteral("application"), QStringLiteral("app_1"));
    QVERIFY(moved);
    const qint64 second = outbox.enqueue(ChangeBuilder::moveApplication(*moved, QStringLiteral("stage_c")));
    const qint64 failed = outbox.enqueue(ChangeBuilder::moveApplication(other, QStringLiteral("stage_b")));
    QVERIFY(first > 0 && second > first && failed > second);

    // The second move was built on the first: the first cannot go alone.
    QCOMPARE(outbox.withdraw(first), OutboxWithdrawal::LaterChange);
    QCOMPARE(outbox.entries().size(), 3);
    QCOMPARE(m_db.queryString("SELECT stage_id FROM applications WHERE id = 'app_1'"),
             QStringLiteral("stage_c"));
    // Newest first, each back to the row it started from.
    QCOMPARE(outbox.withdraw(second), OutboxWithdrawal::Withdrawn);
    QCOMPARE(m_db.queryString("SELECT stage_id FROM applications WHERE id = 'app_1'"),
             QStringLiteral("stage_b"));
    QCOMPARE(outbox.withdraw(first), OutboxWithdrawal::Withdrawn);
    QCOMPARE(m_db.queryString("SELECT stage_id FROM applications WHERE id = 'app_1'"),
             QStringLiteral("stage_a"));
    QCOMPARE(m_db.queryInt("SELECT version FROM applications WHERE id = 'app_1'", -1), 1);

    // A change the server refused (rolled back) or that waits in a conflict is not pending.
    m_db.exec("UPDATE outbox SET state = 'failed' WHERE entity_id = 'app_2'");
    QCOMPARE(outbox.withdraw(failed), OutboxWithdrawal::NotPending);
    m_db.exec("UPDATE outbox SET state = 'conflict' WHERE entity_id = 'app_2'");
    QCOMPARE(outbox.withdraw(failed), OutboxWithdrawal::NotPending);
    QCOMPARE(outbox.entries().size(), 1);
}

void TestSyncStore::refusalClassification_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("refusal");
    const int retry = int(Outbox::Refusal::Retry);
    const int gone = int(Outbox::Refusal::Gone);
    const int rules = int(Outbox::Refusal::RefusedByRules);
    const int revoked = int(Outbox::Refusal::PermissionRevoked);
    // Environmental or unknown: the change waits for the next replay.
    QTest::newRow("no answer") << 0 << QStringLiteral("network_error") << retry;
    QTest::newRow("401") << 401 << QStringLiteral("unauthorized") << retry;
    QTest::newRow("403 ip_not_allowed") << 403 << QStringLiteral("ip_not_allowed") << retry;
    QTest::newRow("403 no code") << 403 << QString() << retry;
    QTest::newRow("408") << 408 << QString() << retry;
    QTest::newRow("421") << 421 << QString() << retry;
    QTest::newRow("425") << 425 << QString() << retry;
    QTest::newRow("418 unknown") << 418 << QStringLiteral("teapot") << retry;
    QTest::newRow("429") << 429 << QStringLiteral("rate_limited") << retry;
    QTest::newRow("500") << 500 << QString() << retry;
    QTest::newRow("503") << 503 << QStringLiteral("service_unavailable") << retry;
    // Refusals no later attempt can change: rolled back with a reason.
    QTest::newRow("404") << 404 << QStringLiteral("not_found") << gone;
    QTest::newRow("410") << 410 << QString() << gone;
    QTest::newRow("409") << 409 << QStringLiteral("conflict") << rules;
    QTest::newRow("422") << 422 << QStringLiteral("validation_failed") << rules;
    QTest::newRow("400") << 400 << QStringLiteral("bad_request") << rules;
    QTest::newRow("413") << 413 << QStringLiteral("payload_too_large") << rules;
    QTest::newRow("428") << 428 << QStringLiteral("precondition_required") << rules;
    QTest::newRow("403 forbidden") << 403 << QStringLiteral("forbidden") << revoked;
}

void TestSyncStore::refusalClassification() {
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, refusal);
    // Status 0: no answer at all (the transport's kind, not one derived from a status).
    const api::ApiError::Kind kind =
        status == 0 ? api::ApiError::Kind::Network : api::ApiError::kindFor(status, code);
    const api::ApiError error = api::ApiError::make(kind, code, {}, status);
    QCOMPARE(int(Outbox::refusalFor(error)), refusal);
}

void TestSyncStore::workingSetDefaultsAndEviction() {
    EntityStore store(&m_db);
    const QString me = QStringLiteral("usr_me");
    for (const QString &p : {QStringLiteral("p1"), QStringLiteral("p2")}) {
        store.upsert(
            QStringLiteral("job"),
            QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("job_") + p)},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("pipeline_id"), p},
                        {QStringLiteral("recruiter_ids"), p == u"p1" ? QJsonArray{me} : QJsonArray{}}});
    }
    store.upsert(QStringLiteral("candidate"), candidate(QStringLiteral("cand_1"), 1, QStringLiteral("One")));
    store.upsert(QStringLiteral("candidate"), candidate(QStringLiteral("cand_2"), 1, QStringLiteral("Two")));
    QJsonObject expired = candidate(QStringLiteral("cand_3"), 1, QStringLiteral("Three"));
    expired.insert(QStringLiteral("retention_until"), QStringLiteral("2020-01-01T00:00:00Z"));
    store.upsert(QStringLiteral("candidate"), expired);
    store.upsert(QStringLiteral("application"),
                 application(QStringLiteral("app_1"), 1, QStringLiteral("cand_1"), QStringLiteral("p1"),
                             QStringLiteral("s")));
    store.upsert(QStringLiteral("application"),
                 application(QStringLiteral("app_2"), 1, QStringLiteral("cand_2"), QStringLiteral("p2"),
                             QStringLiteral("s")));
    store.upsert(QStringLiteral("application"),
                 application(QStringLiteral("app_3"), 1, QStringLiteral("cand_3"), QStringLiteral("p1"),
                             QStringLiteral("s")));
    WorkingSet ws(&m_db);
    ws.load();
    QVERIFY(ws.needsDefaults());
    QVERIFY(ws.chooseDefaultPins(me));
    QVERIFY(!ws.keepsEverything());
    QCOMPARE(ws.pinnedPipelines(), QStringList{QStringLiteral("p1")});
    QVERIFY(
        !ws.wantsApplication(application(QStringLiteral("app_9"), 1, {}, QStringLiteral("p2"), {}), false));
    QVERIFY(
        ws.wantsApplication(application(QStringLiteral("app_9"), 1, {}, QStringLiteral("p1"), {}), false));
    // Untouched rows outside the pins go; a candidate past retention goes whatever its pipeline.
    const WorkingSet::Eviction e = ws.evict(QDateTime::currentDateTimeUtc(), 3600);
    QCOMPARE(e.applications, 1);
    QCOMPARE(e.candidates, 1);
    QCOMPARE(e.expired, 1);
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates WHERE id = 'cand_1'"), 1);
    QCOMPARE(count(m_db, "SELECT count(*) FROM candidates"), 1);
    QCOMPARE(count(m_db, "SELECT count(*) FROM applications"), 1); // app_3 went with its expired candidate
}

void TestSyncStore::progressEstimateSurvivesHostileSeqs() {
    using Estimate = SyncEngine::ProgressEstimate;
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    // Ordinary figures: half way after 10 s leaves 10 s.
    Estimate e = SyncEngine::estimateProgress(0, 1000, 500, 10'000);
    QCOMPARE(e.percent, 50);
    QCOMPARE(e.etaSeconds, 10);
    // A server announcing a head near qint64's end: done * 100 and elapsed * remaining would
    // overflow in integer arithmetic; the estimate stays exact enough and in range.
    e = SyncEngine::estimateProgress(0, kMax, kMax / 2, 10'000);
    QCOMPARE(e.percent, 50);
    QCOMPARE(e.etaSeconds, 10);
    e = SyncEngine::estimateProgress(0, kMax, 1, 3'600'000);
    QCOMPARE(e.percent, 0);
    QCOMPARE(e.etaSeconds, SyncEngine::kMaxEtaSeconds);
    // A hostile local cursor far below zero: head - start must not overflow either.
    e = SyncEngine::estimateProgress(kMin, kMax, 0, 10'000);
    QCOMPARE(e.percent, 50);
    QVERIFY(e.etaSeconds >= 0 && e.etaSeconds <= SyncEngine::kMaxEtaSeconds);
    // Head behind us: nothing to estimate.
    e = SyncEngine::estimateProgress(100, 50, 100, 10'000);
    QCOMPARE(e.percent, -1);
    QCOMPARE(e.etaSeconds, -1);
}

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_syncstore.moc"
