#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

struct RetentionScope {
    QStringList regions;
    QStringList pipelineIds;
    QStringList candidateStatuses;

    static std::optional<RetentionScope> fromJson(const QJsonObject &json, DecodeError *error,
                                                  const QString &path = QString());
};

// Deletes or anonymises candidates after a period (admin: GET /v1/admin/retention-rules).
struct RetentionRule {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QString name;
    RetentionScope scope;
    qint64 periodDays = 0;
    QString action; // delete | anonymise
    bool enabled = false;

    static std::optional<RetentionRule> fromJson(const QJsonObject &json, DecodeError *error,
                                                 const QString &path = QString());
};

} // namespace hirex::domain
