#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

// Why and by whom an application was rejected.
struct Rejection {
    QString reasonCode; // skills | experience | withdrew | position_filled | other
    std::optional<QString> reasonText;
    QString decidedBy;
    QDateTime decidedAt;
    QStringList aiInsightsShown;

    static std::optional<Rejection> fromJson(const QJsonObject &json, DecodeError *error,
                                             const QString &path = QString());
};

// A candidate in a job's pipeline (GET /v1/applications).
struct Application {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QString candidateId;
    std::optional<QString> anonymisedLabel; // the candidate's, under anonymised screening
    QString jobId;
    QString pipelineId;
    QString stageId;
    QDateTime stageEnteredAt;
    QString status; // active | rejected | hired | withdrawn
    std::optional<Rejection> rejection;
    std::optional<QDateTime> hiredAt;
    QStringList assignedReviewerIds;
    std::optional<QDateTime> reviewDueAt;

    static std::optional<Application> fromJson(const QJsonObject &json, DecodeError *error,
                                               const QString &path = QString());
};

} // namespace hirex::domain
