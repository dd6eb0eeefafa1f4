#include "core/domain/AuditEvent.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<AuditEvent> AuditEvent::fromJson(const QJsonObject &json, DecodeError *error,
                                               const QString &path) {
    JsonReader r(json, path, error);
    AuditEvent x;
    x.id = r.id("id");
    x.version = r.integer("version", 1, kMaxVersion);
    x.updatedAt = r.timestamp("updated_at");
    x.at = r.timestamp("at");
    x.actorId = r.optId("actor_id");
    x.actorEmail = r.optString("actor_email");
    x.sourceIp = r.optString("source_ip");
    x.action = r.string("action");
    x.targetType = r.string("target_type");
    x.targetId = r.optString("target_id");
    x.outcome = r.oneOf("outcome", {"success", "denied", "failure"});
    x.details = r.rawObject("details");
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
