#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

struct ServiceComponent {
    QString name;
    QString status; // ok | degraded | maintenance | down

    static std::optional<ServiceComponent> fromJson(const QJsonObject &json, DecodeError *error,
                                                    const QString &path = QString());
};

// GET /v1/status (no sign-in needed): is the service up, and which version is it.
struct ServiceStatus {
    QString status; // ok | degraded | maintenance
    QString version;
    QDateTime time;
    QList<ServiceComponent> components;

    static std::optional<ServiceStatus> fromJson(const QJsonObject &json, DecodeError *error,
                                                 const QString &path = QString());
};

} // namespace hirex::domain
