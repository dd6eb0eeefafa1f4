#pragma once

#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityChanges.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

namespace hirex::sync {

class SyncHttp;
class WorkingSet;

// Keeps the working set in shape after the feed was read: one job of the sync engine. After a
// full sync, and otherwise at most hourly, it chooses the default pins (the user's own jobs, as
// /v1/me says who "own" is) while none are saved, and evicts what is outside the pinned
// pipelines and untouched for a while, and whatever the retention rules have expired.
// What fails is tried again at the next run; none of it fails a sync.
class Housekeeping : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::hours Interval{1};

    Housekeeping(const store::SqlCipherDatabase *db, SyncHttp *http, WorkingSet *workingSet,
                 QObject *parent = nullptr);

    // Rows outside the pinned pipelines that nobody opened for this long are evicted.
    void setEvictUntouchedAfter(std::chrono::seconds age) { m_evictUntouchedAfter = age; }

    // Due after a full sync, on the first run, and an hour after the last run.
    bool isDue(bool afterFullSync) const;
    // Runs now; `then` follows (on the event loop when /v1/me had to be asked).
    void run(std::function<void()> then);

    // Pinning changed: the next cycle re-reads the feed from the start (idempotent upserts) so
    // newly pinned pipelines arrive, and its housekeeping evicts what is no longer pinned.
    void forgetFeedPosition();

Q_SIGNALS:
    // Eviction removed rows: too many to list, so `everything` is set and readers query again.
    void entitiesChanged(const hirex::sync::EntityChanges &changes);

private:
    void evict();

    const store::SqlCipherDatabase *m_db;
    QPointer<SyncHttp> m_http;
    WorkingSet *m_workingSet;
    std::chrono::seconds m_evictUntouchedAfter{std::chrono::hours(24 * 7)};
    QElapsedTimer m_lastRun;
};

} // namespace hirex::sync
