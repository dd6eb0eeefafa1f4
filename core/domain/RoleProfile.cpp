#include "core/domain/RoleProfile.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<Visibility> Visibility::fromJson(const QJsonObject &json, DecodeError *error,
                                               const QString &path) {
    JsonReader r(json, path, error);
    Visibility x;
    x.scope = r.oneOf("scope", {"all", "own_jobs", "assigned"});
    x.hiddenFields = r.stringList("hidden_fields");
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<RoleProfile> RoleProfile::fromJson(const QJsonObject &json, DecodeError *error,
                                                 const QString &path) {
    JsonReader r(json, path, error);
    RoleProfile x;
    x.id = r.id("id");
    x.version = r.integer("version", 1, kMaxVersion);
    x.updatedAt = r.timestamp("updated_at");
    x.name = r.string("name");
    x.description = r.optString("description");
    x.builtin = r.boolean("builtin");
    x.permissions = r.stringList("permissions");
    if (const auto visibility = r.nested("visibility", &Visibility::fromJson))
        x.visibility = *visibility;
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
