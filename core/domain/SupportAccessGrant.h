#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

// Time-limited access of a Hirex support member to the tenant, granted by an admin.
struct SupportAccessGrant {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QString supportMember;
    QString reason;
    QString grantedBy;
    QDateTime grantedAt;
    QDateTime expiresAt;
    QString status; // active | expired | revoked
    std::optional<QDateTime> revokedAt;

    static std::optional<SupportAccessGrant> fromJson(const QJsonObject &json, DecodeError *error,
                                                      const QString &path = QString());
};

} // namespace hirex::domain
