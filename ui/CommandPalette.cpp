#include "ui/CommandPalette.h"

#include "ui/CommandPaletteActions.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace hirex::ui {

namespace {

using Model = models::CommandPaletteModel;

// A result: its title on the left, its shortcut or kind right-aligned and muted.
class ResultDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString detail = index.data(Model::DetailRole).toString();
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const QPalette::ColorGroup group =
            option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
        const QRect text = option.rect.adjusted(10, 0, -10, 0);
        const QFontMetrics fm(option.font);
        const int detailWidth =
            detail.isEmpty() ? 0 : std::min(fm.horizontalAdvance(detail), text.width() / 2);
        painter->save();
        painter->setFont(option.font);
        painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect titleRect = text.adjusted(0, 0, -(detailWidth + (detailWidth ? 16 : 0)), 0);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data().toString(), Qt::ElideRight, titleRect.width()));
        if (!detail.isEmpty()) {
            painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText
                                                                 : QPalette::PlaceholderText));
            painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter,
                              fm.elidedText(detail, Qt::ElideLeft, detailWidth));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

constexpr int VisibleRows = 10;

} // namespace

CommandPalette::CommandPalette(models::CommandPaletteModel *model, QWidget *window)
    : QFrame(window)
    , m_model(model)
    , m_field(new QLineEdit(this))
    , m_results(new QListView(this)) {
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    setAccessibleName(tr("Command palette"));

    m_field->setPlaceholderText(tr("Type a command, a job or a candidate"));
    m_field->setAccessibleName(tr("Command, job or candidate"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);

    m_results->setModel(model);
    m_results->setItemDelegate(new ResultDelegate(m_results));
    m_results->setAccessibleName(tr("Results"));
    m_results->setUniformItemSizes(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setFocusPolicy(Qt::NoFocus); // the field keeps the focus; arrows reach the list
    m_results->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_field);
    layout->addWidget(m_results);
    hide();

    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
        selectFirst();
    });
    connect(m_results, &QListView::clicked, this, &CommandPalette::choose);
    // Focus leaving the palette (a click elsewhere, another window) closes it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && now != this && !isAncestorOf(now)) {
            m_returnFocus = nullptr;
            dismiss();
        }
    });
}

void CommandPalette::open(const QList<models::PaletteEntry> &sections) {
    if (!isVisible()) {
        QWidget *focus = QApplication::focusWidget();
        m_returnFocus = focus && focus != this && !isAncestorOf(focus) ? focus : nullptr;
    }
    m_actions.clear();
    QList<models::PaletteEntry> commands;
    for (const CommandPaletteActions::Found &f : CommandPaletteActions::collect(parentWidget(), true)) {
        commands.append({models::PaletteEntry::Kind::Action, QString::number(m_actions.size()),
                         CommandPaletteActions::plainText(f.action),
                         CommandPaletteActions::shortcutText(f.action)});
        m_actions.append(f.action);
    }
    commands += sections;
    m_model->setCommands(std::move(commands));
    {
        const QSignalBlocker blocker(m_field);
        m_field->clear();
    }
    m_model->setQuery(QString());
    selectFirst();
    place();
    show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
}

void CommandPalette::dismiss() {
    if (!isVisible())
        return;
    hide();
    m_model->setQuery(QString()); // no candidate names kept in the list while closed
    if (m_returnFocus)
        m_returnFocus->setFocus(Qt::OtherFocusReason);
    m_returnFocus = nullptr;
}

void CommandPalette::showEvent(QShowEvent *event) {
    place();
    QFrame::showEvent(event);
}

void CommandPalette::place() {
    const QWidget *window = parentWidget();
    if (!window)
        return;
    const int width = std::min(640, std::max(320, window->width() - 80));
    const int rowHeight = std::max(m_results->sizeHintForRow(0), fontMetrics().height() + 10);
    m_results->setFixedHeight(rowHeight * VisibleRows + 4);
    const int height = sizeHint().height();
    setGeometry((window->width() - width) / 2, std::min(56, window->height() / 10), width, height);
}

void CommandPalette::selectFirst() {
    const QModelIndex first = m_model->index(0, 0);
    m_results->setCurrentIndex(first);
    if (first.isValid())
        m_results->scrollTo(first);
}

void CommandPalette::step(int rows) {
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int at = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
    const QModelIndex next = m_model->index(std::clamp(at + rows, 0, count - 1), 0);
    m_results->setCurrentIndex(next);
    m_results->scrollTo(next);
}

void CommandPalette::choose(const QModelIndex &index) {
    if (!index.isValid())
        return;
    const models::PaletteEntry chosen = m_model->entry(index.row());
    // The focus goes back first: an action of the board acts on the card that had it.
    dismiss();
    switch (chosen.kind) {
    case models::PaletteEntry::Kind::Action: {
        const QPointer<QAction> action = m_actions.value(chosen.id.toInt());
        if (action && action->isEnabled())
            action->trigger();
        break;
    }
    case models::PaletteEntry::Kind::Section:
        Q_EMIT sectionChosen(chosen.id);
        break;
    case models::PaletteEntry::Kind::Job:
        Q_EMIT jobChosen(chosen.id);
        break;
    case models::PaletteEntry::Kind::Candidate:
        Q_EMIT candidateChosen(chosen.id);
        break;
    }
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event) {
    if (watched != m_field || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Escape:
        dismiss();
        return true;
    case Qt::Key_Down:
        step(1);
        return true;
    case Qt::Key_Up:
        step(-1);
        return true;
    case Qt::Key_PageDown:
        step(VisibleRows);
        return true;
    case Qt::Key_PageUp:
        step(-VisibleRows);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        choose(m_results->currentIndex());
        return true;
    default:
        return false;
    }
}

} // namespace hirex::ui
