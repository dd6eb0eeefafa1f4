#include "core/domain/Evaluation.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<AttributeRating> AttributeRating::fromJson(const QJsonObject &json, DecodeError *error,
                                                         const QString &path) {
    JsonReader r(json, path, error);
    AttributeRating a;
    a.key = r.id("key");
    a.label = r.optString("label");
    a.rating = r.integer("rating", 1, 4);
    a.comment = r.optString("comment");
    if (!r.ok())
        return std::nullopt;
    return a;
}

std::optional<Evaluation> Evaluation::fromJson(const QJsonObject &json, DecodeError *error,
                                               const QString &path) {
    JsonReader r(json, path, error);
    Evaluation e;
    e.id = r.id("id");
    e.version = r.integer("version", 1, kMaxVersion);
    e.updatedAt = r.timestamp("updated_at");
    e.applicationId = r.id("application_id");
    e.authorId = r.id("author_id");
    e.status = r.oneOf("status", {"draft", "submitted"});
    e.attributes = r.list<AttributeRating>("attributes", &AttributeRating::fromJson);
    e.overall = r.optOneOf("overall", {"strong_no", "no", "yes", "strong_yes"});
    e.summary = r.optString("summary");
    e.submittedAt = r.optTimestamp("submitted_at");
    if (!r.ok())
        return std::nullopt;
    return e;
}

std::optional<EvaluationList> EvaluationList::fromJson(const QJsonObject &json, DecodeError *error,
                                                       const QString &path) {
    JsonReader r(json, path, error);
    EvaluationList l;
    l.items = r.list<Evaluation>("items", &Evaluation::fromJson);
    l.hiddenCount = r.integer("hidden_count", 0, kMaxCount);
    l.nextCursor = r.optString("next_cursor");
    if (!r.ok())
        return std::nullopt;
    return l;
}

} // namespace hirex::domain
