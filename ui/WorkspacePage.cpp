#include "ui/WorkspacePage.h"

#include "ui/BoardPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hirex::ui {

WorkspacePage::WorkspacePage(models::BoardPresenter *board, QWidget *parent)
    : QWidget(parent)
    , m_accountLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_boardPage(new BoardPage(board, this)) {
    QFont headingFont = m_accountLabel->font();
    headingFont.setBold(true);
    m_accountLabel->setFont(headingFont);
    m_accountLabel->setWordWrap(true);
    m_accountLabel->setTextFormat(Qt::PlainText);
    // No fixed accessible names on these labels: a screen reader reads what they say.
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);

    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setSpacing(2);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.08);
    m_sidebar->setFont(sidebarFont);
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_sidebar->viewport()->setBackgroundRole(QPalette::Window);

    auto *side = new QWidget(this);
    side->setFixedWidth(190);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 8, 4, 8);
    sideLayout->addWidget(m_accountLabel);
    sideLayout->addWidget(m_statusLabel);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(m_sidebar, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    layout->addWidget(m_pages, 1);

    setSectionPage(Section::Board, m_boardPage); // lists the sidebar, in the current language
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &WorkspacePage::showSidebarRow);
    for (int n = 1; n <= SectionCount; ++n) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n)), this);
        connect(shortcut, &QShortcut::activated, this, [this, n] {
            if (n <= m_sidebar->count())
                m_sidebar->setCurrentRow(n - 1);
        });
    }
}

QString WorkspacePage::sectionTitle(Section section) {
    switch (section) {
    case Section::Board:
        return tr("Board");
    case Section::Candidates:
        return tr("Candidates");
    case Section::Reviews:
        return tr("My reviews");
    case Section::Admin:
        return tr("Admin");
    case Section::Settings:
        return tr("Settings");
    }
    return {};
}

void WorkspacePage::setSectionPage(Section section, QWidget *page) {
    QWidget *&slot = m_sectionPages[static_cast<size_t>(index(section))];
    if (slot == page)
        return;
    if (slot) {
        m_pages->removeWidget(slot);
        slot->deleteLater();
    }
    slot = page;
    if (page)
        m_pages->addWidget(page);
    updateSidebar();
}

void WorkspacePage::setAdminAllowed(bool allowed) {
    m_adminAllowed = allowed;
    updateSidebar();
}

bool WorkspacePage::isSectionListed(Section section) const {
    return m_sectionPages.at(static_cast<size_t>(index(section))) &&
           (section != Section::Admin || m_adminAllowed);
}

void WorkspacePage::updateSidebar() {
    const Section current = currentSection();
    const QSignalBlocker blocker(m_sidebar);
    m_sidebar->clear();
    for (int s = 0; s < SectionCount; ++s) {
        const auto section = static_cast<Section>(s);
        if (!isSectionListed(section))
            continue;
        auto *item = new QListWidgetItem(m_sidebar);
        item->setData(Qt::UserRole, s);
        item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() + 14));
    }
    retranslateUi();
    if (!showSection(current))
        showSection(Section::Board);
}

bool WorkspacePage::showSection(Section section) {
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(Qt::UserRole).toInt() == index(section)) {
            m_sidebar->setCurrentRow(row);
            showSidebarRow(row); // also when the row was current already (signals blocked)
            return true;
        }
    }
    return false;
}

void WorkspacePage::showSidebarRow(int row) {
    if (row < 0 || row >= m_sidebar->count())
        return;
    const auto section = static_cast<Section>(m_sidebar->item(row)->data(Qt::UserRole).toInt());
    QWidget *page = m_sectionPages.at(static_cast<size_t>(index(section)));
    if (m_pages->currentWidget() == page)
        return;
    m_pages->setCurrentWidget(page);
    Q_EMIT currentSectionChanged(section);
}

WorkspacePage::Section WorkspacePage::currentSection() const {
    for (int s = 0; s < SectionCount; ++s)
        if (m_sectionPages.at(static_cast<size_t>(s)) &&
            m_pages->currentWidget() == m_sectionPages.at(static_cast<size_t>(s)))
            return static_cast<Section>(s);
    return Section::Board;
}

void WorkspacePage::setAccount(const QString &userName, const QString &tenantName, const QString &region,
                               bool federated) {
    m_account = Account{userName, tenantName, region, federated};
    updateAccountText();
}

void WorkspacePage::updateAccountText() {
    if (!m_account)
        return;
    const QString how = m_account->federated ? tr("single sign-on") : tr("Hirex sign-in");
    m_accountLabel->setText(
        tr("%1 · %2 (%3)").arg(m_account->userName, m_account->tenantName, m_account->region));
    m_accountLabel->setToolTip(tr("Signed in with %1").arg(how));
}

void WorkspacePage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// In place: the rows, the current section and the focus stay.
void WorkspacePage::retranslateUi() {
    m_sidebar->setAccessibleName(tr("Sections"));
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QListWidgetItem *item = m_sidebar->item(row);
        const QString title = sectionTitle(static_cast<Section>(item->data(Qt::UserRole).toInt()));
        item->setText(title);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(row + 1));
    }
    updateAccountText();
    if (m_statusSource)
        m_statusLabel->setText(m_statusSource());
}

void WorkspacePage::setStatusText(const QString &text) {
    m_statusSource = nullptr;
    m_statusLabel->setText(text);
}

void WorkspacePage::setStatusText(std::function<QString()> text) {
    m_statusSource = std::move(text);
    m_statusLabel->setText(m_statusSource ? m_statusSource() : QString());
}

void WorkspacePage::refreshStatusText() {
    if (m_statusSource)
        m_statusLabel->setText(m_statusSource());
}

} // namespace hirex::ui
