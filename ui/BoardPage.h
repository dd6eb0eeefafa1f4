#pragma once

#include <QPointer>
#include <QWidget>

#include <vector>

class QAction;
class QComboBox;
class QMenu;
class QHBoxLayout;
class QLabel;
class QTimer;
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
class RejectDialog;

// The pipeline board: a job picker, the search field, the card order, and one column per stage.
// Keyboard first: arrows move between cards and (Left/Right, keeping the row) between columns,
// `/` goes to the search, Ctrl+Shift+F to the filters, Enter opens the candidate, Alt+Right/Alt+Left move the
// card to the next or previous stage. A thin view over BoardPresenter.
//
// Triage: Ctrl/Shift+click, Shift+arrows and Ctrl+A select cards (a plain click or arrow keeps
// the selection to one column, Ctrl+click adds cards of other columns); Alt+Right/Alt+Left,
// "Move to Stage…" and a drop move the whole selection as one step that Ctrl+Z undoes; Delete
// opens the reject dialog for the selection, and only its confirmation rejects anyone. Every
// action is a QAction on the page (text, shortcut, WidgetWithChildrenShortcut), so the command
// palette finds them.
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
    // The selected cards of every column in board order, or else the focused column's current card.
    QStringList selectedApplicationIds() const;

    QAction *moveNextAction() const { return m_moveNext; }
    QAction *movePreviousAction() const { return m_movePrevious; }
    QAction *moveToStageAction() const { return m_moveToStage; }
    QAction *undoMoveAction() const { return m_undoMove; }
    QAction *redoMoveAction() const { return m_redoMove; }
    QAction *rejectAction() const { return m_reject; }
    QAction *selectAllAction() const { return m_selectAll; }
    // The open "Move to Stage" menu or reject dialog, if any (tests drive them).
    QMenu *moveToStageMenu() const;
    RejectDialog *rejectDialog() const;
    // Gives the focus to the cards: the first card of the first column that has one.
    void focusCards();
    // Puts `banner` (e.g. the window's MessageBar) above the board's controls; owned from now on.
    void addBanner(QWidget *banner);

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
    // Sets every header from what is known; true when a narrowed column's count is still to come.
    bool showHeaders();
    // Counts one narrowed column (a query), then the next on the next event-loop turn.
    void countNextColumn();
    void updateJobPicker();
    void updateMessage();
    void focusColumn(int index, int row);
    void createActions();
    void moveSelection(int step);
    void showMoveToStageMenu();
    void openRejectDialog();
    void clearSelectionsExcept(int column);
    int columnOfView(const QObject *viewOrViewport) const;
    void showNotice(const QString &message);
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
    QTimer *m_countTimer; // the narrowed columns' counts, once the typing pauses
    QAction *m_moveNext = nullptr;
    QAction *m_movePrevious = nullptr;
    QAction *m_moveToStage = nullptr;
    QAction *m_undoMove = nullptr;
    QAction *m_redoMove = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_selectAll = nullptr;
    QPointer<QMenu> m_moveMenu;
    QPointer<RejectDialog> m_rejectDialog;
};

} // namespace hirex::ui
