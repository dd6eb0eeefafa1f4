#pragma once

#include "core/store/SqlCipherDatabase.h"
#include "core/util/UserMessage.h"

#include <QString>

namespace hirex::ctl {

// `hirexctl export`: the cached applications (with candidate, job and stage) as CSV (RFC 4180,
// formula injection neutralised by core/util's CsvWriter) or JSON. The file is written with
// QSaveFile (complete or not at all) and owner-only permissions: it holds personal data.
class CacheExport {
public:
    static QStringList columns();
    // Returns the number of rows written, or -1 with `error` set.
    static int write(const store::SqlCipherDatabase &db, const QString &format, const QString &pipelineId,
                     const QString &path, UserMessage *error);
};

} // namespace hirex::ctl
