#pragma once

#include "core/domain/DecodeError.h"
#include "core/domain/RoleProfile.h"
#include "core/domain/User.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

struct TenantSettings {
    bool anonymisedScreening = false;
    bool aiFeatures = false;
    QString defaultLocale;

    static std::optional<TenantSettings> fromJson(const QJsonObject &json, DecodeError *error,
                                                  const QString &path = QString());
};

struct Tenant {
    QString id;
    QString name;
    QString region; // EU | TR | US
    QString plan;   // standard | enterprise
    TenantSettings settings;

    static std::optional<Tenant> fromJson(const QJsonObject &json, DecodeError *error,
                                          const QString &path = QString());
};

struct Session {
    bool federated = false;
    QStringList amr;
    QDateTime expiresAt;

    static std::optional<Session> fromJson(const QJsonObject &json, DecodeError *error,
                                           const QString &path = QString());
};

// Who the signed-in user is and what they may do (GET /v1/me).
struct Me {
    User user;
    Tenant tenant;
    QStringList permissions;
    Visibility visibility;
    Session session;

    bool can(const QString &permission) const { return permissions.contains(permission); }

    static std::optional<Me> fromJson(const QJsonObject &json, DecodeError *error,
                                      const QString &path = QString());
};

} // namespace hirex::domain
