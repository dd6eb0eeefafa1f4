#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hirex::models {
class SignInPresenter;
}

namespace hirex::ui {

// First screen: the server address and one button that signs in through the system browser.
// The app never asks for a password itself (RFC 8252: the browser handles SSO and 2FA).
class SignInPage : public QWidget {
    Q_OBJECT

public:
    explicit SignInPage(models::SignInPresenter *presenter, QWidget *parent = nullptr);

Q_SIGNALS:
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // The fixed texts and accessible names in the current language (refresh() does the states).
    void retranslateUi();

    models::SignInPresenter *m_presenter;
    QLineEdit *m_serverEdit;
    QLabel *m_hintLabel;
    QLabel *m_statusLabel;
    QPushButton *m_signInButton;
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_serverLabel;
};

} // namespace hirex::ui
