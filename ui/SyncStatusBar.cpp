#include "ui/SyncStatusBar.h"

#include "models/SyncStatusPresenter.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace hirex::ui {

namespace {
const char *const kSubject = "hirexSubject"; // the label's fixed accessible subject
}

SyncStatusBar::SyncStatusBar(models::SyncStatusPresenter *presenter, QWidget *parent)
    : QStatusBar(parent)
    , m_presenter(presenter) {
    setObjectName(QStringLiteral("syncStatusBar"));
    m_connection = addLabel(QStringLiteral("connectionStatus"));
    m_sync = addLabel(QStringLiteral("syncStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_progress->hide();
    addPermanentWidget(m_progress);
    m_queued = addLabel(QStringLiteral("queuedChanges"));
    // A button, not a label: it opens the conflicts dialog (mouse, Tab and Space).
    m_conflicts = new QToolButton(this);
    m_conflicts->setObjectName(QStringLiteral("conflictsBadge"));
    m_conflicts->setAutoRaise(true);
    m_conflicts->setFocusPolicy(Qt::StrongFocus);
    m_conflicts->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont bold = m_conflicts->font();
    bold.setBold(true);
    m_conflicts->setFont(bold);
    m_conflicts->setForegroundRole(QPalette::Highlight); // the palette's, so dark mode works
    m_conflicts->hide();
    addPermanentWidget(m_conflicts);
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusBar::conflictsRequested);
    m_lastSync = addLabel(QStringLiteral("lastSync"));
    m_service = addLabel(QStringLiteral("serviceStatus"));
    if (m_presenter)
        connect(m_presenter, &models::SyncStatusPresenter::changed, this, &SyncStatusBar::update);
    retranslateUi();
}

void SyncStatusBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QStatusBar::changeEvent(event);
}

void SyncStatusBar::retranslateUi() {
    setAccessibleName(tr("Status"));
    m_connection->setProperty(kSubject, tr("Connection"));
    m_sync->setProperty(kSubject, tr("Sync"));
    m_progress->setAccessibleName(tr("First sync progress"));
    m_queued->setProperty(kSubject, tr("Queued changes"));
    m_conflicts->setToolTip(tr("Resolve conflicts and review refused changes"));
    m_lastSync->setProperty(kSubject, tr("Last sync"));
    m_service->setProperty(kSubject, tr("Service status"));
    // The presenter computes its texts when asked: asking again gives them in the new language.
    for (QLabel *label : {m_connection, m_sync, m_queued, m_lastSync, m_service})
        show(label, label->text(), true);
    update();
}

QLabel *SyncStatusBar::addLabel(const QString &objectName) {
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // server text (an error message) is never markup
    label->hide();
    addPermanentWidget(label);
    return label;
}

// An empty state hides its label; a shown one says what it is about to assistive technology.
void SyncStatusBar::show(QLabel *label, const QString &text, bool force) {
    const QString subject = label->property(kSubject).toString();
    if (force || label->text() != text) {
        label->setText(text);
        label->setAccessibleName(text.isEmpty() ? subject : tr("%1: %2").arg(subject, text));
        label->setAccessibleDescription(text);
    }
    label->setVisible(!text.isEmpty());
}

void SyncStatusBar::update() {
    if (!m_presenter)
        return;
    const models::SyncStatusPresenter &p = *m_presenter;
    show(m_connection, p.connectionText());
    show(m_sync, p.syncText());
    if (p.isProgressVisible()) {
        if (p.progressPercent() < 0) {
            m_progress->setRange(0, 0); // busy until the feed's end is known
        } else {
            m_progress->setRange(0, 100);
            m_progress->setValue(p.progressPercent());
        }
        m_progress->setAccessibleDescription(p.syncText());
    }
    m_progress->setVisible(p.isProgressVisible());
    show(m_queued, p.queuedText());
    QStringList issues;
    for (const QString &text : {p.conflictsText(), p.refusedText()})
        if (!text.isEmpty())
            issues.append(text);
    const QString badge = issues.join(QStringLiteral(", "));
    m_conflicts->setText(badge);
    m_conflicts->setAccessibleName(badge.isEmpty() ? tr("Conflicts") : tr("Conflicts: %1").arg(badge));
    m_conflicts->setAccessibleDescription(tr("Opens the list of conflicts and refused changes"));
    m_conflicts->setVisible(!badge.isEmpty());
    show(m_lastSync, p.isRunning() ? p.lastSyncText() : QString());
    show(m_service, p.serviceText());
}

} // namespace hirex::ui
