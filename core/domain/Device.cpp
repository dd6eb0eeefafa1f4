#include "core/domain/Device.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<Device> Device::fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
    JsonReader r(json, path, error);
    Device x;
    x.id = r.id("id");
    x.version = r.integer("version", 1, kMaxVersion);
    x.updatedAt = r.timestamp("updated_at");
    x.name = r.string("name");
    x.platform = r.oneOf("platform", {"linux", "windows", "macos"});
    x.appVersion = r.string("app_version");
    x.userId = r.id("user_id");
    x.registeredAt = r.timestamp("registered_at");
    x.lastSeenAt = r.optTimestamp("last_seen_at");
    x.status = r.oneOf("status", {"active", "revoked"});
    x.wipeRequested = r.boolean("wipe_requested");
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
