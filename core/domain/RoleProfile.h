#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

// What a role or a user may see: all candidates, those of their own jobs, or those assigned
// to them, minus hidden fields such as "candidate.phone".
struct Visibility {
    QString scope; // all | own_jobs | assigned
    QStringList hiddenFields;

    static std::optional<Visibility> fromJson(const QJsonObject &json, DecodeError *error,
                                              const QString &path = QString());
};

// A named set of permissions and a visibility (admin: GET /v1/admin/roles).
struct RoleProfile {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QString name;
    std::optional<QString> description;
    bool builtin = false;
    QStringList permissions;
    Visibility visibility;

    static std::optional<RoleProfile> fromJson(const QJsonObject &json, DecodeError *error,
                                               const QString &path = QString());
};

} // namespace hirex::domain
