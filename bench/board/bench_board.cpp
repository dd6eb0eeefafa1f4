// Board benchmark at the models layer (no window): BoardPresenter and its StageCardsModels over
// an encrypted cache of N candidates and one pipeline of M active applications over six
// stages, filled through EntityStore as the sync writes it (the same data as bench_read:
// bench/common/SyntheticCache.h). Times, as medians of several runs:
//   - opening the board: setDatabase (columns, counts, a model per column) + every column's
//     first page, as the views ask for it;
//   - a search keystroke: setSearchText for growing prefixes: what the board shows at once (the
//     narrowed columns' first pages, and the counts known without a query, as BoardPage does);
//   - the deferred header counts BoardPage runs once the typing pauses, one column per
//     event-loop turn: the longest such turn (the GUI thread's longest stall) and their sum;
//   - switching the order, a filter, and the job (another pipeline and back);
//   - applying one moved application (row removes/inserts in two columns);
// Reported, never asserted.
// Usage: bench_board [candidates=100000] [pipeline applications=20000] [runs=5]
#include "bench/common/SyntheticCache.h"
#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityStore.h"
#include "models/BoardPresenter.h"
#include "models/JobListModel.h"
#include "models/StageCardsModel.h"

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

// What the views do after a change: each column's first page, and, while the board is
// narrowed, the header counts known without a query (BoardPage::showHeaders).
void firstPages(models::BoardPresenter &board) {
    for (int c = 0; c < board.columnCount(); ++c) {
        if (board.cards(c)->rowCount() < PageSize && board.cards(c)->canFetchMore({}))
            board.cards(c)->fetchMore({});
        if (board.isNarrowed())
            board.cards(c)->knownNarrowedCount();
    }
}

// What BoardPage runs once the typing pauses: each narrowed column still uncounted, one per
// event-loop turn. Returns the longest turn and adds every turn to *sum (ms).
double deferredCounts(models::BoardPresenter &board, double *sum) {
    double longest = 0;
    for (int c = 0; c < board.columnCount(); ++c) {
        models::StageCardsModel *cards = board.cards(c);
        if (!board.isNarrowed() || cards->knownNarrowedCount() || !cards->canCountNarrowed())
            continue;
        QElapsedTimer turn;
        turn.start();
        cards->narrowedCount();
        const double ms = static_cast<double>(turn.nsecsElapsed()) / 1e6;
        longest = std::max(longest, ms);
        *sum += ms;
    }
    return longest;
}

domain::Job job(const QString &id, const QString &pipelineId) {
    domain::Job j;
    j.id = id;
    j.title = id;
    j.status = QStringLiteral("open");
    j.pipelineId = pipelineId;
    return j;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int candidates = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int pipelineApps = argc > 2 ? std::atoi(argv[2]) : 20000;
    const int runs = argc > 3 ? std::atoi(argv[3]) : 5;
    QTemporaryDir dir;
    store::SqlCipherDatabase db;
    store::SqlCipherDatabase::Options options;
    options.migrations = store::CacheSchema::migrations();
    if (db.open(dir.filePath(QStringLiteral("bench.db")), store::CacheKey::generate(), options).isError())
        return 1;
    QElapsedTimer fillTime;
    fillTime.start();
    if (!fill(db, candidates, pipelineApps))
        return 1;
    std::printf("filled %d candidates, %d in the pipeline, in %.1f s\n", candidates, pipelineApps,
                static_cast<double>(fillTime.elapsed()) / 1000.0);

    models::JobListModel jobs;
    jobs.setJobs({job(QStringLiteral("job_pipe_A"), QStringLiteral("pipe_A")),
                  job(QStringLiteral("job_pipe_other_1"), QStringLiteral("pipe_other_1"))});
    models::BoardPresenter board(&jobs);
    report("open board: setDatabase + first page of 6 columns", timeIt(runs, [&] {
               board.setDatabase(nullptr);
               board.setDatabase(&db);
               board.setCurrentJob(QStringLiteral("job_pipe_A"));
               firstPages(board);
           }));

    const QStringList prefixes{QStringLiteral("a"), QStringLiteral("ay"), QStringLiteral("ayş"),
                               QStringLiteral("ayşe"), QStringLiteral("ayşe y")};
    for (const QString &prefix : prefixes) {
        const QByteArray label = QStringLiteral("search keystroke \"%1\" + first pages").arg(prefix).toUtf8();
        report(label.constData(), timeIt(runs, [&] {
                                      board.setSearchText(QString());
                                      board.setSearchText(prefix);
                                      firstPages(board);
                                  }) / 2.0); // two keystrokes per run: clearing and typing
        std::vector<double> longest;
        std::vector<double> sums;
        for (int run = 0; run < runs; ++run) {
            board.setSearchText(QString());
            board.setSearchText(prefix);
            firstPages(board);
            double sum = 0;
            longest.push_back(deferredCounts(board, &sum));
            sums.push_back(sum);
        }
        std::printf("%-60s %8.2f / %.2f ms\n", "  then its header counts: longest turn / all",
                    median(longest), median(sums));
    }
    board.setSearchText(QString());
    firstPages(board);

    report("switch order (name) + first pages", timeIt(runs, [&] {
                                                    board.setOrder(read::StageCards::Order::CandidateName);
                                                    firstPages(board);
                                                    board.setOrder(read::StageCards::Order::TimeInStage);
                                                    firstPages(board);
                                                }) / 2.0);
    models::CardFilter tag;
    tag.tag = QStringLiteral("qt");
    report("switch filter (tag) + first pages", timeIt(runs, [&] {
                                                    board.setFilter(tag);
                                                    firstPages(board);
                                                    board.setFilter({});
                                                    firstPages(board);
                                                }) / 2.0);
    {
        std::vector<double> longest;
        std::vector<double> sums;
        for (int run = 0; run < runs; ++run) {
            board.setFilter(tag);
            firstPages(board);
            double sum = 0;
            longest.push_back(deferredCounts(board, &sum));
            sums.push_back(sum);
            board.setFilter({});
            firstPages(board);
        }
        std::printf("%-60s %8.2f / %.2f ms\n", "  then its header counts: longest turn / all",
                    median(longest), median(sums));
    }
    report("switch job (another pipeline and back) + first pages",
           timeIt(runs, [&] {
               board.setCurrentJob(QStringLiteral("job_pipe_other_1"));
               firstPages(board);
               board.setCurrentJob(QStringLiteral("job_pipe_A"));
               firstPages(board);
           }) / 2.0);

    // One card moved between the two largest columns by the sync, applied as row changes.
    sync::EntityStore store(&db);
    QJsonObject moved = application(0, QStringLiteral("cand_000000"), QStringLiteral("pipe_A"),
                                    QStringLiteral("stage_2"), 10);
    qint64 version = 1;
    bool there = false;
    report("apply one moved application (entitiesChanged)", timeIt(runs, [&] {
               moved.insert(QStringLiteral("version"), ++version);
               moved.insert(QStringLiteral("stage_id"), QLatin1String(there ? "stage_1" : "stage_2"));
               there = !there;
               store.upsert(QStringLiteral("application"), moved);
               sync::EntityChanges changes;
               changes.addWritten(QStringLiteral("application"), moved.value(QLatin1String("id")).toString());
               board.applyChanges(changes);
           }));
    return 0;
}
