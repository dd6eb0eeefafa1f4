#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

// One entry of the tenant's audit log (GET /v1/admin/audit-events).
struct AuditEvent {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QDateTime at;
    std::optional<QString> actorId;
    std::optional<QString> actorEmail;
    std::optional<QString> sourceIp;
    QString action;
    QString targetType;
    std::optional<QString> targetId;
    QString outcome; // success | denied | failure
    QJsonObject details;

    static std::optional<AuditEvent> fromJson(const QJsonObject &json, DecodeError *error,
                                              const QString &path = QString());
};

} // namespace hirex::domain
