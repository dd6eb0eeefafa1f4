#include "ui/BoardColumn.h"

#include "models/StageCardsModel.h"
#include "ui/CardDelegate.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace hirex::ui {

BoardColumn::BoardColumn(models::StageCardsModel *cards, CardDelegate *delegate, QWidget *parent)
    : QFrame(parent)
    , m_cards(cards)
    , m_header(new QLabel(this))
    , m_view(new QListView(this)) {
    setObjectName(QStringLiteral("boardColumn"));
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setContentsMargins(8, 4, 8, 2);
    m_header->setBuddy(m_view);

    m_view->setModel(cards);
    m_view->setItemDelegate(delegate);
    m_view->setUniformItemSizes(true); // CardDelegate's cards all have one height
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    // The column is a lane on the window's background; the cards stand out on it.
    m_view->setAutoFillBackground(true);
    m_view->viewport()->setBackgroundRole(QPalette::Window);
    m_view->setBackgroundRole(QPalette::Window);

    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(264);
    setMaximumWidth(320);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 4, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
}

void BoardColumn::setHeader(const QString &stageName, int count, const QString &accessibleText, int shown) {
    m_stageName = stageName;
    m_count = count;
    m_accessibleText = accessibleText;
    m_shown = shown;
    retranslateUi();
}

void BoardColumn::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi(); // the board set the new accessible text before (BoardPage::updateHeaders)
    QFrame::changeEvent(event);
}

void BoardColumn::retranslateUi() {
    if (m_shown == Counting) {
        m_header->setText(tr("%1 · … of %2").arg(m_stageName).arg(m_count));
        m_view->setAccessibleName(tr("%1, counting the cards shown").arg(m_accessibleText));
        return;
    }
    if (m_shown < 0) {
        m_header->setText(tr("%1 · %2").arg(m_stageName).arg(m_count));
        m_view->setAccessibleName(m_accessibleText);
        return;
    }
    m_header->setText(tr("%1 · %2 of %3").arg(m_stageName).arg(m_shown).arg(m_count));
    m_view->setAccessibleName(tr("%1, %n shown", nullptr, m_shown).arg(m_accessibleText));
}

} // namespace hirex::ui
