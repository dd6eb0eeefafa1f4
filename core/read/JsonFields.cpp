#include "core/read/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hirex::read {

QStringList tagsFromJson(const QString &json) {
    return namesFromJson(json, "tags");
}

QStringList namesFromJson(const QString &json, const char *key) {
    QStringList tags;
    const QJsonArray array =
        QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1String(key)).toArray();
    for (const QJsonValue &tag : array) {
        const QString name =
            tag.isString() ? tag.toString() : tag.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            tags.append(name);
    }
    return tags;
}

QString anonymisedLabelFromJson(const QString &json) {
    return QJsonDocument::fromJson(json.toUtf8())
        .object()
        .value(QLatin1String("anonymised_label"))
        .toString();
}

} // namespace hirex::read
