#pragma once

// Shared by the board's model, presenter and page tests: a small pipeline in a real SQLCipher
// cache, written through EntityStore as the sync writes it (see tests/read/ReadTestUtil.h).

#include "core/domain/Job.h"
#include "core/sync/EntityStore.h"
#include "tests/read/ReadTestUtil.h"

#include <QDateTime>
#include <QTest>

namespace hirex::board::testutil {

using namespace hirex::read::testutil;

// "Now" for every board test: days in stage, SLA and retention are computed against it.
inline QDateTime testNow() {
    return QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
}

inline QString daysAgo(int days) {
    return testNow().addDays(-days).toString(Qt::ISODate);
}

// pipe_A: Sourced, Interview, Offer (SLA 5 days each); job_pipe_A.
//   Sourced:   app_1 Lena Schäfer (12 days, tags qt c++, score 92, consent withdrawn)
//              app_2 Ahmet Yılmaz (3 days, tag java, score 40)
//              app_3 anonymised (1 day, no score)
//   Interview: app_4 Zoe Adams (4 days, tag qt, score 75, retention ends in 10 days)
//   Offer:     empty
inline void fillBoard(store::SqlCipherDatabase &db) {
    sync::EntityStore store(&db);
    QVERIFY(
        put(store, QStringLiteral("pipeline"),
            pipeline(QStringLiteral("pipe_A"), {{QStringLiteral("stage_src"), QStringLiteral("Sourced")},
                                                {QStringLiteral("stage_int"), QStringLiteral("Interview")},
                                                {QStringLiteral("stage_off"), QStringLiteral("Offer")}})));
    QJsonObject lena = candidate(QStringLiteral("cand_1"), QStringLiteral("Lena"), QStringLiteral("Schäfer"),
                                 {QStringLiteral("qt"), QStringLiteral("c++")});
    lena.insert(QStringLiteral("consent_state"), QStringLiteral("withdrawn"));
    QVERIFY(put(store, QStringLiteral("candidate"), lena));
    QJsonObject ahmet = candidate(QStringLiteral("cand_2"), QStringLiteral("Ahmet"), QStringLiteral("Yılmaz"),
                                  {QStringLiteral("java")});
    ahmet.insert(QStringLiteral("source"), QStringLiteral("referral"));
    QVERIFY(put(store, QStringLiteral("candidate"), ahmet));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_3xyz42"), QString(), QString())));
    QJsonObject zoe = candidate(QStringLiteral("cand_4"), QStringLiteral("Zoe"), QStringLiteral("Adams"),
                                {QStringLiteral("qt")});
    zoe.insert(QStringLiteral("retention_until"), testNow().addDays(10).toString(Qt::ISODate));
    QVERIFY(put(store, QStringLiteral("candidate"), zoe));
    const QString p = QStringLiteral("pipe_A");
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_1"), QStringLiteral("cand_1"), p, QStringLiteral("stage_src"),
                            daysAgo(12))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_2"), QStringLiteral("cand_2"), p, QStringLiteral("stage_src"),
                            daysAgo(3))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_3"), QStringLiteral("cand_3xyz42"), p,
                            QStringLiteral("stage_src"), daysAgo(1))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_4"), QStringLiteral("cand_4"), p, QStringLiteral("stage_int"),
                            daysAgo(4))));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ins_1"), QStringLiteral("app_1"), 92)));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ins_2"), QStringLiteral("app_2"), 40)));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ins_4"), QStringLiteral("app_4"), 75)));
}

inline domain::Job job(const QString &id, const QString &title, const QString &pipelineId) {
    domain::Job j;
    j.id = id;
    j.title = title;
    j.status = QStringLiteral("open");
    j.region = QStringLiteral("EU");
    j.department = QStringLiteral("Engineering");
    j.pipelineId = pipelineId;
    return j;
}

} // namespace hirex::board::testutil
