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
    j.department = r.optString("department");
    j.office = r.optString("office");
    j.region = r.optOneOf("region", {"EU", "TR", "US"});
    j.status = r.oneOf("status", {"open", "closed", "draft"});
    j.pipelineId = r.optId("pipeline_id");
    j.hiringManagerIds = r.optStringList("hiring_manager_ids").value_or(QStringList());
    j.recruiterIds = r.optStringList("recruiter_ids").value_or(QStringList());
    if (!r.ok())
        return std::nullopt;
    return j;
}

} // namespace hirex::domain
