#include "core/sync/FeedPuller.h"

#include "core/api/Reachability.h"
#include "core/domain/ChangeFeedPage.h"
#include "core/store/CacheSchema.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncLog.h"
#include "core/sync/WorkingSet.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

namespace hirex::sync {

FeedPuller::FeedPuller(const store::SqlCipherDatabase *db, SyncHttp *http, Outbox *outbox,
                       WorkingSet *workingSet, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_http(http)
    , m_outbox(outbox)
    , m_workingSet(workingSet)
    , m_entities(db)
    , m_idleCommit(new QTimer(this)) {
    m_idleCommit->setSingleShot(true);
    connect(m_idleCommit, &QTimer::timeout, this, &FeedPuller::commitIdleBatch);
}

FeedPuller::~FeedPuller() {
    keepAppliedPages();
}

QString FeedPuller::cursor() const {
    return m_db->queryString("SELECT cursor FROM sync_cursors WHERE feed = 'changes'");
}

std::optional<qint64> FeedPuller::seqOf(const QString &cursor) {
    bool ok = false;
    const qint64 seq = cursor.toLongLong(&ok);
    return ok ? std::optional<qint64>(seq) : std::nullopt;
}

void FeedPuller::start(bool firstSync) {
    m_running = true;
    m_firstSync = firstSync;
    pullFrom(cursor());
}

void FeedPuller::pullFrom(const QString &from) {
    if (!m_http) {
        finish(UserMessage{QStringLiteral("sync_stopped"), tr("Synchronisation was stopped."), {}});
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), from.isEmpty() ? QStringLiteral("0") : from);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageLimit));
    const quint64 run = m_run;
    m_http->get(QStringLiteral("/v1/changes?") + query.toString(QUrl::FullyEncoded),
                [this, run](const HttpResult &result) {
                    // A page fetched ahead for a pull that has ended since is dropped.
                    if (run == m_run && m_running)
                        onPage(result);
                });
}

void FeedPuller::onPage(const HttpResult &result) {
    if (!result.ok()) {
        finish(result.error.toUserMessage(), api::meansUnreachable(result.error));
        return;
    }
    Q_EMIT serverAnswered();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
    domain::DecodeError decodeError;
    const std::optional<domain::ChangeFeedPage> page =
        doc.isObject() ? domain::ChangeFeedPage::fromJson(doc.object(), &decodeError) : std::nullopt;
    if (!page) {
        finish(UserMessage{QStringLiteral("sync_decode"), tr("The server sent changes this app cannot read."),
                           doc.isObject() ? decodeError.path : parseError.errorString()});
        return;
    }
    if (page->hasMore)
        pullFrom(page->nextCursor);
    QString error;
    m_idleCommit->stop();
    const bool applied = applyPage(*page, &error);
    const bool commitNow = !page->hasMore || m_batch.pages >= m_options.pagesPerCommit ||
                           m_batch.clock.elapsed() >= m_options.maxBatchDuration.count();
    if (!applied || (commitNow && !commitBatch(!page->hasMore, &error))) {
        rollbackBatch();
        finishWriteFailed(error);
        return;
    }
    if (batchOpen())
        m_idleCommit->start(m_options.idleCommitDelay);
    Q_EMIT pageApplied(int(page->items.size()), page->items.isEmpty() ? -1 : page->items.last().seq);
    if (!page->hasMore)
        finish({});
}

void FeedPuller::finish(const UserMessage &error, bool unreachable) {
    m_idleCommit->stop();
    keepAppliedPages(); // pages applied before a failed fetch stay
    m_running = false;
    ++m_run;
    Q_EMIT finished(error, unreachable);
}

void FeedPuller::finishWriteFailed(const QString &error) {
    finish(UserMessage{QStringLiteral("sync_write_failed"),
                       tr("The local copy could not be updated. Try again, or reset the local cache."),
                       error});
}

bool FeedPuller::releaseWriteLock() {
    commitIdleBatch();
    return !batchOpen();
}

void FeedPuller::commitIdleBatch() {
    if (!batchOpen() || !m_running)
        return;
    QString error;
    if (commitBatch(false, &error))
        return;
    // The pages of this batch are gone with their cursor; pages already requested would commit a
    // cursor past them. End the pull (its pending page is dropped); the next one starts again
    // from the last committed cursor.
    rollbackBatch();
    finishWriteFailed(error);
}

bool FeedPuller::openBatch(QString *error) {
    if (batchOpen())
        return true;
    // Feed pages need no fsync per commit: WAL with synchronous=NORMAL stays consistent, and a
    // power cut loses at most the last batches together with their cursor, so they are fetched
    // again. Everything else (outbox writes outside a pull) keeps synchronous=FULL.
    m_db->exec("PRAGMA synchronous = NORMAL");
    m_batchTransaction.emplace(*m_db);
    if (!m_batchTransaction->isActive()) {
        *error = m_batchTransaction->error();
        m_batchTransaction.reset();
        m_db->exec("PRAGMA synchronous = FULL");
        return false;
    }
    m_batch = Batch();
    m_batch.clock.start();
    // A first sync loads the search index in one pass at its end (see commitBatch).
    if (m_firstSync && !store::CacheSchema::deferSearchIndex(*m_db, error)) {
        rollbackBatch();
        return false;
    }
    return true;
}

bool FeedPuller::commitBatch(bool feedComplete, QString *error) {
    if (!batchOpen())
        return true;
    if (m_batch.deleted > 0 && !store::CacheSchema::purgeDeletedSearchTerms(*m_db, error))
        return false;
    if (feedComplete && m_firstSync) {
        if (store::CacheSchema::searchIndexDeferred(*m_db) &&
            !store::CacheSchema::rebuildSearchIndex(*m_db, error))
            return false;
        if (!m_db->exec("INSERT OR REPLACE INTO settings (key, value) VALUES ('sync.first_complete', '1')",
                        error))
            return false;
    }
    if (const QString failed = m_batchTransaction->commit(); !failed.isEmpty()) {
        *error = failed;
        return false;
    }
    m_batchTransaction.reset();
    const int applied = m_batch.applied;
    const int deleted = m_batch.deleted;
    const EntityChanges changes = std::move(m_batch.changes);
    m_batch = Batch();
    m_db->exec("PRAGMA synchronous = FULL");
    // Only now can other connections (the GUI) see the rows.
    if (applied || deleted)
        Q_EMIT dataChanged(applied, deleted);
    if (!changes.isEmpty())
        Q_EMIT entitiesChanged(changes);
    return true;
}

void FeedPuller::rollbackBatch() {
    if (!batchOpen())
        return;
    m_batchTransaction.reset(); // rolls back
    m_batch = Batch();
    m_db->exec("PRAGMA synchronous = FULL");
}

void FeedPuller::keepAppliedPages() {
    QString error;
    if (batchOpen() && !commitBatch(false, &error)) {
        qCWarning(lcSync) << "commit of applied pages failed:" << error;
        rollbackBatch();
    }
}

bool FeedPuller::applyPage(const domain::ChangeFeedPage &page, QString *error) {
    if (!openBatch(error))
        return false;
    // Queued changes are rare; skip the per-row lookup when there are none.
    const bool outboxBusy =
        m_outbox &&
        m_db->queryInt("SELECT count(*) FROM outbox WHERE state IN ('pending', 'conflict')", 0) > 0;
    for (const domain::ChangeItem &item : page.items) {
        if (EntityStore::tableFor(item.entity).isEmpty())
            continue; // an entity this client does not cache
        if (item.isTombstone()) {
            if (m_outbox)
                m_outbox->forgetEntity(item.entity, item.id);
            if (m_entities.remove(item.entity, item.id)) {
                ++m_batch.deleted;
                m_batch.changes.addRemoved(item.entity, item.id);
            }
            continue;
        }
        if (!item.data)
            continue;
        const QJsonObject &data = *item.data;
        if (item.entity == u"application") {
            const bool cached = m_entities.version(item.entity, item.id).has_value();
            if (!m_firstSync && !m_workingSet->wantsApplication(data, cached))
                continue;
        }
        if (outboxBusy && m_outbox->absorbServerVersion(item.entity, data))
            continue; // the user's queued change stays visible; rollback now restores this version
        const EntityStore::Upsert upsert = m_entities.upsert(item.entity, data);
        if (upsert == EntityStore::Upsert::Failed) {
            *error = m_entities.lastError();
            return false;
        }
        ++m_batch.applied;
        if (upsert != EntityStore::Upsert::Stale)
            m_batch.changes.addWritten(item.entity, item.id);
    }
    const QString next = page.nextCursor;
    if (!next.isEmpty()) {
        store::Statement s =
            m_db->prepare("INSERT OR REPLACE INTO sync_cursors (feed, cursor, updated_at) VALUES "
                          "('changes', ?, ?)");
        s.bind(1, next).bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!s.exec()) {
            *error = s.errorMessage();
            return false;
        }
    }
    ++m_batch.pages;
    return true;
}

} // namespace hirex::sync
