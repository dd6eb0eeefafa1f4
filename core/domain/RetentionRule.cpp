#include "core/domain/RetentionRule.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<RetentionScope> RetentionScope::fromJson(const QJsonObject &json, DecodeError *error,
                                                       const QString &path) {
    JsonReader r(json, path, error);
    RetentionScope x;
    x.regions = r.stringList("regions");
    x.pipelineIds = r.stringList("pipeline_ids");
    x.candidateStatuses = r.stringList("candidate_statuses");
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<RetentionRule> RetentionRule::fromJson(const QJsonObject &json, DecodeError *error,
                                                     const QString &path) {
    JsonReader r(json, path, error);
    RetentionRule x;
    x.id = r.id("id");
    x.version = r.integer("version", 1, kMaxVersion);
    x.updatedAt = r.timestamp("updated_at");
    x.name = r.string("name");
    if (const auto scope = r.nested("scope", &RetentionScope::fromJson))
        x.scope = *scope;
    x.periodDays = r.integer("period_days", 1, 3650);
    x.action = r.oneOf("action", {"delete", "anonymise"});
    x.enabled = r.boolean("enabled");
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
