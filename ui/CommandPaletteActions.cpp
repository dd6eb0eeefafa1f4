#include "ui/CommandPaletteActions.h"

#include <QAction>
#include <QMenu>
#include <QSet>
#include <QWidget>

namespace hirex::ui {

namespace {

// A menu's items can be reached while its menu can: the menu's own action is enabled and
// visible, and so are those of the menus it hangs from.
bool menuReachable(const QMenu *menu) {
    for (int depth = 0; menu && depth < 8; ++depth) {
        const QAction *entry = menu->menuAction();
        if (!entry->isEnabled() || !entry->isVisible())
            return false;
        menu = qobject_cast<const QMenu *>(menu->parentWidget());
    }
    return true;
}

bool reachable(const QAction *action, const QWidget *owner) {
    if (!action->isEnabled() || !action->isVisible())
        return false;
    if (const auto *menu = qobject_cast<const QMenu *>(owner))
        return menuReachable(menu);
    return owner->isVisible();
}

} // namespace

QList<CommandPaletteActions::Found> CommandPaletteActions::collect(QWidget *window, bool reachableOnly) {
    QList<Found> found;
    if (!window)
        return found;
    QSet<const QAction *> seen;
    QList<QWidget *> widgets{window};
    widgets += window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        for (QAction *a : w->actions()) {
            if (seen.contains(a) || a->isSeparator() || a->menu() || plainText(a).isEmpty())
                continue;
            if (reachableOnly && !reachable(a, w))
                continue;
            seen.insert(a);
            found.append({a, w});
        }
    }
    return found;
}

QString CommandPaletteActions::plainText(const QAction *action) {
    QString text = action->text();
    const qsizetype tab = text.indexOf(QLatin1Char('\t'));
    if (tab >= 0)
        text.truncate(tab);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                out.append(QLatin1Char('&'));
            else
                continue;
            ++i;
            continue;
        }
        out.append(text.at(i));
    }
    return out.trimmed();
}

QString CommandPaletteActions::shortcutText(const QAction *action) {
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        if (!k.isEmpty())
            keys.append(k.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

} // namespace hirex::ui
