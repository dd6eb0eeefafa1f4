#include "ui/SignInPage.h"

#include "models/SignInPresenter.h"
#include "ui/ClearButtonName.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSvgWidget>
#include <QVBoxLayout>

namespace hirex::ui {

using models::SignInPresenter;

SignInPage::SignInPage(SignInPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_presenter(presenter)
    , m_serverEdit(new QLineEdit(this))
    , m_hintLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_signInButton(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_serverLabel(new QLabel(this)) {
    auto *logo = new QSvgWidget(QStringLiteral(":/hirex/icons/hirex-desktop.svg"), this);
    logo->setFixedSize(72, 72);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_explanation->setWordWrap(true);

    m_serverEdit->setPlaceholderText(QStringLiteral("https://hirex.example.com"));
    m_serverEdit->setText(presenter->serverAddress());
    m_serverEdit->setClearButtonEnabled(true);
    ClearButtonName::apply(m_serverEdit);

    m_hintLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);

    m_signInButton->setDefault(true);
    m_signInButton->setAutoDefault(true);

    auto *form = new QFormLayout;
    m_serverLabel->setBuddy(m_serverEdit);
    form->addRow(m_serverLabel, m_serverEdit);
    form->addRow(QString(), m_hintLabel);

    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("signInCard"));
    card->setFixedWidth(480); // word-wrapped text needs a definite width to lay out
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(logo, 0, Qt::AlignHCenter);
    cardLayout->addWidget(m_title, 0, Qt::AlignHCenter);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_explanation);
    cardLayout->addSpacing(12);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_signInButton, 0, Qt::AlignRight);
    cardLayout->addWidget(m_statusLabel);

    // Stretches rather than alignment flags: an aligned widget only gets its sizeHint() height,
    // which ignores the word-wrapped text's height-for-width and makes the card overlap.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_serverEdit, &QLineEdit::textChanged, presenter, &SignInPresenter::setServerAddress);
    connect(presenter, &SignInPresenter::serverAddressChanged, this, &SignInPage::refresh);
    connect(presenter, &SignInPresenter::stateChanged, this, &SignInPage::refresh);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInPage::signInRequested);
    connect(m_serverEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_presenter->canSignIn())
            Q_EMIT signInRequested();
    });
    retranslateUi();
}

void SignInPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SignInPage::retranslateUi() {
    m_signInButton->setText(tr("&Sign in with your browser"));
    m_title->setText(tr("Sign in to Hirex"));
    m_explanation->setText(tr("Hirex opens your web browser, where you sign in with your company "
                              "account (SSO) or your Hirex password and two-factor code. "
                              "This app never sees your password."));
    m_serverEdit->setAccessibleName(tr("Server address"));
    m_serverLabel->setText(tr("Ser&ver:"));
    m_hintLabel->setAccessibleName(tr("Server address problem"));
    m_statusLabel->setAccessibleName(tr("Sign-in status"));
    refresh(); // the presenter's validation message and the state's text
}

void SignInPage::refresh() {
    const QString problem = m_presenter->validationMessage();
    m_hintLabel->setText(m_presenter->serverAddress().isEmpty() ? QString() : problem);
    m_hintLabel->setVisible(!m_hintLabel->text().isEmpty());
    m_signInButton->setEnabled(m_presenter->canSignIn());

    switch (m_presenter->state()) {
    case SignInPresenter::State::Idle:
        m_statusLabel->clear();
        break;
    case SignInPresenter::State::Restoring:
        m_statusLabel->setText(tr("Restoring your session…"));
        break;
    case SignInPresenter::State::WaitingForBrowser:
        m_statusLabel->setText(tr("Waiting for you to finish signing in in your browser…"));
        break;
    case SignInPresenter::State::SignedIn:
        m_statusLabel->setText(tr("Signed in."));
        break;
    case SignInPresenter::State::Failed:
        m_statusLabel->setText(m_presenter->errorMessage());
        break;
    }
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
}

} // namespace hirex::ui
