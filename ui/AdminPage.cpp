#include "ui/AdminPage.h"

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

void AdminPage::addScreen(const QString &title, QWidget *screen) {
    m_stack->addWidget(screen);
    auto *item = new QListWidgetItem(title, m_list);
    item->setData(Qt::AccessibleTextRole, title);
    item->setSizeHint(
        QSize(m_list->fontMetrics().horizontalAdvance(title) + 32, m_list->fontMetrics().height() + 14));
    if (m_list->count() == 1)
        m_list->setCurrentRow(0);
}

QWidget *AdminPage::currentScreen() const {
    return m_stack->currentWidget();
}

} // namespace hirex::ui
