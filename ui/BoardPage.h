#pragma once

#include <QWidget>

#include <vector>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QScrollArea;
class QShortcut;
class QStackedWidget;
class QToolButton;

namespace hirex::models {
class BoardPresenter;
}

namespace hirex::ui {

class BoardColumn;
class BoardFilterBar;
class CardDelegate;

// The pipeline board: a job picker, the search field, the card order, and one column per stage.
// Keyboard first: arrows move between cards and (Left/Right, keeping the row) between columns,
// `/` goes to the search, Ctrl+Shift+F to the filters, Enter opens the candidate, Alt+Right/Alt+Left move the
// card to the next or previous stage. A thin view over BoardPresenter.
class BoardPage : public QWidget {
    Q_OBJECT

public:
    explicit BoardPage(models::BoardPresenter *presenter, QWidget *parent = nullptr);

    models::BoardPresenter *presenter() const { return m_presenter; }
    QComboBox *jobPicker() const { return m_jobPicker; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *orderPicker() const { return m_order; }
    QToolButton *filterButton() const { return m_filterButton; }
    BoardFilterBar *filterBar() const { return m_filterBar; }
    int columnCount() const { return static_cast<int>(m_columns.size()); }
    BoardColumn *column(int index) const;
    // The column whose list has the focus, or -1.
    int focusedColumn() const;

Q_SIGNALS:
    void openCandidate(const QString &candidateId, const QString &applicationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Labels, placeholders, accessible names, the orders and the headers in the current language.
    void retranslateUi();
    void rebuildColumns();
    void updateHeaders();
    void updateJobPicker();
    void updateMessage();
    void focusColumn(int index, int row);
    void moveCurrentCard(int column, int step);
    void showFilters(bool shown);
    void updateFilterButton();

    models::BoardPresenter *m_presenter;
    CardDelegate *m_delegate;
    QLabel *m_jobLabel;
    QComboBox *m_jobPicker;
    QLineEdit *m_search;
    QLabel *m_orderLabel;
    QComboBox *m_order;
    QToolButton *m_filterButton;
    QShortcut *m_filterShortcut;
    BoardFilterBar *m_filterBar;
    QLabel *m_message;
    QStackedWidget *m_body;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QWidget *m_lanes;
    QHBoxLayout *m_lanesLayout;
    std::vector<BoardColumn *> m_columns;
};

} // namespace hirex::ui
