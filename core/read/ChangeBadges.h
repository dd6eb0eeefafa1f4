#pragma once

#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityChanges.h"

#include <QHash>
#include <QPair>
#include <QString>

namespace hirex::read {

// What the user changed on this computer that the server has not taken yet, for one entity or
// in all: queued changes, changes the server refused for good, and open conflicts.
struct ChangeBadge {
    int pending = 0;   // outbox entries waiting to be sent
    int failed = 0;    // refused and rolled back; the user has been told why
    int conflicts = 0; // someone else changed the entity first: the user decides
    bool isEmpty() const { return pending == 0 && failed == 0 && conflicts == 0; }
    ChangeBadge &operator+=(const ChangeBadge &o) {
        pending += o.pending;
        failed += o.failed;
        conflicts += o.conflicts;
        return *this;
    }
    friend bool operator==(const ChangeBadge &, const ChangeBadge &) = default;
};

// The pending-change and conflict badges of the screens, from the outbox and conflicts tables
// (kept in memory: they are small). GUI-free; one instance per connection and thread.
class ChangeBadges {
public:
    using EntityKey = QPair<QString, QString>; // feed entity kind, id

    explicit ChangeBadges(const store::SqlCipherDatabase *db);

    // Reads every badge again (two grouped queries). False on error (see lastError()).
    bool refresh();

    ChangeBadge total() const { return m_total; }
    ChangeBadge badgeFor(const QString &kind, const QString &id) const { return m_badges.value({kind, id}); }
    const QHash<EntityKey, ChangeBadge> &all() const { return m_badges; }

    // Whether a commit's changes may alter the badges: an entity that has one (the server took
    // or refused its change), or a written entity that now has queued changes or conflicts (a
    // local change was just enqueued). The outbox names the entity of every change it sends,
    // rolls back or turns into a conflict, so the entity's write comes with it.
    bool apply(const sync::EntityChanges &changes);

    QString lastError() const { return m_lastError; }

private:
    bool hasRows(const QString &kind, const QString &id);

    const store::SqlCipherDatabase *m_db;
    store::Statement m_outbox;
    store::Statement m_conflicts;
    store::Statement m_entityRows;
    QHash<EntityKey, ChangeBadge> m_badges;
    ChangeBadge m_total;
    QString m_lastError;
};

} // namespace hirex::read
