#pragma once

// Shared by the read-model tests: a keyed SQLCipher cache with the real schema, filled through
// EntityStore with entities shaped like the contract's examples (api/openapi.yaml,
// tests/domain/data/contract-examples.json), so rows look as the sync writes them.

#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlcipher/sqlite3.h>

namespace hirex::read::testutil {

inline bool openCache(store::SqlCipherDatabase &db, const QTemporaryDir &dir) {
    store::SqlCipherDatabase::Options options;
    options.migrations = store::CacheSchema::migrations();
    return !db.open(dir.filePath(QStringLiteral("read.db")), store::CacheKey::generate(), options).isError();
}

inline QJsonObject pipeline(const QString &id, const QList<QPair<QString, QString>> &stages,
                            qint64 version = 1) {
    QJsonArray array;
    int position = 1;
    for (const auto &stage : stages)
        array.append(QJsonObject{{QStringLiteral("id"), stage.first},
                                 {QStringLiteral("kind"), QStringLiteral("screen")},
                                 {QStringLiteral("name"), stage.second},
                                 {QStringLiteral("position"), position++},
                                 {QStringLiteral("sla_days"), 5}});
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("job_id"), QString(QStringLiteral("job_") + id)},
                       {QStringLiteral("name"), QStringLiteral("Mühendislik – standart süreç")},
                       {QStringLiteral("stages"), array},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-01-15T08:00:00Z")},
                       {QStringLiteral("version"), version}};
}

inline QJsonObject candidate(const QString &id, const QString &first, const QString &last,
                             const QStringList &tags = {}, qint64 version = 1) {
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("updated_at"), QStringLiteral("2026-03-01T17:45:09Z")},
                  {QStringLiteral("created_at"), QStringLiteral("2026-01-20T11:30:00Z")},
                  {QStringLiteral("region"), QStringLiteral("TR")},
                  {QStringLiteral("source"), QStringLiteral("linkedin")},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
                  {QStringLiteral("skills"), QJsonArray{QStringLiteral("Qt 6")}},
                  {QStringLiteral("languages"), QJsonArray{QStringLiteral("tr")}},
                  {QStringLiteral("consent_state"), QStringLiteral("granted")},
                  {QStringLiteral("retention_until"), QStringLiteral("2028-01-20T11:30:00Z")}};
    // Hidden names are absent, not null (contract).
    if (!first.isNull())
        o.insert(QStringLiteral("first_name"), first);
    if (!last.isNull())
        o.insert(QStringLiteral("last_name"), last);
    if (!first.isNull())
        o.insert(QStringLiteral("email"), QString(first.toLower() + QStringLiteral("@example.com.tr")));
    return o;
}

inline QJsonObject application(const QString &id, const QString &candidateId, const QString &pipelineId,
                               const QString &stageId, const QString &enteredAt,
                               const QString &status = QStringLiteral("active"), qint64 version = 1) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-03-02T09:41:08Z")},
                       {QStringLiteral("candidate_id"), candidateId},
                       {QStringLiteral("job_id"), QString(QStringLiteral("job_") + pipelineId)},
                       {QStringLiteral("pipeline_id"), pipelineId},
                       {QStringLiteral("stage_id"), stageId},
                       {QStringLiteral("stage_entered_at"), enteredAt},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("hired_at"), QJsonValue::Null},
                       {QStringLiteral("assigned_reviewer_ids"), QJsonArray{}},
                       {QStringLiteral("review_due_at"), QJsonValue::Null}};
}

inline QJsonObject matchScore(const QString &id, const QString &applicationId, int score,
                              const QString &updatedAt = QStringLiteral("2026-03-01T18:02:33Z"),
                              qint64 version = 1) {
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), version},
        {QStringLiteral("updated_at"), updatedAt},
        {QStringLiteral("kind"), QStringLiteral("match_score")},
        {QStringLiteral("disclaimer"), QStringLiteral("AI-generated. Informs, does not decide.")},
        {QStringLiteral("subject"), QJsonObject{{QStringLiteral("application_id"), applicationId}}},
        {QStringLiteral("match_score"),
         QJsonObject{{QStringLiteral("score"), score},
                     {QStringLiteral("criteria"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("C++ ve Qt deneyimi")},
                                             {QStringLiteral("score"), 92},
                                             {QStringLiteral("weight"), 0.5},
                                             {QStringLiteral("evidence"), QJsonArray{}}}}}}}};
}

// A job of `pipelineId`, shaped like the contract's Job.
inline QJsonObject jobJson(const QString &id, const QString &title, const QString &pipelineId,
                           const QString &status = QStringLiteral("open")) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-01-15T08:00:00Z")},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("department"), QStringLiteral("Engineering")},
                       {QStringLiteral("region"), QStringLiteral("TR")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("pipeline_id"), pipelineId},
                       {QStringLiteral("hiring_manager_ids"), QJsonArray{}},
                       {QStringLiteral("recruiter_ids"), QJsonArray{}}};
}

// A scorecard (the contract's Evaluation): a draft without overall, or submitted with one.
inline QJsonObject scorecard(const QString &id, const QString &applicationId, const QString &author,
                             bool submitted, const QString &updatedAt, qint64 version = 1,
                             const QString &overall = QStringLiteral("strong_yes")) {
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), version},
        {QStringLiteral("updated_at"), updatedAt},
        {QStringLiteral("application_id"), applicationId},
        {QStringLiteral("author_id"), author},
        {QStringLiteral("status"), submitted ? QStringLiteral("submitted") : QStringLiteral("draft")},
        {QStringLiteral("attributes"), QJsonArray{}},
        {QStringLiteral("overall"), submitted ? QJsonValue(overall) : QJsonValue()},
        {QStringLiteral("summary"), QJsonValue()},
        {QStringLiteral("submitted_at"), submitted ? QJsonValue(updatedAt) : QJsonValue()}};
}

inline bool put(sync::EntityStore &store, const QString &kind, const QJsonObject &data) {
    const sync::EntityStore::Upsert r = store.upsert(kind, data);
    return r == sync::EntityStore::Upsert::Inserted || r == sync::EntityStore::Upsert::Updated;
}

// What the scorecard tests review: pipeline `pipe` with stages stage_screen (`screenName`) and
// stage_int ("Interview"), its open job job_<pipe> (`jobTitle`), and two applicants,
// cand_1 Ayşe Yılmaz as app_1 in stage_int and cand_2 Lena Schäfer as app_2 in stage_screen.
inline bool putTwoApplicants(sync::EntityStore &store, const QString &pipe, const QString &jobTitle,
                             const QString &screenName) {
    return put(store, QStringLiteral("pipeline"),
               pipeline(pipe, {{QStringLiteral("stage_screen"), screenName},
                               {QStringLiteral("stage_int"), QStringLiteral("Interview")}})) &&
           put(store, QStringLiteral("job"), jobJson(QStringLiteral("job_") + pipe, jobTitle, pipe)) &&
           put(store, QStringLiteral("candidate"),
               candidate(QStringLiteral("cand_1"), QStringLiteral("Ayşe"), QStringLiteral("Yılmaz"))) &&
           put(store, QStringLiteral("candidate"),
               candidate(QStringLiteral("cand_2"), QStringLiteral("Lena"), QStringLiteral("Schäfer"))) &&
           put(store, QStringLiteral("application"),
               application(QStringLiteral("app_1"), QStringLiteral("cand_1"), pipe,
                           QStringLiteral("stage_int"), QStringLiteral("2026-03-01T09:00:00Z"))) &&
           put(store, QStringLiteral("application"),
               application(QStringLiteral("app_2"), QStringLiteral("cand_2"), pipe,
                           QStringLiteral("stage_screen"), QStringLiteral("2026-03-01T09:00:00Z")));
}

// Statements stepped but not reset keep a read transaction open, which stops WAL checkpoints.
inline int busyStatements(const store::SqlCipherDatabase &db) {
    int busy = 0;
    for (sqlite3_stmt *s = sqlite3_next_stmt(db.handle(), nullptr); s; s = sqlite3_next_stmt(db.handle(), s))
        busy += sqlite3_stmt_busy(s) ? 1 : 0;
    return busy;
}

// EXPLAIN QUERY PLAN's detail lines. The detail is column 3 in every SQLite version's layout
// (3.15 in Debian's SQLCipher: selectid, order, from, detail; 3.24 and later: id, parent,
// notused, detail).
inline QStringList queryPlan(const store::SqlCipherDatabase &db, const QByteArray &sql) {
    store::Statement s = db.prepare(QByteArray("EXPLAIN QUERY PLAN " + sql).constData());
    QStringList lines;
    while (s.next())
        lines.append(s.columnText(3));
    if (!s.ok())
        lines.append(QStringLiteral("error: ") + s.errorMessage());
    s.reset();
    return lines;
}

} // namespace hirex::read::testutil
