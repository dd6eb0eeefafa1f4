#pragma once

#include "core/sync/EntityChanges.h"
#include "models/MyReviewsModel.h"

#include <QObject>
#include <QString>

#include <memory>

namespace hirex::store {
class SqlCipherDatabase;
}
namespace hirex::read {
class MyReviews;
}

namespace hirex::models {

// "My reviews" without a window: the signed-in user's own scorecards (read::MyReviews) from the
// GUI thread's read connection in a MyReviewsModel, updated row by row from the worker's
// changes, and the page's header and empty-state texts. The contract has no review assignments
// or due dates yet, so the list is the user's drafts and submitted scorecards.
class ReviewsPresenter : public QObject {
    Q_OBJECT

public:
    enum class State {
        NoCache,     // no working set open (signed out, locked, working online only)
        UnknownUser, // the cache is open but the signed-in user's id is not known (offline start)
        Ready,
    };

    explicit ReviewsPresenter(QObject *parent = nullptr);
    ~ReviewsPresenter() override;

    MyReviewsModel *model() const { return m_model; }

    // The GUI thread's read connection, or nullptr while the cache closes (lock, sign-out): the
    // rows, and the candidate names in them, go from memory.
    void setDatabase(const store::SqlCipherDatabase *db);
    // The signed-in user's id from /v1/me (the scorecards' author_id); empty when not known.
    void setUserId(const QString &userId);
    QString userId() const { return m_userId; }
    // The sync worker's entitiesChanged: the list is read again only when they touch it.
    void applyChanges(const sync::EntityChanges &changes);

    State state() const;
    // "Your scorecards: 2 drafts to finish, 5 submitted", or empty when there is no list.
    QString headerText() const;
    // What the page says instead of rows: why there are none, and what will appear there.
    // Empty while there are rows.
    QString emptyText() const;
    // A read error for people, or empty.
    QString errorText() const { return m_error; }

Q_SIGNALS:
    // The state, counts or texts may have changed.
    void changed();

private:
    void reload();

    const store::SqlCipherDatabase *m_db = nullptr;
    std::unique_ptr<read::MyReviews> m_reviews;
    MyReviewsModel *m_model;
    QString m_userId;
    QString m_error;
};

} // namespace hirex::models
