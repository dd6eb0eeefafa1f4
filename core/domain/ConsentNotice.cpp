#include "core/domain/ConsentNotice.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<ConsentNotice> ConsentNotice::fromJson(const QJsonObject &json, DecodeError *error,
                                                     const QString &path) {
    JsonReader r(json, path, error);
    ConsentNotice x;
    x.id = r.id("id");
    x.version = r.integer("version", 1, kMaxVersion);
    x.updatedAt = r.timestamp("updated_at");
    x.framework = r.oneOf("framework", {"gdpr", "kvkk"});
    x.locale = r.string("locale");
    x.purposes = r.stringList("purposes");
    x.title = r.string("title");
    x.body = r.string("body");
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
