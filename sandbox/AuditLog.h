#pragma once

#include <QJsonObject>
#include <QString>

namespace hirex::sandbox {

class Database;
class Clock;
struct Principal;

// Audit trail: one event per mutation and per read of candidate personal data.
class AuditLog {
public:
    AuditLog(Database &db, Clock &clock);

    void record(const Principal &actor, const QString &sourceIp, const QString &action,
                const QString &targetType, const QString &targetId,
                const QString &outcome = QStringLiteral("success"), const QJsonObject &details = {});
    // Used by the seeder and the system (retention) with an explicit actor and time.
    void recordAs(const QString &actorId, const QString &actorEmail, const QString &sourceIp,
                  const QString &at, const QString &action, const QString &targetType,
                  const QString &targetId, const QString &outcome, const QJsonObject &details);

    static QJsonObject rowToJson(const QVariantList &row);

private:
    Database &m_db;
    Clock &m_clock;
};

} // namespace hirex::sandbox
