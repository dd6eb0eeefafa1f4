// The candidates view without a window: CandidateTableModel and CandidatesPresenter over a real
// SQLCipher cache written through EntityStore as the sync writes it. Pages as the view scrolls,
// the board's search, the filters and orders of read::CandidateTable, the worker's changes as row
// updates (never a reset), the columns visibility allows, and the CSV export of exactly the view:
// read back with a strict RFC 4180 parser, formula-looking cells neutralised, withheld names as
// their anonymised label, atomic (nothing at the target on failure or cancel), a page per
// event-loop turn.
#include "CsvTestUtil.h"
#include "core/util/CsvWriter.h"
#include "models/CandidateTableModel.h"
#include "models/CandidatesCsvExport.h"
#include "models/CandidatesPresenter.h"
#include "tests/read/ReadTestUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace hirex;
using namespace hirex::read::testutil;
using hirex::models::CandidatesPresenter;
using hirex::models::CandidateTableModel;
using Column = hirex::models::CandidateTableModel::Column;

namespace {

constexpr int Bulk = 1100; // more than a page of the view (100) and two of the export (500)
const QDateTime Now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
const QString Hostile = QStringLiteral("=cmd|' /C calc'!A0");

QStringList namesShown(const CandidateTableModel *m, int limit = -1) {
    QStringList names;
    const int n = limit < 0 ? m->rowCount() : qMin(limit, m->rowCount());
    for (int row = 0; row < n; ++row)
        names.append(m->index(row, m->columnIndex(Column::Name)).data().toString());
    return names;
}

void fetchAll(CandidateTableModel *m) {
    int guard = 0;
    while (m->canFetchMore({}) && ++guard < 1000)
        m->fetchMore({});
}

// Every row and shown column as the export must write it.
QList<QStringList> expectedCsv(CandidateTableModel *m) {
    fetchAll(m);
    QList<QStringList> records;
    QStringList header;
    for (Column c : m->columns())
        header.append(CandidateTableModel::headerText(c));
    records.append(header);
    for (int row = 0; row < m->rowCount(); ++row) {
        QStringList cells;
        for (Column c : m->columns()) {
            // What a spreadsheet shows after the writer's neutralisation.
            const QString text = CandidateTableModel::exportText(m->rowAt(row), c);
            const QString encoded = util::CsvWriter::encodeCell(text);
            bool ok = false;
            const QList<QStringList> one = test::parseCsv(encoded + QStringLiteral("\r\n"), &ok);
            cells.append(ok && !one.isEmpty() ? one.first().value(0) : QStringLiteral("<unparsable>"));
        }
        records.append(cells);
    }
    return records;
}

} // namespace

class TestCandidateTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pagesAsTheViewScrolls();
    void searchNarrowsTheTable();
    void filtersNarrowTheTable();
    void headersSortWithTheirOwnOrder();
    void changesAreRowUpdatesNotResets();
    void visibilityRemovesColumns();
    void withheldNamesShowTheServersLabel();
    void exportWritesTheViewExactly();
    void exportFollowsSearchFilterSortAndColumns();
    void exportYieldsToTheEventLoop();
    void exportFailureIsReportedAndLeavesNothing();
    void closingTheCacheCancelsTheExport();

private:
    std::unique_ptr<CandidatesPresenter> presenter();
    // Runs an export to `path` and waits for its end.
    bool exportTo(CandidatesPresenter *p, const QString &path, QString *error, qint64 *rows = nullptr,
                  int *progressSignals = nullptr);
    sync::EntityChanges write(const QString &kind, const QJsonObject &data);

    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
};

void TestCandidateTableModel::initTestCase() {
    QVERIFY(m_dir.isValid());
}

void TestCandidateTableModel::init() {
    QVERIFY(openCache(m_db, m_dir));
    sync::EntityStore store(&m_db);
    QVERIFY(m_db.exec("BEGIN"));
    QVERIFY(put(
        store, QStringLiteral("pipeline"),
        pipeline(QStringLiteral("pipe_A"), {{QStringLiteral("stage_src"), QStringLiteral("Sourced")},
                                            {QStringLiteral("stage_int"), QStringLiteral("Interview")}})));
    QJsonObject lena = candidate(QStringLiteral("cand_1"), QStringLiteral("Lena"), QStringLiteral("Schäfer"),
                                 {QStringLiteral("qt"), QStringLiteral("c++")});
    lena.insert(QStringLiteral("updated_at"), QStringLiteral("2026-03-05T10:00:00Z"));
    QVERIFY(put(store, QStringLiteral("candidate"), lena));
    QJsonObject ahmet = candidate(QStringLiteral("cand_2"), QStringLiteral("Ahmet"), QStringLiteral("Yılmaz"),
                                  {QStringLiteral("java")});
    ahmet.insert(QStringLiteral("source"), QStringLiteral("referral"));
    ahmet.insert(QStringLiteral("updated_at"), QStringLiteral("2026-03-07T10:00:00Z"));
    QVERIFY(put(store, QStringLiteral("candidate"), ahmet));
    QJsonObject blind = candidate(QStringLiteral("cand_3"), QString(), QString(), {QStringLiteral("qt")});
    blind.insert(QStringLiteral("anonymised_label"), QStringLiteral("Candidate 4F2KQ9"));
    QVERIFY(put(store, QStringLiteral("candidate"), blind));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_4"), QStringLiteral("Zoe"), QStringLiteral("Adams"),
                          {QStringLiteral("qt")})));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_h"), Hostile, QStringLiteral("Formula"),
                          {QStringLiteral("@SUM(1+1)"), QStringLiteral("a,b \"quoted\"")})));
    for (int i = 0; i < Bulk; ++i)
        QVERIFY(put(store, QStringLiteral("candidate"),
                    candidate(QStringLiteral("cand_b%1").arg(i, 4, 10, QLatin1Char('0')),
                              QStringLiteral("Bulk%1").arg(i, 4, 10, QLatin1Char('0')),
                              QStringLiteral("Person"))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_1"), QStringLiteral("cand_1"), QStringLiteral("pipe_A"),
                            QStringLiteral("stage_src"), QStringLiteral("2026-03-01T10:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_2"), QStringLiteral("cand_2"), QStringLiteral("pipe_A"),
                            QStringLiteral("stage_int"), QStringLiteral("2026-03-01T10:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ins_1"), QStringLiteral("app_1"), 92)));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ins_2"), QStringLiteral("app_2"), 40)));
    QVERIFY(m_db.exec("COMMIT"));
}

void TestCandidateTableModel::cleanup() {
    m_db.close();
    const QString path = m_dir.filePath(QStringLiteral("read.db"));
    QFile::remove(path);
    for (const QString &f : store::SqlCipherDatabase::companionFiles(path))
        QFile::remove(f);
}

std::unique_ptr<CandidatesPresenter> TestCandidateTableModel::presenter() {
    auto p = std::make_unique<CandidatesPresenter>();
    p->setNow(Now);
    p->setDatabase(&m_db);
    return p;
}

sync::EntityChanges TestCandidateTableModel::write(const QString &kind, const QJsonObject &data) {
    sync::EntityStore store(&m_db);
    sync::EntityChanges changes;
    if (put(store, kind, data))
        changes.addWritten(kind, data.value(QStringLiteral("id")).toString());
    return changes;
}

bool TestCandidateTableModel::exportTo(CandidatesPresenter *p, const QString &path, QString *error,
                                       qint64 *rows, int *progressSignals) {
    QSignalSpy finished(p, &CandidatesPresenter::exportFinished);
    QSignalSpy progress(p, &CandidatesPresenter::exportProgress);
    if (!p->exportCsv(path))
        return false;
    if (!finished.wait(60000) && finished.isEmpty())
        return false;
    *error = finished.first().at(2).toString();
    if (rows)
        *rows = finished.first().at(1).toLongLong();
    if (progressSignals)
        *progressSignals = static_cast<int>(progress.size());
    return !finished.first().at(3).toBool();
}

void TestCandidateTableModel::pagesAsTheViewScrolls() {
    auto p = presenter();
    CandidateTableModel *m = p->table();
    QCOMPARE(m->rowCount(), CandidateTableModel::PageSize);
    QVERIFY(m->canFetchMore({}));
    // By last name: Adams, Formula, Person (Bulk...), Schäfer, Yılmaz, then the withheld.
    QCOMPARE(namesShown(m, 3), (QStringList{QStringLiteral("Zoe Adams"), Hostile + QStringLiteral(" Formula"),
                                            QStringLiteral("Bulk0000 Person")}));
    m->fetchMore({});
    QCOMPARE(m->rowCount(), 2 * CandidateTableModel::PageSize);
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(m);
    QVERIFY(m->isComplete());
    QCOMPARE(m->rowCount(), Bulk + 5);
    const QStringList names = namesShown(m);
    QCOMPARE(names.mid(names.size() - 3),
             (QStringList{QStringLiteral("Lena Schäfer"), QStringLiteral("Ahmet Yılmaz"),
                          QStringLiteral("Candidate 4F2KQ9")}));
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size()); // no row twice
}

void TestCandidateTableModel::searchNarrowsTheTable() {
    auto p = presenter();
    CandidateTableModel *m = p->table();
    p->setSearchText(QStringLiteral("len"));
    QCOMPARE(namesShown(m), QStringList{QStringLiteral("Lena Schäfer")});
    QVERIFY(p->isNarrowed());
    // Turkish ı folds as the index folds it.
    p->setSearchText(QStringLiteral("yilmaz"));
    QCOMPARE(namesShown(m), QStringList{QStringLiteral("Ahmet Yılmaz")});
    // Many hits page like the whole table (read::CandidateTable walks its index for them).
    p->setSearchText(QStringLiteral("person"));
    QCOMPARE(m->rowCount(), CandidateTableModel::PageSize);
    fetchAll(m);
    QCOMPARE(m->rowCount(), Bulk);
    p->setSearchText(QString());
    QVERIFY(!p->isNarrowed());
    QCOMPARE(m->rowCount(), CandidateTableModel::PageSize);
}

void TestCandidateTableModel::filtersNarrowTheTable() {
    auto p = presenter();
    CandidateTableModel *m = p->table();
    read::CandidateFilter f;
    f.tag = QStringLiteral("qt");
    p->setFilter(f);
    QCOMPARE(namesShown(m), (QStringList{QStringLiteral("Zoe Adams"), QStringLiteral("Lena Schäfer"),
                                         QStringLiteral("Candidate 4F2KQ9")}));
    f = {};
    f.source = QStringLiteral("referral");
    p->setFilter(f);
    QCOMPARE(namesShown(m), QStringList{QStringLiteral("Ahmet Yılmaz")});
    f = {};
    f.minScore = 50;
    f.maxScore = 100;
    p->setFilter(f);
    QCOMPARE(namesShown(m), QStringList{QStringLiteral("Lena Schäfer")});
    f = {};
    f.stageId = QStringLiteral("stage_int");
    f.status = QStringLiteral("active");
    p->setFilter(f);
    QCOMPARE(namesShown(m), QStringList{QStringLiteral("Ahmet Yılmaz")});
    // The search stays when the filters change.
    p->setSearchText(QStringLiteral("lena"));
    p->setFilter({});
    QCOMPARE(namesShown(m), QStringList{QStringLiteral("Lena Schäfer")});
    QCOMPARE(p->sources(), (QStringList{QStringLiteral("linkedin"), QStringLiteral("referral")}));
    QCOMPARE(p->stages().size(), 2);
    QCOMPARE(p->stages().first().first, QStringLiteral("stage_src"));
}

void TestCandidateTableModel::headersSortWithTheirOwnOrder() {
    auto p = presenter();
    CandidateTableModel *m = p->table();
    QSignalSpy sorted(m, &CandidateTableModel::sortOrderChanged);
    m->sort(m->columnIndex(Column::MatchScore), Qt::AscendingOrder);
    QCOMPARE(m->sortOrder(), read::CandidateTable::Sort::Score);
    QCOMPARE(namesShown(m, 2), (QStringList{QStringLiteral("Lena Schäfer"), QStringLiteral("Ahmet Yılmaz")}));
    QCOMPARE(m->index(0, m->columnIndex(Column::MatchScore)).data().toString(), QStringLiteral("AI 92"));
    QVERIFY(
        m->index(0, m->columnIndex(Column::MatchScore)).data(CandidateTableModel::AiGeneratedRole).toBool());
    QVERIFY(m->headerData(m->columnIndex(Column::MatchScore), Qt::Horizontal)
                .toString()
                .contains(QLatin1String("AI")));
    m->sort(m->columnIndex(Column::Updated), Qt::AscendingOrder);
    QCOMPARE(m->sortOrder(), read::CandidateTable::Sort::Updated);
    QCOMPARE(namesShown(m, 2), (QStringList{QStringLiteral("Ahmet Yılmaz"), QStringLiteral("Lena Schäfer")}));
    // Email has no order: the table stays as it is and the view's indicator is told so.
    const int before = static_cast<int>(sorted.size());
    m->sort(m->columnIndex(Column::Email), Qt::AscendingOrder);
    QCOMPARE(m->sortOrder(), read::CandidateTable::Sort::Updated);
    QCOMPARE(sorted.size(), before + 1);
    QCOMPARE(sorted.last().at(0).value<read::CandidateTable::Sort>(), read::CandidateTable::Sort::Updated);
}

void TestCandidateTableModel::changesAreRowUpdatesNotResets() {
    auto p = presenter();
    CandidateTableModel *m = p->table();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(m, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m, &QAbstractItemModel::rowsMoved);
    const int shown = m->rowCount(); // the tester fetched a page or two itself

    // A shown candidate's tags change: one dataChanged for its row.
    QJsonObject zoe = candidate(QStringLiteral("cand_4"), QStringLiteral("Zoe"), QStringLiteral("Adams"),
                                {QStringLiteral("qt"), QStringLiteral("remote")}, 2);
    p->applyChanges(write(QStringLiteral("candidate"), zoe));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(m->index(0, m->columnIndex(Column::Tags)).data().toString(), QStringLiteral("qt, remote"));

    // A new candidate that sorts first: inserted at row 0; the page's last row moves on to the
    // next page, so the shown count stays a page.
    p->applyChanges(
        write(QStringLiteral("candidate"),
              candidate(QStringLiteral("cand_new"), QStringLiteral("Ada"), QStringLiteral("Aaron"))));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(namesShown(m, 2), (QStringList{QStringLiteral("Ada Aaron"), QStringLiteral("Zoe Adams")}));
    QCOMPARE(m->rowCount(), shown);

    // A renamed candidate moves to its new place, here beyond the rows shown.
    p->applyChanges(
        write(QStringLiteral("candidate"), candidate(QStringLiteral("cand_4"), QStringLiteral("Zoe"),
                                                     QStringLiteral("Zulu"), {QStringLiteral("qt")}, 3)));
    QVERIFY(moved.size() + removed.size() >= 1);
    QCOMPARE(namesShown(m, 2),
             (QStringList{QStringLiteral("Ada Aaron"), Hostile + QStringLiteral(" Formula")}));

    // An erased candidate leaves; a change elsewhere (not shown, not passing) does nothing.
    const int removedBefore = static_cast<int>(removed.size());
    sync::EntityStore store(&m_db);
    QVERIFY(store.remove(QStringLiteral("candidate"), QStringLiteral("cand_new")));
    sync::EntityChanges gone;
    gone.addRemoved(QStringLiteral("candidate"), QStringLiteral("cand_new"));
    p->applyChanges(gone);
    QCOMPARE(removed.size(), removedBefore + 1);
    QCOMPARE(namesShown(m, 1), QStringList{Hostile + QStringLiteral(" Formula")});
    p->setSearchText(QStringLiteral("lena"));
    resets.clear();
    changed.clear();
    p->applyChanges(
        write(QStringLiteral("candidate"),
              candidate(QStringLiteral("cand_x"), QStringLiteral("Xaver"), QStringLiteral("Nobody"))));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(namesShown(m), QStringList{QStringLiteral("Lena Schäfer")});
    QCOMPARE(resets.size(), 0); // never a reset for a sync's changes
}

void TestCandidateTableModel::visibilityRemovesColumns() {
    auto p = presenter();
    CandidateTableModel *m = p->table();
    QVERIFY(m->columns().contains(Column::Email));
    p->setVisibility({QStringLiteral("candidate.email"), QStringLiteral("candidate.phone")}, true);
    QVERIFY(!m->columns().contains(Column::Email));
    QCOMPARE(m->columnCount(), 5);
    p->setVisibility({}, false); // no candidates.read_pii: no email either
    QVERIFY(!m->columns().contains(Column::Email));
    p->setVisibility({}, true);
    QCOMPARE(m->columnIndex(Column::Email), 1);
}

void TestCandidateTableModel::withheldNamesShowTheServersLabel() {
    auto p = presenter();
    p->setSearchText(QString());
    read::CandidateFilter f;
    f.tag = QStringLiteral("qt");
    p->setFilter(f);
    CandidateTableModel *m = p->table();
    const int row = m->rowOf(QStringLiteral("cand_3"));
    QVERIFY(row >= 0);
    QCOMPARE(m->index(row, 0).data().toString(), QStringLiteral("Candidate 4F2KQ9"));
    QVERIFY(m->index(row, 0).data(CandidateTableModel::NameWithheldRole).toBool());
    QCOMPARE(m->index(row, m->columnIndex(Column::Email)).data().toString(), QString());
}

void TestCandidateTableModel::exportWritesTheViewExactly() {
    auto p = presenter();
    p->table()->setSortOrder(read::CandidateTable::Sort::Score);
    const QString path = m_dir.filePath(QStringLiteral("all.csv"));
    QString error;
    qint64 rows = 0;
    int progress = 0;
    QVERIFY(exportTo(p.get(), path, &error, &rows, &progress));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows, qint64(Bulk + 5));
    QVERIFY2(progress >= 3, qPrintable(QString::number(progress))); // a report per page written
    // Only the first page was fetched by the view; the file holds every row.
    QCOMPARE(p->table()->rowCount(), CandidateTableModel::PageSize);
    bool ok = false;
    const QList<QStringList> csv = test::readCsvFile(path, &ok);
    QVERIFY2(ok, "not RFC 4180");
    QCOMPARE(csv, expectedCsv(p->table()));
    QCOMPARE(csv.at(1).at(0), QStringLiteral("Lena Schäfer")); // best score first
    QCOMPARE(csv.at(0).last(), QStringLiteral("AI match score"));
    // The hostile cells are text: a quote in front, and the quoting is RFC 4180's.
    QStringList hostile;
    for (const QStringList &r : csv)
        if (r.at(0).contains(QLatin1String("Formula")))
            hostile = r;
    QCOMPARE(hostile.at(0), QString(u'\'' + Hostile + QStringLiteral(" Formula")));
    QCOMPARE(hostile.at(2), QStringLiteral("'@SUM(1+1), a,b \"quoted\""));
    for (const QStringList &r : csv)
        for (const QString &cell : r)
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell));
    // The withheld candidate is its label, and nothing is written next to the file.
    bool labelled = false;
    for (const QStringList &r : csv)
        labelled = labelled || r.at(0) == QLatin1String("Candidate 4F2KQ9");
    QVERIFY(labelled);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.csv*")}, QDir::Files),
             QStringList{QStringLiteral("all.csv")});
}

void TestCandidateTableModel::exportFollowsSearchFilterSortAndColumns() {
    auto p = presenter();
    p->setVisibility({QStringLiteral("candidate.email")}, true);
    read::CandidateFilter f;
    f.tag = QStringLiteral("qt");
    p->setFilter(f);
    p->table()->setSortOrder(read::CandidateTable::Sort::Updated);
    const QString path = m_dir.filePath(QStringLiteral("qt.csv"));
    QString error;
    QVERIFY(exportTo(p.get(), path, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    bool ok = false;
    const QList<QStringList> csv = test::readCsvFile(path, &ok);
    QVERIFY(ok);
    QCOMPARE(csv, expectedCsv(p->table()));
    QCOMPARE(csv.size(), 4);
    QVERIFY(!csv.first().contains(QStringLiteral("Email")));
    QCOMPARE(csv.at(1).at(0), QStringLiteral("Lena Schäfer")); // updated most recently
    const QString text = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    QVERIFY(!text.contains(QLatin1String("@example.com.tr"))); // no hidden field at all

    p->setSearchText(QStringLiteral("zoe"));
    QVERIFY(exportTo(p.get(), path, &error)); // over the earlier file, atomically
    QCOMPARE(test::readCsvFile(path, &ok).size(), 2);
}

void TestCandidateTableModel::exportYieldsToTheEventLoop() {
    auto p = presenter();
    int ticks = 0;
    bool finished = false;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (!finished)
            ++ticks;
    });
    connect(p.get(), &CandidatesPresenter::exportFinished, this, [&] { finished = true; });
    ticker.start();
    QVERIFY(p->exportCsv(m_dir.filePath(QStringLiteral("ticks.csv"))));
    QVERIFY(p->isExporting()); // exportCsv() returned before the rows were read
    QVERIFY(QTest::qWaitFor([&] { return finished; }, 60000));
    QVERIFY2(ticks >= 2, qPrintable(QString::number(ticks)));
}

void TestCandidateTableModel::exportFailureIsReportedAndLeavesNothing() {
    auto p = presenter();
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/out.csv"));
    QString error;
    QVERIFY(exportTo(p.get(), path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1String("could not")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!p->isExporting());
    // The next export works.
    QVERIFY(exportTo(p.get(), m_dir.filePath(QStringLiteral("after.csv")), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCandidateTableModel::closingTheCacheCancelsTheExport() {
    auto p = presenter();
    QSignalSpy finished(p.get(), &CandidatesPresenter::exportFinished);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    QVERIFY(p->exportCsv(path));
    p->setDatabase(nullptr); // lock or sign-out: before the connection closes
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().at(3).toBool());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(p->table()->rowCount(), 0);
    QVERIFY(!p->exportCsv(path)); // nothing to read
}

QTEST_GUILESS_MAIN(TestCandidateTableModel)
#include "tst_candidatetablemodel.moc"
