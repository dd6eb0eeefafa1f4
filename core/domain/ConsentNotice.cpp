#include "core/domain/ConsentNotice.h"

#include "core/domain/JsonReader.h"

namespace hirex::domain {

std::optional<ConsentNotice> ConsentNotice::fromJson(const QJsonObject &json, DecodeError *error,
                                                     const QString &path) {
    JsonReader r(json, path, error);
    ConsentNotice x;
    x.id = r.id("id");
    x.version = r.optInteger("version", 1, kMaxVersion);
    x.framework = r.oneOf("framework", {"gdpr", "kvkk"});
    x.locale = r.string("locale");
    x.purpose = r.optString("purpose");
    x.title = r.optString("title");
    x.text = r.string("text");
    if (!r.ok())
        return std::nullopt;
    return x;
}

} // namespace hirex::domain
