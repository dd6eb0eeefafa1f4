#include "models/MoveHistory.h"

namespace hirex::models {

MoveHistory::MoveHistory(QObject *parent)
    : QObject(parent) {}

quint64 MoveHistory::push(const Step &step, bool isRedo) {
    if (step.isEmpty())
        return 0;
    const quint64 id = m_nextId++;
    m_undo.append(Entry{id, step});
    while (m_undo.size() > Depth)
        m_undo.removeFirst();
    if (!isRedo)
        m_redo.clear();
    Q_EMIT changed();
    return id;
}

void MoveHistory::setSeq(quint64 stepId, const QString &applicationId, qint64 seq) {
    // The answer may come after the step was undone: a redo then knows nothing of it, which
    // is right (an undone move's entry is gone or moved back).
    for (Entry &entry : m_undo) {
        if (entry.id != stepId)
            continue;
        for (Move &move : entry.moves)
            if (move.applicationId == applicationId)
                move.seq = seq;
        return;
    }
}

MoveHistory::Step MoveHistory::takeUndo() {
    if (m_undo.isEmpty())
        return {};
    Entry entry = m_undo.takeLast();
    m_redo.append(entry);
    Q_EMIT changed();
    return entry.moves;
}

MoveHistory::Step MoveHistory::takeRedo() {
    if (m_redo.isEmpty())
        return {};
    Entry entry = m_redo.takeLast();
    Q_EMIT changed();
    return entry.moves;
}

void MoveHistory::clear() {
    if (m_undo.isEmpty() && m_redo.isEmpty())
        return;
    m_undo.clear();
    m_redo.clear();
    Q_EMIT changed();
}

} // namespace hirex::models
