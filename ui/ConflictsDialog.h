#pragma once

#include "models/ConflictsPresenter.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace hirex::ui {

// The outbox's conflicts and refused changes (non-modal): the list on the left; on the right
// what the selected one is about, and for a conflict the two versions side by side (mine and
// the server's; a field that differs is bold and marked "≠", not only coloured), with Keep
// Mine / Take Theirs for it or for all; for a refused change the reason, that it was undone,
// and Dismiss. A thin view over models::ConflictsPresenter.
class ConflictsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConflictsDialog(models::ConflictsPresenter *presenter, QWidget *parent = nullptr);

    // Selects the issue (e.g. the refused change a message bar told about); false if not listed.
    bool selectIssue(models::ConflictsPresenter::Kind kind, qint64 id);
    int currentRow() const;

    // For tests and the accessibility check.
    QListView *list() const { return m_list; }
    QTreeWidget *comparison() const { return m_fields; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *explanationLabel() const { return m_explanation; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *keepMineForAllButton() const { return m_keepMineAll; }
    QPushButton *takeTheirsForAllButton() const { return m_takeTheirsAll; }
    QPushButton *dismissButton() const { return m_dismiss; }

private:
    void showCurrent();
    void updateButtons();
    void ensureCurrent();

    QPointer<models::ConflictsPresenter> m_presenter;
    QListView *m_list;
    QStackedWidget *m_detail;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_comparisonLabel;
    QTreeWidget *m_fields;
    QLabel *m_error;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_dismiss;
    QPushButton *m_keepMineAll;
    QPushButton *m_takeTheirsAll;
};

} // namespace hirex::ui
