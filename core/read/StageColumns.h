#pragma once

#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityChanges.h"

#include <QList>
#include <QString>

namespace hirex::read {

struct StageColumn {
    QString stageId;
    QString name;
    int position = 0;
    int activeCount = 0; // applications with status 'active' in the stage
};

// The board's columns: a pipeline's stages in position order, each with its count of active
// applications, from one grouped query (the count comes from the index, never from the cards).
// GUI-free; one instance per connection and thread, like the statements it holds.
class StageColumns {
public:
    explicit StageColumns(const store::SqlCipherDatabase *db);

    // Empty when the pipeline is not cached, or on error (lastError() then says why).
    QList<StageColumn> query(const QString &pipelineId);

    // Whether a commit's changes alter what the last query() returned: the pipeline itself (its
    // stages are written with it) or an application of it. Removed applications are gone from
    // the cache, so any removal counts.
    bool apply(const sync::EntityChanges &changes);

    QString lastError() const { return m_lastError; }

private:
    const store::SqlCipherDatabase *m_db;
    store::Statement m_columns;
    store::Statement m_inPipeline;
    QString m_pipelineId;
    QString m_lastError;
};

} // namespace hirex::read
