// Read-model benchmark: fills an encrypted cache through EntityStore (as the sync writes it)
// with N candidates, one pipeline of M active applications over six stages (the shape of the
// sandbox's --pipeline-applications M: one application of the pipeline per candidate, all
// active), and one application elsewhere for every other candidate, then times what the
// screens ask for, as medians of several runs:
//   - cache open: a new connection (key, schema check) and a first query;
//   - board: StageColumns counts with the first page of every column, in each order, and a
//     page deep into the largest column, by keyset (fetchAfter) and by offset;
//   - opening the board cold: reopen the database (key, migrations) + counts + first page;
//   - search: one keystroke of CandidateSearch (first 50 hits) for growing prefixes;
//   - table: CandidateTable first pages per sort, a deep page, a text-filtered page;
//   - CandidateDetail::load and ChangeBadges::refresh;
// and prints the query plans of the board's queries. Reported, never asserted.
// Usage: bench_read [candidates=100000] [pipeline applications=20000] [runs=5]
#include "bench/common/SyntheticCache.h"
#include "core/read/CandidateDetail.h"
#include "core/read/CandidateSearch.h"
#include "core/read/CandidateTable.h"
#include "core/read/ChangeBadges.h"
#include "core/read/StageCards.h"
#include "core/read/StageColumns.h"
#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace hirex;
using namespace hirex::bench;

namespace {

// Every measured query's rows are checked, so no figure comes from a query that returned
// nothing; a mismatch is printed and makes the exit code 2.
int g_mismatches = 0;
void expectRows(const char *what, qsizetype got, qsizetype want) {
    if (got != want) {
        std::printf("ROWS MISMATCH: %s returned %lld rows, expected %lld\n", what,
                    static_cast<long long>(got), static_cast<long long>(want));
        ++g_mismatches;
    }
}

// Once, cold: the first run is the measurement.
double timeOnce(const std::function<void()> &body) {
    QElapsedTimer t;
    t.start();
    body();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void printPlan(const store::SqlCipherDatabase &db, const char *title, const QByteArray &sql) {
    std::printf("plan: %s\n", title);
    store::Statement s = db.prepare(QByteArray("EXPLAIN QUERY PLAN " + sql).constData());
    while (s.next())
        std::printf("    %s %s\n", qPrintable(s.columnText(0)), qPrintable(s.columnText(3)));
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int candidates = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int pipelineApps = argc > 2 ? std::atoi(argv[2]) : 20000;
    const int runs = argc > 3 ? std::atoi(argv[3]) : 5;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    const store::CacheKey key = store::CacheKey::generate();
    store::SqlCipherDatabase::Options options;
    options.migrations = store::CacheSchema::migrations();
    auto db = std::make_unique<store::SqlCipherDatabase>();
    if (db->open(path, key, options).isError()) {
        std::fprintf(stderr, "cannot open the cache\n");
        return 1;
    }
    std::printf("bench_read: %d candidates, %d applications in the board's pipeline, median of %d runs\n",
                candidates, pipelineApps, runs);
    report("fill (EntityStore, one transaction, index rebuilt once)",
           timeOnce([&] { fill(*db, candidates, pipelineApps); }));
    db->exec("PRAGMA wal_checkpoint(TRUNCATE)");

    const QString big = QLatin1String(StageIds[0]);
    int columnTotal = 0;
    const auto firstPages = [&](const store::SqlCipherDatabase *on, read::StageCards::Order order) {
        read::StageColumns columns(on);
        columnTotal = 0;
        for (const read::StageColumn &c : columns.query(QStringLiteral("pipe_A"))) {
            columnTotal += c.activeCount;
            read::StageCards cards(on, c.stageId);
            cards.setOrder(order);
            expectRows("first page of a column", cards.fetchAfter(std::nullopt, PageSize).cards.size(),
                       std::min(PageSize, c.activeCount));
        }
        expectRows("active applications of the board", columnTotal, pipelineApps);
    };

    // Opening the cache: a new connection, keyed (the key is derived already: keychain mode),
    // schema checked, and one query answered.
    db.reset();
    {
        std::vector<double> ms;
        for (int i = 0; i < runs + 1; ++i) {
            QElapsedTimer t;
            t.start();
            store::SqlCipherDatabase cold;
            if (cold.open(path, key, options).isError())
                return 1;
            read::CandidateTable first(&cold);
            const qsizetype rows = first.fetch(PageSize).rows.size();
            if (i > 0)
                ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            expectRows("first table page after open", rows, PageSize);
            expectRows("candidates after open", cold.queryInt("SELECT count(*) FROM candidates", -1),
                       candidates);
        }
        report("cache open: key + schema + first table page", median(ms));
    }
    // Opening the board cold: a new connection (its page cache empty) as the app opens it.
    {
        std::vector<double> ms;
        for (int i = 0; i < runs + 1; ++i) {
            QElapsedTimer t;
            t.start();
            store::SqlCipherDatabase cold;
            if (cold.open(path, key, options).isError())
                return 1;
            firstPages(&cold, read::StageCards::Order::TimeInStage);
            if (i > 0)
                ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
        report("board open cold: open + counts + first page of every column", median(ms));
    }
    db = std::make_unique<store::SqlCipherDatabase>();
    if (db->open(path, key, options).isError())
        return 1;

    read::StageColumns columns(db.get());
    int bigCount = 0;
    for (const read::StageColumn &c : columns.query(QStringLiteral("pipe_A")))
        bigCount = c.stageId == big ? c.activeCount : bigCount;
    std::printf("(%d active applications on the board; largest column %s: %d)\n", columnTotal,
                qPrintable(big), bigCount);
    report("board: StageColumns counts", timeIt(runs, [&] { columns.query(QStringLiteral("pipe_A")); }));
    const std::pair<read::StageCards::Order, const char *> orders[] = {
        {read::StageCards::Order::TimeInStage, "time in stage"},
        {read::StageCards::Order::CandidateName, "candidate name"},
        {read::StageCards::Order::MatchScore, "match score"},
    };
    for (const auto &[order, name] : orders) {
        report(qPrintable(
                   QStringLiteral("board: counts + first page of every column, %1").arg(QLatin1String(name))),
               timeIt(runs, [&] { firstPages(db.get(), order); }));
        read::StageCards cards(db.get(), big);
        cards.setOrder(order);
        std::optional<read::StageCards::Cursor> cursor;
        for (int p = 0; p < 99; ++p)
            cursor = cards.fetchAfter(cursor, PageSize).next;
        report(
            qPrintable(
                QStringLiteral("board: page 100 (cards 4950-5000) by keyset, %1").arg(QLatin1String(name))),
            timeIt(runs, [&] {
                expectRows("page 100 by keyset", cards.fetchAfter(cursor, PageSize).cards.size(), PageSize);
            }));
        report(qPrintable(QStringLiteral("board: page 100 by offset, %1").arg(QLatin1String(name))),
               timeIt(runs, [&] {
                   expectRows("page 100 by offset", cards.fetch(4950, PageSize).size(), PageSize);
               }));
    }

    read::CandidateSearch search(db.get());
    for (const char *typed : {"a", "ay", "ayş", "ayşe", "ayşe y", "yilmaz4", "person123"}) {
        search.setText(QString::fromUtf8(typed));
        const qsizetype hits = search.fetch(PageSize).size();
        if (hits == 0)
            expectRows("search hits", hits, PageSize);
        report(qPrintable(QStringLiteral("search keystroke \"%1\" (first 50; %2 hits)")
                              .arg(QString::fromUtf8(typed))
                              .arg(hits)),
               timeIt(runs, [&] { search.fetch(PageSize); }));
    }

    read::CandidateTable table(db.get());
    const std::pair<read::CandidateTable::Sort, const char *> sorts[] = {
        {read::CandidateTable::Sort::Name, "name"},
        {read::CandidateTable::Sort::Updated, "updated"},
        {read::CandidateTable::Sort::Score, "score"},
    };
    for (const auto &[sort, name] : sorts) {
        table.setSort(sort);
        report(qPrintable(QStringLiteral("table: first page, by %1").arg(QLatin1String(name))),
               timeIt(runs,
                      [&] { expectRows("table first page", table.fetch(PageSize).rows.size(), PageSize); }));
        std::optional<read::CandidateTable::Cursor> cursor;
        for (int p = 0; p < 99; ++p)
            cursor = table.fetch(PageSize, cursor).next;
        report(qPrintable(QStringLiteral("table: page 100, by %1").arg(QLatin1String(name))),
               timeIt(runs, [&] {
                   expectRows("table page 100", table.fetch(PageSize, cursor).rows.size(), PageSize);
               }));
    }
    table.setSort(read::CandidateTable::Sort::Name);
    read::CandidateFilter filter;
    filter.text = QStringLiteral("ayşe");
    table.setFilter(filter);
    report("table: first page, text \"ayşe\", by name",
           timeIt(runs, [&] { expectRows("table text page", table.fetch(PageSize).rows.size(), PageSize); }));
    filter = read::CandidateFilter{};
    filter.stageId = big;
    filter.status = QStringLiteral("active");
    filter.minDaysInStage = 30;
    table.setFilter(filter);
    report("table: first page, stage + status + days, by name", timeIt(runs, [&] {
               expectRows("table filtered page", table.fetch(PageSize).rows.size(), PageSize);
           }));
    table.setSort(read::CandidateTable::Sort::Score);
    report("table: first page, stage + status + days, by score", timeIt(runs, [&] {
               expectRows("table filtered page", table.fetch(PageSize).rows.size(), PageSize);
           }));

    read::CandidateDetail detail(db.get());
    report("detail: load one candidate", timeIt(runs, [&] { detail.load(QStringLiteral("cand_000123")); }));
    read::ChangeBadges badges(db.get());
    report("badges: refresh", timeIt(runs, [&] { badges.refresh(); }));

    printPlan(
        *db, "StageColumns",
        "SELECT s.id, s.name, s.position, count(a.id) FROM stages s LEFT JOIN applications a ON a.stage_id "
        "= s.id AND a.status = 'active' WHERE s.pipeline_id = 'pipe_A' GROUP BY s.id ORDER BY s.position, "
        "s.id");
    for (const auto &[order, name] : orders)
        printPlan(*db, qPrintable(QStringLiteral("StageCards after a cursor, %1").arg(QLatin1String(name))),
                  read::StageCards::pageSql(order, true));
    printPlan(*db, "CandidateTable, stage + status + days, by score, after a cursor", table.pageSql(true));
    printPlan(
        *db, "CandidateSearch",
        "SELECT c.id, c.first_name, c.last_name FROM candidates c WHERE c.local_id IN (SELECT docid FROM "
        "candidates_fts WHERE candidates_fts MATCH '\"ay*\"') ORDER BY c.sort_name, c.local_id LIMIT 50");
    if (g_mismatches)
        std::printf("%d row-count mismatches: the figures above are not valid\n", g_mismatches);
    return g_mismatches ? 2 : 0;
}
