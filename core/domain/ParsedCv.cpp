#include "core/domain/ParsedCv.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<CvExperience> CvExperience::fromJson(const QJsonObject &json, DecodeError *error,
                                                   const QString &path) {
    JsonReader r(json, path, error);
    CvExperience x;
    x.title = r.string("title");
    x.company = r.string("company");
    x.from = r.optString("from");
    x.to = r.optString("to");
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<CvEducation> CvEducation::fromJson(const QJsonObject &json, DecodeError *error,
                                                 const QString &path) {
    JsonReader r(json, path, error);
    CvEducation x;
    x.institution = r.string("institution");
    x.degree = r.optString("degree");
    x.field = r.optString("field");
    x.from = r.optString("from");
    x.to = r.optString("to");
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<ParsedCv> ParsedCv::fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
    JsonReader r(json, path, error);
    ParsedCv x;
    x.id = r.id("id");
    x.version = r.integer("version", 1, kMaxVersion);
    x.updatedAt = r.timestamp("updated_at");
    x.candidateId = r.id("candidate_id");
    x.summary = r.string("summary");
    x.experience = r.list<CvExperience>("experience", &CvExperience::fromJson);
    x.education = r.list<CvEducation>("education", &CvEducation::fromJson);
    x.skills = r.stringList("skills");
    x.languages = r.stringList("languages");
    if (const auto provenance = r.nested("provenance", &AiProvenance::fromJson))
        x.provenance = *provenance;
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
