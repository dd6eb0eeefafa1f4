#include "core/domain/Note.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<Note> Note::fromJson(const QJsonObject &json, DecodeError *error, const QString &path) {
    JsonReader r(json, path, error);
    Note x;
    x.id = r.id("id");
    x.version = r.integer("version", 1, kMaxVersion);
    x.updatedAt = r.timestamp("updated_at");
    x.candidateId = r.id("candidate_id");
    x.authorId = r.optId("author_id");
    x.body = r.string("body");
    x.visibility = r.oneOf("visibility", {"private", "team"});
    x.createdAt = r.optTimestamp("created_at");
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
