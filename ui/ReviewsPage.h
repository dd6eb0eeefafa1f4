#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace hirex::models {
class ReviewsPresenter;
}

namespace hirex::ui {

// "My reviews": the signed-in user's own scorecards, drafts to finish first, in a table
// (candidate or anonymised label, job, stage, status, recommendation, last change) under a short
// header; an empty state that says what appears there, or why Hirex cannot tell yet. Enter or a
// double-click opens the candidate (openCandidate). A thin view over ReviewsPresenter.
class ReviewsPage : public QWidget {
    Q_OBJECT

public:
    explicit ReviewsPage(models::ReviewsPresenter *presenter, QWidget *parent = nullptr);

    models::ReviewsPresenter *presenter() const { return m_presenter; }
    QTableView *table() const { return m_table; }
    QLabel *headerLabel() const { return m_header; }
    QLabel *emptyLabel() const { return m_empty; }

Q_SIGNALS:
    void openCandidate(const QString &candidateId);

private:
    void update();

    models::ReviewsPresenter *m_presenter;
    QLabel *m_header;
    QLabel *m_empty;
    QTableView *m_table;
};

} // namespace hirex::ui
