#include "core/domain/ChangeFeedPage.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<ChangeItem> ChangeItem::fromJson(const QJsonObject &json, DecodeError *error,
                                               const QString &path) {
    JsonReader r(json, path, error);
    ChangeItem x;
    x.seq = r.integer("seq", 1, kMaxCount);
    x.entity = r.oneOf("entity", {"job", "pipeline", "candidate", "application", "evaluation", "ai_insight",
                                  "note", "consent", "user", "role"});
    x.id = r.id("id");
    x.op = r.oneOf("op", {"upsert", "tombstone"});
    x.reason = r.optOneOf("reason", {"erased", "retention", "visibility_revoked"});
    x.version = r.integer("version", 1, kMaxVersion);
    x.data = r.optRawObject("data");
    if (r.ok() && x.op == u"upsert" && !x.data)
        r.fail("data", QStringLiteral("required for upsert"));
    if (r.ok() && x.op == u"tombstone" && !x.reason)
        r.fail("reason", QStringLiteral("required for tombstone"));
    if (r.ok() && x.data) {
        // The entity object must at least name itself like the change does.
        JsonReader d(*x.data, r.pathOf("data"), error);
        const QString dataId = d.id("id");
        d.integer("version", 1, kMaxVersion);
        d.timestamp("updated_at");
        if (!d.ok())
            return std::nullopt;
        if (dataId != x.id)
            r.fail("data", QStringLiteral("id differs from the change's id"));
    }
    if (!r.ok())
        return std::nullopt;
    return x;
}

std::optional<ChangeFeedPage> ChangeFeedPage::fromJson(const QJsonObject &json, DecodeError *error,
                                                       const QString &path) {
    JsonReader r(json, path, error);
    ChangeFeedPage x;
    x.items = r.list<ChangeItem>("items", &ChangeItem::fromJson);
    x.nextCursor = r.string("next_cursor");
    x.hasMore = r.boolean("has_more");
    if (r.ok() && x.nextCursor.isEmpty())
        r.fail("next_cursor", QStringLiteral("must not be empty"));
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
