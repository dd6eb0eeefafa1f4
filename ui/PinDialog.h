#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hirex::ui {

// Asks for a new unlock PIN twice (digits only, hidden while typed). The check itself is
// SettingsPresenter::validatePin; the dialog only keeps OK disabled until it would pass, and
// says why. The fields are wiped when the dialog closes: the PIN lives no longer than needed.
class PinDialog : public QDialog {
    Q_OBJECT

public:
    PinDialog(bool replacing, int minimumLength, int maximumLength, QWidget *parent = nullptr);
    ~PinDialog() override;

    QString pin() const;
    QString confirmation() const;
    // Empties both fields (called by the owner once it has handed the PIN on).
    void wipe();

    QLineEdit *pinField() const { return m_pin; }
    QLineEdit *confirmationField() const { return m_confirmation; }
    QPushButton *okButton() const { return m_ok; }
    QString errorText() const;

private:
    void updateState();

    int m_minimum;
    QLineEdit *m_pin;
    QLineEdit *m_confirmation;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace hirex::ui
