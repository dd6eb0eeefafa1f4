#include "core/domain/SupportAccessGrant.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<SupportAccessGrant> SupportAccessGrant::fromJson(const QJsonObject &json, DecodeError *error,
                                                               const QString &path) {
    JsonReader r(json, path, error);
    SupportAccessGrant x;
    x.id = r.id("id");
    x.version = r.integer("version", 1, kMaxVersion);
    x.updatedAt = r.timestamp("updated_at");
    x.supportMember = r.string("support_member");
    x.reason = r.string("reason");
    x.grantedBy = r.id("granted_by");
    x.grantedAt = r.timestamp("granted_at");
    x.expiresAt = r.timestamp("expires_at");
    x.status = r.oneOf("status", {"active", "expired", "revoked"});
    x.revokedAt = r.optTimestamp("revoked_at");
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
