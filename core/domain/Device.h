#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

// A registered desktop installation. An admin can revoke it and ask for a wipe.
struct Device {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QString name;
    QString platform; // linux | windows | macos
    QString appVersion;
    QString userId;
    QDateTime registeredAt;
    std::optional<QDateTime> lastSeenAt;
    QString status; // active | revoked
    bool wipeRequested = false;

    static std::optional<Device> fromJson(const QJsonObject &json, DecodeError *error,
                                          const QString &path = QString());
};

} // namespace hirex::domain
