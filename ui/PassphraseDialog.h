#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hirex::ui {

// Asks for the passphrase of the encrypted cache where the computer has no keychain.
//   Create: passphrase + confirmation, at least MinimumLength characters, and a plain warning
//           that it cannot be recovered (forgetting it means resetting the cache, signing in again).
//   Unlock: one field, an optional inline error ("not correct"), and "Reset local cache".
// Fields echo as dots, offer no context menu (no copy) and are cleared when the dialog has
// handed the passphrase over or closes.
//
// The app calls ask(); tests install a handler (setTestHandler) that gets the real dialog
// instead of a modal exec(), types into it and clicks its buttons, like MessageBox's seam.
class PassphraseDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Create, Unlock };
    enum class Outcome { Cancelled, Accepted, ResetRequested };
    static constexpr int MinimumLength = 12;

    struct Result {
        Outcome outcome = Outcome::Cancelled;
        QString passphrase; // only with Accepted; the caller wipes it after use
    };

    explicit PassphraseDialog(Mode mode, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    Mode mode() const { return m_mode; }
    Outcome outcome() const { return m_outcome; }
    // An inline error above the fields, e.g. after a wrong passphrase. Empty hides it.
    void setError(const QString &text);
    QString errorText() const;
    // The accepted passphrase; the fields are cleared, so a second call returns nothing.
    QString takePassphrase();

    QLineEdit *passphraseField() const { return m_passphrase; }
    QLineEdit *confirmationField() const { return m_confirmation; } // null in Unlock mode
    QPushButton *okButton() const { return m_okButton; }
    QPushButton *resetButton() const { return m_resetButton; } // null in Create mode

    // Shows the dialog modally (or hands it to the test handler) and returns what the user chose.
    static Result ask(QWidget *parent, Mode mode, const QString &error = {});

    using TestHandler = std::function<void(PassphraseDialog *dialog)>;
    // While set, ask() gives each dialog to `handler` instead of exec(); the handler closes it
    // (accept, reject or the reset button). A dialog left open counts as cancelled.
    static void setTestHandler(TestHandler handler);

    void accept() override;
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Title, explanation, labels, buttons and accessible names in the current language.
    void retranslateUi();
    QLineEdit *makeField();
    void clearFields();

    Mode m_mode;
    Outcome m_outcome = Outcome::Cancelled;
    QLabel *m_error;
    QLabel *m_explanation;
    QLabel *m_passphraseLabel;
    QLabel *m_confirmationLabel = nullptr;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirmation = nullptr;
    QPushButton *m_okButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QString m_accepted;

    static TestHandler s_testHandler;
};

} // namespace hirex::ui
