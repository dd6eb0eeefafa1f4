#pragma once

#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityChanges.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hirex::read {

// One change of the user's that waits for a decision (a conflict) or that the server refused
// for good and the outbox rolled back (refused), with what the screens need to say so in words.
struct OutboxIssue {
    enum class Kind { Conflict, Refused };
    Kind kind = Kind::Refused;
    qint64 id = 0;  // the conflict's id, or the refused entry's outbox seq
    qint64 seq = 0; // the outbox entry
    QString change; // the outbox kind: move | reject | hire | note_create | ...
    QString entity; // the feed entity it changes ("application", "candidate", ...)
    QString entityId;
    QString path;        // the request's path (names the candidate of a note or an evaluation)
    QJsonObject request; // the body the change sent
    QDateTime when;      // detected (conflict) or queued (refused), UTC
    // Refused: the reason in words, as the outbox wrote it (translated then), and its code.
    QString reason;
    QString reasonCode;
    // Conflict: the user's version (the optimistic row) and the server's (empty when the server
    // has none to show, e.g. notes, or when it could not be fetched).
    QJsonObject mine;
    QJsonObject theirs;
    qint64 serverVersion = 0;
    // Whom it is about, from the cache: the candidate's name, or the anonymised label when the
    // server withholds it; empty subject when the candidate is not cached.
    QString candidateId;
    QString subject;
    bool subjectWithheld = false;
    // The cached row's stage now (for a refused move: where the rollback put the card back).
    QString currentStageId;
};

// The outbox's open conflicts and refused changes, from the outbox and conflicts tables and the
// cached rows they are about. GUI-free; one instance per connection and thread; holds no
// statement open between calls.
class OutboxIssues {
public:
    explicit OutboxIssues(const store::SqlCipherDatabase *db);

    // Every open conflict (oldest first), then every refused change (oldest first). False on
    // error (see lastError()); the last good list stays.
    bool refresh();
    const QList<OutboxIssue> &issues() const { return m_issues; }

    // The refused change `seq` (for telling the user at once); nullopt when it is not refused.
    std::optional<OutboxIssue> refused(qint64 seq);
    // A stage's name from the cached pipelines; empty when the stage is not cached.
    QString stageName(const QString &stageId);

    // Whether a commit's changes may alter what refresh() read: an entity of a listed issue
    // (its row, so its current stage), the candidate it names (their name), any stage or
    // pipeline (stage names), or an entity newly in conflict or refused (the outbox names every
    // entity it rolls back or turns into a conflict).
    bool apply(const sync::EntityChanges &changes);

    QString lastError() const { return m_lastError; }

private:
    void describe(OutboxIssue &issue);
    OutboxIssue refusedFrom(store::Statement &s) const;
    bool hasIssue(const QString &entity, const QString &id);

    store::Statement m_conflicts;
    store::Statement m_refused;
    store::Statement m_oneRefused;
    store::Statement m_application;
    store::Statement m_candidate;
    store::Statement m_stage;
    store::Statement m_entityIssue;
    QList<OutboxIssue> m_issues;
    QString m_lastError;
};

} // namespace hirex::read
