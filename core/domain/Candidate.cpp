#include "core/domain/Candidate.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<Candidate> Candidate::fromJson(const QJsonObject &json, DecodeError *error,
                                             const QString &path) {
    JsonReader r(json, path, error);
    Candidate c;
    c.id = r.id("id");
    c.version = r.integer("version", 1, kMaxVersion);
    c.updatedAt = r.timestamp("updated_at");
    c.firstName = r.optString("first_name");
    c.lastName = r.optString("last_name");
    c.email = r.optString("email");
    c.phone = r.optString("phone");
    c.location = r.optString("location");
    c.region = r.optOneOf("region", {"EU", "TR", "US"});
    c.source = r.optString("source");
    c.tags = r.optStringList("tags");
    c.skills = r.optStringList("skills");
    c.languages = r.optStringList("languages");
    c.createdAt = r.optTimestamp("created_at");
    c.consentState = r.optOneOf("consent_state", {"granted", "pending", "withdrawn", "not_required"});
    c.retentionUntil = r.optTimestamp("retention_until");
    if (!r.ok())
        return std::nullopt;
    return c;
}

} // namespace hirex::domain
