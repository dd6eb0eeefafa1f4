#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace hirex::ui {

// The Admin section: a list of admin screens on the left and the chosen one on the right. Devices
// is the first; roles, retention, the audit log and support access are added with addScreen().
class AdminPage : public QWidget {
    Q_OBJECT

public:
    explicit AdminPage(QWidget *parent = nullptr);

    // Adds a screen, listed under its window title (which it keeps translated); the first one
    // added is shown first.
    void addScreen(QWidget *screen);
    QListWidget *screenList() const { return m_list; }
    QWidget *currentScreen() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTitle(QListWidgetItem *item, QWidget *screen);
    QListWidget *m_list;
    QStackedWidget *m_stack;
};

} // namespace hirex::ui
