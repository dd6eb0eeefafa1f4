#include "ui/LockedPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hirex::ui {

LockedPage::LockedPage(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_unlockButton(new QPushButton(tr("&Unlock"), this)) {
    auto *title = new QLabel(tr("Hirex is locked"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Lock status"));
    setMessage({});
    m_unlockButton->setDefault(true);
    connect(m_unlockButton, &QPushButton::clicked, this, &LockedPage::unlockRequested);

    auto *card = new QWidget(this);
    card->setFixedWidth(420);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(title, 0, Qt::AlignHCenter);
    cardLayout->addWidget(m_message);
    cardLayout->addWidget(m_unlockButton, 0, Qt::AlignRight);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

void LockedPage::setMessage(const QString &text) {
    m_message->setText(
        text.isEmpty() ? tr("Your local data is encrypted and closed. Unlock to continue working.") : text);
}

void LockedPage::setBusy(bool busy) {
    m_unlockButton->setEnabled(!busy);
}

} // namespace hirex::ui
