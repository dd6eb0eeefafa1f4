#pragma once

#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace hirex::sync {

// Which entities one commit of the sync worker (or one applied local change) touched, by the
// feed's entity kind ("application", "candidate", "job", "pipeline", "note", ...) and id. The
// read models apply these instead of re-querying everything: an open board updates the cards
// that changed and keeps its selection, focus and scroll position.
//
// `everything` says "too much changed to list" (the working set was evicted, the search index
// was rebuilt, the cache was reset): readers then re-query what they show, once.
struct EntityChanges {
    QHash<QString, QSet<QString>> written; // kind -> ids inserted or updated
    QHash<QString, QSet<QString>> removed; // kind -> ids deleted (tombstones, erasure, eviction)
    bool everything = false;

    // The last word wins: an id removed and then written again in one batch is written.
    void addWritten(const QString &kind, const QString &id) {
        written[kind].insert(id);
        removed[kind].remove(id);
    }
    void addRemoved(const QString &kind, const QString &id) {
        removed[kind].insert(id);
        written[kind].remove(id);
    }
    void merge(const EntityChanges &other) {
        everything = everything || other.everything;
        // `other` is the later batch, so its words win. A kind this side has no ids of takes
        // other's sets as they are (shared, not copied id by id: a first sync's batch lists
        // thousands, and this runs on the GUI thread); they are disjoint already.
        QSet<QString> takenWhole;
        for (auto it = other.removed.cbegin(); it != other.removed.cend(); ++it) {
            if (written.value(it.key()).isEmpty() && removed.value(it.key()).isEmpty()) {
                removed[it.key()] = it.value();
                takenWhole.insert(it.key());
                continue;
            }
            for (const QString &id : it.value())
                addRemoved(it.key(), id);
        }
        for (auto it = other.written.cbegin(); it != other.written.cend(); ++it) {
            const bool nothingOfItHere = written.value(it.key()).isEmpty() &&
                                         (takenWhole.contains(it.key()) || removed.value(it.key()).isEmpty());
            if (nothingOfItHere) {
                written[it.key()] = it.value();
                continue;
            }
            for (const QString &id : it.value())
                addWritten(it.key(), id);
        }
    }
    bool touches(const QString &kind) const {
        return everything || !written.value(kind).isEmpty() || !removed.value(kind).isEmpty();
    }
    bool isEmpty() const {
        if (everything)
            return false;
        for (const QSet<QString> &ids : written)
            if (!ids.isEmpty())
                return false;
        for (const QSet<QString> &ids : removed)
            if (!ids.isEmpty())
                return false;
        return true;
    }
};

} // namespace hirex::sync

Q_DECLARE_METATYPE(hirex::sync::EntityChanges)
