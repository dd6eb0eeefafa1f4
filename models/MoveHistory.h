#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace hirex::models {

// The board's undo and redo of moves: a stack of steps, each the moves one action made (a drop
// of several cards, Alt+Right on a selection, "Move to Stage"), so that one Ctrl+Z undoes them
// together. It only remembers; BoardPresenter undoes (withdrawing a move still queued, or moving
// the card back through the outbox). No QUndoStack: its commands redo() when pushed, and a move
// here is already queued by then, with an outbox sequence number that arrives later.
class MoveHistory : public QObject {
    Q_OBJECT

public:
    struct Move {
        QString applicationId;
        QString fromStageId;
        QString toStageId;
        qint64 seq = 0; // the outbox entry once queued; 0 until then (or when it was not)
    };
    using Step = QList<Move>;

    // Steps kept: older ones are forgotten (an undo that far back is a new move anyway).
    static constexpr int Depth = 50;

    explicit MoveHistory(QObject *parent = nullptr);

    // A new step: redo is gone (it belonged to the steps undone before it), unless the step is
    // a redo itself. Returns its id.
    quint64 push(const Step &step, bool isRedo = false);
    // The outbox answered for a move of the step: its seq, for a later withdrawal.
    void setSeq(quint64 stepId, const QString &applicationId, qint64 seq);

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    // The step the next undo would take back (empty when there is none).
    Step nextUndo() const { return m_undo.isEmpty() ? Step() : m_undo.last().moves; }
    // The last step, taken off the undo stack and kept for redo.
    Step takeUndo();
    // The last undone step, taken off the redo stack; redoing it pushes it as a new step.
    Step takeRedo();
    // Another job's board, or the cache closed: the steps no longer refer to what is shown.
    void clear();

Q_SIGNALS:
    void changed(); // canUndo() or canRedo() may have changed

private:
    struct Entry {
        quint64 id = 0;
        Step moves;
    };
    QList<Entry> m_undo;
    QList<Entry> m_redo;
    quint64 m_nextId = 1;
};

} // namespace hirex::models
