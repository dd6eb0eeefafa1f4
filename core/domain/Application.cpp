#include "core/domain/Application.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<Rejection> Rejection::fromJson(const QJsonObject &json, DecodeError *error,
                                             const QString &path) {
    JsonReader r(json, path, error);
    Rejection x;
    x.reasonCode = r.oneOf("reason_code", {"skills", "experience", "withdrew", "position_filled", "other"});
    x.reasonText = r.optString("reason_text");
    x.decidedBy = r.id("decided_by");
    x.decidedAt = r.timestamp("decided_at");
    x.aiInsightsShown = r.optStringList("ai_insights_shown").value_or(QStringList());
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<Application> Application::fromJson(const QJsonObject &json, DecodeError *error,
                                                 const QString &path) {
    JsonReader r(json, path, error);
    Application a;
    a.id = r.id("id");
    a.version = r.integer("version", 1, kMaxVersion);
    a.updatedAt = r.timestamp("updated_at");
    a.candidateId = r.id("candidate_id");
    a.anonymisedLabel = r.optString("anonymised_label");
    a.jobId = r.id("job_id");
    a.pipelineId = r.id("pipeline_id");
    a.stageId = r.id("stage_id");
    a.stageEnteredAt = r.timestamp("stage_entered_at");
    a.status = r.oneOf("status", {"active", "rejected", "hired", "withdrawn"});
    a.rejection = r.optNested("rejection", &Rejection::fromJson);
    a.hiredAt = r.optTimestamp("hired_at");
    a.assignedReviewerIds = r.stringList("assigned_reviewer_ids");
    a.reviewDueAt = r.optTimestamp("review_due_at");
    if (r.ok() && a.status == u"rejected" && !a.rejection)
        r.fail("rejection", QStringLiteral("required when status is rejected"));
    if (!r.ok())
        return std::nullopt;
    return a;
}

} // namespace hirex::domain
