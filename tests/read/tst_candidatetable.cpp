// CandidateTable on a real SQLCipher cache filled by EntityStore: the three orders walked page
// by page (keyset, ties included), each filter, the index behind the pages, and which commits
// change the rows shown.
#include "ReadTestUtil.h"
#include "core/read/CandidateTable.h"
#include "core/store/CacheSchema.h"

#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(hirex::read::CandidateFilter)

using namespace hirex;
using namespace hirex::read;
using namespace hirex::read::testutil;

namespace {

const QString Pipe = QStringLiteral("pipe_A");
const QString Screen = QStringLiteral("stage_screen");
const QString Offer = QStringLiteral("stage_offer");
const QDateTime Now = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

QJsonObject person(const QString &id, const QString &first, const QString &last, const QStringList &tags,
                   const QString &source, const QString &updatedAt) {
    QJsonObject o = candidate(id, first, last, tags);
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("updated_at"), updatedAt);
    return o;
}

QStringList ids(const QList<CandidateRow> &rows) {
    QStringList result;
    for (const CandidateRow &row : rows)
        result.append(row.candidateId);
    return result;
}

// Every page of `limit` rows, concatenated.
QStringList walk(CandidateTable &table, int limit, int *pages = nullptr) {
    QStringList all;
    std::optional<CandidateTable::Cursor> cursor;
    int count = 0;
    do {
        const CandidateTable::Page page = table.fetch(limit, cursor, Now);
        if (!table.lastError().isEmpty())
            return {QStringLiteral("error: ") + table.lastError()};
        all += ids(page.rows);
        cursor = page.next;
        if (++count > 100)
            return {QStringLiteral("endless")};
    } while (cursor);
    if (pages)
        *pages = count;
    return all;
}

QString plan(const store::SqlCipherDatabase &db, const QByteArray &sql) {
    store::Statement s = db.prepare(QByteArray("EXPLAIN QUERY PLAN " + sql).constData());
    QStringList lines;
    while (s.next())
        lines.append(s.columnText(0) + QLatin1Char(' ') + s.columnText(3));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCandidateTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void byNameWithWithheldLast();
    void byUpdatedAcrossTies();
    void byScoreWithoutScoreLast();
    void scoreFollowsInsightsAndApplications();
    void rowFields();
    void filters_data();
    void filters();
    void filtersSortedAndPaged();
    void pagesComeFromTheIndex();
    void aTextFilterWithManyHitsWalksTheSortIndex();
    void countsWhatPassesTheFilter();
    void carriesTheServersAnonymisedLabel();
    void reportsADeferredIndex();
    void applyReportsChangesOfTheRows();
    void statementsAreResetAfterUse();

private:
    QStringList filtered(const CandidateFilter &filter);

    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
};

void TestCandidateTable::init() {
    QVERIFY(openCache(m_db, m_dir));
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("pipeline"),
                pipeline(Pipe, {{Screen, QStringLiteral("Ön eleme")}, {Offer, QStringLiteral("Teklif")}})));
    const QString t1 = QStringLiteral("2026-03-01T10:00:00Z");
    const QString t2 = QStringLiteral("2026-03-05T10:00:00Z");
    QVERIFY(put(store, QStringLiteral("candidate"),
                person(QStringLiteral("cand_1"), QStringLiteral("Ada"), QStringLiteral("Aksoy"),
                       {QStringLiteral("remote"), QStringLiteral("c++")}, QStringLiteral("linkedin"), t1)));
    QVERIFY(put(store, QStringLiteral("candidate"),
                person(QStringLiteral("cand_2"), QStringLiteral("Berk"), QStringLiteral("aksoy"),
                       {QStringLiteral("remote first")}, QStringLiteral("referral"), t2)));
    QVERIFY(put(store, QStringLiteral("candidate"),
                person(QStringLiteral("cand_3"), QStringLiteral("Can"), QStringLiteral("Demir"),
                       {QStringLiteral("first")}, QStringLiteral("linkedin"), t2)));
    QVERIFY(put(store, QStringLiteral("candidate"),
                person(QStringLiteral("cand_4"), QString(), QString(), {QStringLiteral("remote")},
                       QStringLiteral("career_site"), t1)));
    QVERIFY(put(store, QStringLiteral("candidate"),
                person(QStringLiteral("cand_5"), QStringLiteral("Elif"), QStringLiteral("Zorlu"), {},
                       QStringLiteral("referral"), t2)));
    QVERIFY(put(store, QStringLiteral("candidate"),
                person(QStringLiteral("cand_6"), QStringLiteral("Deniz"), QStringLiteral("Kaya"),
                       {QStringLiteral("50%_off")}, QStringLiteral("linkedin"), t1)));
    // Screen: cand_1 for 12 days, cand_2 for 3 days; offer: cand_3 for 1 day; cand_5 rejected.
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_1"), QStringLiteral("cand_1"), Pipe, Screen,
                            QStringLiteral("2026-02-26T11:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_2"), QStringLiteral("cand_2"), Pipe, Screen,
                            QStringLiteral("2026-03-07T09:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_3"), QStringLiteral("cand_3"), Pipe, Offer,
                            QStringLiteral("2026-03-09T08:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_5"), QStringLiteral("cand_5"), Pipe, Screen,
                            QStringLiteral("2026-01-01T08:00:00Z"), QStringLiteral("rejected"))));
    // Scores: app_1 62 then 88 (the newer wins), app_2 70, app_3 70.
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_1a"), QStringLiteral("app_1"), 62,
                           QStringLiteral("2026-03-01T10:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_1b"), QStringLiteral("app_1"), 88,
                           QStringLiteral("2026-03-04T10:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_2"), QStringLiteral("app_2"), 70)));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_3"), QStringLiteral("app_3"), 70)));
}

void TestCandidateTable::cleanup() {
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("read.db")));
    for (const QString &f :
         store::SqlCipherDatabase::companionFiles(m_dir.filePath(QStringLiteral("read.db"))))
        QFile::remove(f);
}

QStringList TestCandidateTable::filtered(const CandidateFilter &filter) {
    CandidateTable table(&m_db);
    table.setFilter(filter);
    return walk(table, 50);
}

void TestCandidateTable::byNameWithWithheldLast() {
    CandidateTable table(&m_db);
    const QStringList expected{QStringLiteral("cand_1"), QStringLiteral("cand_2"), QStringLiteral("cand_3"),
                               QStringLiteral("cand_6"), QStringLiteral("cand_5"), QStringLiteral("cand_4")};
    QCOMPARE(walk(table, 50), expected);
    for (int limit : {1, 2, 4, 6}) {
        int pages = 0;
        QCOMPARE(walk(table, limit, &pages), expected);
        QCOMPARE(pages, (6 + limit - 1) / limit + (6 % limit == 0 ? 1 : 0));
    }
}

void TestCandidateTable::byUpdatedAcrossTies() {
    CandidateTable table(&m_db);
    table.setSort(CandidateTable::Sort::Updated);
    // Three at t2, three at t1; within a tie the later-cached row first.
    const QStringList expected{QStringLiteral("cand_5"), QStringLiteral("cand_3"), QStringLiteral("cand_2"),
                               QStringLiteral("cand_6"), QStringLiteral("cand_4"), QStringLiteral("cand_1")};
    for (int limit : {1, 2, 5, 50})
        QCOMPARE(walk(table, limit), expected);
}

void TestCandidateTable::byScoreWithoutScoreLast() {
    CandidateTable table(&m_db);
    table.setSort(CandidateTable::Sort::Score);
    const QStringList expected{QStringLiteral("cand_1"), QStringLiteral("cand_2"), QStringLiteral("cand_3"),
                               QStringLiteral("cand_4"), QStringLiteral("cand_5"), QStringLiteral("cand_6")};
    for (int limit : {1, 2, 4, 50})
        QCOMPARE(walk(table, limit), expected);
}

void TestCandidateTable::rowFields() {
    CandidateTable table(&m_db);
    const QList<CandidateRow> rows = table.fetch(50, std::nullopt, Now).rows;
    QCOMPARE(rows.size(), 6);
    const CandidateRow &ada = rows.at(0);
    QCOMPARE(ada.displayName, QStringLiteral("Ada Aksoy"));
    QCOMPARE(ada.email, QStringLiteral("ada@example.com.tr"));
    QCOMPARE(ada.tags, (QStringList{QStringLiteral("remote"), QStringLiteral("c++")}));
    QCOMPARE(ada.source, QStringLiteral("linkedin"));
    QCOMPARE(ada.updatedAt, QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(ada.matchScore, std::optional<int>(88));
    QCOMPARE(rows.at(1).tags, QStringList{QStringLiteral("remote first")});
    const CandidateRow &withheld = rows.at(5);
    QVERIFY(withheld.displayName.isEmpty());
    QVERIFY(withheld.email.isEmpty());
    QVERIFY(!withheld.matchScore);
}

void TestCandidateTable::filters_data() {
    QTest::addColumn<CandidateFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    const auto f = [](auto set) {
        CandidateFilter filter;
        set(filter);
        return filter;
    };
    QTest::newRow("none") << CandidateFilter{}
                          << QStringList{QStringLiteral("cand_1"), QStringLiteral("cand_2"),
                                         QStringLiteral("cand_3"), QStringLiteral("cand_6"),
                                         QStringLiteral("cand_5"), QStringLiteral("cand_4")};
    QTest::newRow("text") << f([](CandidateFilter &x) { x.text = QStringLiteral("aks"); })
                          << QStringList{QStringLiteral("cand_1"), QStringLiteral("cand_2")};
    QTest::newRow("text is not syntax")
        << f([](CandidateFilter &x) { x.text = QStringLiteral("aksoy -berk"); })
        << QStringList{QStringLiteral("cand_2")};
    QTest::newRow("whole tag") << f([](CandidateFilter &x) { x.tag = QStringLiteral("remote"); })
                               << QStringList{QStringLiteral("cand_1"), QStringLiteral("cand_4")};
    QTest::newRow("multi-word tag") << f([](CandidateFilter &x) { x.tag = QStringLiteral("remote first"); })
                                    << QStringList{QStringLiteral("cand_2")};
    QTest::newRow("tag is not a pattern") << f([](CandidateFilter &x) { x.tag = QStringLiteral("50%_off"); })
                                          << QStringList{QStringLiteral("cand_6")};
    QTest::newRow("tag wildcard finds nothing")
        << f([](CandidateFilter &x) { x.tag = QStringLiteral("%"); }) << QStringList{};
    QTest::newRow("source") << f([](CandidateFilter &x) { x.source = QStringLiteral("referral"); })
                            << QStringList{QStringLiteral("cand_2"), QStringLiteral("cand_5")};
    QTest::newRow("stage") << f([](CandidateFilter &x) {
        x.stageId = Screen;
    }) << QStringList{QStringLiteral("cand_1"), QStringLiteral("cand_2"), QStringLiteral("cand_5")};
    QTest::newRow("stage and status") << f([](CandidateFilter &x) {
        x.stageId = Screen;
        x.status = QStringLiteral("active");
    }) << QStringList{QStringLiteral("cand_1"), QStringLiteral("cand_2")};
    QTest::newRow("status") << f([](CandidateFilter &x) { x.status = QStringLiteral("rejected"); })
                            << QStringList{QStringLiteral("cand_5")};
    QTest::newRow("at least 3 days in stage") << f([](CandidateFilter &x) {
        x.status = QStringLiteral("active");
        x.minDaysInStage = 3;
    }) << QStringList{QStringLiteral("cand_1"), QStringLiteral("cand_2")};
    QTest::newRow("at least 4 days in stage") << f([](CandidateFilter &x) {
        x.status = QStringLiteral("active");
        x.minDaysInStage = 4;
    }) << QStringList{QStringLiteral("cand_1")};
    QTest::newRow("at most 3 days in stage") << f([](CandidateFilter &x) {
        x.status = QStringLiteral("active");
        x.maxDaysInStage = 3;
    }) << QStringList{QStringLiteral("cand_2"), QStringLiteral("cand_3")};
    QTest::newRow("at most 2 days in stage")
        << f([](CandidateFilter &x) { x.maxDaysInStage = 2; }) << QStringList{QStringLiteral("cand_3")};
    QTest::newRow("score 70-80") << f([](CandidateFilter &x) {
        x.minScore = 70;
        x.maxScore = 80;
    }) << QStringList{QStringLiteral("cand_2"), QStringLiteral("cand_3")};
    QTest::newRow("score 80+: the newest insight counts")
        << f([](CandidateFilter &x) { x.minScore = 80; }) << QStringList{QStringLiteral("cand_1")};
    QTest::newRow("score up to 65: the older 62 does not count")
        << f([](CandidateFilter &x) { x.maxScore = 65; }) << QStringList{};
    QTest::newRow("combined") << f([](CandidateFilter &x) {
        x.source = QStringLiteral("linkedin");
        x.stageId = Screen;
        x.minScore = 50;
        x.text = QStringLiteral("ada");
    }) << QStringList{QStringLiteral("cand_1")};
}

void TestCandidateTable::filters() {
    QFETCH(CandidateFilter, filter);
    QFETCH(QStringList, expected);
    QCOMPARE(filtered(filter), expected);
}

void TestCandidateTable::filtersSortedAndPaged() {
    CandidateTable table(&m_db);
    CandidateFilter filter;
    filter.source = QStringLiteral("linkedin");
    table.setFilter(filter);
    table.setSort(CandidateTable::Sort::Score);
    QCOMPARE(walk(table, 1),
             (QStringList{QStringLiteral("cand_1"), QStringLiteral("cand_3"), QStringLiteral("cand_6")}));
    filter.minScore = 1;
    table.setFilter(filter);
    QCOMPARE(walk(table, 1), (QStringList{QStringLiteral("cand_1"), QStringLiteral("cand_3")}));
    table.setSort(CandidateTable::Sort::Updated);
    QCOMPARE(walk(table, 1), (QStringList{QStringLiteral("cand_3"), QStringLiteral("cand_1")}));
}

void TestCandidateTable::pagesComeFromTheIndex() {
    // A later page seeks in the sort's index instead of sorting or skipping rows (select 0 is
    // the page; the score's subqueries sort the few insights of one application).
    CandidateTable table(&m_db);
    const QString byName = plan(m_db, table.pageSql(true));
    QVERIFY2(byName.contains(QLatin1String("candidates_sort_name (sort_name>?)")), qPrintable(byName));
    QVERIFY2(!byName.contains(QLatin1String("0 USE TEMP B-TREE")), qPrintable(byName));
    table.setSort(CandidateTable::Sort::Updated);
    const QString byUpdated = plan(m_db, table.pageSql(true));
    QVERIFY2(byUpdated.contains(QLatin1String("candidates_updated (updated_at<?)")), qPrintable(byUpdated));
    QVERIFY2(!byUpdated.contains(QLatin1String("0 USE TEMP B-TREE")), qPrintable(byUpdated));
    // The score is a column (schema 7) in a descending index: no per-row subquery, no sort.
    table.setSort(CandidateTable::Sort::Score);
    const QString byScore = plan(m_db, table.pageSql(true));
    QVERIFY2(byScore.contains(QLatin1String("candidates_score (score_key<?)")), qPrintable(byScore));
    QVERIFY2(!byScore.contains(QLatin1String("TEMP B-TREE")), qPrintable(byScore));
    QVERIFY2(!byScore.contains(QLatin1String("ai_insights")), qPrintable(byScore));
    // The stage + status + days filter reads the board index, days included.
    CandidateFilter filter;
    filter.stageId = Screen;
    filter.status = QStringLiteral("active");
    filter.minDaysInStage = 2;
    table.setFilter(filter);
    table.setSort(CandidateTable::Sort::Name);
    // Not once per candidate (a correlated EXISTS walked the stage's range for every row: 5.6 s
    // at 100,000 candidates): the stage's matching applications are read once, as a list.
    const QString filtered = plan(m_db, table.pageSql(true));
    QVERIFY2(
        filtered.contains(QLatin1String("applications_board (stage_id=? AND status=? AND entered_key<?)")),
        qPrintable(filtered));
    QVERIFY2(!filtered.contains(QLatin1String("CORRELATED")), qPrintable(filtered));
}

// The table's score follows what the triggers of schema 7 see: an insight deleted, an
// application erased, a candidate cached after its scored application.
void TestCandidateTable::scoreFollowsInsightsAndApplications() {
    sync::EntityStore store(&m_db);
    const auto scoreOf = [this](const QString &id) -> std::optional<int> {
        CandidateTable table(&m_db);
        for (const CandidateRow &row : table.fetch(50, std::nullopt, Now).rows)
            if (row.candidateId == id)
                return row.matchScore;
        return std::nullopt;
    };
    QCOMPARE(scoreOf(QStringLiteral("cand_1")), std::optional<int>(88));
    QVERIFY(store.remove(QStringLiteral("ai_insight"), QStringLiteral("ai_1b")));
    QCOMPARE(scoreOf(QStringLiteral("cand_1")), std::optional<int>(62));
    // A second application scored higher, then erased.
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_1x"), QStringLiteral("cand_1"), Pipe, Offer,
                            QStringLiteral("2026-03-05T11:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_1x"), QStringLiteral("app_1x"), 91)));
    QCOMPARE(scoreOf(QStringLiteral("cand_1")), std::optional<int>(91));
    QVERIFY(store.remove(QStringLiteral("application"), QStringLiteral("app_1x")));
    QCOMPARE(scoreOf(QStringLiteral("cand_1")), std::optional<int>(62));
    // Application and insight first, candidate later (as feeds may arrive).
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_7"), QStringLiteral("cand_7"), Pipe, Screen,
                            QStringLiteral("2026-03-05T11:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_7"), QStringLiteral("app_7"), 77)));
    QVERIFY(put(store, QStringLiteral("candidate"),
                person(QStringLiteral("cand_7"), QStringLiteral("Gül"), QStringLiteral("Şen"), {},
                       QStringLiteral("referral"), QStringLiteral("2026-03-01T10:00:00Z"))));
    QCOMPARE(scoreOf(QStringLiteral("cand_7")), std::optional<int>(77));
    CandidateTable table(&m_db);
    table.setSort(CandidateTable::Sort::Score);
    QCOMPARE(ids(table.fetch(2, std::nullopt, Now).rows),
             (QStringList{QStringLiteral("cand_7"), QStringLiteral("cand_2")}));
}

// Issue 9's leftover: a text filter with many hits read (and decrypted) every hit's row to sort
// it; now the page walks the sort's index and stops after the page, every order, every page.
void TestCandidateTable::aTextFilterWithManyHitsWalksTheSortIndex() {
    sync::EntityStore store(&m_db);
    const int many = int(CandidateTable::WalkTheIndexFromHits) + 40;
    QStringList expected;
    for (int i = 0; i < many; ++i) {
        const QString id = QStringLiteral("cand_y%1").arg(i, 4, 10, QLatin1Char('0'));
        QVERIFY(
            put(store, QStringLiteral("candidate"),
                person(id, QStringLiteral("Ayşe%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Yılmaz"),
                       {}, QStringLiteral("linkedin"), QStringLiteral("2026-03-02T10:00:00Z"))));
        expected.append(id);
    }
    CandidateTable table(&m_db);
    CandidateFilter filter;
    filter.text = QStringLiteral("yılmaz");
    table.setFilter(filter);
    int pages = 0;
    QCOMPARE(walk(table, 50, &pages), expected); // sort_name: "yilmaz" + first name
    QCOMPARE(pages, (many + 49) / 50);
    const QString byName = plan(m_db, table.pageSql(true));
    QVERIFY2(byName.contains(QLatin1String("candidates_sort_name (sort_name>?)")), qPrintable(byName));
    QVERIFY2(!byName.contains(QLatin1String("0 USE TEMP B-TREE")), qPrintable(byName));
    const QString first = plan(m_db, table.pageSql(false));
    QVERIFY2(!first.contains(QLatin1String("0 USE TEMP B-TREE")), qPrintable(first));
    table.setSort(CandidateTable::Sort::Updated);
    QCOMPARE(walk(table, 50).size(), many);
    const QString byUpdated = plan(m_db, table.pageSql(false));
    QVERIFY2(!byUpdated.contains(QLatin1String("0 USE TEMP B-TREE")), qPrintable(byUpdated));
    // Few hits keep the lookup (reading a whole index for three rows would cost more).
    filter.text = QStringLiteral("aksoy");
    table.setFilter(filter);
    table.setSort(CandidateTable::Sort::Name);
    QCOMPARE(walk(table, 50), (QStringList{QStringLiteral("cand_1"), QStringLiteral("cand_2")}));
}

void TestCandidateTable::countsWhatPassesTheFilter() {
    CandidateTable table(&m_db);
    QCOMPARE(table.count(Now), qint64(6));
    CandidateFilter filter;
    filter.tag = QStringLiteral("remote");
    table.setFilter(filter);
    QCOMPARE(table.count(Now), qint64(walk(table, 50).size()));
    filter = {};
    filter.text = QStringLiteral("aksoy");
    filter.minScore = 80;
    table.setFilter(filter);
    QCOMPARE(table.count(Now), qint64(1));
    QCOMPARE(walk(table, 50), QStringList{QStringLiteral("cand_1")});
}

void TestCandidateTable::carriesTheServersAnonymisedLabel() {
    sync::EntityStore store(&m_db);
    QJsonObject blind = person(QStringLiteral("cand_b"), QString(), QString(), {}, QStringLiteral("linkedin"),
                               QStringLiteral("2026-03-02T10:00:00Z"));
    blind.insert(QStringLiteral("anonymised_label"), QStringLiteral("Candidate 4F2KQ9"));
    QVERIFY(put(store, QStringLiteral("candidate"), blind));
    CandidateTable table(&m_db);
    QHash<QString, CandidateRow> rows;
    for (const CandidateRow &row : table.fetch(50, std::nullopt, Now).rows)
        rows.insert(row.candidateId, row);
    QCOMPARE(rows.value(QStringLiteral("cand_b")).displayName, QString());
    QCOMPARE(rows.value(QStringLiteral("cand_b")).anonymisedLabel, QStringLiteral("Candidate 4F2KQ9"));
    QCOMPARE(rows.value(QStringLiteral("cand_4")).anonymisedLabel, QString()); // withheld, no label sent
    QCOMPARE(rows.value(QStringLiteral("cand_1")).anonymisedLabel, QString());
}

void TestCandidateTable::reportsADeferredIndex() {
    CandidateTable table(&m_db);
    QVERIFY(table.searchIndexComplete());
    QVERIFY(store::CacheSchema::deferSearchIndex(m_db));
    QVERIFY(!table.searchIndexComplete());
}

void TestCandidateTable::applyReportsChangesOfTheRows() {
    CandidateTable table(&m_db);
    CandidateFilter filter;
    filter.stageId = Offer;
    table.setFilter(filter);
    QCOMPARE(ids(table.fetch(50, std::nullopt, Now).rows), QStringList{QStringLiteral("cand_3")});

    QVERIFY(!table.apply(sync::EntityChanges{}));
    sync::EntityChanges unrelated;
    unrelated.addWritten(QStringLiteral("job"), QStringLiteral("job_pipe_A"));
    unrelated.addWritten(QStringLiteral("note"), QStringLiteral("note_1"));
    QVERIFY(!table.apply(unrelated));

    sync::EntityStore store(&m_db);
    sync::EntityChanges other;
    other.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_1"));
    other.addWritten(QStringLiteral("application"), QStringLiteral("app_2"));
    other.addWritten(QStringLiteral("ai_insight"), QStringLiteral("ai_1b"));
    QVERIFY(!table.apply(other)); // none of them in the offer stage

    sync::EntityChanges shown;
    shown.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_3"));
    QVERIFY(table.apply(shown));
    sync::EntityChanges shownScore;
    shownScore.addWritten(QStringLiteral("ai_insight"), QStringLiteral("ai_3"));
    QVERIFY(table.apply(shownScore));

    // cand_1 moves to the offer stage: it now passes the filter.
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_1"), QStringLiteral("cand_1"), Pipe, Offer,
                            QStringLiteral("2026-03-10T08:00:00Z"), QStringLiteral("active"), 2)));
    sync::EntityChanges moved;
    moved.addWritten(QStringLiteral("application"), QStringLiteral("app_1"));
    QVERIFY(table.apply(moved));

    sync::EntityChanges removed;
    removed.addRemoved(QStringLiteral("candidate"), QStringLiteral("cand_3"));
    QVERIFY(table.apply(removed));
    sync::EntityChanges removedOther;
    removedOther.addRemoved(QStringLiteral("candidate"), QStringLiteral("cand_5"));
    QVERIFY(!table.apply(removedOther));

    sync::EntityChanges all;
    all.everything = true;
    QVERIFY(table.apply(all));
}

void TestCandidateTable::statementsAreResetAfterUse() {
    CandidateTable table(&m_db);
    CandidateFilter filter;
    filter.text = QStringLiteral("a");
    filter.minScore = 1;
    table.setFilter(filter);
    for (CandidateTable::Sort sort :
         {CandidateTable::Sort::Name, CandidateTable::Sort::Updated, CandidateTable::Sort::Score}) {
        table.setSort(sort);
        QVERIFY(!walk(table, 1).isEmpty());
        sync::EntityChanges changes;
        changes.addWritten(QStringLiteral("application"), QStringLiteral("app_3"));
        table.apply(changes);
    }
    QCOMPARE(busyStatements(m_db), 0);
}

QTEST_GUILESS_MAIN(TestCandidateTable)
#include "tst_candidatetable.moc"
