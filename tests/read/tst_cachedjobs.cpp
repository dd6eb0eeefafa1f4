// CachedJobs on a real SQLCipher cache filled by EntityStore: the job picker's list, offline.
#include "ReadTestUtil.h"
#include "core/read/CachedJobs.h"

#include <QTest>

using namespace hirex;
using namespace hirex::read;
using namespace hirex::read::testutil;

class TestCachedJobs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void openJobsFirstThenByTitle();
    void undecodableRowsAreSkippedAndCounted();
};

void TestCachedJobs::openJobsFirstThenByTitle() {
    QTemporaryDir dir;
    store::SqlCipherDatabase db;
    QVERIFY(openCache(db, dir));
    sync::EntityStore store(&db);
    QVERIFY(put(store, QStringLiteral("job"),
                jobJson(QStringLiteral("j1"), QStringLiteral("Veri Mühendisi"), QStringLiteral("pipe_j1"),
                        QStringLiteral("closed"))));
    QVERIFY(put(store, QStringLiteral("job"),
                jobJson(QStringLiteral("j2"), QStringLiteral("yazılım geliştirici"),
                        QStringLiteral("pipe_j2"), QStringLiteral("open"))));
    QVERIFY(put(store, QStringLiteral("job"),
                jobJson(QStringLiteral("j3"), QStringLiteral("Backend Engineer"), QStringLiteral("pipe_j3"),
                        QStringLiteral("open"))));
    CachedJobs jobs(&db);
    const QList<domain::Job> all = jobs.all();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].id, QStringLiteral("j3"));
    QCOMPARE(all[1].id, QStringLiteral("j2"));
    QCOMPARE(all[2].id, QStringLiteral("j1"));
    QCOMPARE(all[1].pipelineId, QStringLiteral("pipe_j2"));
    QCOMPARE(jobs.skipped(), 0);
    QVERIFY(jobs.lastError().isEmpty());
}

void TestCachedJobs::undecodableRowsAreSkippedAndCounted() {
    QTemporaryDir dir;
    store::SqlCipherDatabase db;
    QVERIFY(openCache(db, dir));
    sync::EntityStore store(&db);
    QVERIFY(put(store, QStringLiteral("job"),
                jobJson(QStringLiteral("j1"), QStringLiteral("Good"), QStringLiteral("pipe_j1"),
                        QStringLiteral("open"))));
    // A damaged row (hostile or corrupt JSON) never reaches the picker half-read.
    QVERIFY(db.exec("INSERT INTO jobs (id, version, updated_at, json, title, status) VALUES "
                    "('j2', 1, '2026-01-15T08:00:00Z', '{\"id\": 7', 'Broken', 'open')"));
    CachedJobs jobs(&db);
    const QList<domain::Job> all = jobs.all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].id, QStringLiteral("j1"));
    QCOMPARE(jobs.skipped(), 1);
}

QTEST_GUILESS_MAIN(TestCachedJobs)
#include "tst_cachedjobs.moc"
