#pragma once

#include "core/sync/EntityChanges.h"
#include "core/sync/EntityStore.h"
#include "core/sync/OutboxChange.h"
#include "core/sync/SyncHttp.h"
#include "core/util/UserMessage.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>

namespace hirex::sync {

// The queue of user changes (CacheSchema's outbox table, v2 columns pre_image/kind/user_message).
//
// enqueue(): in ONE transaction, the cached row's pre-image is saved with the entry, the
// optimistic row is written, and the entry gets its Idempotency-Key. The UI sees the change at
// once, and a crash either keeps both or neither.
//
// replay(): sends pending entries in seq order, each with its stored Idempotency-Key (reused on
// every resend, so a request whose answer was lost to a crash, kill -9 or a dropped connection is
// replayed by the server instead of applied twice) and If-Match. Per answer, in one transaction:
//   2xx          -> the server's entity replaces the optimistic row; later entries for the same
//                   entity get the new version as If-Match; the entry is deleted.
//   412          -> the server's version is fetched and a conflict recorded; the entry waits for
//                   resolveConflict() (later entries of that entity wait too). Never overwritten.
//   404/410, 400, 409, 413, 422, 428, 403 forbidden -> refusals that can never succeed (see
//                   refusalFor()): the pre-image is restored (rollback), the entry is kept as
//                   "failed" with a reason naming the case; later entries of the same entity
//                   fail with it.
//   anything else (network, 401, 403 ip_not_allowed, 408, 421, 425, 429, 5xx, unknown 4xx)
//                -> replay stops; everything stays queued for the next attempt. These depend on
//                   where and when the request was made, not on the change: rolling back would
//                   throw away offline work that a later attempt can deliver.
//
// Threading: use from the thread that owns the database connection (see SyncEngine).
class Outbox : public QObject {
    Q_OBJECT

public:
    enum class Resolution { KeepMine, TakeTheirs };
    // What a non-2xx, non-412 answer means for the queued change.
    enum class Refusal {
        Retry,             // environmental or unknown: stop the replay, keep everything pending
        Gone,              // 404/410: the item no longer exists
        RefusedByRules,    // 409/422: the server's rules refuse this change
        PermissionRevoked, // 403 forbidden: the user no longer has the permission
    };
    static Refusal refusalFor(const api::ApiError &error);

    struct ReplayResult {
        int sent = 0;
        int conflicts = 0;
        int failed = 0;
        bool interrupted = false; // stopped by a transient error: try again later
        api::ApiError error;      // the transient error when interrupted
    };

    Outbox(const store::SqlCipherDatabase *db, SyncHttp *http, QObject *parent = nullptr);

    // Applies the change optimistically and queues it; returns the entry's seq, or 0 on failure.
    qint64 enqueue(const OutboxChange &change, UserMessage *error = nullptr);

    void replay(std::function<void(const ReplayResult &)> done);
    bool isReplaying() const { return m_replaying; }

    int pendingCount() const;
    QList<OutboxEntry> entries() const; // every queued, conflicting or failed entry, in order
    QList<SyncConflict> conflicts() const;
    // Keep mine: re-send the same intent with If-Match = the server's version (a new key: the
    // refused request had no effect). Take theirs: drop the entry, show the server's version.
    bool resolveConflict(qint64 conflictId, Resolution resolution, UserMessage *error = nullptr);
    // Forgets a failed entry after the user has seen why.
    bool dismissFailed(qint64 seq);
    // Takes a queued change back (the user's undo) before it reaches the server: the entry is
    // deleted and the cached row gets its pre-image (the server's newest version) back, in one
    // transaction. Only the newest pending change of its item that is not being sent right now
    // can be withdrawn; anything else is reported, and the caller undoes it with a new change.
    OutboxWithdrawal withdraw(qint64 seq, UserMessage *error = nullptr);

    // Called by SyncEngine when the feed brings a newer server version of an entity that has
    // queued changes: the row keeps the user's optimistic state, but a later rollback must
    // restore the newest server state. True when the entity has queued changes (then the feed
    // must not overwrite the row).
    bool absorbServerVersion(const QString &entity, const QJsonObject &data);
    // The entity was erased/revoked on the server: its queued changes and conflicts are dropped,
    // so no copy of its data stays in the outbox. Returns how many queued changes were dropped
    // (also announced by changesDropped() when not 0) so the user can be told.
    int forgetEntity(const QString &entity, const QString &id);

Q_SIGNALS:
    void changed(); // anything in the queue changed (counts, conflicts, failures)
    void conflictDetected(qint64 conflictId);
    void changeFailed(qint64 seq, const hirex::UserMessage &reason);
    // forgetEntity() dropped `count` queued changes of an item that is gone from the server.
    void changesDropped(const QString &entity, int count);
    // The cached rows a committed replay answer, rollback or conflict resolution rewrote: the
    // server's entity in place of the optimistic row (a create also removes its local id), or the
    // pre-image restored. The read models apply it like the feed's changes.
    void entitiesChanged(const hirex::sync::EntityChanges &changes);

private:
    std::optional<OutboxEntry> nextPending() const;
    void sendNext();
    void onAnswer(const OutboxEntry &entry, const HttpResult &result);
    // Both return false, after stopping the replay, when their transaction failed.
    bool recordConflict(const OutboxEntry &entry, const QJsonObject &server, qint64 serverVersion);
    bool rollBack(const OutboxEntry &entry, const UserMessage &reason);
    void stopOnWriteFailure(const OutboxEntry &entry, const QString &detail);
    void finish();
    QString fetchPathFor(const QString &entity, const QString &id) const;
    static UserMessage reasonFor(Refusal refusal, const api::ApiError &error);

    const store::SqlCipherDatabase *m_db;
    QPointer<SyncHttp> m_http;
    EntityStore m_entities;
    bool m_replaying = false;
    qint64 m_inFlight = 0; // the entry whose request or answer is being handled, or 0
    ReplayResult m_result;
    std::function<void(const ReplayResult &)> m_done;
};

} // namespace hirex::sync
