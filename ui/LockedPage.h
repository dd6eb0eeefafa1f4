#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hirex::ui {

// Shown while the encrypted cache is locked (idle auto-lock, the Lock command, the desktop
// session's lock, or a lock left from the last run): nothing of the working set is on screen or
// in memory until the user unlocks.
//
// A passphrase profile has one Unlock button (the passphrase dialog follows). A keychain profile
// unlocks with a fresh sign-in in the browser, or with the unlock PIN when one is set.
class LockedPage : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Passphrase, Keychain };

    explicit LockedPage(QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // A message as it is (it arrived translated); empty: the default text.
    void setMessage(const QString &text);
    // A message of our own: `text` runs again on a language change, so it follows the switch.
    void setMessage(std::function<QString()> text);
    void setBusy(bool busy);
    // Keychain mode: show the PIN field (only when the user set a PIN).
    void setPinAvailable(bool available);

    // Test seams.
    QPushButton *unlockButton() const { return m_unlockButton; }
    QPushButton *browserButton() const { return m_browserButton; }
    QPushButton *pinButton() const { return m_pinButton; }
    QLineEdit *pinField() const { return m_pinField; }
    QString messageText() const;

Q_SIGNALS:
    void unlockRequested();
    void browserUnlockRequested();
    void pinUnlockRequested(const QString &pin);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submitPin();
    void updateVisibility();
    // The fixed texts, and the default message when no other is shown, in the current language.
    void retranslateUi();

    Mode m_mode = Mode::Passphrase;
    bool m_pinAvailable = false;
    bool m_busy = false;
    QLabel *m_title;
    QLabel *m_message;
    std::function<QString()> m_messageSource; // what setMessage() was given; null: the default text
    QPushButton *m_unlockButton;
    QPushButton *m_browserButton;
    QLabel *m_pinLabel;
    QLineEdit *m_pinField;
    QPushButton *m_pinButton;
};

} // namespace hirex::ui
