#include "core/domain/Me.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<TenantSettings> TenantSettings::fromJson(const QJsonObject &json, DecodeError *error,
                                                       const QString &path) {
    JsonReader r(json, path, error);
    TenantSettings x;
    x.anonymisedScreening = r.optBoolean("anonymised_screening").value_or(false);
    x.aiFeatures = r.optBoolean("ai_features").value_or(false);
    x.defaultLocale = r.optString("default_locale");
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<Tenant> Tenant::fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
    JsonReader r(json, path, error);
    Tenant x;
    x.id = r.id("id");
    x.name = r.string("name");
    x.region = r.optOneOf("region", {"EU", "TR", "US"});
    x.plan = r.optOneOf("plan", {"standard", "enterprise"});
    if (const auto settings = r.optNested("settings", &TenantSettings::fromJson))
        x.settings = *settings;
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<Session> Session::fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
    JsonReader r(json, path, error);
    Session x;
    x.federated = r.optBoolean("federated").value_or(false);
    x.amr = r.optStringList("amr").value_or(QStringList());
    x.expiresAt = r.optTimestamp("expires_at");
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
    if (const auto session = r.optNested("session", &Session::fromJson))
        x.session = *session;
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
