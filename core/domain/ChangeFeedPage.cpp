#include "core/domain/ChangeFeedPage.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<ChangeItem> ChangeItem::fromJson(const QJsonObject &json, DecodeError *error,
                                               const QString &path) {
    JsonReader r(json, path, error);
    ChangeItem x;
    x.seq = r.integer("seq", 0, kMaxCount);
    x.entity = r.oneOf("entity", {"job", "pipeline", "candidate", "application", "evaluation", "ai_insight",
                                  "note", "consent", "user", "role"});
    x.id = r.id("id");
    x.op = r.oneOf("op", {"upsert", "tombstone"});
    x.reason = r.optOneOf("reason", {"erased", "retention", "visibility_revoked", "deleted"});
    x.version = r.optInteger("version", 1, kMaxVersion);
    x.data = r.optRawObject("data");
    if (r.ok() && x.op == u"upsert" && !x.data)
        r.fail("data", QStringLiteral("required for upsert"));
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<ChangeFeedPage> ChangeFeedPage::fromJson(const QJsonObject &json, DecodeError *error,
                                                       const QString &path) {
    JsonReader r(json, path, error);
    ChangeFeedPage x;
    x.items = r.list<ChangeItem>("items", &ChangeItem::fromJson);
    x.nextCursor = r.optString("next_cursor");
    x.hasMore = r.optBoolean("has_more").value_or(false);
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
