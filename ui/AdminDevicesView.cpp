#include "ui/AdminDevicesView.h"

#include "models/AdminDevicesPresenter.h"
#include "ui/MessageBox.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hirex::ui {

namespace {

void setLabelText(QLabel *label, const QString &text) {
    label->setText(text);
    label->setAccessibleName(text); // screen readers read the label's text, not just its role
    label->setVisible(!text.isEmpty());
}

} // namespace

AdminDevicesView::AdminDevicesView(models::AdminDevicesPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_presenter(presenter)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_state(new QLabel(this))
    , m_result(new QLabel(this))
    , m_table(new QTableView(this))
    , m_refresh(new QPushButton(this))
    , m_revoke(new QPushButton(this))
    , m_refreshAction(new QAction(this))
    , m_revokeAction(new QAction(this)) {
    setObjectName(QStringLiteral("adminDevicesView"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    for (QLabel *label : {m_state, m_result}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setVisible(false);
    }
    m_state->setObjectName(QStringLiteral("devicesState"));
    m_result->setObjectName(QStringLiteral("devicesResult"));

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_presenter->model());
    proxy->setSortRole(models::DeviceTableModel::SortRole);
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::StrongFocus);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::DeviceTableModel::LastSeenColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    // Shortcuts live on actions: a button's own shortcut is replaced by its mnemonic.
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    m_revokeAction->setShortcut(QKeySequence::Delete);
    m_revokeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_revokeAction);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_state);
    layout->addWidget(m_result);
    layout->addWidget(m_table, 1);
    setTabOrder(m_refresh, m_revoke);
    setTabOrder(m_revoke, m_table);

    connect(m_refresh, &QPushButton::clicked, m_presenter, &models::AdminDevicesPresenter::refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_refresh->isEnabled())
            m_presenter->refresh();
    });
    connect(m_revoke, &QPushButton::clicked, this, &AdminDevicesView::revokeSelected);
    connect(m_revokeAction, &QAction::triggered, this, &AdminDevicesView::revokeSelected);
    connect(m_presenter, &models::AdminDevicesPresenter::stateChanged, this, &AdminDevicesView::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AdminDevicesView::updateButtons);
    connect(m_presenter->model(), &QAbstractItemModel::dataChanged, this, &AdminDevicesView::updateButtons);
    connect(m_presenter->model(), &QAbstractItemModel::modelReset, this, &AdminDevicesView::updateButtons);
    retranslateUi();
}

void AdminDevicesView::retranslateUi() {
    setWindowTitle(tr("Devices")); // the admin screen list's entry
    m_title->setText(tr("Registered devices"));
    m_title->setAccessibleName(m_title->text());
    m_intro->setText(
        tr("Every computer on which someone in your organisation signed in to Hirex. Revoke a lost "
           "or retired one: it is signed out and its local data deleted."));
    m_intro->setAccessibleName(m_intro->text());
    m_table->setAccessibleName(tr("Registered devices"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Load the list again from the server (%1)")
                              .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_refreshAction->setText(tr("Refresh"));
    m_revoke->setText(tr("Re&voke…"));
    m_revokeAction->setText(tr("Revoke Device…"));
    m_revoke->setToolTip(tr("Revoke the selected device (%1)")
                             .arg(m_revokeAction->shortcut().toString(QKeySequence::NativeText)));
    m_presenter->model()->retranslate();
    updateState();
}

void AdminDevicesView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminDevicesView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // The first visit loads the list; later ones keep it until Refresh (no request per switch).
    if (!m_loadedOnce && m_presenter->state() == models::AdminDevicesPresenter::State::Unloaded) {
        m_loadedOnce = true;
        m_presenter->refresh();
    }
}

int AdminDevicesView::selectedRow() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_table->model());
    return proxy->mapToSource(rows.first()).row();
}

void AdminDevicesView::updateState() {
    using State = models::AdminDevicesPresenter::State;
    const State state = m_presenter->state();
    if (state == State::NoConnection || state == State::Offline || state == State::Unloaded)
        m_loadedOnce = false; // the next visit after signing in or coming online loads again
    if (state == State::Unloaded && isVisible()) {
        m_loadedOnce = true; // on screen already: load now, after this signal
        QMetaObject::invokeMethod(m_presenter, &models::AdminDevicesPresenter::refresh, Qt::QueuedConnection);
    }
    setLabelText(m_state, m_presenter->stateText());
    setLabelText(m_result, m_presenter->revokeMessage());
    m_table->setVisible(state == State::Ready);
    m_refresh->setEnabled(state != State::NoConnection && state != State::Offline && state != State::Loading);
    m_refreshAction->setEnabled(m_refresh->isEnabled());
    updateButtons();
}

void AdminDevicesView::updateButtons() {
    const bool can = m_presenter->canRevoke(selectedRow());
    m_revoke->setEnabled(can);
    m_revokeAction->setEnabled(can);
}

void AdminDevicesView::revokeSelected() {
    const int row = selectedRow();
    if (!m_presenter->canRevoke(row))
        return;
    const auto question = m_presenter->confirmation(row);
    if (!question)
        return;
    const auto answer = MessageBox::question(
        this, question->title, question->text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Yes, question->ownDevice ? tr("Revoke &This Computer") : tr("Re&voke Device")}});
    if (answer != QMessageBox::Yes)
        return;
    m_presenter->revoke(row);
}

} // namespace hirex::ui
