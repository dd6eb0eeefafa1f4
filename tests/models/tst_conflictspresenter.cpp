// ConflictsPresenter on a real SQLCipher cache with a real SyncWorker on a second connection:
// changes queued through the real Outbox, then the rows Outbox writes on a 412 (a conflict with
// both versions) and on a refusal for good (pre-image restored, entry 'failed' with its reason).
// The list says in words whom each is about and what it was, compares the versions field by
// field, and Keep Mine / Take Theirs / Dismiss go through the worker and change the cache. The
// worker's server is a closed loopback port: resolving needs no server, and Keep Mine's replay
// stays queued.
#include "core/api/TransportPolicy.h"
#include "core/read/CandidateDetail.h"
#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/sync/ChangeBuilder.h"
#include "core/sync/EntityStore.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncWorker.h"
#include "models/ConflictsPresenter.h"
#include "tests/read/ReadTestUtil.h"
#include "tests/support/TestTokenProvider.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace hirex;
using namespace hirex::read::testutil;
using hirex::models::ConflictsPresenter;

namespace {

const QString kApp = QStringLiteral("application");

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

store::CacheKey testKey() {
    return store::CacheKey::fromBytes(QByteArray(store::CacheKey::Size, '\x5a'));
}

} // namespace

class TestConflictsPresenter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEachIssueInWords();
    void comparesBothVersionsFieldByField();
    void refusalMessageSaysWhatWhyAndWhereTheCardIs();
    void takeTheirsShowsTheServersVersion();
    void keepMineQueuesTheChangeAgain();
    void dismissForgetsARefusedChange();
    void closingTheConnectionEmptiesTheList();

private:
    qint64 enqueueMove(const QString &applicationId, const QString &stageId);
    void recordConflict(qint64 seq, const QString &applicationId, const QString &serverStage);
    void rollBack(qint64 seq, const QString &reason);
    QJsonObject row(const QString &applicationId);
    void seedIssues();
    void startWorker();

    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
    std::unique_ptr<test::TestTokenProvider> m_tokens;
    std::unique_ptr<sync::SyncWorker> m_worker;
    qint64 m_conflictSeq = 0;
    qint64 m_refusedSeq = 0;
    const QString m_reason =
        QStringLiteral("This change was undone: the server's rules refused it (no such stage).");
};

void TestConflictsPresenter::init() {
    store::SqlCipherDatabase::Options options;
    options.migrations = store::CacheSchema::migrations();
    QVERIFY(!m_db.open(m_dir.filePath(QStringLiteral("c.db")), testKey(), options).isError());
    sync::EntityStore store(&m_db);
    QVERIFY(put(
        store, QStringLiteral("pipeline"),
        pipeline(QStringLiteral("pipe_A"), {{QStringLiteral("s_screen"), QStringLiteral("Phone screen")},
                                            {QStringLiteral("s_tech"), QStringLiteral("Technical interview")},
                                            {QStringLiteral("s_offer"), QStringLiteral("Offer")}})));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_lena"), QStringLiteral("Lena"), QStringLiteral("Schäfer"))));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_blind"), QString(), QString())));
    QVERIFY(put(store, kApp,
                application(QStringLiteral("app_1"), QStringLiteral("cand_lena"), QStringLiteral("pipe_A"),
                            QStringLiteral("s_screen"), QStringLiteral("2026-02-26T13:05:00Z"))));
    QVERIFY(put(store, kApp,
                application(QStringLiteral("app_2"), QStringLiteral("cand_blind"), QStringLiteral("pipe_A"),
                            QStringLiteral("s_tech"), QStringLiteral("2026-02-27T13:05:00Z"))));
    seedIssues();
}

void TestConflictsPresenter::cleanup() {
    m_worker.reset();
    m_db.close();
    const QString path = m_dir.filePath(QStringLiteral("c.db"));
    for (const QString &f : QStringList{path} + store::SqlCipherDatabase::companionFiles(path))
        QFile::remove(f);
}

QJsonObject TestConflictsPresenter::row(const QString &applicationId) {
    return sync::EntityStore(&m_db).read(kApp, applicationId).value_or(QJsonObject());
}

qint64 TestConflictsPresenter::enqueueMove(const QString &applicationId, const QString &stageId) {
    sync::Outbox outbox(&m_db, nullptr);
    return outbox.enqueue(sync::ChangeBuilder::moveApplication(row(applicationId), stageId));
}

void TestConflictsPresenter::recordConflict(qint64 seq, const QString &applicationId,
                                            const QString &serverStage) {
    QJsonObject server = row(applicationId);
    server.insert(QStringLiteral("stage_id"), serverStage);
    server.insert(QStringLiteral("version"), 7);
    const QJsonObject local{{QStringLiteral("kind"), QStringLiteral("move")},
                            {QStringLiteral("optimistic"), row(applicationId)}};
    store::Statement s = m_db.prepare(
        "INSERT INTO conflicts (outbox_seq, entity, entity_id, local_json, server_json, "
        "server_version, detected_at) VALUES (?, 'application', ?, ?, ?, 7, '2026-03-02T10:00:00Z')");
    s.bind(1, seq)
        .bind(2, applicationId)
        .bind(3, compact(local).constData())
        .bind(4, compact(server).constData());
    QVERIFY(s.exec());
    store::Statement u = m_db.prepare("UPDATE outbox SET state = 'conflict' WHERE seq = ?");
    u.bind(1, seq);
    QVERIFY(u.exec());
}

void TestConflictsPresenter::rollBack(qint64 seq, const QString &reason) {
    store::Statement p = m_db.prepare("SELECT pre_image FROM outbox WHERE seq = ?");
    p.bind(1, seq);
    QVERIFY(p.next());
    const QJsonObject pre = QJsonDocument::fromJson(p.columnText(0).toUtf8()).object();
    p.reset();
    QVERIFY(sync::EntityStore(&m_db).upsert(kApp, pre.value(QLatin1String("row")).toObject(), true) !=
            sync::EntityStore::Upsert::Failed);
    store::Statement f = m_db.prepare("UPDATE outbox SET state = 'failed', last_error = 'validation_failed', "
                                      "user_message = ?, pre_image = NULL WHERE seq = ?");
    f.bind(1, reason).bind(2, seq);
    QVERIFY(f.exec());
}

void TestConflictsPresenter::seedIssues() {
    m_refusedSeq = enqueueMove(QStringLiteral("app_2"), QStringLiteral("s_gone"));
    m_conflictSeq = enqueueMove(QStringLiteral("app_1"), QStringLiteral("s_offer"));
    QVERIFY(m_refusedSeq > 0 && m_conflictSeq > 0);
    recordConflict(m_conflictSeq, QStringLiteral("app_1"), QStringLiteral("s_tech"));
    rollBack(m_refusedSeq, m_reason);
}

void TestConflictsPresenter::startWorker() {
    // A port nobody listens on: the worker's replay finds the server unreachable.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    api::ApiError error;
    const auto policy = api::TransportPolicy::create(api::TransportSettings{}, &error);
    QVERIFY(policy);
    auto db = std::make_unique<store::SqlCipherDatabase>();
    store::SqlCipherDatabase::Options options;
    options.migrations = store::CacheSchema::migrations();
    QVERIFY(!db->open(m_dir.filePath(QStringLiteral("c.db")), testKey(), options).isError());
    m_tokens = std::make_unique<test::TestTokenProvider>(QStringLiteral("token"));
    m_worker = std::make_unique<sync::SyncWorker>(m_tokens.get());
    sync::SyncWorkerConfig config{QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), *policy, {}, {}};
    config.engine.useStream = false;
    config.retry.maxAttempts = 1;
    QSignalSpy started(m_worker.get(), &sync::SyncWorker::started);
    m_worker->start(std::move(db), config);
    QVERIFY(started.wait(10000));
}

void TestConflictsPresenter::listsEachIssueInWords() {
    ConflictsPresenter p;
    QAbstractItemModelTester tester(&p, QAbstractItemModelTester::FailureReportingMode::QtTest);
    p.setDatabase(&m_db);
    QCOMPARE(p.rowCount(), 2);
    QCOMPARE(p.conflictCount(), 1);
    QCOMPARE(p.refusedCount(), 1);

    QCOMPARE(p.kindAt(0), ConflictsPresenter::Kind::Conflict);
    QCOMPARE(p.subjectAt(0), QStringLiteral("Lena Schäfer"));
    QCOMPARE(p.changeAt(0), QStringLiteral("Move to Offer"));
    QVERIFY(!p.whenTextAt(0).isEmpty());
    QVERIFY(p.hasServerVersion(0));
    const QString shown = p.index(0).data().toString();
    QVERIFY2(shown.startsWith(QStringLiteral("Lena Schäfer: Move to Offer\nConflict · ")), qPrintable(shown));
    QVERIFY(p.index(0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Lena Schäfer")));
    QVERIFY(p.explanationAt(0).contains(QStringLiteral("Keep Mine")));

    QCOMPARE(p.kindAt(1), ConflictsPresenter::Kind::Refused);
    // Blind screening: the label, never the name (which the cache does not have anyway).
    QCOMPARE(p.subjectAt(1), read::CandidateDetail::anonymisedLabel(QStringLiteral("cand_blind")));
    QCOMPARE(p.changeAt(1), QStringLiteral("Move to another stage")); // the stage is not known here
    QCOMPARE(p.explanationAt(1), m_reason + QStringLiteral(" The card is back in Technical interview."));
    QVERIFY(p.fieldsAt(1).isEmpty());
    QCOMPARE(p.index(1).data(ConflictsPresenter::IssueIdRole).toLongLong(), m_refusedSeq);
}

void TestConflictsPresenter::comparesBothVersionsFieldByField() {
    ConflictsPresenter p;
    p.setDatabase(&m_db);
    const QList<ConflictsPresenter::Field> fields = p.fieldsAt(0);
    QVERIFY(!fields.isEmpty());
    QCOMPARE(fields.first().label, QStringLiteral("Stage"));
    QCOMPARE(fields.first().mine, QStringLiteral("Offer"));
    QCOMPARE(fields.first().theirs, QStringLiteral("Technical interview"));
    QVERIFY(fields.first().differs);
    bool statusSeen = false;
    for (const ConflictsPresenter::Field &f : fields) {
        QVERIFY2(!f.label.contains(QLatin1String("_id")), qPrintable(f.label)); // no opaque ids
        if (f.label == u"Status") {
            statusSeen = true;
            QCOMPARE(f.mine, QStringLiteral("Active"));
            QVERIFY(!f.differs);
        }
        QVERIFY(f.label != u"Version"); // a number that means nothing to a recruiter
    }
    QVERIFY(statusSeen);
}

void TestConflictsPresenter::refusalMessageSaysWhatWhyAndWhereTheCardIs() {
    ConflictsPresenter p;
    p.setDatabase(&m_db);
    QCOMPARE(
        p.refusalMessage(m_refusedSeq),
        QStringLiteral("Moving %1 to another stage was refused. %2 The card is back in Technical interview.")
            .arg(read::CandidateDetail::anonymisedLabel(QStringLiteral("cand_blind")), m_reason));
    QCOMPARE(p.refusalMessage(m_conflictSeq), QString()); // a conflict is not refused
}

void TestConflictsPresenter::takeTheirsShowsTheServersVersion() {
    startWorker();
    ConflictsPresenter p;
    QAbstractItemModelTester tester(&p, QAbstractItemModelTester::FailureReportingMode::QtTest);
    p.setDatabase(&m_db);
    p.setWorker(m_worker.get());
    QSignalSpy reset(&p, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&p, &QAbstractItemModel::rowsRemoved);
    QSignalSpy failed(&p, &ConflictsPresenter::actionFailed);
    p.takeTheirs(0);
    QVERIFY(p.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!p.isBusy(), 10000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(p.conflictCount(), 0);
    QCOMPARE(p.rowCount(), 1);
    QCOMPARE(p.kindAt(0), ConflictsPresenter::Kind::Refused);
    QVERIFY(reset.isEmpty()); // row by row: a view keeps its selection
    QCOMPARE(removed.size(), 1);
    // The cache shows the server's version and the change is gone from the queue.
    QCOMPARE(row(QStringLiteral("app_1")).value(QLatin1String("stage_id")).toString(),
             QStringLiteral("s_tech"));
    QCOMPARE(m_db.queryInt("SELECT count(*) FROM outbox WHERE entity_id = 'app_1'", -1), 0);
    QCOMPARE(m_db.queryInt("SELECT resolved FROM conflicts", -1), 1);
}

void TestConflictsPresenter::keepMineQueuesTheChangeAgain() {
    startWorker();
    ConflictsPresenter p;
    p.setDatabase(&m_db);
    p.setWorker(m_worker.get());
    p.keepMineForAll();
    QTRY_VERIFY_WITH_TIMEOUT(!p.isBusy(), 10000);
    QCOMPARE(p.conflictCount(), 0);
    // Queued again over the server's version; the server is unreachable, so it stays queued.
    QCOMPARE(m_db.queryInt("SELECT count(*) FROM outbox WHERE entity_id = 'app_1' AND state = 'pending'", -1),
             1);
    QCOMPARE(m_db.queryInt("SELECT if_match FROM outbox WHERE entity_id = 'app_1'", -1), 7);
    QCOMPARE(row(QStringLiteral("app_1")).value(QLatin1String("stage_id")).toString(),
             QStringLiteral("s_offer"));
}

void TestConflictsPresenter::dismissForgetsARefusedChange() {
    startWorker();
    ConflictsPresenter p;
    p.setDatabase(&m_db);
    p.setWorker(m_worker.get());
    p.dismiss(0); // a conflict: nothing to dismiss
    QVERIFY(!p.isBusy());
    p.dismiss(1);
    QTRY_VERIFY_WITH_TIMEOUT(!p.isBusy(), 10000);
    QCOMPARE(p.refusedCount(), 0);
    QCOMPARE(p.conflictCount(), 1);
    QCOMPARE(m_db.queryInt("SELECT count(*) FROM outbox WHERE state = 'failed'", -1), 0);
}

void TestConflictsPresenter::closingTheConnectionEmptiesTheList() {
    ConflictsPresenter p;
    p.setDatabase(&m_db);
    QCOMPARE(p.rowCount(), 2);
    p.setDatabase(nullptr);
    QCOMPARE(p.rowCount(), 0);
    QCOMPARE(busyStatements(m_db), 0);
    // Without a worker an action says why nothing happens.
    p.setDatabase(&m_db);
    QSignalSpy failed(&p, &ConflictsPresenter::actionFailed);
    p.keepMine(0);
    QCOMPARE(failed.size(), 1);
}

QTEST_GUILESS_MAIN(TestConflictsPresenter)
#include "tst_conflictspresenter.moc"
