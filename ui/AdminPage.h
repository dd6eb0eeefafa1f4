#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace hirex::ui {

// The Admin section: a list of admin screens on the left and the chosen one on the right. Devices
// is the first; roles, retention, the audit log and support access are added with addScreen().
class AdminPage : public QWidget {
    Q_OBJECT

public:
    explicit AdminPage(QWidget *parent = nullptr);

    // Adds a screen under `title`; the first one added is shown first.
    void addScreen(const QString &title, QWidget *screen);
    QListWidget *screenList() const { return m_list; }
    QWidget *currentScreen() const;

private:
    QListWidget *m_list;
    QStackedWidget *m_stack;
};

} // namespace hirex::ui
