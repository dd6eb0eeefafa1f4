#include "core/domain/ActivityEntry.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<ActivityEntry> ActivityEntry::fromJson(const QJsonObject &json, DecodeError *error,
                                                     const QString &path) {
    JsonReader r(json, path, error);
    ActivityEntry x;
    x.id = r.id("id");
    x.version = r.integer("version", 1, kMaxVersion);
    x.updatedAt = r.timestamp("updated_at");
    x.at = r.timestamp("at");
    x.actorId = r.optId("actor_id");
    x.kind = r.string("kind");
    x.summary = r.string("summary");
    x.target = r.rawObject("target");
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
