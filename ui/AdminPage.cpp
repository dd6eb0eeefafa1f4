#include "ui/AdminPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace hirex::ui {

AdminPage::AdminPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("adminPage"));
    m_list->setAccessibleName(tr("Admin screens"));
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Expanding);
    m_list->setMinimumWidth(m_list->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
}

void AdminPage::addScreen(QWidget *screen) {
    m_stack->addWidget(screen);
    auto *item = new QListWidgetItem(m_list);
    screen->installEventFilter(this);
    updateTitle(item, screen);
    if (m_list->count() == 1)
        m_list->setCurrentRow(0);
}

void AdminPage::updateTitle(QListWidgetItem *item, QWidget *screen) {
    const QString title = screen->windowTitle();
    item->setText(title);
    item->setData(Qt::AccessibleTextRole, title);
    item->setSizeHint(
        QSize(m_list->fontMetrics().horizontalAdvance(title) + 32, m_list->fontMetrics().height() + 14));
}

bool AdminPage::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::WindowTitleChange) {
        const int row = m_stack->indexOf(qobject_cast<QWidget *>(watched));
        if (row >= 0 && m_list->item(row))
            updateTitle(m_list->item(row), m_stack->widget(row));
    }
    return QWidget::eventFilter(watched, event);
}

QWidget *AdminPage::currentScreen() const {
    return m_stack->currentWidget();
}

} // namespace hirex::ui
