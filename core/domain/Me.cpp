#include "core/domain/Me.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<TenantSettings> TenantSettings::fromJson(const QJsonObject &json, DecodeError *error,
                                                       const QString &path) {
    JsonReader r(json, path, error);
    TenantSettings x;
    x.anonymisedScreening = r.boolean("anonymised_screening");
    x.aiFeatures = r.boolean("ai_features");
    x.defaultLocale = r.string("default_locale");
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<Tenant> Tenant::fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
    JsonReader r(json, path, error);
    Tenant x;
    x.id = r.id("id");
    x.name = r.string("name");
    x.region = r.oneOf("region", {"EU", "TR", "US"});
    x.plan = r.oneOf("plan", {"standard", "enterprise"});
    if (const auto settings = r.nested("settings", &TenantSettings::fromJson))
        x.settings = *settings;
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<Session> Session::fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
    JsonReader r(json, path, error);
    Session x;
    x.federated = r.boolean("federated");
    x.amr = r.stringList("amr");
    x.expiresAt = r.timestamp("expires_at");
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<Me> Me::fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
    JsonReader r(json, path, error);
    Me x;
    if (const auto user = r.nested("user", &User::fromJson))
        x.user = *user;
    if (const auto tenant = r.nested("tenant", &Tenant::fromJson))
        x.tenant = *tenant;
    x.permissions = r.stringList("permissions");
    if (const auto visibility = r.nested("visibility", &Visibility::fromJson))
        x.visibility = *visibility;
    if (const auto session = r.nested("session", &Session::fromJson))
        x.session = *session;
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
