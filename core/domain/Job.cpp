#include "core/domain/Job.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<Job> Job::fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
    JsonReader r(json, path, error);
    Job j;
    j.id = r.id("id");
    j.version = r.integer("version", 1, kMaxVersion);
    j.updatedAt = r.timestamp("updated_at");
    j.title = r.string("title");
    j.department = r.string("department");
    j.office = r.optString("office");
    j.region = r.oneOf("region", {"EU", "TR", "US"});
    j.status = r.oneOf("status", {"open", "closed", "draft"});
    j.pipelineId = r.id("pipeline_id");
    j.hiringManagerIds = r.stringList("hiring_manager_ids");
    j.recruiterIds = r.stringList("recruiter_ids");
    if (!r.ok())
        return std::nullopt;
    return j;
}

} // namespace hirex::domain
