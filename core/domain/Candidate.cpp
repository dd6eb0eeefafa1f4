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
    c.anonymisedLabel = r.optString("anonymised_label");
    c.region = r.oneOf("region", {"EU", "TR", "US"});
    c.source = r.string("source");
    c.tags = r.stringList("tags");
    c.skills = r.stringList("skills");
    c.languages = r.stringList("languages");
    c.createdAt = r.timestamp("created_at");
    c.consentState = r.oneOf("consent_state", {"granted", "pending", "withdrawn", "not_required"});
    c.retentionUntil = r.optTimestamp("retention_until");
    if (!r.ok())
        return std::nullopt;
    return c;
}

} // namespace hirex::domain
