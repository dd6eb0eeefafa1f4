#pragma once

#include "core/domain/DecodeError.h"
#include "core/domain/JsonReader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hirex::domain {

// One page of a cursor-paginated list: `{ "items": [...], "next_cursor": "..." | null }`.
// nextCursor is std::nullopt on the last page.
template<class T>
struct Page {
    QList<T> items;
    std::optional<QString> nextCursor;

    bool hasMore() const { return nextCursor.has_value() && !nextCursor->isEmpty(); }

    static std::optional<Page> fromJson(const QJsonObject &json, DecodeError *error,
                                        const QString &path = QString()) {
        JsonReader r(json, path, error);
        Page page;
        page.items = r.list<T>("items", &T::fromJson);
        page.nextCursor = r.optString("next_cursor");
        if (!r.ok())
            return std::nullopt;
        return page;
    }
};

} // namespace hirex::domain
