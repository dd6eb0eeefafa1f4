#pragma once

#include "core/domain/Job.h"
#include "core/store/SqlCipherDatabase.h"

#include <QList>
#include <QString>

namespace hirex::read {

// The jobs of the working set, for the board's job picker: what the cache holds, so the picker
// works offline and lists only jobs whose pipelines are synced. Open jobs first, then by
// title. A row whose JSON cannot be decoded is skipped (and counted), never shown half-read.
class CachedJobs {
public:
    explicit CachedJobs(const store::SqlCipherDatabase *db);

    QList<domain::Job> all();
    // Rows skipped by the last all() because their JSON did not decode.
    int skipped() const { return m_skipped; }
    QString lastError() const { return m_lastError; }

private:
    const store::SqlCipherDatabase *m_db;
    int m_skipped = 0;
    QString m_lastError;
};

} // namespace hirex::read
