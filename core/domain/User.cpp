#include "core/domain/User.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<TwoFactor> TwoFactor::fromJson(const QJsonObject &json, DecodeError *error,
                                             const QString &path) {
    JsonReader r(json, path, error);
    TwoFactor x;
    x.enabled = r.boolean("enabled");
    x.method = r.optOneOf("method", {"totp"});
    if (!r.ok())
        return std::nullopt;
    return x;
}

namespace {
struct Overrides {
    QStringList grant;
    QStringList revoke;

    static std::optional<Overrides> fromJson(const QJsonObject &json, DecodeError *error,
                                             const QString &path) {
        JsonReader r(json, path, error);
        Overrides x;
        x.grant = r.optStringList("grant").value_or(QStringList());
        x.revoke = r.optStringList("revoke").value_or(QStringList());
        if (!r.ok())
            return std::nullopt;
        return x;
    }
};
} // namespace

std::optional<User> User::fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
    JsonReader r(json, path, error);
    User x;
    x.id = r.id("id");
    x.version = r.integer("version", 1, kMaxVersion);
    x.updatedAt = r.timestamp("updated_at");
    x.email = r.optString("email");
    x.name = r.optString("name");
    x.roleId = r.id("role_id");
    if (const auto overrides = r.nested("permission_overrides", &Overrides::fromJson)) {
        x.grantOverrides = overrides->grant;
        x.revokeOverrides = overrides->revoke;
    }
    x.scimManaged = r.boolean("scim_managed");
    x.ssoProvider = r.optOneOf("sso_provider", {"entra", "google", "saml"});
    x.twoFactor = r.nested("two_factor", &TwoFactor::fromJson);
    x.status = r.oneOf("status", {"active", "disabled"});
    x.lastLoginAt = r.optTimestamp("last_login_at");
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
