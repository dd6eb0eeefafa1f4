// ReviewsPresenter and MyReviewsModel over a real SQLCipher cache filled by EntityStore: the
// page's states and texts (no cache, an unknown user, no scorecards, a count of drafts), the
// rows for screen readers, and the worker's changes applied as row inserts, moves, updates and
// removes, never a reset; the rows go with the connection.
#include "core/sync/EntityStore.h"
#include "models/MyReviewsModel.h"
#include "models/ReviewsPresenter.h"
#include "tests/read/ReadTestUtil.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace hirex;
using namespace hirex::read::testutil;
using hirex::models::MyReviewsModel;
using hirex::models::ReviewsPresenter;

namespace {

const QString Me = QStringLiteral("usr_me00001");
const QString Pipe = QStringLiteral("pipe_A");

QString plural(const char *source, int n) {
    return QCoreApplication::translate("hirex::models::ReviewsPresenter", source, nullptr, n);
}

QStringList ids(const MyReviewsModel *m) {
    QStringList result;
    for (int row = 0; row < m->rowCount(); ++row)
        result.append(m->index(row, 0).data(MyReviewsModel::EvaluationIdRole).toString());
    return result;
}

sync::EntityChanges written(const QString &kind, const QString &id) {
    sync::EntityChanges c;
    c.addWritten(kind, id);
    return c;
}

} // namespace

class TestReviewsPresenter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void statesSayWhyThereAreNoRows();
    void rowsAndHeaderCountDrafts();
    void cellsAndAccessibleTexts();
    void changesAreRowUpdatesNotResets();
    void unrelatedChangesReadNothing();
    void setRowsMovesEachRowOnce_data();
    void setRowsMovesEachRowOnce();
    void closingTheCacheDropsTheRows();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    store::SqlCipherDatabase m_db;
    std::unique_ptr<sync::EntityStore> m_store;
};

void TestReviewsPresenter::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(openCache(m_db, *m_dir));
    m_store = std::make_unique<sync::EntityStore>(&m_db);
    sync::EntityStore &store = *m_store;
    QVERIFY(putTwoApplicants(store, Pipe, QStringLiteral("Senior Qt Engineer"), QStringLiteral("Screen")));
    QVERIFY(put(store, QStringLiteral("evaluation"),
                scorecard(QStringLiteral("eval_d1"), QStringLiteral("app_1"), Me, false,
                          QStringLiteral("2026-03-03T10:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("evaluation"),
                scorecard(QStringLiteral("eval_d2"), QStringLiteral("app_2"), Me, false,
                          QStringLiteral("2026-03-04T10:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("evaluation"),
                scorecard(QStringLiteral("eval_s1"), QStringLiteral("app_2"), Me, true,
                          QStringLiteral("2026-03-02T10:00:00Z"), 1, QStringLiteral("no"))));
}

void TestReviewsPresenter::cleanup() {
    m_store.reset();
    m_db.close();
    m_dir.reset();
}

void TestReviewsPresenter::statesSayWhyThereAreNoRows() {
    ReviewsPresenter p;
    QCOMPARE(p.state(), ReviewsPresenter::State::NoCache);
    QVERIFY(!p.emptyText().isEmpty());
    QVERIFY(p.headerText().isEmpty());

    p.setDatabase(&m_db);
    // Offline start: the cache is open, but nobody has said who is signed in.
    QCOMPARE(p.state(), ReviewsPresenter::State::UnknownUser);
    QCOMPARE(p.model()->rowCount(), 0);
    QVERIFY(p.emptyText().contains(QStringLiteral("server")));
    QVERIFY(p.emptyText() != ReviewsPresenter().emptyText());

    p.setUserId(QStringLiteral("usr_without_scorecards"));
    QCOMPARE(p.state(), ReviewsPresenter::State::Ready);
    QCOMPARE(p.model()->rowCount(), 0);
    QVERIFY(p.emptyText().startsWith(QStringLiteral("No scorecards yet.")));
    QVERIFY(p.headerText().isEmpty());
}

void TestReviewsPresenter::rowsAndHeaderCountDrafts() {
    ReviewsPresenter p;
    QSignalSpy changed(&p, &ReviewsPresenter::changed);
    p.setDatabase(&m_db);
    p.setUserId(Me);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(ids(p.model()),
             QStringList({QStringLiteral("eval_d1"), QStringLiteral("eval_d2"), QStringLiteral("eval_s1")}));
    QCOMPARE(p.model()->draftCount(), 2);
    QCOMPARE(p.model()->submittedCount(), 1);
    QVERIFY(p.emptyText().isEmpty());
    QCOMPARE(p.headerText(), plural("Your scorecards: %n draft(s) to finish", 2) + QStringLiteral(" · ") +
                                 plural("%n submitted", 1));
    QVERIFY(p.headerText().contains(QLatin1Char('2')));
}

void TestReviewsPresenter::cellsAndAccessibleTexts() {
    ReviewsPresenter p;
    p.setDatabase(&m_db);
    p.setUserId(Me);
    const MyReviewsModel *m = p.model();
    QCOMPARE(m->columnCount(), int(MyReviewsModel::ColumnCount));
    QCOMPARE(m->index(0, MyReviewsModel::Candidate).data().toString(), QStringLiteral("Ayşe Yılmaz"));
    QCOMPARE(m->index(0, MyReviewsModel::Job).data().toString(), QStringLiteral("Senior Qt Engineer"));
    QCOMPARE(m->index(0, MyReviewsModel::Stage).data().toString(), QStringLiteral("Interview"));
    QCOMPARE(m->index(0, MyReviewsModel::Status).data().toString(), QStringLiteral("Draft"));
    QVERIFY(m->index(0, MyReviewsModel::Recommendation).data().toString().isEmpty());
    QVERIFY(!m->index(0, MyReviewsModel::Changed).data().toString().isEmpty());
    QCOMPARE(m->index(0, 0).data(MyReviewsModel::CandidateIdRole).toString(), QStringLiteral("cand_1"));
    QCOMPARE(m->index(2, MyReviewsModel::Status).data().toString(), QStringLiteral("Submitted"));
    QCOMPARE(m->index(2, MyReviewsModel::Recommendation).data().toString(), QStringLiteral("No"));
    // A screen reader hears the cell, and the whole row as its description.
    QCOMPARE(m->index(2, MyReviewsModel::Stage).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Screen"));
    const QString description =
        m->index(2, MyReviewsModel::Job).data(Qt::AccessibleDescriptionRole).toString();
    QVERIFY2(description.contains(QStringLiteral("Lena Schäfer")) &&
                 description.contains(QStringLiteral("No")) &&
                 description.startsWith(QStringLiteral("Submitted")),
             qPrintable(description));
    QCOMPARE(m->headerData(MyReviewsModel::Changed, Qt::Horizontal).toString(),
             QStringLiteral("Last change"));

    // Anonymised screening: the label, never a name.
    QJsonObject blind = candidate(QStringLiteral("cand_1"), QString(), QString(), {}, 2);
    blind.insert(QStringLiteral("anonymised_label"), QStringLiteral("Candidate #A-17"));
    QVERIFY(put(*m_store, QStringLiteral("candidate"), blind));
    p.applyChanges(written(QStringLiteral("candidate"), QStringLiteral("cand_1")));
    QCOMPARE(m->index(0, MyReviewsModel::Candidate).data().toString(), QStringLiteral("Candidate #A-17"));
    QVERIFY(m->index(0, 0).data(MyReviewsModel::NameWithheldRole).toBool());
    QVERIFY(!m->index(0, 0).data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("Ayşe")));
}

void TestReviewsPresenter::changesAreRowUpdatesNotResets() {
    ReviewsPresenter p;
    p.setDatabase(&m_db);
    p.setUserId(Me);
    MyReviewsModel *m = p.model();
    QSignalSpy reset(m, &QAbstractItemModel::modelReset);
    QSignalSpy moved(m, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(m, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m, &QAbstractItemModel::rowsRemoved);
    QSignalSpy data(m, &QAbstractItemModel::dataChanged);

    // The first draft is submitted: it leaves the drafts and becomes the newest submitted one.
    QVERIFY(put(*m_store, QStringLiteral("evaluation"),
                scorecard(QStringLiteral("eval_d1"), QStringLiteral("app_1"), Me, true,
                          QStringLiteral("2026-03-05T10:00:00Z"), 2, QStringLiteral("yes"))));
    p.applyChanges(written(QStringLiteral("evaluation"), QStringLiteral("eval_d1")));
    QCOMPARE(ids(m),
             QStringList({QStringLiteral("eval_d2"), QStringLiteral("eval_d1"), QStringLiteral("eval_s1")}));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(data.count(), 1);
    QCOMPARE(data.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(m->index(1, MyReviewsModel::Recommendation).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(m->draftCount(), 1);
    QCOMPARE(p.headerText(), plural("Your scorecards: %n draft(s) to finish", 1) + QStringLiteral(" · ") +
                                 plural("%n submitted", 2));

    // A new draft appears in place; a stage rename updates the rows that show it.
    QVERIFY(put(*m_store, QStringLiteral("evaluation"),
                scorecard(QStringLiteral("eval_d3"), QStringLiteral("app_1"), Me, false,
                          QStringLiteral("2026-03-01T10:00:00Z"))));
    p.applyChanges(written(QStringLiteral("evaluation"), QStringLiteral("eval_d3")));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(ids(m).first(), QStringLiteral("eval_d3"));

    data.clear();
    QVERIFY(put(*m_store, QStringLiteral("pipeline"),
                pipeline(Pipe,
                         {{QStringLiteral("stage_screen"), QStringLiteral("Telefoninterview")},
                          {QStringLiteral("stage_int"), QStringLiteral("Interview")}},
                         2)));
    p.applyChanges(written(QStringLiteral("pipeline"), Pipe));
    QCOMPARE(data.count(), 2); // eval_d2 and eval_s1, both about app_2
    QCOMPARE(m->index(1, MyReviewsModel::Stage).data().toString(), QStringLiteral("Telefoninterview"));

    // A scorecard that went (the candidate's erasure, say) is a row removed.
    sync::EntityChanges gone;
    QVERIFY(m_store->remove(QStringLiteral("evaluation"), QStringLiteral("eval_s1")));
    gone.addRemoved(QStringLiteral("evaluation"), QStringLiteral("eval_s1"));
    p.applyChanges(gone);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(ids(m),
             QStringList({QStringLiteral("eval_d3"), QStringLiteral("eval_d2"), QStringLiteral("eval_d1")}));
    QCOMPARE(reset.count(), 0);
}

void TestReviewsPresenter::unrelatedChangesReadNothing() {
    ReviewsPresenter p;
    p.setDatabase(&m_db);
    p.setUserId(Me);
    QSignalSpy changed(&p, &ReviewsPresenter::changed);
    QVERIFY(put(*m_store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_other"), QStringLiteral("Can"), QStringLiteral("Doğan"))));
    p.applyChanges(written(QStringLiteral("candidate"), QStringLiteral("cand_other")));
    p.applyChanges(written(QStringLiteral("note"), QStringLiteral("note_1")));
    // Another reviewer's scorecard arriving in a sync reads nothing again either.
    QVERIFY(put(*m_store, QStringLiteral("evaluation"),
                scorecard(QStringLiteral("eval_theirs"), QStringLiteral("app_1"), QStringLiteral("usr_other"),
                          true, QStringLiteral("2026-03-06T10:00:00Z"))));
    p.applyChanges(written(QStringLiteral("evaluation"), QStringLiteral("eval_theirs")));
    QCOMPARE(changed.count(), 0);
    p.applyChanges(written(QStringLiteral("candidate"), QStringLiteral("cand_2")));
    QCOMPARE(changed.count(), 1);
}

void TestReviewsPresenter::closingTheCacheDropsTheRows() {
    ReviewsPresenter p;
    p.setDatabase(&m_db);
    p.setUserId(Me);
    QCOMPARE(p.model()->rowCount(), 3);
    p.setDatabase(nullptr);
    QCOMPARE(p.model()->rowCount(), 0);
    QCOMPARE(p.state(), ReviewsPresenter::State::NoCache);
    QCOMPARE(busyStatements(m_db), 0);
    // Changes while closed read nothing (there is no connection).
    p.applyChanges(written(QStringLiteral("evaluation"), QStringLiteral("eval_d1")));
    QCOMPARE(p.model()->rowCount(), 0);
    // Unlocked again: the same user's rows come back.
    p.setDatabase(&m_db);
    QCOMPARE(p.model()->rowCount(), 3);
}

void TestReviewsPresenter::setRowsMovesEachRowOnce_data() {
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("moves");
    QTest::addColumn<int>("inserts");
    QTest::addColumn<int>("removes");
    QTest::newRow("a draft submitted moves down once") << "abcd"
                                                       << "bcad" << 1 << 0 << 0;
    QTest::newRow("the last moves to the top") << "abcX"
                                               << "Xabc" << 1 << 0 << 0;
    QTest::newRow("two swap") << "ab"
                              << "ba" << 1 << 0 << 0;
    QTest::newRow("reversed") << "abcde"
                              << "edcba" << 4 << 0 << 0;
    QTest::newRow("insert, remove and move") << "abcd"
                                             << "xcabz" << 1 << 2 << 1;
    QTest::newRow("unchanged") << "abc"
                               << "abc" << 0 << 0 << 0;
    QTest::newRow("emptied") << "abc"
                             << "" << 0 << 0 << 3;
}

void TestReviewsPresenter::setRowsMovesEachRowOnce() {
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, moves);
    QFETCH(int, inserts);
    QFETCH(int, removes);
    const auto rowsOf = [](const QString &ids) {
        QList<read::ReviewRow> rows;
        for (const QChar c : ids) {
            read::ReviewRow row;
            row.evaluationId = QString(c);
            rows.append(row);
        }
        return rows;
    };
    MyReviewsModel m;
    m.setRows(rowsOf(before));
    QSignalSpy moved(&m, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    m.setRows(rowsOf(after));
    QCOMPARE(ids(&m).join(QString()), after);
    QCOMPARE(moved.count(), moves);
    QCOMPARE(inserted.count(), inserts);
    QCOMPARE(removed.count(), removes);
    QCOMPARE(reset.count(), 0);
}

QTEST_GUILESS_MAIN(TestReviewsPresenter)
#include "tst_reviewspresenter.moc"
