#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

// One entry of the change feed: an entity was created/changed (upsert, with its data) or
// removed (tombstone, with a reason such as erased or retention).
struct ChangeItem {
    qint64 seq = 0;
    QString entity; // job | pipeline | candidate | application | evaluation | ai_insight | note | consent |
                    // user | role
    QString id;
    QString op;                    // upsert | tombstone
    std::optional<QString> reason; // erased | retention | visibility_revoked (tombstones only)
    qint64 version = 0;
    // The entity object for upserts, decoded by the sync layer with the entity's fromJson.
    std::optional<QJsonObject> data;

    bool isTombstone() const { return op == u"tombstone"; }

    static std::optional<ChangeItem> fromJson(const QJsonObject &json, DecodeError *error,
                                              const QString &path = QString());
};

// GET /v1/changes.
struct ChangeFeedPage {
    QList<ChangeItem> items;
    QString nextCursor; // never empty: poll again with it when hasMore is false
    bool hasMore = false;

    static std::optional<ChangeFeedPage> fromJson(const QJsonObject &json, DecodeError *error,
                                                  const QString &path = QString());
};

} // namespace hirex::domain
