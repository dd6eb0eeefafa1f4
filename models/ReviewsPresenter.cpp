#include "models/ReviewsPresenter.h"

#include "core/read/MyReviews.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReviews, "hirex.models.reviews")

namespace hirex::models {

ReviewsPresenter::ReviewsPresenter(QObject *parent)
    : QObject(parent)
    , m_model(new MyReviewsModel(this)) {}

ReviewsPresenter::~ReviewsPresenter() = default;

void ReviewsPresenter::setDatabase(const store::SqlCipherDatabase *db) {
    if (db == m_db)
        return;
    // Statements on the old connection go before it closes.
    m_reviews.reset();
    m_db = db;
    if (m_db)
        m_reviews = std::make_unique<read::MyReviews>(m_db);
    reload();
}

void ReviewsPresenter::setUserId(const QString &userId) {
    if (userId == m_userId)
        return;
    m_userId = userId;
    reload();
}

void ReviewsPresenter::applyChanges(const sync::EntityChanges &changes) {
    if (m_reviews && !m_userId.isEmpty() && m_reviews->apply(changes))
        reload();
}

void ReviewsPresenter::reload() {
    m_error.clear();
    QList<read::ReviewRow> rows;
    if (m_reviews && !m_userId.isEmpty()) {
        m_reviews->setAuthor(m_userId);
        rows = m_reviews->fetch();
        if (!m_reviews->lastError().isEmpty()) {
            qCWarning(lcReviews) << "scorecards could not be read:" << m_reviews->lastError();
            m_error = tr("Your scorecards could not be read from the local cache.");
        }
    }
    qCDebug(lcReviews) << "scorecards shown:" << rows.size();
    m_model->setRows(rows);
    Q_EMIT changed();
}

ReviewsPresenter::State ReviewsPresenter::state() const {
    if (!m_db)
        return State::NoCache;
    if (m_userId.isEmpty())
        return State::UnknownUser;
    return State::Ready;
}

QString ReviewsPresenter::headerText() const {
    if (state() != State::Ready || m_model->rowCount() == 0)
        return {};
    // Two phrases, each whole in every language, rather than one sentence built from parts.
    return tr("Your scorecards: %n draft(s) to finish", nullptr, m_model->draftCount()) +
           QStringLiteral(" · ") + tr("%n submitted", nullptr, m_model->submittedCount());
}

QString ReviewsPresenter::emptyText() const {
    switch (state()) {
    case State::NoCache:
        return tr("Your scorecards appear here once the working set on this computer is open.");
    case State::UnknownUser:
        return tr("Hirex cannot tell yet which scorecards are yours: it learns who is signed in from the "
                  "server, which has not answered since Hirex started. Your scorecards appear here as soon "
                  "as it does.");
    case State::Ready:
        if (!m_error.isEmpty())
            return m_error;
        return m_model->rowCount() == 0
                   ? tr("No scorecards yet. The scorecards you start or submit for candidates appear here, "
                        "drafts to finish first.")
                   : QString();
    }
    return {};
}

} // namespace hirex::models
