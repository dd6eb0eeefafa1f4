#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

// One column of a pipeline board.
struct Stage {
    QString id;
    QString name;
    qint64 position = 0;
    std::optional<qint64> slaDays;
    QString kind; // sourced | screen | interview | offer | hired | other

    static std::optional<Stage> fromJson(const QJsonObject &json, DecodeError *error,
                                         const QString &path = QString());
};

// The ordered stages a job's applications move through (GET /v1/pipelines).
struct Pipeline {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QString name;
    QString jobId;
    QList<Stage> stages; // sorted by position

    static std::optional<Pipeline> fromJson(const QJsonObject &json, DecodeError *error,
                                            const QString &path = QString());
};

} // namespace hirex::domain
