#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

// Who generated an AI insight, with which model and prompt: shown next to every insight.
struct AiProvenance {
    QString provider;
    QString model;
    QDateTime generatedAt;
    QString promptVersion;

    static std::optional<AiProvenance> fromJson(const QJsonObject &json, DecodeError *error,
                                                const QString &path = QString());
};

struct AiEvidence {
    QString quote;
    QString source;

    static std::optional<AiEvidence> fromJson(const QJsonObject &json, DecodeError *error,
                                              const QString &path = QString());
};

struct AiCriterion {
    QString name;
    double weight = 0; // 0..1
    qint64 score = 0;  // 0..100
    QList<AiEvidence> evidence;

    static std::optional<AiCriterion> fromJson(const QJsonObject &json, DecodeError *error,
                                               const QString &path = QString());
};

struct AiMatchScore {
    qint64 score = 0; // 0..100
    QList<AiCriterion> criteria;

    static std::optional<AiMatchScore> fromJson(const QJsonObject &json, DecodeError *error,
                                                const QString &path = QString());
};

struct AiEvaluationSummary {
    QString text;
    QStringList strengths;
    QStringList concerns;

    static std::optional<AiEvaluationSummary> fromJson(const QJsonObject &json, DecodeError *error,
                                                       const QString &path = QString());
};

struct AiTranscriptSegment {
    double startS = 0;
    double endS = 0;
    QString speaker;
    QString text;

    static std::optional<AiTranscriptSegment> fromJson(const QJsonObject &json, DecodeError *error,
                                                       const QString &path = QString());
};

struct AiTranscript {
    double durationS = 0;
    QString language;
    QList<AiTranscriptSegment> segments;

    static std::optional<AiTranscript> fromJson(const QJsonObject &json, DecodeError *error,
                                                const QString &path = QString());
};

struct AiSourcingResult {
    QString name;
    QString headline;
    QString profileUrl;
    qint64 score = 0; // 0..100
    QStringList reasons;

    static std::optional<AiSourcingResult> fromJson(const QJsonObject &json, DecodeError *error,
                                                    const QString &path = QString());
};

struct AiSourcing {
    QList<AiSourcingResult> results;

    static std::optional<AiSourcing> fromJson(const QJsonObject &json, DecodeError *error,
                                              const QString &path = QString());
};

// kind cv_parse: the parsed CV lives at GET /v1/candidates/{id}/parsed-cv.
struct AiCvParse {
    QString parsedCvId;
    QString candidateId;

    static std::optional<AiCvParse> fromJson(const QJsonObject &json, DecodeError *error,
                                             const QString &path = QString());
};

// An AI-generated insight. It informs, never decides: the UI shows `disclaimer` and the
// provenance with it. Exactly the payload matching `kind` is set.
struct AiInsight {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QString kind; // match_score | evaluation_summary | transcript | sourcing | cv_parse
    std::optional<QString> applicationId;
    std::optional<QString> jobId;
    AiProvenance provenance;
    QString disclaimer;
    std::optional<AiMatchScore> matchScore;
    std::optional<AiEvaluationSummary> evaluationSummary;
    std::optional<AiTranscript> transcript;
    std::optional<AiSourcing> sourcing;
    std::optional<AiCvParse> cvParse;

    static std::optional<AiInsight> fromJson(const QJsonObject &json, DecodeError *error,
                                             const QString &path = QString());
};

} // namespace hirex::domain
