#pragma once

#include <QString>
#include <QStringList>

namespace hirex::read {

// The tag names of a cached entity's JSON ("tags": strings or {"name": ...} objects, as the
// contract allows). The tags column joins them with spaces, which loses multi-word tags.
QStringList tagsFromJson(const QString &json);
// The same for any such list of a top-level key ("skills", "languages").
QStringList namesFromJson(const QString &json, const char *key);
// The server's `anonymised_label` of a candidate it withholds the identity of (anonymised
// screening), or empty when it sent none.
QString anonymisedLabelFromJson(const QString &json);

} // namespace hirex::read
