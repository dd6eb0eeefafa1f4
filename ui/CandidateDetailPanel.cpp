#include "ui/CandidateDetailPanel.h"

#include "models/CandidateDetailPresenter.h"
#include "ui/CardDelegate.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hirex::ui {

namespace {

QLabel *textLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // names and tags are data, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

CandidateDetailPanel::CandidateDetailPanel(models::CandidateDetailPresenter *presenter, QWidget *parent)
    : QDialog(parent)
    , m_presenter(presenter)
    , m_title(textLabel(this))
    , m_stage(textLabel(this))
    , m_tags(textLabel(this))
    , m_source(textLabel(this))
    , m_aiScore(textLabel(this))
    , m_aiNotice(textLabel(this))
    , m_warnings(textLabel(this)) {
    setWindowTitle(tr("Candidate"));
    setObjectName(QStringLiteral("candidateDetailPanel"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    m_aiNotice->setForegroundRole(QPalette::PlaceholderText);
    QPalette warn = m_warnings->palette();
    warn.setColor(QPalette::WindowText, CardDelegate::slaColor(1 /* DueSoon */, warn));
    m_warnings->setPalette(warn);

    auto *form = new QFormLayout;
    form->addRow(tr("Stage:"), m_stage);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Source:"), m_source);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_aiScore);
    layout->addWidget(m_aiNotice);
    layout->addWidget(m_warnings);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(presenter, &models::CandidateDetailPresenter::changed, this, &CandidateDetailPanel::update);
    connect(this, &QDialog::finished, this, [this] {
        // Nothing of the candidate stays in memory once the panel is closed.
        m_presenter->clear();
        if (m_returnFocus) {
            // Not every platform hands the activation back to the window below.
            m_returnFocus->window()->activateWindow();
            m_returnFocus->setFocus(Qt::OtherFocusReason);
        }
        m_returnFocus = nullptr;
    });
    update();
}

void CandidateDetailPanel::showCandidate(const QString &candidateId) {
    if (!isVisible()) {
        QWidget *focus = QApplication::focusWidget();
        m_returnFocus = focus && !isAncestorOf(focus) ? focus : nullptr;
    }
    m_presenter->load(candidateId);
    open(); // window-modal, and the event loop keeps running
}

void CandidateDetailPanel::update() {
    const bool loaded = m_presenter->isLoaded();
    QFont font = m_title->font();
    font.setItalic(m_presenter->nameWithheld());
    m_title->setFont(font);
    m_title->setText(loaded ? m_presenter->title() : m_presenter->message());
    m_title->setAccessibleName(m_presenter->nameWithheld() ? tr("Name withheld: %1").arg(m_presenter->title())
                                                           : QString());
    m_stage->setText(m_presenter->stageText());
    const QStringList tags = m_presenter->tags();
    m_tags->setText(tags.isEmpty() ? (loaded ? tr("None") : QString()) : tags.join(QStringLiteral(", ")));
    m_source->setText(m_presenter->sourceText().isEmpty() && loaded ? tr("Unknown")
                                                                    : m_presenter->sourceText());
    const QString score = m_presenter->aiScoreText();
    m_aiScore->setText(score.isEmpty() && loaded ? tr("No AI match score") : score);
    m_aiNotice->setText(m_presenter->aiNotice());
    m_aiNotice->setVisible(!m_presenter->aiNotice().isEmpty());
    const QStringList warnings = m_presenter->warnings();
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

} // namespace hirex::ui
