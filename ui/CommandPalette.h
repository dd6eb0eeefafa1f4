#pragma once

#include "models/CommandPaletteModel.h"

#include <QFrame>
#include <QList>
#include <QPointer>

class QAction;
class QLineEdit;
class QListView;

namespace hirex::ui {

// The command palette (Ctrl+K): a frameless panel over the top of the window with a field and
// the ranked results of CommandPaletteModel; Up/Down/Page Up/Page Down choose, Enter runs,
// Escape (or focus leaving it) closes and gives the focus back. It offers every enabled action
// of the window (collected each time it opens, so actions added anywhere are found), the
// sections it is given, and the cache's jobs and candidates. Actions it runs itself; the rest
// it announces.
class CommandPalette : public QFrame {
    Q_OBJECT

public:
    CommandPalette(models::CommandPaletteModel *model, QWidget *window);

    // Collects the window's actions, adds `sections`, and shows the palette with an empty field.
    void open(const QList<models::PaletteEntry> &sections);
    void dismiss();
    bool isOpen() const { return isVisible(); }

    QLineEdit *field() const { return m_field; }
    QListView *results() const { return m_results; }
    models::CommandPaletteModel *model() const { return m_model; }

Q_SIGNALS:
    void sectionChosen(const QString &sectionId);
    void jobChosen(const QString &jobId);
    void candidateChosen(const QString &candidateId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void place();
    void step(int rows);
    void choose(const QModelIndex &index);
    void selectFirst();

    models::CommandPaletteModel *m_model;
    QLineEdit *m_field;
    QListView *m_results;
    QList<QPointer<QAction>> m_actions;
    QPointer<QWidget> m_returnFocus;
};

} // namespace hirex::ui
