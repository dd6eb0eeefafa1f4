// Board benchmark at the models layer (no window): BoardPresenter and its StageCardsModels over
// an encrypted cache of N candidates and one pipeline of M active applications over six
// stages, filled through EntityStore as the sync writes it (the same data as bench_read; the
// generator is copied from there). Times, as medians of several runs:
//   - opening the board: setDatabase (columns, counts, a model per column) + every column's
//     first page, as the views ask for it;
//   - a search keystroke: setSearchText for growing prefixes (the narrowed columns' first pages);
//   - switching the order, a filter, and the job (another pipeline and back);
//   - applying one moved application (row removes/inserts in two columns);
// Reported, never asserted. Usage: bench_board [candidates=100000] [pipeline applications=20000] [runs=5]
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

namespace {

constexpr int PageSize = 50;
const char *const StageIds[] = {"stage_1", "stage_2", "stage_3", "stage_4", "stage_5", "stage_6"};
// Share of the pipeline's applications per stage, in per mille: the first column is the big one.
constexpr int StageShare[] = {400, 250, 150, 100, 70, 30};

const char *const FirstNames[] = {"Ayşe", "Mehmet", "Işıl",  "İbrahim", "Zeynep", "Can",    "Elif",   "Emre",
                                  "Anna", "Jonas",  "Lena",  "Sarah",   "David",  "Ingrid", "Mert",   "Çağla",
                                  "Ömer", "Gül",    "Lukas", "Sophie",  "Emma",   "Noah",   "Olivia", "Liam"};
const char *const LastNames[] = {"Yılmaz", "Kaya",   "Demir",   "Şahin",    "Çelik",     "Öztürk",
                                 "Aydın",  "Arslan", "Müller",  "Schmidt",  "Schneider", "Fischer",
                                 "Weber",  "Smith",  "Johnson", "Williams", "Brown",     "Jones",
                                 "Garcia", "Miller", "Davis",   "Wilson"};
const char *const Tags[] = {"remote", "senior", "c++", "qt", "relocation", "istanbul", "berlin", "junior"};
const char *const Sources[] = {"linkedin", "referral", "career_site", "agency"};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// Milliseconds of `body`, median of `runs` (after one warm-up run).
double timeIt(int runs, const std::function<void()> &body) {
    body();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        body();
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    return median(ms);
}

void report(const char *what, double ms) {
    std::printf("%-58s %9.2f ms\n", what, ms);
}

QString iso(qint64 secondsBeforeNow) {
    return QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC)
        .addSecs(-secondsBeforeNow)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QJsonObject pipeline(const QString &id, bool withStages) {
    QJsonArray stages;
    if (withStages)
        for (int i = 0; i < 6; ++i)
            stages.append(QJsonObject{{QStringLiteral("id"), QLatin1String(StageIds[i])},
                                      {QStringLiteral("kind"), QStringLiteral("screen")},
                                      {QStringLiteral("name"), QStringLiteral("Stage %1").arg(i + 1)},
                                      {QStringLiteral("position"), i + 1},
                                      {QStringLiteral("sla_days"), 5}});
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("job_id"), QString(QStringLiteral("job_") + id)},
                       {QStringLiteral("name"), QStringLiteral("Engineering")},
                       {QStringLiteral("stages"), stages},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-01-15T08:00:00Z")},
                       {QStringLiteral("version"), 1}};
}

QJsonObject candidate(int i) {
    QJsonObject o{
        {QStringLiteral("id"), QStringLiteral("cand_%1").arg(i, 6, 10, QLatin1Char('0'))},
        {QStringLiteral("version"), 1},
        {QStringLiteral("updated_at"), iso(i * 37 % 8000000)},
        {QStringLiteral("created_at"), QStringLiteral("2026-01-20T11:30:00Z")},
        {QStringLiteral("region"), QStringLiteral("TR")},
        {QStringLiteral("source"), QLatin1String(Sources[i % 4])},
        {QStringLiteral("tags"), QJsonArray{QLatin1String(Tags[i % 8]), QLatin1String(Tags[(i / 8) % 8])}},
        {QStringLiteral("skills"), QJsonArray{QStringLiteral("Qt 6"), QStringLiteral("SQL")}},
        {QStringLiteral("languages"), QJsonArray{QStringLiteral("tr")}},
        {QStringLiteral("consent_state"), QStringLiteral("granted")},
        {QStringLiteral("retention_until"), QStringLiteral("2028-01-20T11:30:00Z")}};
    // One in 50 withheld (anonymised screening).
    if (i % 50 != 7) {
        const QString first = QString::fromUtf8(FirstNames[i % 24]);
        const QString last = QString::fromUtf8(LastNames[(i / 24) % 22]) + QString::number(i % 97);
        o.insert(QStringLiteral("first_name"), first);
        o.insert(QStringLiteral("last_name"), last);
        o.insert(QStringLiteral("email"), QStringLiteral("person%1@example.com").arg(i));
    }
    return o;
}

QJsonObject application(int i, const QString &candidateId, const QString &pipelineId, const QString &stageId,
                        int ageSeconds) {
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("app_%1").arg(i, 6, 10, QLatin1Char('0'))},
        {QStringLiteral("version"), 1},
        {QStringLiteral("updated_at"), QStringLiteral("2026-03-02T09:41:08Z")},
        {QStringLiteral("candidate_id"), candidateId},
        {QStringLiteral("job_id"), QString(QStringLiteral("job_") + pipelineId)},
        {QStringLiteral("pipeline_id"), pipelineId},
        {QStringLiteral("stage_id"), stageId},
        {QStringLiteral("stage_entered_at"), iso(ageSeconds)},
        {QStringLiteral("status"), i % 20 == 3 ? QStringLiteral("rejected") : QStringLiteral("active")},
        {QStringLiteral("hired_at"), QJsonValue::Null},
        {QStringLiteral("assigned_reviewer_ids"), QJsonArray{}},
        {QStringLiteral("review_due_at"), QJsonValue::Null}};
}

QJsonObject matchScore(int i, const QString &applicationId) {
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("ai_%1").arg(i)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("updated_at"), QStringLiteral("2026-03-01T18:02:33Z")},
        {QStringLiteral("kind"), QStringLiteral("match_score")},
        {QStringLiteral("disclaimer"), QStringLiteral("AI-generated. Informs, does not decide.")},
        {QStringLiteral("subject"), QJsonObject{{QStringLiteral("application_id"), applicationId}}},
        {QStringLiteral("match_score"), QJsonObject{{QStringLiteral("score"), (i * 7919) % 101},
                                                    {QStringLiteral("criteria"), QJsonArray{}}}}};
}

bool fill(const store::SqlCipherDatabase &db, int candidates, int pipelineApps) {
    sync::EntityStore store(&db);
    if (!db.exec("BEGIN") || !store::CacheSchema::deferSearchIndex(db))
        return false;
    bool ok = store.upsert(QStringLiteral("pipeline"), pipeline(QStringLiteral("pipe_A"), true)) ==
              sync::EntityStore::Upsert::Inserted;
    for (int p = 0; p < 40; ++p)
        ok = ok && store.upsert(QStringLiteral("pipeline"),
                                pipeline(QStringLiteral("pipe_other_%1").arg(p), false)) ==
                       sync::EntityStore::Upsert::Inserted;
    for (int i = 0; ok && i < candidates; ++i) {
        const QJsonObject c = candidate(i);
        const QString id = c.value(QLatin1String("id")).toString();
        ok = store.upsert(QStringLiteral("candidate"), c) == sync::EntityStore::Upsert::Inserted;
        QString pipelineId;
        QString stageId;
        if (i < pipelineApps) {
            // Spread over the stages by StageShare.
            int slot = (i * 1000) / pipelineApps, stage = 0, acc = StageShare[0];
            while (slot >= acc && stage < 5)
                acc += StageShare[++stage];
            pipelineId = QStringLiteral("pipe_A");
            stageId = QLatin1String(StageIds[stage]);
        } else {
            pipelineId = QStringLiteral("pipe_other_%1").arg(i % 40);
            stageId = QStringLiteral("stage_other");
        }
        const QJsonObject a = application(i, id, pipelineId, stageId, (i * 7777) % 9000000);
        ok = ok && store.upsert(QStringLiteral("application"), a) == sync::EntityStore::Upsert::Inserted;
        if (ok && i % 3 != 0)
            ok = store.upsert(QStringLiteral("ai_insight"),
                              matchScore(i, a.value(QLatin1String("id")).toString())) ==
                 sync::EntityStore::Upsert::Inserted;
    }
    if (!ok)
        std::fprintf(stderr, "fill: %s\n", qPrintable(store.lastError()));
    return ok && store::CacheSchema::rebuildSearchIndex(db) && db.exec("COMMIT");
}

void firstPages(models::BoardPresenter &board) {
    for (int c = 0; c < board.columnCount(); ++c)
        if (board.cards(c)->rowCount() < PageSize && board.cards(c)->canFetchMore({}))
            board.cards(c)->fetchMore({});
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
