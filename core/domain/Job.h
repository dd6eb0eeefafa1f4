#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

// A job opening (GET /v1/jobs). Fields a role may not see are std::nullopt.
struct Job {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QString title;
    QString department;
    std::optional<QString> office;
    QString region; // EU | TR | US
    QString status; // open | closed | draft
    QString pipelineId;
    QStringList hiringManagerIds;
    QStringList recruiterIds;

    static std::optional<Job> fromJson(const QJsonObject &json, DecodeError *error,
                                       const QString &path = QString());
};

} // namespace hirex::domain
