#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

// One scored attribute of a scorecard.
struct AttributeRating {
    QString key;
    std::optional<QString> label;
    qint64 rating = 0; // 1..4
    std::optional<QString> comment;

    static std::optional<AttributeRating> fromJson(const QJsonObject &json, DecodeError *error,
                                                   const QString &path = QString());
};

// An interviewer's scorecard for an application.
struct Evaluation {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QString applicationId;
    QString authorId;
    QString status; // draft | submitted
    QList<AttributeRating> attributes;
    std::optional<QString> overall; // strong_no | no | yes | strong_yes
    std::optional<QString> summary;
    std::optional<QDateTime> submittedAt;

    static std::optional<Evaluation> fromJson(const QJsonObject &json, DecodeError *error,
                                              const QString &path = QString());
};

// GET /v1/applications/{id}/evaluations: others' submitted scorecards stay hidden (counted in
// hiddenCount) until the caller has submitted their own.
struct EvaluationList {
    QList<Evaluation> items;
    qint64 hiddenCount = 0;
    std::optional<QString> nextCursor;

    static std::optional<EvaluationList> fromJson(const QJsonObject &json, DecodeError *error,
                                                  const QString &path = QString());
};

} // namespace hirex::domain
