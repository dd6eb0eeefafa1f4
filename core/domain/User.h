#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

struct TwoFactor {
    bool enabled = false;
    std::optional<QString> method; // totp

    static std::optional<TwoFactor> fromJson(const QJsonObject &json, DecodeError *error,
                                             const QString &path = QString());
};

// A user of the tenant. /v1/me sends the caller's own; admins list all (GET /v1/admin/users).
// email and name are optional so that a future visibility rule cannot break decoding.
struct User {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    std::optional<QString> email;
    std::optional<QString> name;
    QString roleId;
    QStringList grantOverrides;  // permission_overrides.grant
    QStringList revokeOverrides; // permission_overrides.revoke
    bool scimManaged = false;
    std::optional<QString> ssoProvider; // entra | google | saml
    std::optional<TwoFactor> twoFactor;
    QString status; // active | disabled
    std::optional<QDateTime> lastLoginAt;

    static std::optional<User> fromJson(const QJsonObject &json, DecodeError *error,
                                        const QString &path = QString());
};

} // namespace hirex::domain
