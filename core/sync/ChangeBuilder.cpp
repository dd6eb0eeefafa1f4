#include "core/sync/ChangeBuilder.h"

#include <QJsonArray>
#include <QUuid>

namespace hirex::sync {

namespace {

QString iso(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODate);
}

qint64 versionOf(const QJsonObject &row) {
    return row.value(QLatin1String("version")).toInteger();
}

QString idOf(const QJsonObject &row) {
    return row.value(QLatin1String("id")).toString();
}

} // namespace

QJsonObject ChangeBuilder::humanConfirmation(const QStringList &aiInsightsShown, const QDateTime &now) {
    return QJsonObject{{QStringLiteral("confirmed"), true},
                       {QStringLiteral("confirmed_at"), iso(now)},
                       {QStringLiteral("ai_insights_shown"), QJsonArray::fromStringList(aiInsightsShown)}};
}

OutboxChange ChangeBuilder::moveApplication(const QJsonObject &application, const QString &stageId,
                                            const QDateTime &now) {
    OutboxChange c;
    c.kind = QStringLiteral("move");
    c.method = "POST";
    c.entity = QStringLiteral("application");
    c.entityId = idOf(application);
    c.path = QStringLiteral("/v1/applications/") + c.entityId + QStringLiteral("/move");
    c.body = QJsonObject{{QStringLiteral("stage_id"), stageId}};
    c.ifMatch = versionOf(application);
    QJsonObject row = application;
    row.insert(QStringLiteral("stage_id"), stageId);
    row.insert(QStringLiteral("stage_entered_at"), iso(now));
    c.optimistic = row;
    return c;
}

OutboxChange ChangeBuilder::rejectApplication(const QJsonObject &application, const QString &reasonCode,
                                              const QString &reasonText, const QStringList &aiInsightsShown,
                                              const QDateTime &now) {
    OutboxChange c;
    c.kind = QStringLiteral("reject");
    c.method = "POST";
    c.entity = QStringLiteral("application");
    c.entityId = idOf(application);
    c.path = QStringLiteral("/v1/applications/") + c.entityId + QStringLiteral("/reject");
    c.body = QJsonObject{{QStringLiteral("reason_code"), reasonCode},
                         {QStringLiteral("human_confirmation"), humanConfirmation(aiInsightsShown, now)}};
    if (!reasonText.isEmpty()) // optional unless the reason is "other"
        c.body.insert(QStringLiteral("reason_text"), reasonText);
    c.ifMatch = versionOf(application);
    QJsonObject row = application;
    row.insert(QStringLiteral("status"), QStringLiteral("rejected"));
    row.insert(QStringLiteral("rejection"),
               QJsonObject{{QStringLiteral("reason_code"), reasonCode},
                           {QStringLiteral("reason_text"), reasonText.isEmpty() ? QJsonValue() : reasonText},
                           {QStringLiteral("decided_at"), iso(now)}});
    c.optimistic = row;
    return c;
}

OutboxChange ChangeBuilder::hireApplication(const QJsonObject &application,
                                            const QStringList &aiInsightsShown, const QDateTime &now) {
    OutboxChange c;
    c.kind = QStringLiteral("hire");
    c.method = "POST";
    c.entity = QStringLiteral("application");
    c.entityId = idOf(application);
    c.path = QStringLiteral("/v1/applications/") + c.entityId + QStringLiteral("/hire");
    c.body = QJsonObject{{QStringLiteral("human_confirmation"), humanConfirmation(aiInsightsShown, now)}};
    c.ifMatch = versionOf(application);
    QJsonObject row = application;
    row.insert(QStringLiteral("status"), QStringLiteral("hired"));
    row.insert(QStringLiteral("hired_at"), iso(now));
    c.optimistic = row;
    return c;
}

OutboxChange ChangeBuilder::addNote(const QString &candidateId, const QString &body,
                                    const QString &visibility, const QDateTime &now) {
    OutboxChange c;
    c.kind = QStringLiteral("note_create");
    c.method = "POST";
    c.entity = QStringLiteral("note");
    c.entityId = QStringLiteral("local_note_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.path = QStringLiteral("/v1/candidates/") + candidateId + QStringLiteral("/notes");
    c.body = QJsonObject{{QStringLiteral("body"), body}, {QStringLiteral("visibility"), visibility}};
    c.optimistic =
        QJsonObject{{QStringLiteral("id"), c.entityId},       {QStringLiteral("version"), 0},
                    {QStringLiteral("updated_at"), iso(now)}, {QStringLiteral("candidate_id"), candidateId},
                    {QStringLiteral("body"), body},           {QStringLiteral("visibility"), visibility}};
    return c;
}

} // namespace hirex::sync
