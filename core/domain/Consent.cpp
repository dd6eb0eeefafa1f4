#include "core/domain/Consent.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<Consent> Consent::fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
    JsonReader r(json, path, error);
    Consent x;
    x.id = r.id("id");
    x.version = r.integer("version", 1, kMaxVersion);
    x.updatedAt = r.timestamp("updated_at");
    x.candidateId = r.id("candidate_id");
    x.framework = r.oneOf("framework", {"gdpr", "kvkk"});
    x.purpose = r.string("purpose");
    x.status = r.oneOf("status", {"granted", "withdrawn"});
    x.noticeId = r.id("notice_id");
    x.locale = r.string("locale");
    x.recordedBy = r.id("recorded_by");
    x.recordedAt = r.timestamp("recorded_at");
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
