#pragma once

// The synthetic tenant of the read-side benchmarks (bench_read, bench_board): an encrypted
// cache filled through EntityStore, as the sync writes it, with N candidates, one pipeline of
// M active applications over six stages (the shape of the sandbox's --pipeline-applications M:
// one application of the pipeline per candidate, all active), and one application elsewhere
// for every other candidate; plus the timing helpers both report with.

#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace hirex::bench {

inline constexpr int PageSize = 50;
inline const char *const StageIds[] = {"stage_1", "stage_2", "stage_3", "stage_4", "stage_5", "stage_6"};
// Share of the pipeline's applications per stage, in per mille: the first column is the big one.
inline constexpr int StageShare[] = {400, 250, 150, 100, 70, 30};

inline const char *const FirstNames[] = {"Ayşe",  "Mehmet", "Işıl", "İbrahim", "Zeynep", "Can",
                                         "Elif",  "Emre",   "Anna", "Jonas",   "Lena",   "Sarah",
                                         "David", "Ingrid", "Mert", "Çağla",   "Ömer",   "Gül",
                                         "Lukas", "Sophie", "Emma", "Noah",    "Olivia", "Liam"};
inline const char *const LastNames[] = {"Yılmaz", "Kaya",   "Demir",   "Şahin",    "Çelik",     "Öztürk",
                                        "Aydın",  "Arslan", "Müller",  "Schmidt",  "Schneider", "Fischer",
                                        "Weber",  "Smith",  "Johnson", "Williams", "Brown",     "Jones",
                                        "Garcia", "Miller", "Davis",   "Wilson"};
inline const char *const Tags[] = {"remote",     "senior",   "c++",    "qt",
                                   "relocation", "istanbul", "berlin", "junior"};
inline const char *const Sources[] = {"linkedin", "referral", "career_site", "agency"};

inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// Milliseconds of `body`, median of `runs` (after one warm-up run).
inline double timeIt(int runs, const std::function<void()> &body) {
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

inline void report(const char *what, double ms) {
    std::printf("%-58s %9.2f ms\n", what, ms);
}

inline QString iso(qint64 secondsBeforeNow) {
    return QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC)
        .addSecs(-secondsBeforeNow)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

inline QJsonObject pipeline(const QString &id, bool withStages) {
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

inline QJsonObject candidate(int i) {
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

inline QJsonObject application(int i, const QString &candidateId, const QString &pipelineId,
                               const QString &stageId, int ageSeconds) {
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("app_%1").arg(i, 6, 10, QLatin1Char('0'))},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-03-02T09:41:08Z")},
                       {QStringLiteral("candidate_id"), candidateId},
                       {QStringLiteral("job_id"), QString(QStringLiteral("job_") + pipelineId)},
                       {QStringLiteral("pipeline_id"), pipelineId},
                       {QStringLiteral("stage_id"), stageId},
                       {QStringLiteral("stage_entered_at"), iso(ageSeconds)},
                       {QStringLiteral("status"), i % 20 == 3 && pipelineId != QLatin1String("pipe_A")
                                                      ? QStringLiteral("rejected")
                                                      : QStringLiteral("active")},
                       {QStringLiteral("hired_at"), QJsonValue::Null},
                       {QStringLiteral("assigned_reviewer_ids"), QJsonArray{}},
                       {QStringLiteral("review_due_at"), QJsonValue::Null}};
}

inline QJsonObject matchScore(int i, const QString &applicationId) {
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

inline bool fill(const store::SqlCipherDatabase &db, int candidates, int pipelineApps) {
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

} // namespace hirex::bench
