#pragma once

#include "core/api/ApiError.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/Transaction.h"
#include "core/sync/EntityChanges.h"
#include "core/sync/EntityStore.h"
#include "core/sync/SyncHttp.h"
#include "core/util/UserMessage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class QTimer;

namespace hirex::domain {
struct ChangeFeedPage;
}

namespace hirex::sync {

class Outbox;
class WorkingSet;

// Pulls the change feed (GET /v1/changes) from the stored cursor until has_more is false and
// writes it into the cache: one job of the sync engine.
//
// Each page is applied and its next_cursor stored in the same transaction, and pages commit in
// batches (see Options), so a crash at any moment resumes at the last committed page: nothing
// lost, nothing applied twice (upserts are version-guarded, tombstones idempotent). The next
// page is asked for before the current one is written, so the server works while we write;
// pages still commit strictly in order. A first sync defers the search index and rebuilds it in
// one pass in its last transaction (CacheSchema::deferSearchIndex). Tombstones delete at once
// (secure_delete is on; CacheSchema's triggers take a candidate's notes, CV, consents and
// applications along) and the FTS index is merged afterwards so erased words leave it too.
// Rows with queued outbox changes keep the user's optimistic state.
class FeedPuller : public QObject {
    Q_OBJECT

public:
    struct Options {
        int pageLimit = 500;
        // Pages applied per transaction. Every commit writes (and SQLCipher re-encrypts, AES +
        // HMAC per 4 KB page) each B-tree page it touched, and random ids touch pages all over
        // the indexes; committing per page was a third of a first sync. A crash loses at most
        // this many pages (with their cursor), fetched again on the next run.
        int pagesPerCommit = 50;
        // A batch also commits once it has been open this long, and when no next page has
        // arrived this soon after the last one: the write lock is held only while pages are
        // being written, so other connections (the GUI, `hirexctl change`, whose busy_timeout is
        // 5 s) wait at most about maxBatchDuration.
        std::chrono::milliseconds maxBatchDuration{2000};
        std::chrono::milliseconds idleCommitDelay{200};
    };

    FeedPuller(const store::SqlCipherDatabase *db, SyncHttp *http, Outbox *outbox, WorkingSet *workingSet,
               QObject *parent = nullptr);
    // An interrupted pull keeps the pages it applied.
    ~FeedPuller() override;

    void setOptions(const Options &options) { m_options = options; }

    // Pulls from the stored cursor ("0" when none). `firstSync`: every application is taken
    // (no working-set filter) and the search index is built once at the end. finished() follows.
    void start(bool firstSync);
    bool isRunning() const { return m_running; }
    // Commits the open batch, if any, so another write on this connection runs in its own
    // transaction. False when it could not be committed (the pull then finished with an error).
    bool releaseWriteLock();

    QString cursor() const;
    static std::optional<qint64> seqOf(const QString &cursor);

    static constexpr const char *FeedName = "changes";

Q_SIGNALS:
    // A page was applied (not necessarily committed yet): `items` feed entries, the last of
    // them at feed position `lastSeq` (-1 for an empty page).
    void pageApplied(int items, qint64 lastSeq);
    // The end of the pull; the applied pages are committed. No error when the feed was read to
    // its end; `unreachable` when it failed because the server could not be reached (the
    // engine is then offline).
    void finished(const hirex::UserMessage &error, bool unreachable);
    // A page came back: the server is reachable.
    void serverAnswered();
    // After each commit, so other connections already see the rows.
    void dataChanged(int applied, int deleted);
    void entitiesChanged(const hirex::sync::EntityChanges &changes);

private:
    void pullFrom(const QString &cursor);
    void onPage(const HttpResult &result);
    bool applyPage(const domain::ChangeFeedPage &page, QString *error);
    bool openBatch(QString *error);
    bool commitBatch(bool feedComplete, QString *error);
    void rollbackBatch();
    void commitIdleBatch();
    // Commits the open batch (its pages are whole: data and cursor) or, failing that, drops it.
    void keepAppliedPages();
    void finish(const UserMessage &error, bool unreachable = false);
    void finishWriteFailed(const QString &error);
    bool batchOpen() const { return m_batchTransaction.has_value(); }

    const store::SqlCipherDatabase *m_db;
    QPointer<SyncHttp> m_http;
    QPointer<Outbox> m_outbox;
    WorkingSet *m_workingSet;
    EntityStore m_entities;
    Options m_options;
    bool m_running = false;
    bool m_firstSync = false;
    quint64 m_run = 0; // pages fetched ahead for an ended pull are dropped
    // The open batch of applied pages; reset on commit or rollback.
    struct Batch {
        int pages = 0;
        int applied = 0; // rows written, for dataChanged()
        int deleted = 0; // rows removed by tombstones
        EntityChanges changes;
        QElapsedTimer clock;
    };
    Batch m_batch;
    // The open batch's transaction, kept across pages; none between batches.
    std::optional<store::Transaction> m_batchTransaction;
    QTimer *m_idleCommit; // commits an open batch while the next page is still on its way
};

} // namespace hirex::sync
