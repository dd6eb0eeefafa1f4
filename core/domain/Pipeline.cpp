#include "core/domain/Pipeline.h"

#include "core/domain/JsonReader.h"

#include <algorithm>

namespace hirex::domain {

std::optional<Stage> Stage::fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
    JsonReader r(json, path, error);
    Stage s;
    s.id = r.id("id");
    s.name = r.string("name");
    s.position = r.integer("position", 1, 100000);
    s.slaDays = r.optInteger("sla_days", 1, 3650);
    s.kind = r.oneOf("kind", {"sourced", "screen", "interview", "offer", "hired", "other"});
    if (!r.ok())
        return std::nullopt;
    return s;
}

std::optional<Pipeline> Pipeline::fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
    JsonReader r(json, path, error);
    Pipeline p;
    p.id = r.id("id");
    p.version = r.integer("version", 1, kMaxVersion);
    p.updatedAt = r.timestamp("updated_at");
    p.name = r.string("name");
    p.jobId = r.id("job_id");
    p.stages = r.list<Stage>("stages", &Stage::fromJson);
    if (!r.ok())
        return std::nullopt;
    std::stable_sort(p.stages.begin(), p.stages.end(),
                     [](const Stage &a, const Stage &b) { return a.position < b.position; });
    return p;
}

} // namespace hirex::domain
