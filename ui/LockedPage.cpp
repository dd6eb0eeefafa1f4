#include "ui/LockedPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hirex::ui {

LockedPage::LockedPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_unlockButton(new QPushButton(this))
    , m_browserButton(new QPushButton(this))
    , m_pinLabel(new QLabel(this))
    , m_pinField(new QLineEdit(this))
    , m_pinButton(new QPushButton(this)) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_message->setWordWrap(true);
    retranslateUi();
    m_unlockButton->setDefault(true);
    connect(m_unlockButton, &QPushButton::clicked, this, &LockedPage::unlockRequested);

    connect(m_browserButton, &QPushButton::clicked, this, &LockedPage::browserUnlockRequested);
    m_pinField->setEchoMode(QLineEdit::Password);
    m_pinField->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pinLabel->setBuddy(m_pinField);
    connect(m_pinField, &QLineEdit::returnPressed, this, &LockedPage::submitPin);
    connect(m_pinButton, &QPushButton::clicked, this, &LockedPage::submitPin);

    auto *card = new QWidget(this);
    card->setFixedWidth(420);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_title, 0, Qt::AlignHCenter);
    cardLayout->addWidget(m_message);
    cardLayout->addWidget(m_unlockButton, 0, Qt::AlignRight);
    cardLayout->addWidget(m_browserButton, 0, Qt::AlignRight);
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pinLabel);
    pinRow->addWidget(m_pinField, 1);
    pinRow->addWidget(m_pinButton);
    cardLayout->addLayout(pinRow);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    updateVisibility();
}

void LockedPage::setMode(Mode mode) {
    m_mode = mode;
    updateVisibility();
}

void LockedPage::setPinAvailable(bool available) {
    m_pinAvailable = available;
    updateVisibility();
}

void LockedPage::updateVisibility() {
    const bool keychain = m_mode == Mode::Keychain;
    m_unlockButton->setVisible(!keychain);
    m_unlockButton->setDefault(!keychain);
    m_browserButton->setVisible(keychain);
    m_browserButton->setDefault(keychain && !m_pinAvailable);
    const bool pin = keychain && m_pinAvailable;
    m_pinLabel->setVisible(pin);
    m_pinField->setVisible(pin);
    m_pinButton->setVisible(pin);
    m_unlockButton->setEnabled(!m_busy);
    m_browserButton->setEnabled(!m_busy);
    m_pinField->setEnabled(!m_busy);
    m_pinButton->setEnabled(!m_busy);
}

void LockedPage::submitPin() {
    if (m_busy || !m_pinAvailable)
        return;
    const QString pin = m_pinField->text();
    m_pinField->clear(); // the field keeps no copy while the check runs
    if (!pin.isEmpty())
        Q_EMIT pinUnlockRequested(pin);
}

QString LockedPage::messageText() const {
    return m_message->text();
}

void LockedPage::setMessage(const QString &text) {
    setMessage(text.isEmpty() ? std::function<QString()>() : [text] { return text; });
}

void LockedPage::setMessage(std::function<QString()> text) {
    m_messageSource = std::move(text);
    const QString message = m_messageSource ? m_messageSource() : QString();
    m_message->setText(message.isEmpty()
                           ? tr("Your local data is encrypted and closed. Unlock to continue working.")
                           : message);
}

void LockedPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockedPage::retranslateUi() {
    m_title->setText(tr("Hirex is locked"));
    m_message->setAccessibleName(tr("Lock status"));
    setMessage(m_messageSource);
    m_unlockButton->setText(tr("&Unlock"));
    m_browserButton->setText(tr("Unlock with your &browser"));
    m_browserButton->setToolTip(tr("Sign in again in your browser to prove it is you."));
    m_pinLabel->setText(tr("Unlock &PIN:"));
    m_pinField->setAccessibleName(tr("Unlock PIN"));
    m_pinButton->setText(tr("Unlock with PI&N"));
}

void LockedPage::setBusy(bool busy) {
    m_busy = busy;
    updateVisibility();
}

} // namespace hirex::ui
