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
    std::optional<QString> promptVersion;

    static std::optional<AiProvenance> fromJson(const QJsonObject &json, DecodeError *error,
                                                const QString &path = QString());
};

struct AiEvidence {
    QString quote;
    std::optional<QString> source;

    static std::optional<AiEvidence> fromJson(const QJsonObject &json, DecodeError *error,
                                              const QString &path = QString());
};

struct AiCriterion {
    QString name;
    std::optional<double> weight; // 0..1
    double score = 0;             // 0..100
    QList<AiEvidence> evidence;

    static std::optional<AiCriterion> fromJson(const QJsonObject &json, DecodeError *error,
                                               const QString &path = QString());
};

struct AiMatchScore {
    double score = 0; // 0..100
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
    std::optional<QString> speaker;
    QString text;

    static std::optional<AiTranscriptSegment> fromJson(const QJsonObject &json, DecodeError *error,
                                                       const QString &path = QString());
};

struct AiTranscript {
    double durationS = 0;
    std::optional<QString> language;
    QList<AiTranscriptSegment> segments;

    static std::optional<AiTranscript> fromJson(const QJsonObject &json, DecodeError *error,
                                                const QString &path = QString());
};

struct AiSourcingResult {
    QString name;
    std::optional<QString> headline;
    std::optional<QString> profileUrl;
    double score = 0; // 0..100
    QStringList reasons;

    static std::optional<AiSourcingResult> fromJson(const QJsonObject &json, DecodeError *error,
                                                    const QString &path = QString());
};

struct AiSourcing {
    QList<AiSourcingResult> results;

    static std::optional<AiSourcing> fromJson(const QJsonObject &json, DecodeError *error,
                                              const QString &path = QString());
};

// An AI-generated insight. It informs, never decides: the UI shows `disclaimer` and the
// provenance with it. Exactly the payload matching `kind` is set (cv_parse has none here:
// the parsed CV has its own endpoint).
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

    static std::optional<AiInsight> fromJson(const QJsonObject &json, DecodeError *error,
                                             const QString &path = QString());
};

} // namespace hirex::domain
