#pragma once

#include <QString>
#include <QStringList>

namespace hirex::read {

// The tag names of a cached entity's JSON ("tags": strings or {"name": ...} objects, as the
// contract allows). The tags column joins them with spaces, which loses multi-word tags.
QStringList tagsFromJson(const QString &json);

} // namespace hirex::read
