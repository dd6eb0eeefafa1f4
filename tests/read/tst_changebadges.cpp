// ChangeBadges on a real SQLCipher cache: changes queued through the real Outbox, plus the
// rows Outbox writes when the server refuses a change (state 'failed') or reports a conflict
// (a conflicts row), counted per entity and in total; and which commits change the badges.
#include "ReadTestUtil.h"
#include "core/read/ChangeBadges.h"
#include "core/sync/Outbox.h"

#include <QTest>

using namespace hirex;
using namespace hirex::read;
using namespace hirex::read::testutil;

namespace {

sync::OutboxChange move(const QString &applicationId, const QString &stageId, qint64 version) {
    sync::OutboxChange c;
    c.kind = QStringLiteral("move");
    c.method = "POST";
    c.path = QStringLiteral("/v1/applications/") + applicationId + QStringLiteral("/move");
    c.body = QJsonObject{{QStringLiteral("stage_id"), stageId}};
    c.entity = QStringLiteral("application");
    c.entityId = applicationId;
    c.ifMatch = version;
    return c;
}

} // namespace

class TestChangeBadges : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyOutboxHasNoBadges();
    void countsPerEntityAndInTotal();
    void applyReportsChangesOfTheBadges();
    void statementsAreResetAfterUse();

private:
    void enqueue(const sync::OutboxChange &change);

    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
};

void TestChangeBadges::init() {
    QVERIFY(openCache(m_db, m_dir));
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_1"), QStringLiteral("Ada"), QStringLiteral("Aksoy"))));
    for (const char *id : {"app_1", "app_2", "app_3"})
        QVERIFY(put(store, QStringLiteral("application"),
                    application(QLatin1String(id), QStringLiteral("cand_1"), QStringLiteral("pipe_A"),
                                QStringLiteral("stage_screen"), QStringLiteral("2026-02-26T13:05:00Z"))));
}

void TestChangeBadges::cleanup() {
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("read.db")));
    for (const QString &f :
         store::SqlCipherDatabase::companionFiles(m_dir.filePath(QStringLiteral("read.db"))))
        QFile::remove(f);
}

void TestChangeBadges::enqueue(const sync::OutboxChange &change) {
    sync::Outbox outbox(&m_db, nullptr);
    UserMessage error;
    QVERIFY2(outbox.enqueue(change, &error) > 0, qPrintable(error.message));
}

void TestChangeBadges::emptyOutboxHasNoBadges() {
    ChangeBadges badges(&m_db);
    QVERIFY(badges.refresh());
    QVERIFY(badges.total().isEmpty());
    QVERIFY(badges.all().isEmpty());
    QVERIFY(badges.badgeFor(QStringLiteral("application"), QStringLiteral("app_1")).isEmpty());
}

void TestChangeBadges::countsPerEntityAndInTotal() {
    enqueue(move(QStringLiteral("app_1"), QStringLiteral("stage_offer"), 1));
    enqueue(move(QStringLiteral("app_1"), QStringLiteral("stage_hired"), 1));
    enqueue(move(QStringLiteral("app_2"), QStringLiteral("stage_offer"), 1));
    enqueue(move(QStringLiteral("app_3"), QStringLiteral("stage_offer"), 1));
    // What Outbox writes when the server refuses app_2's move for good, and on a 412 for app_3.
    QVERIFY(
        m_db.exec("UPDATE outbox SET state = 'failed', last_error = 'forbidden' WHERE entity_id = 'app_2'"));
    QVERIFY(m_db.exec("UPDATE outbox SET state = 'conflict' WHERE entity_id = 'app_3'"));
    QVERIFY(m_db.exec("INSERT INTO conflicts (outbox_seq, entity, entity_id, local_json, server_json, "
                      "server_version, detected_at) SELECT seq, entity, entity_id, '{}', '{}', 2, "
                      "'2026-03-02T10:00:00Z' FROM outbox WHERE entity_id = 'app_3'"));
    // A resolved conflict is no badge.
    QVERIFY(m_db.exec("INSERT INTO conflicts (entity, entity_id, detected_at, resolved) "
                      "VALUES ('application', 'app_1', '2026-03-01T10:00:00Z', 1)"));

    ChangeBadges badges(&m_db);
    QVERIFY2(badges.refresh(), qPrintable(badges.lastError()));
    const QString app = QStringLiteral("application");
    QCOMPARE(badges.badgeFor(app, QStringLiteral("app_1")), (ChangeBadge{2, 0, 0}));
    QCOMPARE(badges.badgeFor(app, QStringLiteral("app_2")), (ChangeBadge{0, 1, 0}));
    QCOMPARE(badges.badgeFor(app, QStringLiteral("app_3")), (ChangeBadge{0, 0, 1}));
    QVERIFY(badges.badgeFor(QStringLiteral("candidate"), QStringLiteral("cand_1")).isEmpty());
    QCOMPARE(badges.total(), (ChangeBadge{2, 1, 1}));
    QCOMPARE(badges.all().size(), 3);

    // The server took app_1's changes: the outbox drops them.
    QVERIFY(m_db.exec("DELETE FROM outbox WHERE entity_id = 'app_1'"));
    QVERIFY(badges.refresh());
    QVERIFY(badges.badgeFor(app, QStringLiteral("app_1")).isEmpty());
    QCOMPARE(badges.total(), (ChangeBadge{0, 1, 1}));
}

void TestChangeBadges::applyReportsChangesOfTheBadges() {
    enqueue(move(QStringLiteral("app_1"), QStringLiteral("stage_offer"), 1));
    ChangeBadges badges(&m_db);
    QVERIFY(badges.refresh());

    QVERIFY(!badges.apply(sync::EntityChanges{}));
    sync::EntityChanges other;
    other.addWritten(QStringLiteral("application"), QStringLiteral("app_2"));
    other.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_1"));
    other.addRemoved(QStringLiteral("application"), QStringLiteral("app_3"));
    QVERIFY(!badges.apply(other));

    // The server's answer rewrites app_1 (its badge may go).
    sync::EntityChanges sent;
    sent.addWritten(QStringLiteral("application"), QStringLiteral("app_1"));
    QVERIFY(badges.apply(sent));
    sync::EntityChanges erased;
    erased.addRemoved(QStringLiteral("application"), QStringLiteral("app_1"));
    QVERIFY(badges.apply(erased));

    // A change just enqueued for app_2 announces app_2's optimistic row.
    enqueue(move(QStringLiteral("app_2"), QStringLiteral("stage_offer"), 1));
    QVERIFY(badges.apply(other));
    QVERIFY(badges.refresh());
    QCOMPARE(badges.total().pending, 2);

    sync::EntityChanges all;
    all.everything = true;
    QVERIFY(badges.apply(all));
}

void TestChangeBadges::statementsAreResetAfterUse() {
    enqueue(move(QStringLiteral("app_1"), QStringLiteral("stage_offer"), 1));
    ChangeBadges badges(&m_db);
    QVERIFY(badges.refresh());
    sync::EntityChanges other;
    other.addWritten(QStringLiteral("application"), QStringLiteral("app_2"));
    QVERIFY(!badges.apply(other));
    QCOMPARE(busyStatements(m_db), 0);
}

QTEST_GUILESS_MAIN(TestChangeBadges)
#include "tst_changebadges.moc"
