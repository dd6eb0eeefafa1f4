#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>

class QTreeWidget;

namespace hirex::ui {

// "Keyboard Shortcuts" (F1 or `?`): every shortcut of the window, grouped as Board, Navigation
// and Application. Built each time it opens from the window's actions (so an action added
// anywhere is listed with the keys it has now) plus the keys that are no action: the board's
// arrows, Enter, `/`, and the sections' Ctrl+1..5.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    enum class Group { Board, Navigation, Application };
    struct Row {
        Group group;
        QString description;
        QString keys; // in the platform's notation
    };

    // The group an action is listed in: its dynamic property "shortcutGroup" ("board",
    // "navigation", "application") when set, else Board for actions of the board, Application
    // for the rest.
    static constexpr const char *GroupProperty = "shortcutGroup";

    explicit ShortcutsDialog(QWidget *window);

    // `extra`: keys that are no action of the window (the sections' shortcuts). Rebuilds the list.
    void refresh(const QList<Row> &extra = {});
    // Rebuilds the list and opens the dialog (window-modal, not blocking); the focus goes back
    // where it was when it closes.
    void showFor(const QList<Row> &extra);
    QList<Row> rows() const { return m_rows; }
    QTreeWidget *list() const { return m_list; }

    // The window's shortcuts, as refresh() lists them.
    static QList<Row> collect(QWidget *window, const QList<Row> &extra);
    static QString groupTitle(Group group);

private:
    QWidget *m_window;
    QTreeWidget *m_list;
    QList<Row> m_rows;
    QPointer<QWidget> m_returnFocus;
};

} // namespace hirex::ui
