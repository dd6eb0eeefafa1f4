#pragma once

#include <QMainWindow>

class QStackedWidget;

namespace hirex::models {
class SignInPresenter;
}

namespace hirex::ui {

class SignInPage;

// The application window: a stack of pages (sign-in first, the workspace after sign-in),
// a menu bar with keyboard access to every action, and window geometry that survives restarts.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(models::SignInPresenter *signIn, QWidget *parent = nullptr);

    SignInPage *signInPage() const { return m_signInPage; }

Q_SIGNALS:
    void signInRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();

    QStackedWidget *m_pages;
    SignInPage *m_signInPage;
};

} // namespace hirex::ui
