#include "ui/PinDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace hirex::ui {

PinDialog::PinDialog(bool replacing, int minimumLength, int maximumLength, QWidget *parent)
    : QDialog(parent)
    , m_minimum(minimumLength)
    , m_pin(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(replacing ? tr("Change the unlock PIN") : tr("Set an unlock PIN"));
    auto *explanation = new QLabel(
        tr("The PIN unlocks Hirex on this computer while the server cannot be reached. Use %1 to %2 "
           "digits. After three wrong PINs each attempt waits longer.")
            .arg(minimumLength)
            .arg(maximumLength),
        this);
    explanation->setWordWrap(true);

    auto *digits = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(maximumLength)), this);
    for (QLineEdit *field : {m_pin, m_confirmation}) {
        field->setEchoMode(QLineEdit::Password);
        field->setValidator(digits);
        field->setMaxLength(maximumLength);
        field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                   Qt::ImhNoPredictiveText);
        connect(field, &QLineEdit::textChanged, this, &PinDialog::updateState);
    }
    m_pin->setAccessibleName(tr("New PIN"));
    m_confirmation->setAccessibleName(tr("Repeat the new PIN"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&New PIN:"), m_pin);
    form->addRow(tr("&Repeat:"), m_confirmation);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(replacing ? tr("&Change PIN") : tr("&Set PIN"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateState();
}

PinDialog::~PinDialog() {
    wipe();
}

QString PinDialog::pin() const {
    return m_pin->text();
}

QString PinDialog::confirmation() const {
    return m_confirmation->text();
}

QString PinDialog::errorText() const {
    return m_error->text();
}

void PinDialog::wipe() {
    // The line edits' own buffers are beyond reach (as in PassphraseDialog); clearing them as
    // soon as the PIN was handed on keeps the time it lives in memory short.
    m_pin->clear();
    m_confirmation->clear();
}

void PinDialog::updateState() {
    const QString pin = m_pin->text();
    const QString again = m_confirmation->text();
    QString error;
    if (!pin.isEmpty() && pin.size() < m_minimum)
        error = tr("The PIN needs at least %1 digits.").arg(m_minimum);
    else if (!again.isEmpty() && again.size() >= pin.size() && again != pin)
        error = tr("The two PINs are not the same.");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_ok->setEnabled(pin.size() >= m_minimum && pin == again);
}

} // namespace hirex::ui
