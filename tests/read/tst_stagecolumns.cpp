// StageColumns on a real SQLCipher cache filled by EntityStore: stages in position order with
// their active counts, and which commits affect them.
#include "ReadTestUtil.h"
#include "core/read/StageColumns.h"

#include <QTest>

using namespace hirex;
using namespace hirex::read;
using namespace hirex::read::testutil;

class TestStageColumns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stagesInPositionOrderWithActiveCounts();
    void unknownPipelineIsEmpty();
    void statementsAreResetAfterUse();
    void applyReportsOnlyChangesOfThePipeline();

private:
    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
};

void TestStageColumns::init() {
    QVERIFY(openCache(m_db, m_dir));
    sync::EntityStore store(&m_db);
    // Positions deliberately differ from the array order: the board follows `position`.
    QJsonObject pipe =
        pipeline(QStringLiteral("pipe_A"), {{QStringLiteral("stage_offer"), QStringLiteral("Teklif")},
                                            {QStringLiteral("stage_src"), QStringLiteral("Aday havuzu")},
                                            {QStringLiteral("stage_int"), QStringLiteral("Teknik mülakat")}});
    QJsonArray stages = pipe.value(QStringLiteral("stages")).toArray();
    const int positions[] = {3, 1, 2};
    for (int i = 0; i < stages.size(); ++i) {
        QJsonObject s = stages[i].toObject();
        s.insert(QStringLiteral("position"), positions[i]);
        stages[i] = s;
    }
    pipe.insert(QStringLiteral("stages"), stages);
    QVERIFY(put(store, QStringLiteral("pipeline"), pipe));
    QVERIFY(put(store, QStringLiteral("pipeline"),
                pipeline(QStringLiteral("pipe_B"), {{QStringLiteral("stage_b1"), QStringLiteral("B1")}})));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_1"), QStringLiteral("Çağla"), QStringLiteral("Yıldız"))));
    const QString t = QStringLiteral("2026-02-26T13:05:00Z");
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_1"), QStringLiteral("cand_1"), QStringLiteral("pipe_A"),
                            QStringLiteral("stage_src"), t)));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_2"), QStringLiteral("cand_1"), QStringLiteral("pipe_A"),
                            QStringLiteral("stage_src"), t)));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_3"), QStringLiteral("cand_1"), QStringLiteral("pipe_A"),
                            QStringLiteral("stage_src"), t, QStringLiteral("rejected"))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_4"), QStringLiteral("cand_1"), QStringLiteral("pipe_A"),
                            QStringLiteral("stage_offer"), t)));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_5"), QStringLiteral("cand_1"), QStringLiteral("pipe_B"),
                            QStringLiteral("stage_b1"), t)));
}

void TestStageColumns::cleanup() {
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("read.db")));
    for (const QString &f :
         store::SqlCipherDatabase::companionFiles(m_dir.filePath(QStringLiteral("read.db"))))
        QFile::remove(f);
}

void TestStageColumns::stagesInPositionOrderWithActiveCounts() {
    StageColumns columns(&m_db);
    const QList<StageColumn> result = columns.query(QStringLiteral("pipe_A"));
    QVERIFY2(columns.lastError().isEmpty(), qPrintable(columns.lastError()));
    QCOMPARE(result.size(), 3);
    QCOMPARE(result[0].stageId, QStringLiteral("stage_src"));
    QCOMPARE(result[0].name, QStringLiteral("Aday havuzu"));
    QCOMPARE(result[0].position, 1);
    QCOMPARE(result[0].activeCount, 2); // the rejected one is not on the board
    QCOMPARE(result[1].stageId, QStringLiteral("stage_int"));
    QCOMPARE(result[1].activeCount, 0); // an empty stage is still a column
    QCOMPARE(result[2].stageId, QStringLiteral("stage_offer"));
    QCOMPARE(result[2].activeCount, 1);

    // Moving a card is seen on the next query (the statement is reusable).
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_1"), QStringLiteral("cand_1"), QStringLiteral("pipe_A"),
                            QStringLiteral("stage_int"), QStringLiteral("2026-03-01T00:00:00Z"),
                            QStringLiteral("active"), 2)));
    const QList<StageColumn> moved = columns.query(QStringLiteral("pipe_A"));
    QCOMPARE(moved.size(), 3);
    QCOMPARE(moved[0].activeCount, 1);
    QCOMPARE(moved[1].activeCount, 1);
}

void TestStageColumns::unknownPipelineIsEmpty() {
    StageColumns columns(&m_db);
    QVERIFY(columns.query(QStringLiteral("pipe_nope")).isEmpty());
    QVERIFY(columns.lastError().isEmpty());
}

void TestStageColumns::statementsAreResetAfterUse() {
    StageColumns columns(&m_db);
    QCOMPARE(columns.query(QStringLiteral("pipe_A")).size(), 3);
    QCOMPARE(busyStatements(m_db), 0);
    sync::EntityChanges changes;
    changes.addWritten(QStringLiteral("application"), QStringLiteral("app_5"));
    QVERIFY(!columns.apply(changes));
    changes.addWritten(QStringLiteral("application"), QStringLiteral("app_1"));
    QVERIFY(columns.apply(changes));
    QCOMPARE(busyStatements(m_db), 0);
}

void TestStageColumns::applyReportsOnlyChangesOfThePipeline() {
    StageColumns columns(&m_db);
    columns.query(QStringLiteral("pipe_A"));

    QVERIFY(!columns.apply(sync::EntityChanges{}));

    sync::EntityChanges otherPipelineApp;
    otherPipelineApp.addWritten(QStringLiteral("application"), QStringLiteral("app_5"));
    QVERIFY(!columns.apply(otherPipelineApp));

    sync::EntityChanges ourApp;
    ourApp.addWritten(QStringLiteral("application"), QStringLiteral("app_3"));
    QVERIFY(columns.apply(ourApp));
    // The lookup found a row and was reset: the next one binds again and says no.
    QVERIFY(!columns.apply(otherPipelineApp));

    sync::EntityChanges candidateOnly;
    candidateOnly.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_1"));
    QVERIFY(!columns.apply(candidateOnly));

    sync::EntityChanges ourPipeline;
    ourPipeline.addWritten(QStringLiteral("pipeline"), QStringLiteral("pipe_A"));
    QVERIFY(columns.apply(ourPipeline));

    sync::EntityChanges otherPipeline;
    otherPipeline.addWritten(QStringLiteral("pipeline"), QStringLiteral("pipe_B"));
    QVERIFY(!columns.apply(otherPipeline));

    // The row is gone, so which pipeline it was in cannot be asked: assume ours.
    sync::EntityChanges removed;
    removed.addRemoved(QStringLiteral("application"), QStringLiteral("app_5"));
    QVERIFY(columns.apply(removed));

    sync::EntityChanges everything;
    everything.everything = true;
    QVERIFY(columns.apply(everything));
}

QTEST_GUILESS_MAIN(TestStageColumns)
#include "tst_stagecolumns.moc"
