#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hirex::domain {

// One line of a candidate's activity timeline (GET /v1/candidates/{id}/activity).
struct ActivityEntry {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QDateTime at;
    std::optional<QString> actorId; // null for system actions (retention, AI)
    QString kind;
    QString summary;
    QJsonObject target; // {type, id} of what the action touched

    static std::optional<ActivityEntry> fromJson(const QJsonObject &json, DecodeError *error,
                                                 const QString &path = QString());
};

} // namespace hirex::domain
