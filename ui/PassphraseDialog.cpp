#include "ui/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

namespace hirex::ui {

namespace {

// The result code of the "Reset local cache" button (QDialog uses 0 and 1).
constexpr int ResetCode = 2;

// QString::fill overwrites the characters in place before the string is let go; what the
// line edit's own undo buffer held is beyond reach, which is why the fields are cleared early.
void wipe(QString &text) {
    text.fill(QLatin1Char('\0'));
    text.clear();
}

} // namespace

PassphraseDialog::TestHandler PassphraseDialog::s_testHandler;

PassphraseDialog::PassphraseDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_error(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_passphraseLabel(new QLabel(this)) {
    m_explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    m_passphrase = makeField();
    m_passphraseLabel->setBuddy(m_passphrase);
    form->addRow(m_passphraseLabel, m_passphrase);

    // The texts come from retranslateUi(); Cancel is Qt's standard button, translated by Qt.
    auto *buttons = new QDialogButtonBox(this);
    if (mode == Mode::Create) {
        m_confirmation = makeField();
        m_confirmationLabel = new QLabel(this);
        m_confirmationLabel->setBuddy(m_confirmation);
        form->addRow(m_confirmationLabel, m_confirmation);
        m_okButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    } else {
        m_okButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
        m_resetButton = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
        connect(m_resetButton, &QPushButton::clicked, this, [this] { done(ResetCode); });
    }
    buttons->addButton(QDialogButtonBox::Cancel);
    m_okButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);

    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(palette);
    m_error->hide();
    retranslateUi();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_passphrase->setFocus();
}

void PassphraseDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PassphraseDialog::retranslateUi() {
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_error->setAccessibleName(tr("Passphrase problem"));
    if (m_mode == Mode::Create) {
        setWindowTitle(tr("Choose a passphrase"));
        m_explanation->setText(
            tr("This computer has no keychain to keep the key of your local data safe. Choose a passphrase "
               "of at least %n characters: your local data and your sign-in are encrypted with it.",
               nullptr, MinimumLength) +
            QStringLiteral("\n\n") +
            tr("The passphrase cannot be recovered. If you forget it, you have to reset the local cache "
               "and sign in again; changes that have not reached the server by then are lost."));
        m_confirmation->setAccessibleName(tr("Repeat passphrase"));
        m_confirmationLabel->setText(tr("&Repeat:"));
        m_okButton->setText(tr("&Create"));
    } else {
        setWindowTitle(tr("Unlock Hirex"));
        m_explanation->setText(tr("Enter the passphrase that encrypts your local Hirex data."));
        m_okButton->setText(tr("&Unlock"));
        m_resetButton->setText(tr("Reset local cache…"));
    }
}

PassphraseDialog::~PassphraseDialog() {
    clearFields();
    wipe(m_accepted);
}

QLineEdit *PassphraseDialog::makeField() {
    auto *field = new QLineEdit(this);
    field->setEchoMode(QLineEdit::Password);
    // No context menu (Copy, Paste...); in Password mode copy and cut do nothing anyway.
    field->setContextMenuPolicy(Qt::NoContextMenu);
    field->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase |
                               Qt::ImhHiddenText);
    return field;
}

void PassphraseDialog::clearFields() {
    m_passphrase->clear();
    if (m_confirmation)
        m_confirmation->clear();
}

void PassphraseDialog::setError(const QString &text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString PassphraseDialog::errorText() const {
    return m_error->text();
}

QString PassphraseDialog::takePassphrase() {
    return std::exchange(m_accepted, QString());
}

void PassphraseDialog::accept() {
    const QString text = m_passphrase->text();
    if (text.isEmpty()) {
        setError(tr("Enter the passphrase."));
        m_passphrase->setFocus();
        return;
    }
    if (m_mode == Mode::Create) {
        if (text.size() < MinimumLength) {
            setError(tr("The passphrase needs at least %n characters.", nullptr, MinimumLength));
            m_passphrase->setFocus();
            return;
        }
        if (m_confirmation->text() != text) {
            setError(tr("The two passphrases are not the same."));
            m_confirmation->clear();
            m_confirmation->setFocus();
            return;
        }
    }
    m_accepted = text;
    QDialog::accept();
}

void PassphraseDialog::done(int result) {
    m_outcome = result == QDialog::Accepted ? Outcome::Accepted
                : result == ResetCode       ? Outcome::ResetRequested
                                            : Outcome::Cancelled;
    if (m_outcome != Outcome::Accepted)
        wipe(m_accepted);
    clearFields();
    QDialog::done(result == ResetCode ? QDialog::Rejected : result);
}

PassphraseDialog::Result PassphraseDialog::ask(QWidget *parent, Mode mode, const QString &error) {
    PassphraseDialog dialog(mode, parent);
    dialog.setError(error);
    if (s_testHandler) {
        s_testHandler(&dialog);
        if (dialog.isVisible())
            dialog.done(QDialog::Rejected);
    } else {
        dialog.exec();
    }
    return {dialog.outcome(), dialog.takePassphrase()};
}

void PassphraseDialog::setTestHandler(TestHandler handler) {
    s_testHandler = std::move(handler);
}

} // namespace hirex::ui
