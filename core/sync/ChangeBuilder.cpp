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

// The optimistic row after an edit: the cached row with the edited fields on top.
QJsonObject withFields(QJsonObject row, const QJsonObject &fields) {
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.insert(it.key(), it.value());
    return row;
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
                         {QStringLiteral("reason_text"), reasonText},
                         {QStringLiteral("human_confirmation"), humanConfirmation(aiInsightsShown, now)}};
    c.ifMatch = versionOf(application);
    QJsonObject row = application;
    row.insert(QStringLiteral("status"), QStringLiteral("rejected"));
    row.insert(QStringLiteral("rejection"), QJsonObject{{QStringLiteral("reason_code"), reasonCode},
                                                        {QStringLiteral("reason_text"), reasonText},
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

OutboxChange ChangeBuilder::createEvaluation(const QString &applicationId, const QJsonObject &scorecard,
                                             const QDateTime &now) {
    OutboxChange c;
    c.kind = QStringLiteral("evaluation_create");
    c.method = "POST";
    c.entity = QStringLiteral("evaluation");
    c.entityId = QStringLiteral("local_eval_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.path = QStringLiteral("/v1/applications/") + applicationId + QStringLiteral("/evaluations");
    c.body = scorecard;
    QJsonObject row = scorecard;
    row.insert(QStringLiteral("id"), c.entityId);
    row.insert(QStringLiteral("version"), 0);
    row.insert(QStringLiteral("updated_at"), iso(now));
    row.insert(QStringLiteral("application_id"), applicationId);
    row.insert(QStringLiteral("status"), QStringLiteral("draft"));
    c.optimistic = row;
    return c;
}

OutboxChange ChangeBuilder::patchUser(const QJsonObject &user, const QJsonObject &fields) {
    OutboxChange c;
    c.kind = QStringLiteral("admin_edit");
    c.method = "PATCH";
    c.entity = QStringLiteral("user");
    c.entityId = idOf(user);
    c.path = QStringLiteral("/v1/admin/users/") + c.entityId;
    c.body = fields;
    c.ifMatch = versionOf(user);
    c.optimistic = withFields(user, fields);
    return c;
}

} // namespace hirex::sync
