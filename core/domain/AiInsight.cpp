#include "core/domain/AiInsight.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<AiProvenance> AiProvenance::fromJson(const QJsonObject &json, DecodeError *error,
                                                   const QString &path) {
    JsonReader r(json, path, error);
    AiProvenance x;
    x.provider = r.string("provider");
    x.model = r.string("model");
    x.generatedAt = r.timestamp("generated_at");
    x.promptVersion = r.string("prompt_version");
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<AiEvidence> AiEvidence::fromJson(const QJsonObject &json, DecodeError *error,
                                               const QString &path) {
    JsonReader r(json, path, error);
    AiEvidence x;
    x.quote = r.string("quote");
    x.source = r.string("source");
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<AiCriterion> AiCriterion::fromJson(const QJsonObject &json, DecodeError *error,
                                                 const QString &path) {
    JsonReader r(json, path, error);
    AiCriterion x;
    x.name = r.string("name");
    x.weight = r.number("weight", 0, 1);
    x.score = r.integer("score", 0, 100);
    x.evidence = r.list<AiEvidence>("evidence", &AiEvidence::fromJson);
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<AiMatchScore> AiMatchScore::fromJson(const QJsonObject &json, DecodeError *error,
                                                   const QString &path) {
    JsonReader r(json, path, error);
    AiMatchScore x;
    x.score = r.integer("score", 0, 100);
    x.criteria = r.list<AiCriterion>("criteria", &AiCriterion::fromJson);
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<AiEvaluationSummary> AiEvaluationSummary::fromJson(const QJsonObject &json, DecodeError *error,
                                                                 const QString &path) {
    JsonReader r(json, path, error);
    AiEvaluationSummary x;
    x.text = r.string("text");
    x.strengths = r.stringList("strengths");
    x.concerns = r.stringList("concerns");
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<AiTranscriptSegment> AiTranscriptSegment::fromJson(const QJsonObject &json, DecodeError *error,
                                                                 const QString &path) {
    JsonReader r(json, path, error);
    AiTranscriptSegment x;
    x.startS = r.number("start_s", 0, 1e7);
    x.endS = r.number("end_s", 0, 1e7);
    x.speaker = r.string("speaker");
    x.text = r.string("text");
    if (r.ok() && x.endS < x.startS)
        r.fail("end_s", QStringLiteral("must not be before start_s"));
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<AiTranscript> AiTranscript::fromJson(const QJsonObject &json, DecodeError *error,
                                                   const QString &path) {
    JsonReader r(json, path, error);
    AiTranscript x;
    x.durationS = r.number("duration_s", 0, 1e7);
    x.language = r.string("language");
    x.segments = r.list<AiTranscriptSegment>("segments", &AiTranscriptSegment::fromJson);
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<AiSourcingResult> AiSourcingResult::fromJson(const QJsonObject &json, DecodeError *error,
                                                           const QString &path) {
    JsonReader r(json, path, error);
    AiSourcingResult x;
    x.name = r.string("name");
    x.headline = r.string("headline");
    x.profileUrl = r.string("profile_url");
    x.score = r.integer("score", 0, 100);
    x.reasons = r.stringList("reasons");
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<AiSourcing> AiSourcing::fromJson(const QJsonObject &json, DecodeError *error,
                                               const QString &path) {
    JsonReader r(json, path, error);
    AiSourcing x;
    x.results = r.list<AiSourcingResult>("results", &AiSourcingResult::fromJson);
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<AiCvParse> AiCvParse::fromJson(const QJsonObject &json, DecodeError *error,
                                             const QString &path) {
    JsonReader r(json, path, error);
    AiCvParse x;
    x.parsedCvId = r.id("parsed_cv_id");
    x.candidateId = r.id("candidate_id");
    if (!r.ok())
        return std::nullopt;
    return x;
}

namespace {
struct Subject {
    std::optional<QString> applicationId;
    std::optional<QString> jobId;

    static std::optional<Subject> fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
        JsonReader r(json, path, error);
        Subject x;
        x.applicationId = r.optId("application_id");
        x.jobId = r.optId("job_id");
        if (r.ok() && !x.applicationId && !x.jobId)
            r.fail(nullptr, QStringLiteral("expected application_id or job_id"));
        if (!r.ok())
            return std::nullopt;
        return x;
    }
};
} // namespace

std::optional<AiInsight> AiInsight::fromJson(const QJsonObject &json, DecodeError *error,
                                             const QString &path) {
    JsonReader r(json, path, error);
    AiInsight x;
    x.id = r.id("id");
    x.version = r.integer("version", 1, kMaxVersion);
    x.updatedAt = r.timestamp("updated_at");
    x.kind = r.oneOf("kind", {"match_score", "evaluation_summary", "transcript", "sourcing", "cv_parse"});
    const std::optional<Subject> subject = r.nested("subject", &Subject::fromJson);
    if (subject) {
        x.applicationId = subject->applicationId;
        x.jobId = subject->jobId;
    }
    if (const auto provenance = r.nested("provenance", &AiProvenance::fromJson))
        x.provenance = *provenance;
    x.disclaimer = r.string("disclaimer");
    // The payload sits under the key named like the kind and must be there for that kind.
    if (x.kind == u"match_score")
        x.matchScore = r.nested("match_score", &AiMatchScore::fromJson);
    else if (x.kind == u"evaluation_summary")
        x.evaluationSummary = r.nested("evaluation_summary", &AiEvaluationSummary::fromJson);
    else if (x.kind == u"transcript")
        x.transcript = r.nested("transcript", &AiTranscript::fromJson);
    else if (x.kind == u"sourcing")
        x.sourcing = r.nested("sourcing", &AiSourcing::fromJson);
    else if (x.kind == u"cv_parse")
        x.cvParse = r.nested("cv_parse", &AiCvParse::fromJson);
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
