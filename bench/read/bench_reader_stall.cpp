// Reader-stall probe: while a SyncWorker (its own thread and SQLCipher connection) runs a first
// sync against the real hirex-sandbox, this (the GUI's) thread does what a board does on each
// entitiesChanged signal, through the GUI's connection: StageColumns of the large pipeline
// (--pipeline-applications), the first page of every column (StageCards) and a search
// keystroke (CandidateSearch). A 5 ms timer on the same thread measures the longest gap between
// its ticks (how long the event loop was kept busy, reads included). Reported: that gap, the
// read batch's worst and median latency, and how often the reader's busy handler was entered
// (never, if readers never wait for the writer).
// Then it reopens the synced cache as the app does (LocalCache: key from the secret store,
// schema check) and times it with the first board query. Reported, never asserted.
// Usage: bench_reader_stall [candidates=100000] [pipeline applications=20000] [runs=3]
// (needs hirex-sandbox next to it, or HIREX_BIN_DIR).
#include "bench/common/BenchLoop.h"
#include "core/api/TransportPolicy.h"
#include "core/read/CandidateSearch.h"
#include "core/read/StageCards.h"
#include "core/read/StageColumns.h"
#include "core/store/LocalCache.h"
#include "core/store/MemorySecretStore.h"
#include "core/sync/SyncWorker.h"
#include "tests/support/SandboxLogin.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestTokenProvider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <sqlcipher/sqlite3.h>
#include <vector>

using namespace hirex;
using bench::median;
using bench::ms;
using bench::openCache;
using bench::waitFor;

namespace {

std::atomic<int> g_busyEntered{0};

int recordBusy(void *, int) {
    ++g_busyEntered;
    return 0; // do not wait: a reader that had to would fail its query with SQLITE_BUSY
}

struct RunResult {
    double syncMs = 0;
    double longestGapMs = 0;
    double worstReadMs = 0;
    double medianReadMs = 0;
    int reads = 0;
    int failedReads = 0;
    int busyEntered = 0;
    qint64 candidates = 0;
    qint64 boardApplications = 0;
    double openMs = 0;
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int candidates = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int pipelineApps = argc > 2 ? std::atoi(argv[2]) : 20000;
    const int runs = argc > 3 ? std::atoi(argv[3]) : 3;

    std::printf("bench_reader_stall: sandbox with %d candidates, --pipeline-applications %d, %d runs\n",
                candidates, pipelineApps, runs);
    QElapsedTimer seedClock;
    seedClock.start();
    // The rate limit is raised so the sync is not paced by 429s (that is bench/sync's subject).
    test::SandboxProcess sandbox({QStringLiteral("--candidates"), QString::number(candidates),
                                  QStringLiteral("--pipeline-applications"), QString::number(pipelineApps),
                                  QStringLiteral("--rate-limit"), QStringLiteral("1000000")});
    if (!sandbox.start(900000)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    std::printf("sandbox ready in %.1f s\n", ms(seedClock) / 1000);
    test::SandboxLogin login(sandbox);
    // The admin's working set is the whole tenant (a recruiter's is their own jobs).
    const std::optional<test::SandboxTokens> tokens = login.signInAs(QStringLiteral("admin"));
    if (!tokens) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(login.errorString()));
        return 1;
    }
    api::TransportSettings settings;
    settings.caFile = sandbox.caFile();
    const std::optional<api::TransportPolicy> policy = api::TransportPolicy::create(settings, nullptr);
    if (!policy)
        return 1;

    std::vector<RunResult> results;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        store::MemorySecretStore secrets;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        RunResult r;
        {
            std::unique_ptr<store::LocalCache> cache = openCache(profile, &secrets, true);
            if (!cache)
                return 1;
            test::TestTokenProvider session(tokens->accessToken);
            sync::SyncWorker worker(&session);
            sync::SyncWorkerConfig config{sandbox.baseUrl(), *policy, {}, {}};
            config.engine.useStream = false;
            worker.start(cache->takeWorkerDatabase(), config);
            if (!waitFor(&worker, &sync::SyncWorker::started, 10000))
                return 1;

            const store::SqlCipherDatabase *reader = cache->database();
            g_busyEntered = 0;
            sqlite3_busy_handler(reader->handle(), &recordBusy, nullptr);
            read::StageColumns columns(reader);
            read::CandidateSearch search(reader);
            search.setText(QStringLiteral("ay"));
            store::Statement bigPipeline =
                reader->prepare("SELECT pipeline_id FROM jobs WHERE title = 'Graduate Programme 2026'");
            std::vector<double> readMs;
            QElapsedTimer sinceTick;
            QTimer probe;
            probe.setInterval(5);
            QObject::connect(&probe, &QTimer::timeout, [&] {
                r.longestGapMs = std::max(r.longestGapMs, ms(sinceTick));
                sinceTick.restart();
            });
            QObject::connect(&worker, &sync::SyncWorker::entitiesChanged, [&] {
                QElapsedTimer t;
                t.start();
                const QString pipelineId = bigPipeline.next() ? bigPipeline.columnText(0) : QString();
                bigPipeline.reset();
                if (!pipelineId.isEmpty()) {
                    const QList<read::StageColumn> shown = columns.query(pipelineId);
                    if (!columns.lastError().isEmpty())
                        ++r.failedReads;
                    for (const read::StageColumn &column : shown) {
                        read::StageCards cards(reader, column.stageId);
                        cards.fetchAfter(std::nullopt, 50);
                        if (!cards.lastError().isEmpty())
                            ++r.failedReads;
                    }
                }
                search.fetch(50);
                if (!search.lastError().isEmpty())
                    ++r.failedReads;
                readMs.push_back(ms(t));
                ++r.reads;
            });
            QElapsedTimer syncClock;
            syncClock.start();
            sinceTick.start();
            probe.start();
            worker.syncNow();
            const bool finished = waitFor(&worker, &sync::SyncWorker::cycleFinished, 900000);
            probe.stop();
            r.syncMs = ms(syncClock);
            sqlite3_busy_handler(reader->handle(), nullptr, nullptr);
            if (!finished) {
                std::fprintf(stderr, "the first sync did not finish\n");
                return 1;
            }
            r.busyEntered = g_busyEntered.load();
            r.worstReadMs = readMs.empty() ? 0 : *std::max_element(readMs.begin(), readMs.end());
            r.medianReadMs = median(readMs);
            r.candidates = reader->queryInt("SELECT count(*) FROM candidates", -1);
            r.boardApplications = reader->queryInt(
                "SELECT count(*) FROM applications a JOIN jobs j ON j.pipeline_id = a.pipeline_id "
                "WHERE j.title = 'Graduate Programme 2026' AND a.status = 'active'",
                -1);
            worker.stop();
            waitFor(&worker, &sync::SyncWorker::stopped, 10000);
        }
        // Reopen the synced cache as the app starts: key from the secret store, schema
        // checked, then the board's first query.
        {
            QElapsedTimer t;
            t.start();
            std::unique_ptr<store::LocalCache> cache = openCache(profile, &secrets, false);
            if (!cache)
                return 1;
            store::Statement s = cache->database()->prepare(
                "SELECT pipeline_id FROM jobs WHERE title = 'Graduate Programme 2026'");
            const QString pipelineId = s.next() ? s.columnText(0) : QString();
            s.reset();
            read::StageColumns columns(cache->database());
            const QList<read::StageColumn> shown = columns.query(pipelineId);
            r.openMs = ms(t);
            if (shown.isEmpty())
                ++r.failedReads;
        }
        std::printf("run %d: sync %.1f s, %d reads (%d failed), busy handler entered %d times; longest "
                    "gap %.1f ms, worst read %.1f ms, median read %.2f ms; cached %lld candidates, %lld "
                    "active on the large board; reopen + first query %.1f ms\n",
                    run + 1, r.syncMs / 1000, r.reads, r.failedReads, r.busyEntered, r.longestGapMs,
                    r.worstReadMs, r.medianReadMs, static_cast<long long>(r.candidates),
                    static_cast<long long>(r.boardApplications), r.openMs);
        results.push_back(r);
    }
    const auto med = [&](double RunResult::*field) {
        std::vector<double> v;
        for (const RunResult &r : results)
            v.push_back(r.*field);
        return median(v);
    };
    std::printf(
        "median of %d runs: longest gap %.1f ms, worst read %.1f ms, median read %.2f ms, sync %.1f s, "
        "reopen + first query %.1f ms\n",
        runs, med(&RunResult::longestGapMs), med(&RunResult::worstReadMs), med(&RunResult::medianReadMs),
        med(&RunResult::syncMs) / 1000, med(&RunResult::openMs));
    int invalid = 0;
    for (const RunResult &r : results)
        invalid +=
            (r.failedReads > 0 || r.candidates != candidates || r.boardApplications != pipelineApps) ? 1 : 0;
    if (invalid)
        std::printf("%d runs with failed reads or missing rows: their figures are not valid\n", invalid);
    sandbox.stop();
    return invalid ? 2 : 0;
}
