#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hirex::sync {

// One user change waiting for the server: the request to send, the entity it changes, and the
// optimistic state the cache shows meanwhile. Build them with ChangeBuilder.
struct OutboxChange {
    QString kind; // move | reject | hire | note_create | note_update | evaluation_create | ai_feedback |
                  // admin_edit ...
    QByteArray method;
    QString path;
    QJsonObject body;
    QString entity;   // change-feed entity name of the row it changes ("application", "note", ...)
    QString entityId; // a local "local_..." id for creates until the server assigns one
    std::optional<qint64> ifMatch; // version for If-Match; absent for creates
    // The row as the user should see it right away; absent: the cache row is left as is.
    std::optional<QJsonObject> optimistic;
    // Whether the response body is the changed entity (then it replaces the optimistic row).
    bool responseIsEntity = true;
};

// A queued change as stored in the outbox table.
struct OutboxEntry {
    qint64 seq = 0;
    QString idempotencyKey;
    QString kind;
    QByteArray method;
    QString path;
    QByteArray body;
    std::optional<qint64> ifMatch;
    QString entity;
    QString entityId;
    QString state; // pending | conflict | failed
    int attempts = 0;
    QString lastError;
    QString userMessage;
};

// What Outbox::withdraw() did with a queued change.
enum class OutboxWithdrawal {
    Withdrawn,   // taken out of the queue before it was sent; the cached row is the server's again
    NotPending,  // nothing left to take back: sent, refused and rolled back, or in a conflict
    InFlight,    // being sent right now: the server may apply it, so it stays
    LaterChange, // a later queued change of the same item builds on it, so it stays
    WriteFailed, // the cache could not be written; nothing changed
};

// A change the server refused with 412 because someone else changed the entity first.
struct SyncConflict {
    qint64 id = 0;
    qint64 outboxSeq = 0;
    QString entity;
    QString entityId;
    QJsonObject local;  // {"request": body, "optimistic": row}
    QJsonObject server; // the server's current entity (empty when it could not be fetched)
    qint64 serverVersion = 0;
};

} // namespace hirex::sync
