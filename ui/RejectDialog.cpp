#include "ui/RejectDialog.h"

#include "models/RejectPresenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hirex::ui {

using models::RejectPresenter;

RejectDialog::RejectDialog(RejectPresenter *presenter, QWidget *parent)
    : QDialog(parent)
    , m_presenter(presenter)
    , m_candidates(new QListWidget(this))
    , m_reason(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_confirm(new QCheckBox(presenter->confirmationText(), this))
    , m_problem(new QLabel(this)) {
    setWindowTitle(presenter->actionText());
    setObjectName(QStringLiteral("rejectDialog"));

    auto *intro = new QLabel(tr("These candidates will be rejected:"), this);
    intro->setBuddy(m_candidates);
    for (const models::RejectTarget &target : presenter->targets()) {
        auto *item = new QListWidgetItem(target.label, m_candidates);
        if (target.nameWithheld)
            item->setToolTip(tr("The name is withheld while the tenant screens blind."));
    }
    m_candidates->setAccessibleName(tr("Candidates to reject"));
    m_candidates->setSelectionMode(QAbstractItemView::NoSelection);
    m_candidates->setMaximumHeight(160);

    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const RejectPresenter::Reason &reason : RejectPresenter::reasons())
        m_reason->addItem(reason.text, reason.code);
    m_reason->setAccessibleName(tr("Reason"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(
        tr("Optional; required for \"Other\" (at most %1 characters)").arg(RejectPresenter::NoteMaxLength));
    m_note->setMaximumHeight(100);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_rejectButton = buttons->addButton(presenter->actionText(), QDialogButtonBox::AcceptRole);
    m_rejectButton->setAutoDefault(false);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter confirms nothing: only a click (or Space) on the reject button does.
    m_cancelButton->setDefault(true);
    m_cancelButton->setAutoDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RejectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RejectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_candidates);
    layout->addLayout(form);
    if (presenter->aiShown()) {
        auto *ai = new QLabel(
            tr("AI match scores were shown. They inform this decision; they do not make it."), this);
        ai->setWordWrap(true);
        layout->addWidget(ai);
    }
    layout->addWidget(m_confirm);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_reason, &QComboBox::currentIndexChanged, this,
            [this](int row) { m_presenter->setReasonCode(m_reason->itemData(row).toString()); });
    connect(m_note, &QPlainTextEdit::textChanged, this,
            [this] { m_presenter->setNote(m_note->toPlainText()); });
    connect(m_confirm, &QCheckBox::toggled, m_presenter, &RejectPresenter::setConfirmed);
    connect(m_presenter, &RejectPresenter::changed, this, &RejectDialog::update);
    update();
    m_reason->setFocus(Qt::OtherFocusReason);
}

void RejectDialog::update() {
    m_rejectButton->setEnabled(m_presenter->canReject());
    m_problem->setText(m_presenter->problem());
    m_problem->setAccessibleName(m_presenter->problem());
}

void RejectDialog::accept() {
    // Only a complete, confirmed decision closes the dialog as accepted.
    if (!m_presenter->canReject())
        return;
    QDialog::accept();
}

} // namespace hirex::ui
