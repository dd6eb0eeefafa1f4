#include "ui/BoardPage.h"

#include "models/BoardPresenter.h"
#include "models/JobListModel.h"
#include "models/MoveHistory.h"
#include "models/RejectPresenter.h"
#include "models/StageCardsModel.h"
#include "models/StageColumnsModel.h"
#include "ui/BoardColumn.h"
#include "ui/BoardFilterBar.h"
#include "ui/CardDelegate.h"
#include "ui/ClearButtonName.h"
#include "ui/RejectDialog.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hirex::ui {

using models::StageCardsModel;
using Order = read::StageCards::Order;

namespace {
// How long the typing must pause before the narrowed columns are counted.
constexpr int kCountPauseMs = 150;
} // namespace

BoardPage::BoardPage(models::BoardPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_presenter(presenter)
    , m_delegate(new CardDelegate(this))
    , m_jobLabel(new QLabel(this))
    , m_jobPicker(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_orderLabel(new QLabel(this))
    , m_order(new QComboBox(this))
    , m_filterButton(new QToolButton(this))
    , m_filterShortcut(new QShortcut(this))
    , m_filterBar(new BoardFilterBar(this))
    , m_message(new QLabel(this))
    , m_body(new QStackedWidget(this))
    , m_empty(new QLabel(m_body))
    , m_scroll(new QScrollArea(m_body))
    , m_lanes(new QWidget)
    , m_lanesLayout(new QHBoxLayout(m_lanes))
    , m_countTimer(new QTimer(this)) {
    m_countTimer->setSingleShot(true);
    connect(m_countTimer, &QTimer::timeout, this, &BoardPage::countNextColumn);
    m_jobLabel->setBuddy(m_jobPicker);
    m_jobPicker->setModel(presenter->jobs());
    m_jobPicker->setModelColumn(models::JobListModel::Title);
    m_jobPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_jobPicker->setMinimumContentsLength(18);

    m_search->setClearButtonEnabled(true);
    ClearButtonName::apply(m_search);
    m_search->setMinimumWidth(220);

    m_orderLabel->setBuddy(m_order);
    // The orders' names come from retranslateUi().
    for (const Order order : {Order::TimeInStage, Order::CandidateName, Order::MatchScore})
        m_order->addItem(QString(), QVariant::fromValue(static_cast<int>(order)));

    m_filterButton->setCheckable(true);
    m_filterButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filterShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_filterShortcut, &QShortcut::activated, m_filterButton, &QToolButton::toggle);
    m_filterBar->hide();

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
    // It takes the focus on a click between the cards: a screen reader then says what it is.
    m_scroll->setAccessibleName(tr("Board columns"));
    m_body->addWidget(m_empty);
    m_body->addWidget(m_scroll);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_jobLabel);
    bar->addWidget(m_jobPicker);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addSpacing(12);
    bar->addWidget(m_orderLabel);
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
    connect(presenter, &models::BoardPresenter::notice, this, &BoardPage::showNotice);
    createActions();
    retranslateUi();
    rebuildColumns();
    updateJobPicker();
}

void BoardPage::addBanner(QWidget *banner) {
    banner->setParent(this);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(0, banner);
}

void BoardPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        // The presenter's texts (column names for screen readers, the cards' warnings) first:
        // the headers below read them.
        m_presenter->retranslate();
        retranslateUi();
        updateHeaders();
        updateMessage();
    }
    QWidget::changeEvent(event);
}

void BoardPage::retranslateUi() {
    m_jobLabel->setText(tr("&Job:"));
    m_jobPicker->setAccessibleName(tr("Job"));
    m_search->setPlaceholderText(tr("Search candidates  ( / )"));
    m_search->setAccessibleName(tr("Search candidates"));
    m_orderLabel->setText(tr("&Sort by:"));
    for (int row = 0; row < m_order->count(); ++row) {
        switch (static_cast<Order>(m_order->itemData(row).toInt())) {
        case Order::TimeInStage:
            m_order->setItemText(row, tr("Time in stage"));
            break;
        case Order::CandidateName:
            m_order->setItemText(row, tr("Name"));
            break;
        case Order::MatchScore:
            m_order->setItemText(row, tr("AI match score"));
            break;
        }
    }
    m_order->setAccessibleName(tr("Sort cards by"));
    m_filterShortcut->setKey(QKeySequence(tr("Ctrl+Shift+F")));
    m_filterButton->setToolTip(tr("Filter the cards by tag, source, AI match score and days in stage (%1)")
                                   .arg(m_filterShortcut->key().toString(QKeySequence::NativeText)));
    updateFilterButton();
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

void BoardPage::focusCards() {
    // The first column that has a card, else the first column.
    int first = 0;
    for (int i = columnCount() - 1; i >= 0; --i)
        if (m_columns.at(static_cast<size_t>(i))->view()->model()->rowCount() > 0)
            first = i;
    focusColumn(first, 0);
}

void BoardPage::rebuildColumns() {
    for (BoardColumn *c : m_columns)
        delete c;
    m_columns.clear();
    for (int i = 0; i < m_presenter->columnCount(); ++i) {
        StageCardsModel *cards = m_presenter->cards(i);
        auto *c = new BoardColumn(cards, m_delegate, m_lanes);
        c->view()->installEventFilter(this);
        c->view()->viewport()->installEventFilter(this); // clicks: which column keeps its selection
        c->view()->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(c->view(), &QWidget::customContextMenuRequested, this, [this, view = c->view()](QPoint at) {
            auto *menu = new QMenu(this);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->addAction(m_moveNext);
            menu->addAction(m_movePrevious);
            menu->addAction(m_moveToStage);
            menu->addSeparator();
            menu->addAction(m_reject);
            menu->popup(view->viewport()->mapToGlobal(at));
        });
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

// A keystroke re-filters every column's first page at once; counting a large narrowed column
// is a query over the whole stage (tens of milliseconds at 100,000 candidates), so those counts
// wait until the typing pauses and then run one column per event-loop turn.
void BoardPage::updateHeaders() {
    if (showHeaders())
        m_countTimer->start(kCountPauseMs);
    else
        m_countTimer->stop();
}

bool BoardPage::showHeaders() {
    const models::StageColumnsModel *columns = m_presenter->columns();
    if (!columns)
        return false;
    bool pending = false;
    for (int i = 0; i < columnCount() && i < columns->rowCount(); ++i) {
        const QModelIndex at = columns->index(i);
        BoardColumn *c = m_columns.at(static_cast<size_t>(i));
        int shown = -1;
        if (m_presenter->isNarrowed()) {
            if (const std::optional<int> known = c->cards()->knownNarrowedCount()) {
                shown = *known;
            } else if (c->cards()->canCountNarrowed()) {
                shown = BoardColumn::Counting;
                pending = true;
            }
        }
        c->setHeader(at.data().toString(), at.data(models::StageColumnsModel::CountRole).toInt(),
                     at.data(Qt::AccessibleTextRole).toString(), shown);
    }
    return pending;
}

void BoardPage::countNextColumn() {
    if (!m_presenter->isNarrowed())
        return;
    for (BoardColumn *c : m_columns) {
        if (!c->cards()->knownNarrowedCount() && c->cards()->canCountNarrowed()) {
            c->cards()->narrowedCount(); // kept by the model until its next re-read
            break;
        }
    }
    if (showHeaders())
        m_countTimer->start(0);
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

void BoardPage::createActions() {
    // WidgetWithChildrenShortcut: the keys work while the board (a card, the search) has the
    // focus, and a line edit keeps its own Ctrl+Z and Delete (it overrides them while focused).
    auto add = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_moveNext = add(tr("Move to Next Stage"), {QKeySequence(Qt::AltModifier | Qt::Key_Right)},
                     [this] { moveSelection(+1); });
    m_movePrevious = add(tr("Move to Previous Stage"), {QKeySequence(Qt::AltModifier | Qt::Key_Left)},
                         [this] { moveSelection(-1); });
    m_moveToStage =
        add(tr("Move to Stage…"), {QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_M)},
            [this] { showMoveToStageMenu(); });
    m_undoMove = add(tr("Undo Move"), QKeySequence::keyBindings(QKeySequence::Undo),
                     [this] { m_presenter->undoLastMove(); });
    QList<QKeySequence> redo = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_Z),
                                    QKeySequence(Qt::ControlModifier | Qt::Key_Y)})
        if (!redo.contains(key))
            redo.append(key);
    m_redoMove = add(tr("Redo Move"), redo, [this] { m_presenter->redoLastMove(); });
    // Delete, as the HIGs have it for removing the selected items; it only opens the dialog,
    // which asks for a reason and a confirmation. Nothing is rejected by a key alone.
    m_reject = add(tr("Reject…"), {QKeySequence(QKeySequence::Delete)}, [this] { openRejectDialog(); });
    m_selectAll =
        add(tr("Select All Cards in Column"), QKeySequence::keyBindings(QKeySequence::SelectAll), [this] {
            const int index = focusedColumn();
            if (BoardColumn *c = column(index)) {
                clearSelectionsExcept(index);
                c->view()->selectAll();
            }
        });
    auto followHistory = [this] {
        m_undoMove->setEnabled(m_presenter->history()->canUndo());
        m_redoMove->setEnabled(m_presenter->history()->canRedo());
    };
    connect(m_presenter->history(), &models::MoveHistory::changed, this, followHistory);
    followHistory();
}

QMenu *BoardPage::moveToStageMenu() const {
    return m_moveMenu;
}

RejectDialog *BoardPage::rejectDialog() const {
    return m_rejectDialog;
}

QStringList BoardPage::selectedApplicationIds() const {
    QStringList ids;
    for (const BoardColumn *c : m_columns) {
        QModelIndexList rows = c->view()->selectionModel()->selectedIndexes();
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &at : rows)
            ids.append(at.data(StageCardsModel::ApplicationIdRole).toString());
    }
    if (ids.isEmpty()) {
        if (const BoardColumn *c = column(focusedColumn()); c && c->view()->currentIndex().isValid())
            ids.append(c->view()->currentIndex().data(StageCardsModel::ApplicationIdRole).toString());
    }
    return ids;
}

void BoardPage::clearSelectionsExcept(int index) {
    for (int i = 0; i < columnCount(); ++i)
        if (i != index)
            m_columns.at(static_cast<size_t>(i))->view()->selectionModel()->clearSelection();
}

void BoardPage::showNotice(const QString &message) {
    m_message->setText(message);
    m_message->show();
}

void BoardPage::moveSelection(int step) {
    const QStringList ids = selectedApplicationIds();
    if (ids.isEmpty()) {
        showNotice(tr("Select one or more cards first."));
        return;
    }
    m_presenter->moveToAdjacentStage(ids, step);
}

void BoardPage::showMoveToStageMenu() {
    const QStringList ids = selectedApplicationIds();
    if (ids.isEmpty() || !m_presenter->columns()) {
        showNotice(tr("Select one or more cards first."));
        return;
    }
    if (m_moveMenu)
        m_moveMenu->close();
    auto *menu = new QMenu(tr("Move to Stage"), this);
    menu->setObjectName(QStringLiteral("moveToStageMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int i = 0; i < columnCount(); ++i) {
        const QString stageId = m_columns.at(static_cast<size_t>(i))->cards()->stageId();
        QAction *to = menu->addAction(m_presenter->columns()->index(i).data().toString());
        // Hiring is its own confirmed action, never a move.
        to->setEnabled(m_columns.at(static_cast<size_t>(i))->cards()->acceptsMoves());
        connect(to, &QAction::triggered, this,
                [this, ids, stageId] { m_presenter->moveToStage(ids, stageId); });
    }
    m_moveMenu = menu;
    QPoint at = mapToGlobal(rect().center());
    if (const BoardColumn *c = column(focusedColumn()); c && c->view()->currentIndex().isValid())
        at =
            c->view()->viewport()->mapToGlobal(c->view()->visualRect(c->view()->currentIndex()).bottomLeft());
    menu->popup(at); // not exec(): the GUI thread never waits in a nested loop
}

void BoardPage::openRejectDialog() {
    QList<models::RejectTarget> targets;
    const QStringList ids = selectedApplicationIds();
    for (const QString &id : ids) {
        for (const BoardColumn *c : m_columns) {
            const int row = c->cards()->rowOf(id);
            if (row < 0)
                continue;
            const QModelIndex at = c->cards()->index(row);
            targets.append(models::RejectTarget{
                id, at.data(Qt::DisplayRole).toString(), at.data(StageCardsModel::NameWithheldRole).toBool(),
                at.data(StageCardsModel::MatchScoreRole).isValid() ? m_presenter->aiInsightsOnCard(id)
                                                                   : QStringList()});
            break;
        }
    }
    if (targets.isEmpty()) {
        showNotice(tr("Select the candidates to reject first."));
        return;
    }
    if (m_rejectDialog)
        m_rejectDialog->close();
    auto *decision = new models::RejectPresenter(targets);
    auto *dialog = new RejectDialog(decision, this);
    decision->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, decision] {
        // The one place a reject is queued: after the dialog's explicit confirmation.
        if (const std::optional<models::RejectDecision> d = decision->decide())
            m_presenter->reject(*d);
    });
    m_rejectDialog = dialog;
    dialog->open(); // window-modal without a nested event loop
}

int BoardPage::columnOfView(const QObject *viewOrViewport) const {
    for (int i = 0; i < columnCount(); ++i) {
        const QListView *view = m_columns.at(static_cast<size_t>(i))->view();
        if (view == viewOrViewport || view->viewport() == viewOrViewport)
            return i;
    }
    return -1;
}

bool BoardPage::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::MouseButtonPress) {
        // A click without Ctrl starts a new selection in its column; Ctrl+click adds to it.
        const int index = columnOfView(watched);
        if (index >= 0 && !(static_cast<QMouseEvent *>(event)->modifiers() & Qt::ControlModifier))
            clearSelectionsExcept(index);
        return QWidget::eventFilter(watched, event);
    }
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
        // Alt+Left/Right are the move actions (shortcuts come before this filter).
        const int step = key->key() == Qt::Key_Right ? 1 : -1;
        if (mods == Qt::NoModifier && column(index + step)) {
            clearSelectionsExcept(index + step);
            focusColumn(index + step, row);
            return true;
        }
        return mods == Qt::NoModifier;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        // Moving (or extending with Shift) without Ctrl works on this column's selection only.
        if (!(mods & Qt::ControlModifier))
            clearSelectionsExcept(index);
        return false;
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
