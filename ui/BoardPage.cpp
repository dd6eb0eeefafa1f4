#include "ui/BoardPage.h"

#include "models/BoardPresenter.h"
#include "models/JobListModel.h"
#include "models/StageCardsModel.h"
#include "models/StageColumnsModel.h"
#include "ui/BoardColumn.h"
#include "ui/BoardFilterBar.h"
#include "ui/CardDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace hirex::ui {

using models::StageCardsModel;
using Order = read::StageCards::Order;

BoardPage::BoardPage(models::BoardPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_presenter(presenter)
    , m_delegate(new CardDelegate(this))
    , m_jobPicker(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_order(new QComboBox(this))
    , m_filterButton(new QToolButton(this))
    , m_filterBar(new BoardFilterBar(this))
    , m_message(new QLabel(this))
    , m_body(new QStackedWidget(this))
    , m_empty(new QLabel(m_body))
    , m_scroll(new QScrollArea(m_body))
    , m_lanes(new QWidget)
    , m_lanesLayout(new QHBoxLayout(m_lanes)) {
    auto *jobLabel = new QLabel(tr("&Job:"), this);
    jobLabel->setBuddy(m_jobPicker);
    m_jobPicker->setModel(presenter->jobs());
    m_jobPicker->setModelColumn(models::JobListModel::Title);
    m_jobPicker->setAccessibleName(tr("Job"));
    m_jobPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_jobPicker->setMinimumContentsLength(18);

    m_search->setPlaceholderText(tr("Search candidates  ( / )"));
    m_search->setAccessibleName(tr("Search candidates"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);

    auto *orderLabel = new QLabel(tr("&Sort by:"), this);
    orderLabel->setBuddy(m_order);
    m_order->addItem(tr("Time in stage"), QVariant::fromValue(static_cast<int>(Order::TimeInStage)));
    m_order->addItem(tr("Name"), QVariant::fromValue(static_cast<int>(Order::CandidateName)));
    m_order->addItem(tr("AI match score"), QVariant::fromValue(static_cast<int>(Order::MatchScore)));
    m_order->setAccessibleName(tr("Sort cards by"));

    m_filterButton->setCheckable(true);
    m_filterButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *filterShortcut = new QShortcut(QKeySequence(tr("Ctrl+Shift+F")), this);
    filterShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(filterShortcut, &QShortcut::activated, m_filterButton, &QToolButton::toggle);
    m_filterButton->setToolTip(tr("Filter the cards by tag, source, AI match score and days in stage (%1)")
                                   .arg(filterShortcut->key().toString(QKeySequence::NativeText)));
    m_filterBar->hide();
    updateFilterButton();

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);

    m_lanesLayout->setContentsMargins(0, 0, 0, 0);
    m_lanesLayout->setSpacing(8);
    m_lanesLayout->addStretch(1);
    m_scroll->setWidget(m_lanes);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // each column scrolls itself
    m_body->addWidget(m_empty);
    m_body->addWidget(m_scroll);

    auto *bar = new QHBoxLayout;
    bar->addWidget(jobLabel);
    bar->addWidget(m_jobPicker);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addSpacing(12);
    bar->addWidget(orderLabel);
    bar->addWidget(m_order);
    bar->addSpacing(8);
    bar->addWidget(m_filterButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_message);
    layout->addWidget(m_body, 1);

    auto *slash = new QShortcut(QKeySequence(Qt::Key_Slash), this);
    slash->setContext(Qt::WidgetWithChildrenShortcut);
    connect(slash, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_search->installEventFilter(this);

    connect(m_jobPicker, &QComboBox::activated, this, [this](int row) {
        m_presenter->setCurrentJob(
            m_presenter->jobs()->index(row, 0).data(models::JobListModel::JobIdRole).toString());
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_presenter->setSearchText(text);
        updateHeaders();
        updateMessage();
    });
    connect(m_order, &QComboBox::activated, this,
            [this](int row) { m_presenter->setOrder(static_cast<Order>(m_order->itemData(row).toInt())); });
    connect(m_filterButton, &QToolButton::toggled, this, &BoardPage::showFilters);
    connect(m_filterBar, &BoardFilterBar::filterChanged, this, [this](const models::CardFilter &filter) {
        m_presenter->setFilter(filter);
        updateHeaders();
        updateFilterButton();
    });
    connect(presenter, &models::BoardPresenter::currentJobChanged, this, &BoardPage::updateJobPicker);
    connect(presenter->jobs(), &QAbstractItemModel::modelReset, this, &BoardPage::updateJobPicker);
    connect(presenter, &models::BoardPresenter::boardReset, this, &BoardPage::rebuildColumns);
    connect(presenter, &models::BoardPresenter::moveFailed, this, [this](const QString &message) {
        m_message->setText(message);
        m_message->show();
    });
    rebuildColumns();
    updateJobPicker();
}

BoardColumn *BoardPage::column(int index) const {
    return index >= 0 && index < columnCount() ? m_columns.at(static_cast<size_t>(index)) : nullptr;
}

int BoardPage::focusedColumn() const {
    for (int i = 0; i < columnCount(); ++i)
        if (m_columns.at(static_cast<size_t>(i))->view()->hasFocus())
            return i;
    return -1;
}

void BoardPage::rebuildColumns() {
    for (BoardColumn *c : m_columns)
        delete c;
    m_columns.clear();
    for (int i = 0; i < m_presenter->columnCount(); ++i) {
        StageCardsModel *cards = m_presenter->cards(i);
        auto *c = new BoardColumn(cards, m_delegate, m_lanes);
        c->view()->installEventFilter(this);
        // A narrowed column says how many of its cards it shows.
        connect(cards, &QAbstractItemModel::rowsInserted, this, &BoardPage::updateHeaders);
        connect(cards, &QAbstractItemModel::rowsRemoved, this, &BoardPage::updateHeaders);
        connect(cards, &QAbstractItemModel::modelReset, this, &BoardPage::updateHeaders);
        m_lanesLayout->insertWidget(i, c);
        m_columns.push_back(c);
    }
    if (m_presenter->columns())
        connect(m_presenter->columns(), &QAbstractItemModel::dataChanged, this, &BoardPage::updateHeaders,
                Qt::UniqueConnection);
    m_order->setCurrentIndex(m_order->findData(static_cast<int>(m_presenter->order())));
    updateHeaders();
    updateMessage();
}

void BoardPage::updateHeaders() {
    const models::StageColumnsModel *columns = m_presenter->columns();
    if (!columns)
        return;
    for (int i = 0; i < columnCount() && i < columns->rowCount(); ++i) {
        const QModelIndex at = columns->index(i);
        BoardColumn *c = m_columns.at(static_cast<size_t>(i));
        // A narrowed column's count comes from its narrowed query (one count, no rows read).
        const std::optional<int> narrowed =
            m_presenter->isNarrowed() ? c->cards()->narrowedCount() : std::optional<int>();
        const int shown = narrowed.value_or(-1);
        c->setHeader(at.data().toString(), at.data(models::StageColumnsModel::CountRole).toInt(),
                     at.data(Qt::AccessibleTextRole).toString(), shown);
    }
}

void BoardPage::updateJobPicker() {
    const QString current = m_presenter->currentJobId();
    for (int row = 0; row < m_presenter->jobs()->rowCount(); ++row) {
        if (m_presenter->jobs()->index(row, 0).data(models::JobListModel::JobIdRole).toString() == current) {
            m_jobPicker->setCurrentIndex(row);
            break;
        }
    }
    updateMessage();
}

void BoardPage::updateMessage() {
    // Says plainly why the board is empty, instead of showing nothing.
    QString empty;
    if (!m_presenter->hasDatabase())
        empty = tr("The board appears once the local copy of your data is open.");
    else if (m_presenter->jobs()->rowCount() == 0)
        empty = tr("There are no jobs to show yet.");
    else if (m_presenter->columnCount() == 0)
        empty =
            tr("This job's pipeline is not in the local copy yet. It appears when the sync has fetched it.");
    m_empty->setText(empty);
    m_body->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_scroll) : m_empty);

    const bool searching = !m_search->text().trimmed().isEmpty();
    if (searching && !m_presenter->searchIndexComplete()) {
        m_message->setText(tr("The search index is still being built: some candidates may be missing."));
        m_message->show();
    } else {
        m_message->clear();
        m_message->hide();
    }
}

void BoardPage::showFilters(bool shown) {
    if (shown) {
        m_filterBar->setChoices(m_presenter->sources(), m_presenter->tagsShown());
        m_filterBar->show();
        m_filterBar->tagField()->setFocus(Qt::ShortcutFocusReason);
    } else {
        // Hidden filters must not keep narrowing the board unseen.
        m_filterBar->clear();
        m_filterBar->hide();
    }
}

void BoardPage::updateFilterButton() {
    const models::CardFilter f = m_filterBar->filter();
    const int active = (f.tag.isEmpty() ? 0 : 1) + (f.source.isEmpty() ? 0 : 1) + (f.minScore ? 1 : 0) +
                       (f.minDays || f.maxDays ? 1 : 0);
    m_filterButton->setText(active > 0 ? tr("F&ilters (%1)").arg(active) : tr("F&ilters"));
}

void BoardPage::focusColumn(int index, int row) {
    BoardColumn *c = column(index);
    if (!c)
        return;
    QListView *view = c->view();
    const int rows = view->model()->rowCount();
    view->setFocus(Qt::TabFocusReason);
    if (rows > 0) {
        const QModelIndex at = view->model()->index(std::clamp(row, 0, rows - 1), 0);
        view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect);
        view->scrollTo(at);
    }
    m_scroll->ensureWidgetVisible(c, 0, 0);
}

void BoardPage::moveCurrentCard(int columnIndex, int step) {
    const QModelIndex current = column(columnIndex)->view()->currentIndex();
    if (current.isValid())
        m_presenter->moveToAdjacentStage(current.data(StageCardsModel::ApplicationIdRole).toString(), step);
}

bool BoardPage::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        // Escape leaves the search (clearing it first) and goes back to the cards.
        if (key->key() == Qt::Key_Escape) {
            if (!m_search->text().isEmpty())
                m_search->clear();
            else
                focusColumn(0, 0);
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            focusColumn(0, 0);
            return true;
        }
        return false;
    }
    int index = -1;
    for (int i = 0; i < columnCount(); ++i)
        if (m_columns.at(static_cast<size_t>(i))->view() == watched)
            index = i;
    if (index < 0)
        return QWidget::eventFilter(watched, event);
    QListView *view = column(index)->view();
    const int row = view->currentIndex().isValid() ? view->currentIndex().row() : 0;
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    switch (key->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = key->key() == Qt::Key_Right ? 1 : -1;
        if (mods == Qt::AltModifier) {
            moveCurrentCard(index, step);
            return true;
        }
        if (mods == Qt::NoModifier) {
            focusColumn(index + step, row);
            return true;
        }
        return false;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QModelIndex current = view->currentIndex();
        if (current.isValid())
            Q_EMIT openCandidate(current.data(StageCardsModel::CandidateIdRole).toString(),
                                 current.data(StageCardsModel::ApplicationIdRole).toString());
        return true;
    }
    default:
        return false;
    }
}

} // namespace hirex::ui
