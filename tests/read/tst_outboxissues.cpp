// OutboxIssues on a real SQLCipher cache: changes queued through the real Outbox (its optimistic
// rows and pre-images), then the rows Outbox writes when the server answers 412 (a conflicts row
// with both versions, the entry in state 'conflict') or refuses a change for good (the pre-image
// restored, the entry 'failed' with its reason): what each issue is about, in cache terms, and
// which commits change the list.
#include "ReadTestUtil.h"
#include "core/read/CandidateDetail.h"
#include "core/read/OutboxIssues.h"
#include "core/sync/ChangeBuilder.h"
#include "core/sync/Outbox.h"

#include <QJsonDocument>
#include <QTest>

using namespace hirex;
using namespace hirex::read;
using namespace hirex::read::testutil;

namespace {

const QString kApp = QStringLiteral("application");

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestOutboxIssues : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyOutboxHasNoIssues();
    void conflictsThenRefusedWithWhatTheyAreAbout();
    void oneRefusedChangeBySeq();
    void applyReportsCommitsThatChangeTheList();
    void statementsAreResetAfterUse();

private:
    qint64 enqueueMove(const QString &applicationId, const QString &stageId);
    // As Outbox::recordConflict: the server's version of the application is at `serverStage`.
    void recordConflict(qint64 seq, const QString &applicationId, const QString &serverStage);
    // As Outbox::rollBack: the pre-image back in place, the entry failed with its reason.
    void rollBack(qint64 seq, const QString &reason);
    QJsonObject row(const QString &applicationId);

    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
};

void TestOutboxIssues::init() {
    QVERIFY(openCache(m_db, m_dir));
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
    QVERIFY(put(store, kApp,
                application(QStringLiteral("app_3"), QStringLiteral("cand_lena"), QStringLiteral("pipe_A"),
                            QStringLiteral("s_screen"), QStringLiteral("2026-02-28T13:05:00Z"))));
}

void TestOutboxIssues::cleanup() {
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("read.db")));
    for (const QString &f :
         store::SqlCipherDatabase::companionFiles(m_dir.filePath(QStringLiteral("read.db"))))
        QFile::remove(f);
}

QJsonObject TestOutboxIssues::row(const QString &applicationId) {
    return sync::EntityStore(&m_db).read(kApp, applicationId).value_or(QJsonObject());
}

qint64 TestOutboxIssues::enqueueMove(const QString &applicationId, const QString &stageId) {
    sync::Outbox outbox(&m_db, nullptr);
    UserMessage error;
    const qint64 seq =
        outbox.enqueue(sync::ChangeBuilder::moveApplication(row(applicationId), stageId), &error);
    if (seq <= 0)
        qWarning() << error.message;
    return seq;
}

void TestOutboxIssues::recordConflict(qint64 seq, const QString &applicationId, const QString &serverStage) {
    QJsonObject server = row(applicationId);
    server.insert(QStringLiteral("stage_id"), serverStage);
    server.insert(QStringLiteral("version"), 7);
    const QJsonObject local{
        {QStringLiteral("request"), QJsonObject{{QStringLiteral("stage_id"), QStringLiteral("x")}}},
        {QStringLiteral("kind"), QStringLiteral("move")},
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

void TestOutboxIssues::rollBack(qint64 seq, const QString &reason) {
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

void TestOutboxIssues::emptyOutboxHasNoIssues() {
    OutboxIssues issues(&m_db);
    QVERIFY(enqueueMove(QStringLiteral("app_1"), QStringLiteral("s_offer")) > 0); // pending: no issue
    QVERIFY2(issues.refresh(), qPrintable(issues.lastError()));
    QVERIFY(issues.issues().isEmpty());
}

void TestOutboxIssues::conflictsThenRefusedWithWhatTheyAreAbout() {
    const qint64 refusedSeq = enqueueMove(QStringLiteral("app_2"), QStringLiteral("s_gone"));
    const qint64 conflictSeq = enqueueMove(QStringLiteral("app_1"), QStringLiteral("s_offer"));
    QVERIFY(refusedSeq > 0 && conflictSeq > 0);
    recordConflict(conflictSeq, QStringLiteral("app_1"), QStringLiteral("s_tech"));
    const QString reason =
        QStringLiteral("This change was undone: the server's rules refused it (no such stage).");
    rollBack(refusedSeq, reason);

    OutboxIssues issues(&m_db);
    QVERIFY2(issues.refresh(), qPrintable(issues.lastError()));
    QCOMPARE(issues.issues().size(), 2);

    // Conflicts come first: they wait for a decision.
    const OutboxIssue &conflict = issues.issues().at(0);
    QCOMPARE(conflict.kind, OutboxIssue::Kind::Conflict);
    QCOMPARE(conflict.seq, conflictSeq);
    QVERIFY(conflict.id > 0);
    QCOMPARE(conflict.change, QStringLiteral("move"));
    QCOMPARE(conflict.entityId, QStringLiteral("app_1"));
    QCOMPARE(conflict.request.value(QLatin1String("stage_id")).toString(), QStringLiteral("s_offer"));
    QCOMPARE(conflict.subject, QStringLiteral("Lena Schäfer"));
    QVERIFY(!conflict.subjectWithheld);
    QCOMPARE(conflict.mine.value(QLatin1String("stage_id")).toString(), QStringLiteral("s_offer"));
    QCOMPARE(conflict.theirs.value(QLatin1String("stage_id")).toString(), QStringLiteral("s_tech"));
    QCOMPARE(conflict.serverVersion, 7);
    QCOMPARE(conflict.when, QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));

    const OutboxIssue &refused = issues.issues().at(1);
    QCOMPARE(refused.kind, OutboxIssue::Kind::Refused);
    QCOMPARE(refused.id, refusedSeq);
    QCOMPARE(refused.request.value(QLatin1String("stage_id")).toString(), QStringLiteral("s_gone"));
    QCOMPARE(refused.reason, reason);
    QCOMPARE(refused.reasonCode, QStringLiteral("validation_failed"));
    // The name is withheld: the anonymised label, never a blank.
    QVERIFY(refused.subjectWithheld);
    QCOMPARE(refused.subject, CandidateDetail::anonymisedLabel(QStringLiteral("cand_blind")));
    // Rolled back: the card is where it was before the move.
    QCOMPARE(refused.currentStageId, QStringLiteral("s_tech"));
    QVERIFY(refused.when.isValid());

    QCOMPARE(issues.stageName(QStringLiteral("s_offer")), QStringLiteral("Offer"));
    QCOMPARE(issues.stageName(QStringLiteral("s_gone")), QString());

    // Resolved conflicts and dismissed refusals are no issues.
    QVERIFY(m_db.exec("UPDATE conflicts SET resolved = 1"));
    QVERIFY(m_db.exec("DELETE FROM outbox WHERE state = 'failed'"));
    QVERIFY(issues.refresh());
    QVERIFY(issues.issues().isEmpty());
}

void TestOutboxIssues::oneRefusedChangeBySeq() {
    const qint64 refusedSeq = enqueueMove(QStringLiteral("app_1"), QStringLiteral("s_gone"));
    const qint64 pendingSeq = enqueueMove(QStringLiteral("app_3"), QStringLiteral("s_offer"));
    rollBack(refusedSeq, QStringLiteral("gone"));
    OutboxIssues issues(&m_db);
    const std::optional<OutboxIssue> refused = issues.refused(refusedSeq);
    QVERIFY(refused);
    QCOMPARE(refused->entityId, QStringLiteral("app_1"));
    QCOMPARE(refused->subject, QStringLiteral("Lena Schäfer"));
    QCOMPARE(refused->currentStageId, QStringLiteral("s_screen"));
    QVERIFY(!issues.refused(pendingSeq));
    QVERIFY(!issues.refused(9999));
}

void TestOutboxIssues::applyReportsCommitsThatChangeTheList() {
    const qint64 seq = enqueueMove(QStringLiteral("app_1"), QStringLiteral("s_offer"));
    OutboxIssues issues(&m_db);
    QVERIFY(issues.refresh());
    QVERIFY(!issues.apply(sync::EntityChanges{}));
    sync::EntityChanges pendingOnly;
    pendingOnly.addWritten(kApp, QStringLiteral("app_1")); // queued, no issue yet
    QVERIFY(!issues.apply(pendingOnly));

    // The outbox turns it into a conflict and names the entity.
    recordConflict(seq, QStringLiteral("app_1"), QStringLiteral("s_tech"));
    QVERIFY(issues.apply(pendingOnly));
    QVERIFY(issues.refresh());
    QCOMPARE(issues.issues().size(), 1);

    sync::EntityChanges other;
    other.addWritten(kApp, QStringLiteral("app_2"));
    other.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_blind"));
    QVERIFY(!issues.apply(other));
    sync::EntityChanges renamed;
    renamed.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_lena")); // the name shown
    QVERIFY(issues.apply(renamed));
    sync::EntityChanges stages;
    stages.addWritten(QStringLiteral("pipeline"), QStringLiteral("pipe_A")); // stage names shown
    QVERIFY(issues.apply(stages));
    sync::EntityChanges erased;
    erased.addRemoved(kApp, QStringLiteral("app_1"));
    QVERIFY(issues.apply(erased));
}

void TestOutboxIssues::statementsAreResetAfterUse() {
    const qint64 seq = enqueueMove(QStringLiteral("app_1"), QStringLiteral("s_offer"));
    const qint64 refusedSeq = enqueueMove(QStringLiteral("app_2"), QStringLiteral("s_gone"));
    recordConflict(seq, QStringLiteral("app_1"), QStringLiteral("s_tech"));
    rollBack(refusedSeq, QStringLiteral("gone"));
    OutboxIssues issues(&m_db);
    QVERIFY(issues.refresh());
    QVERIFY(issues.refused(refusedSeq));
    QVERIFY(!issues.stageName(QStringLiteral("s_tech")).isEmpty());
    sync::EntityChanges c;
    c.addWritten(kApp, QStringLiteral("app_3"));
    static_cast<void>(issues.apply(c));
    QCOMPARE(busyStatements(m_db), 0);
}

QTEST_GUILESS_MAIN(TestOutboxIssues)
#include "tst_outboxissues.moc"
