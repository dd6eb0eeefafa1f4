// The GUI thread's longest stall with the app's own board on it (issue 10: at most 50 ms, while
// a first sync of 100,000 candidates runs in the worker, and while 1,000 live changes arrive).
//
//   dbus-run-session -- bench_board_stall [candidates=100000] [pipeline=20000] [changes=1000]
//
// What the app does, without a window: a SyncWorker syncs from hirex-sandbox (signed in as an
// admin, the whole tenant) on its own connection, while the GUI thread holds a BoardPresenter on
// the large pipeline ("Graduate Programme 2026") over the read connection, its job list from
// read::CachedJobs, and applies every entitiesChanged exactly as DesktopController does. A 5 ms
// timer probe records the longest event-loop gap:
//   phase 1  the first sync, from an empty cache;
//   phase 2  live (the change stream on), while another session moves `changes` applications of
//            the large pipeline through the API, four requests at a time.
// Also reported: how long each applyChanges took (median, worst), and whether the board's column
// counts agree with the cache at the end. Run and reported (bench/README.md), never asserted.
#include "bench/common/BenchLoop.h"
#include "core/api/TransportPolicy.h"
#include "core/read/CachedJobs.h"
#include "core/store/MemorySecretStore.h"
#include "core/sync/SyncWorker.h"
#include "models/BoardPresenter.h"
#include "models/JobListModel.h"
#include "models/StageCardsModel.h"
#include "models/StageColumnsModel.h"
#include "tests/support/SandboxLogin.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestTokenProvider.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <deque>

using namespace hirex;
using bench::median;
using bench::ms;
using bench::waitFor;

namespace {

constexpr auto kLargeJob = "Graduate Programme 2026";

struct Move {
    QString applicationId;
    qint64 version = 0;
    QString toStage;
};

// Moves applications through the API, `parallel` at a time, as other recruiters would.
class RemoteRecruiter : public QObject {
public:
    RemoteRecruiter(const test::SandboxProcess &sandbox, QString token, std::deque<Move> moves)
        : m_sandbox(sandbox)
        , m_token(std::move(token))
        , m_moves(std::move(moves)) {}

    void start(int parallel) {
        for (int i = 0; i < parallel; ++i)
            sendNext();
    }
    bool done() const { return m_moves.empty() && m_inFlight == 0; }
    int failed() const { return m_failed; }
    int sent() const { return m_sent; }

private:
    void sendNext() {
        if (m_moves.empty())
            return;
        const Move move = m_moves.front();
        m_moves.pop_front();
        QNetworkRequest request(m_sandbox.baseUrl().resolved(
            QUrl(QStringLiteral("/v1/applications/%1/move").arg(move.applicationId))));
        request.setSslConfiguration(m_sandbox.tlsConfiguration());
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        request.setRawHeader("If-Match", '"' + QByteArray::number(move.version) + '"');
        request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        ++m_inFlight;
        ++m_sent;
        QNetworkReply *reply = m_network.post(
            request, QJsonDocument(QJsonObject{{QStringLiteral("stage_id"), move.toStage}}).toJson());
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++m_failed;
            reply->deleteLater();
            --m_inFlight;
            sendNext();
        });
    }

    const test::SandboxProcess &m_sandbox;
    QString m_token;
    std::deque<Move> m_moves;
    QNetworkAccessManager m_network;
    int m_inFlight = 0;
    int m_sent = 0;
    int m_failed = 0;
};

// The next non-hired stage (cyclic) of every active application of the pipeline, `count` of them.
std::deque<Move> plannedMoves(const store::SqlCipherDatabase &db, const QString &pipelineId, int count) {
    QStringList stages;
    store::Statement s = db.prepare("SELECT id, json FROM stages WHERE pipeline_id = ? ORDER BY position");
    s.bind(1, pipelineId);
    while (s.next()) {
        const QJsonObject stage = QJsonDocument::fromJson(s.columnText(1).toUtf8()).object();
        if (stage.value(QLatin1String("kind")).toString() != QLatin1String("hired")) // hiring is its own act
            stages.append(s.columnText(0));
    }
    std::deque<Move> moves;
    if (stages.size() < 2)
        return moves;
    store::Statement a =
        db.prepare("SELECT id, version, stage_id FROM applications WHERE pipeline_id = ? AND "
                   "status = 'active' ORDER BY id LIMIT ?");
    a.bind(1, pipelineId).bind(2, count);
    while (a.next()) {
        const qsizetype at = stages.indexOf(a.columnText(2));
        if (at < 0)
            continue;
        moves.push_back(Move{a.columnText(0), a.columnInt64(1), stages.at((at + 1) % stages.size())});
    }
    return moves;
}

// Whether every column's count (the model's) equals the cache's count of active applications.
bool countsAgree(const models::BoardPresenter &board, const store::SqlCipherDatabase &db) {
    if (!board.columns())
        return false;
    for (int column = 0; column < board.columnCount(); ++column) {
        const QModelIndex at = board.columns()->index(column, 0);
        const QString stageId = at.data(models::StageColumnsModel::StageIdRole).toString();
        const int shown = at.data(models::StageColumnsModel::CountRole).toInt();
        store::Statement s =
            db.prepare("SELECT count(*) FROM applications WHERE stage_id = ? AND status = 'active'");
        s.bind(1, stageId);
        if (!s.next() || s.columnInt64(0) != shown) {
            std::printf("column %d: board says %d, cache %lld\n", column, shown,
                        static_cast<long long>(s.columnInt64(0)));
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("hirex.*.debug=false\nhirex.*.info=false"));
    const int candidates = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int pipelineApps = argc > 2 ? std::atoi(argv[2]) : 20000;
    const int changes = argc > 3 ? std::atoi(argv[3]) : 1000;
    std::printf("bench_board_stall: %d candidates, a pipeline of %d, %d live changes\n", candidates,
                pipelineApps, changes);

    test::SandboxProcess sandbox({QStringLiteral("--candidates"), QString::number(candidates),
                                  QStringLiteral("--pipeline-applications"), QString::number(pipelineApps),
                                  QStringLiteral("--rate-limit"), QStringLiteral("1000000")});
    if (!sandbox.start(900000)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    test::SandboxLogin login(sandbox);
    const std::optional<test::SandboxTokens> tokens = login.signInAs(QStringLiteral("admin"));
    const std::optional<test::SandboxTokens> other = login.signInAs(QStringLiteral("admin"));
    if (!tokens || !other) {
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(login.errorString()));
        return 1;
    }
    api::TransportSettings settings;
    settings.caFile = sandbox.caFile();
    const std::optional<api::TransportPolicy> policy = api::TransportPolicy::create(settings, nullptr);
    if (!policy)
        return 1;

    QTemporaryDir dir;
    store::MemorySecretStore secrets;
    std::unique_ptr<store::LocalCache> cache =
        bench::openCache(dir.filePath(QStringLiteral("profile")), &secrets, true);
    if (!cache)
        return 1;
    const store::SqlCipherDatabase *reader = cache->database();

    // The board as the app wires it (DesktopController::wireBoard).
    models::JobListModel jobs;
    models::BoardPresenter board(&jobs);
    board.setDatabase(reader);
    read::CachedJobs cachedJobs(reader);
    QString largeJobId;
    std::vector<double> applyMs;
    const auto reloadJobs = [&] {
        QList<domain::Job> all = cachedJobs.all();
        for (const domain::Job &job : all) {
            if (job.title == QLatin1String(kLargeJob))
                largeJobId = job.id;
        }
        jobs.setJobs(std::move(all));
        if (!largeJobId.isEmpty() && board.currentJobId() != largeJobId)
            board.setCurrentJob(largeJobId);
    };

    test::TestTokenProvider session(tokens->accessToken);
    sync::SyncWorker worker(&session);
    sync::SyncWorkerConfig config{sandbox.baseUrl(), *policy, {}, {}};
    worker.start(cache->takeWorkerDatabase(), config);
    if (!waitFor(&worker, &sync::SyncWorker::started, 10000))
        return 1;
    QObject::connect(&worker, &sync::SyncWorker::entitiesChanged, [&](const sync::EntityChanges &changed) {
        QElapsedTimer t;
        t.start();
        if (changed.touches(QStringLiteral("job")))
            reloadJobs();
        board.applyChanges(changed);
        applyMs.push_back(ms(t));
    });

    // Phase 1: the first sync.
    bench::GapProbe probe;
    QElapsedTimer clock;
    clock.start();
    probe.start();
    worker.syncNow();
    const bool synced = waitFor(&worker, &sync::SyncWorker::cycleFinished, 1800000);
    const double firstSyncGap = probe.stop();
    const double syncSeconds = ms(clock) / 1000;
    if (!synced || largeJobId.isEmpty()) {
        std::fprintf(stderr, "the first sync did not finish, or the large job is missing\n");
        return 1;
    }
    const double firstApplyMedian = median(applyMs);
    const double firstApplyWorst = applyMs.empty() ? 0 : *std::max_element(applyMs.begin(), applyMs.end());
    const bool firstAgree = countsAgree(board, *reader);
    std::printf(
        "phase 1, first sync: %.1f s, %zu applyChanges (median %.2f ms, worst %.1f ms), longest GUI gap "
        "%.1f ms; board counts agree with the cache: %s\n",
        syncSeconds, applyMs.size(), firstApplyMedian, firstApplyWorst, firstSyncGap,
        firstAgree ? "yes" : "NO");

    // Phase 2: live, while another session moves applications of the large pipeline.
    applyMs.clear();
    worker.startLive();
    QEventLoop wait;
    QTimer::singleShot(3000, &wait, &QEventLoop::quit); // the stream connects
    wait.exec();
    const std::deque<Move> moves = plannedMoves(*reader, board.pipelineId(), changes);
    RemoteRecruiter recruiter(sandbox, other->accessToken, moves);
    // How many of the moves the cache (the worker, through the stream) has applied.
    const auto movesApplied = [&] {
        int applied = 0;
        store::Statement s = reader->prepare("SELECT stage_id FROM applications WHERE id = ?");
        for (const Move &move : moves) {
            s.bind(1, move.applicationId);
            applied += s.next() && s.columnText(0) == move.toStage;
            s.reset();
        }
        return applied;
    };
    probe.start();
    clock.restart();
    recruiter.start(4);
    QTimer poll;
    poll.setInterval(50);
    QEventLoop live;
    QElapsedTimer sinceDone;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!recruiter.done())
            return;
        if (!sinceDone.isValid())
            sinceDone.start();
        // Done once every move has reached the cache and the board agrees with it, or 60 s after
        // the last answer.
        if ((movesApplied() == recruiter.sent() - recruiter.failed() && countsAgree(board, *reader)) ||
            sinceDone.elapsed() > 60000)
            live.quit();
    });
    poll.start();
    live.exec();
    const double liveGap = probe.stop();
    std::printf("phase 2, live: %d moves sent (%d refused, %d reached the cache) in %.1f s, %zu applyChanges "
                "(median %.2f ms, worst "
                "%.1f ms), longest GUI gap %.1f ms; board counts agree with the cache: %s\n",
                recruiter.sent(), recruiter.failed(), movesApplied(), ms(clock) / 1000, applyMs.size(),
                median(applyMs), applyMs.empty() ? 0 : *std::max_element(applyMs.begin(), applyMs.end()),
                liveGap, countsAgree(board, *reader) ? "yes" : "NO");
    worker.stop();
    waitFor(&worker, &sync::SyncWorker::stopped, 10000);
    board.setDatabase(nullptr);
    sandbox.stop();
    return 0;
}
