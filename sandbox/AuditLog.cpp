#include "sandbox/AuditLog.h"

#include "sandbox/Clock.h"
#include "sandbox/Database.h"
#include "sandbox/Json.h"
#include "sandbox/Principal.h"

#include <QJsonDocument>

namespace hirex::sandbox {

AuditLog::AuditLog(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock) {}

void AuditLog::record(const Principal &actor, const QString &sourceIp, const QString &action,
                      const QString &targetType, const QString &targetId, const QString &outcome,
                      const QJsonObject &details) {
    recordAs(actor.userId, actor.email, sourceIp, Json::iso(m_clock.now()), action, targetType, targetId,
             outcome, details);
}

void AuditLog::recordAs(const QString &actorId, const QString &actorEmail, const QString &sourceIp,
                        const QString &at, const QString &action, const QString &targetType,
                        const QString &targetId, const QString &outcome, const QJsonObject &details) {
    const auto nullable = [](const QString &s) {
        return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
    };
    m_db.exec(
        QStringLiteral("INSERT INTO audit (id, at, actor_id, actor_email, source_ip, action, target_type, "
                       "target_id, outcome, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {Json::randomId(QStringLiteral("aud_")), at, nullable(actorId), nullable(actorEmail),
         nullable(sourceIp), action, nullable(targetType), nullable(targetId), outcome,
         Json::compact(details)});
}

QJsonObject AuditLog::rowToJson(const QVariantList &row) {
    // Row order: id, at, actor_id, actor_email, source_ip, action, target_type, target_id, outcome, details
    const auto str = [&](int i) {
        return row.at(i).isNull() ? QJsonValue() : QJsonValue(row.at(i).toString());
    };
    return QJsonObject{
        {QStringLiteral("id"), row.at(0).toString()},
        {QStringLiteral("at"), row.at(1).toString()},
        {QStringLiteral("actor_id"), str(2)},
        {QStringLiteral("actor_email"), str(3)},
        {QStringLiteral("source_ip"), str(4)},
        {QStringLiteral("action"), row.at(5).toString()},
        {QStringLiteral("target_type"), str(6)},
        {QStringLiteral("target_id"), str(7)},
        {QStringLiteral("outcome"), row.at(8).toString()},
        {QStringLiteral("details"), QJsonDocument::fromJson(row.at(9).toByteArray()).object()}};
}

} // namespace hirex::sandbox
