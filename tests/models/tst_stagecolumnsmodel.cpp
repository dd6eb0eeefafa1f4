// StageColumnsModel over a real SQLCipher cache: counts per stage, and change signals applied as
// row updates, never as a reset, so an open board keeps its selection and scroll position.
#include "core/sync/EntityStore.h"
#include "models/StageColumnsModel.h"
#include "tests/read/ReadTestUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hirex;
using namespace hirex::read::testutil;
using hirex::models::StageColumnsModel;

class TestStageColumnsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aRowPerStageWithItsCount();
    void aMoveUpdatesTheTwoColumnsOnly();
    void otherPipelinesLeaveTheModelAlone();
    void newStagesResetTheBoard();
    void aColumnSaysItsNameAndCount();

private:
    sync::EntityChanges moveApplication(const QString &id, const QString &stage, qint64 version);

    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
};

void TestStageColumnsModel::init() {
    QVERIFY(openCache(m_db, m_dir));
    sync::EntityStore store(&m_db);
    QVERIFY(
        put(store, QStringLiteral("pipeline"),
            pipeline(QStringLiteral("pipe_A"), {{QStringLiteral("stage_src"), QStringLiteral("Sourced")},
                                                {QStringLiteral("stage_int"), QStringLiteral("Interview")},
                                                {QStringLiteral("stage_off"), QStringLiteral("Offer")}})));
    QVERIFY(put(store, QStringLiteral("pipeline"),
                pipeline(QStringLiteral("pipe_B"), {{QStringLiteral("stage_b1"), QStringLiteral("B1")}})));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_1"), QStringLiteral("Lena"), QStringLiteral("Schäfer"))));
    const QString t = QStringLiteral("2026-02-26T13:05:00Z");
    for (int i = 1; i <= 3; ++i)
        QVERIFY(put(store, QStringLiteral("application"),
                    application(QStringLiteral("app_%1").arg(i), QStringLiteral("cand_1"),
                                QStringLiteral("pipe_A"), QStringLiteral("stage_src"), t)));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_4"), QStringLiteral("cand_1"), QStringLiteral("pipe_A"),
                            QStringLiteral("stage_int"), t)));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_b"), QStringLiteral("cand_1"), QStringLiteral("pipe_B"),
                            QStringLiteral("stage_b1"), t)));
}

void TestStageColumnsModel::cleanup() {
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("read.db")));
}

sync::EntityChanges TestStageColumnsModel::moveApplication(const QString &id, const QString &stage,
                                                           qint64 version) {
    sync::EntityStore store(&m_db);
    [&] {
        QVERIFY(put(store, QStringLiteral("application"),
                    application(id, QStringLiteral("cand_1"), QStringLiteral("pipe_A"), stage,
                                QStringLiteral("2026-03-03T10:00:00Z"), QStringLiteral("active"), version)));
    }();
    sync::EntityChanges changes;
    changes.addWritten(QStringLiteral("application"), id);
    return changes;
}

void TestStageColumnsModel::aRowPerStageWithItsCount() {
    StageColumnsModel model(&m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setPipeline(QStringLiteral("pipe_A")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Sourced"));
    QCOMPARE(model.index(0).data(StageColumnsModel::CountRole).toInt(), 3);
    QCOMPARE(model.index(1).data(StageColumnsModel::CountRole).toInt(), 1);
    QCOMPARE(model.index(2).data(StageColumnsModel::CountRole).toInt(), 0);
    QCOMPARE(model.index(2).data(StageColumnsModel::StageIdRole).toString(), QStringLiteral("stage_off"));
}

void TestStageColumnsModel::aMoveUpdatesTheTwoColumnsOnly() {
    StageColumnsModel model(&m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setPipeline(QStringLiteral("pipe_A")));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.applyChanges(moveApplication(QStringLiteral("app_1"), QStringLiteral("stage_off"), 2));

    QCOMPARE(resets.size(), 0);
    QCOMPARE(changed.size(), 2);
    QSet<int> rows;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QCOMPARE(args.at(0).toModelIndex(), args.at(1).toModelIndex());
        rows.insert(args.at(0).toModelIndex().row());
    }
    QCOMPARE(rows, (QSet<int>{0, 2}));
    QCOMPARE(model.index(0).data(StageColumnsModel::CountRole).toInt(), 2);
    QCOMPARE(model.index(2).data(StageColumnsModel::CountRole).toInt(), 1);
}

void TestStageColumnsModel::otherPipelinesLeaveTheModelAlone() {
    StageColumnsModel model(&m_db);
    QVERIFY(model.setPipeline(QStringLiteral("pipe_A")));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    sync::EntityChanges elsewhere;
    elsewhere.addWritten(QStringLiteral("application"), QStringLiteral("app_b"));
    elsewhere.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_1"));
    model.applyChanges(elsewhere);
    QCOMPARE(resets.size() + changed.size(), 0);
}

void TestStageColumnsModel::newStagesResetTheBoard() {
    StageColumnsModel model(&m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setPipeline(QStringLiteral("pipe_A")));
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("pipeline"),
                pipeline(QStringLiteral("pipe_A"),
                         {{QStringLiteral("stage_src"), QStringLiteral("Sourced")},
                          {QStringLiteral("stage_scr"), QStringLiteral("Phone screen")},
                          {QStringLiteral("stage_int"), QStringLiteral("Interview")},
                          {QStringLiteral("stage_off"), QStringLiteral("Offer")}},
                         2)));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    sync::EntityChanges changes;
    changes.addWritten(QStringLiteral("pipeline"), QStringLiteral("pipe_A"));
    model.applyChanges(changes);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Phone screen"));
}

void TestStageColumnsModel::aColumnSaysItsNameAndCount() {
    StageColumnsModel model(&m_db);
    QVERIFY(model.setPipeline(QStringLiteral("pipe_A")));
    const QString text = model.index(0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(text.contains(QStringLiteral("Sourced")) && text.contains(QLatin1Char('3')), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestStageColumnsModel)
#include "tst_stagecolumnsmodel.moc"
