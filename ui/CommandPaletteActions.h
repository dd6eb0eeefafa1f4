#pragma once

#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace hirex::ui {

// The actions of a window, collected when they are needed (the command palette, the shortcut
// list) so that an action added anywhere in the window is found without a list to keep up to
// date: the actions of the window and of every widget in it, menus included.
class CommandPaletteActions {
public:
    struct Found {
        QAction *action = nullptr;
        QWidget *owner = nullptr; // the first widget it was found on
    };

    // Every action with text, once each, separators and sub-menus left out. `reachableOnly`:
    // also only enabled, visible ones whose widget is shown (or that sit in a menu), as the
    // palette offers them.
    static QList<Found> collect(QWidget *window, bool reachableOnly);
    // The action's text as a person reads it: no mnemonic '&', no tab-separated shortcut.
    static QString plainText(const QAction *action);
    // "Ctrl+K, Ctrl+Shift+P" in the platform's notation; empty without a shortcut.
    static QString shortcutText(const QAction *action);
};

} // namespace hirex::ui
