#pragma once

#include "core/store/SqlCipherDatabase.h"
#include "core/sync/EntityChanges.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace hirex::read {

// One scorecard of the signed-in user, with whom and what it is about.
struct ReviewRow {
    QString evaluationId;
    QString applicationId;
    QString candidateId;
    QString candidateName;   // empty when the server withholds the identity (anonymised screening)
    QString anonymisedLabel; // the server's label for a withheld candidate; empty without one
    QString jobTitle;        // empty when the job is not cached
    QString stageName;       // the application's current stage; empty when unknown
    bool submitted = false;  // status "submitted"; otherwise a draft
    QString overall;         // strong_no | no | yes | strong_yes once submitted; empty otherwise
    QDateTime updatedAt;     // the scorecard's last change
    qint64 version = 0;

    bool operator==(const ReviewRow &) const = default;
};

// "My reviews": the scorecards (evaluations) the signed-in user wrote, from the local cache, so
// it works offline: drafts to finish first, the oldest change first, then submitted ones, the
// newest first. The contract has no review assignments or due dates yet, so nothing else is
// listed. A user's own scorecards are few, so they are read in one query. GUI-free; one
// instance per connection and thread.
class MyReviews {
public:
    explicit MyReviews(const store::SqlCipherDatabase *db);

    // The signed-in user's id (`/v1/me`'s user.id, the evaluations' author_id). Empty: unknown,
    // and fetch() lists nothing.
    void setAuthor(const QString &userId);
    QString author() const { return m_author; }

    // Every scorecard of the author in the order above; empty with lastError() set on error.
    QList<ReviewRow> fetch();

    // Whether a commit's changes may alter the rows: a shown scorecard, a written one of the
    // author (looked up by id, so others' scorecards arriving in a sync read nothing again), or
    // a candidate, application, job or pipeline (its stages) a shown row names.
    bool apply(const sync::EntityChanges &changes);

    QString lastError() const { return m_lastError; }
    // fetch()'s query (?1 the author), for its query plan.
    static QByteArray rowsSql();

private:
    store::Statement m_rows;
    store::Statement m_authorOf;
    QString m_author;
    QSet<QString> m_evaluations;
    QSet<QString> m_candidates;
    QSet<QString> m_applications;
    QSet<QString> m_jobs;
    QSet<QString> m_pipelines;
    QString m_lastError;
};

} // namespace hirex::read
