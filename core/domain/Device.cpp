#include "core/domain/Device.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<Device> Device::fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
    JsonReader r(json, path, error);
    Device x;
    x.id = r.id("id");
    x.version = r.optInteger("version", 1, kMaxVersion);
    x.name = r.string("name");
    x.platform = r.string("platform");
    x.appVersion = r.optString("app_version");
    x.userId = r.optId("user_id");
    x.registeredAt = r.timestamp("registered_at");
    x.lastSeenAt = r.optTimestamp("last_seen_at");
    x.status = r.oneOf("status", {"active", "revoked"});
    x.wipeRequested = r.optBoolean("wipe_requested").value_or(false);
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
