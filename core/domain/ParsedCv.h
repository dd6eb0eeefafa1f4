#pragma once

#include "core/domain/AiInsight.h"
#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

struct CvExperience {
    QString title;
    QString company;
    std::optional<QString> from; // "YYYY-MM" or similar, as parsed; null when unknown
    std::optional<QString> to;   // null: current position

    static std::optional<CvExperience> fromJson(const QJsonObject &json, DecodeError *error,
                                                const QString &path = QString());
};

struct CvEducation {
    QString institution;
    std::optional<QString> degree;
    std::optional<QString> field;
    std::optional<QString> from;
    std::optional<QString> to;

    static std::optional<CvEducation> fromJson(const QJsonObject &json, DecodeError *error,
                                               const QString &path = QString());
};

// The AI-parsed structure of a candidate's CV (GET /v1/candidates/{id}/parsed-cv), shown with
// its provenance: it informs, the PDF stays the source.
struct ParsedCv {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QString candidateId;
    QString summary;
    QList<CvExperience> experience;
    QList<CvEducation> education;
    QStringList skills;
    QStringList languages;
    AiProvenance provenance;

    static std::optional<ParsedCv> fromJson(const QJsonObject &json, DecodeError *error,
                                            const QString &path = QString());
};

} // namespace hirex::domain
