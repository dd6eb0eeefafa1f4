#include "core/sync/Housekeeping.h"

#include "core/store/CacheSchema.h"
#include "core/store/Transaction.h"
#include "core/sync/SyncHttp.h"
#include "core/sync/SyncLog.h"
#include "core/sync/WorkingSet.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace hirex::sync {

Housekeeping::Housekeeping(const store::SqlCipherDatabase *db, SyncHttp *http, WorkingSet *workingSet,
                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_http(http)
    , m_workingSet(workingSet) {}

bool Housekeeping::isDue(bool afterFullSync) const {
    return afterFullSync || !m_lastRun.isValid() ||
           m_lastRun.elapsed() > std::chrono::milliseconds(Interval).count();
}

void Housekeeping::run(std::function<void()> then) {
    m_lastRun.start();
    if (!m_workingSet->needsDefaults() || !m_http) {
        evict();
        then();
        return;
    }
    // The default working set is the user's own jobs: who "own" is depends on /v1/me.
    QPointer<Housekeeping> self(this);
    m_http->get(QStringLiteral("/v1/me"), [self, then](const HttpResult &result) {
        if (!self)
            return;
        const QString userId = QJsonDocument::fromJson(result.body)
                                   .object()
                                   .value(QLatin1String("user"))
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toString();
        if (result.ok() && !userId.isEmpty()) {
            store::Transaction txn(*self->m_db);
            if (txn.isActive())
                self->m_workingSet->chooseDefaultPins(userId);
            // The defaults are chosen again at the next run while none are saved.
            if (const QString failed = txn.isActive() ? txn.commit() : txn.error(); !failed.isEmpty())
                qCWarning(lcSync) << "default pins not saved:" << failed;
        }
        self->evict();
        then();
    });
}

void Housekeeping::evict() {
    m_workingSet->load();
    store::Transaction txn(*m_db);
    bool evicted = false;
    if (txn.isActive()) {
        const WorkingSet::Eviction e =
            m_workingSet->evict(QDateTime::currentDateTimeUtc(), m_evictUntouchedAfter.count());
        if (e.candidates || e.expired)
            store::CacheSchema::purgeDeletedSearchTerms(*m_db);
        evicted = e.applications || e.candidates || e.expired;
    }
    // What is not evicted now is evicted at the next run.
    if (const QString failed = txn.isActive() ? txn.commit() : txn.error(); !failed.isEmpty()) {
        qCWarning(lcSync) << "eviction not saved:" << failed;
    } else if (evicted) {
        EntityChanges everything;
        everything.everything = true;
        Q_EMIT entitiesChanged(everything);
    }
}

void Housekeeping::forgetFeedPosition() {
    m_db->exec("DELETE FROM settings WHERE key = 'sync.first_complete'; DELETE FROM sync_cursors WHERE feed "
               "= 'changes'");
}

} // namespace hirex::sync
