#include "ui/ShortcutsDialog.h"

#include "ui/BoardPage.h"
#include "ui/CommandPaletteActions.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hirex::ui {

namespace {

QString keys(const QKeySequence &k) {
    return k.toString(QKeySequence::NativeText);
}

bool onTheBoard(const QWidget *w) {
    for (; w; w = w->parentWidget())
        if (qobject_cast<const BoardPage *>(w))
            return true;
    return false;
}

ShortcutsDialog::Group groupOf(const QAction *action, const QWidget *owner) {
    const QString named = action->property(ShortcutsDialog::GroupProperty).toString();
    if (named == QLatin1String("board"))
        return ShortcutsDialog::Group::Board;
    if (named == QLatin1String("navigation"))
        return ShortcutsDialog::Group::Navigation;
    if (named == QLatin1String("application"))
        return ShortcutsDialog::Group::Application;
    return onTheBoard(owner) ? ShortcutsDialog::Group::Board : ShortcutsDialog::Group::Application;
}

struct FixedKey {
    ShortcutsDialog::Group group;
    QList<QKeySequence> sequences; // left out when an action has any of them
    QString keys;
    QString description;
};

// The keys handled without an action: the board's own, and the palette's field.
QList<FixedKey> fixedKeys() {
    using G = ShortcutsDialog::Group;
    return {
        {G::Board,
         {QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down)},
         ShortcutsDialog::tr("Up, Down"),
         ShortcutsDialog::tr("Previous or next card in the column")},
        {G::Board,
         {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right)},
         ShortcutsDialog::tr("Left, Right"),
         ShortcutsDialog::tr("The card at the same place in the previous or next column")},
        {G::Board,
         {QKeySequence(Qt::Key_Home), QKeySequence(Qt::Key_End)},
         ShortcutsDialog::tr("Home, End"),
         ShortcutsDialog::tr("First or last card of the column")},
        {G::Board,
         {QKeySequence(Qt::Key_Return)},
         ShortcutsDialog::tr("Enter"),
         ShortcutsDialog::tr("Open the candidate")},
        {G::Board,
         {QKeySequence(Qt::ALT | Qt::Key_Right)},
         keys(QKeySequence(Qt::ALT | Qt::Key_Right)),
         ShortcutsDialog::tr("Move the card to the next stage")},
        {G::Board,
         {QKeySequence(Qt::ALT | Qt::Key_Left)},
         keys(QKeySequence(Qt::ALT | Qt::Key_Left)),
         ShortcutsDialog::tr("Move the card to the previous stage")},
        {G::Board,
         {QKeySequence(Qt::Key_Slash)},
         QStringLiteral("/"),
         ShortcutsDialog::tr("Search candidates")},
        {G::Board,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
         keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)),
         ShortcutsDialog::tr("Show or hide the filters")},
        {G::Board,
         {QKeySequence(Qt::Key_Escape)},
         ShortcutsDialog::tr("Escape"),
         ShortcutsDialog::tr("Clear the search, then go back to the cards")},
        {G::Navigation,
         {QKeySequence(Qt::Key_Tab)},
         ShortcutsDialog::tr("Tab, Shift+Tab"),
         ShortcutsDialog::tr("Next or previous field")},
    };
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_window(window)
    , m_list(new QTreeWidget(this)) {
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 520);
    connect(this, &QDialog::finished, this, [this] {
        if (m_returnFocus) {
            // Not every platform hands the activation back to the window below.
            m_returnFocus->window()->activateWindow();
            m_returnFocus->setFocus(Qt::OtherFocusReason);
        }
        m_returnFocus = nullptr;
    });
}

void ShortcutsDialog::showFor(const QList<Row> &extra) {
    if (!isVisible()) {
        QWidget *focus = QApplication::focusWidget();
        m_returnFocus = focus && !isAncestorOf(focus) ? focus : nullptr;
    }
    refresh(extra);
    open();
}

QString ShortcutsDialog::groupTitle(Group group) {
    switch (group) {
    case Group::Board:
        return tr("Board");
    case Group::Navigation:
        return tr("Navigation");
    case Group::Application:
        return tr("Application");
    }
    return {};
}

QList<ShortcutsDialog::Row> ShortcutsDialog::collect(QWidget *window, const QList<Row> &extra) {
    QList<Row> rows;
    QSet<QKeySequence> taken;
    for (const CommandPaletteActions::Found &f : CommandPaletteActions::collect(window, false)) {
        const QString text = CommandPaletteActions::shortcutText(f.action);
        if (text.isEmpty())
            continue;
        for (const QKeySequence &k : f.action->shortcuts())
            taken.insert(k);
        rows.append({groupOf(f.action, f.owner), CommandPaletteActions::plainText(f.action), text});
    }
    for (const FixedKey &fixed : fixedKeys()) {
        bool shadowed = false;
        for (const QKeySequence &k : fixed.sequences)
            shadowed = shadowed || taken.contains(k);
        if (!shadowed)
            rows.append({fixed.group, fixed.description, fixed.keys});
    }
    rows += extra;
    return rows;
}

void ShortcutsDialog::refresh(const QList<Row> &extra) {
    m_rows = collect(m_window, extra);
    m_list->clear();
    for (const Group group : {Group::Board, Group::Navigation, Group::Application}) {
        auto *heading = new QTreeWidgetItem(m_list, {groupTitle(group)});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setFirstColumnSpanned(true);
        for (const Row &row : m_rows)
            if (row.group == group)
                new QTreeWidgetItem(heading, {row.description, row.keys});
        heading->setExpanded(true);
    }
}

} // namespace hirex::ui
