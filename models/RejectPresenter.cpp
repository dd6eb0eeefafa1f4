#include "models/RejectPresenter.h"

namespace hirex::models {

RejectPresenter::RejectPresenter(QList<RejectTarget> targets, QObject *parent)
    : QObject(parent)
    , m_targets(std::move(targets)) {}

QList<RejectPresenter::Reason> RejectPresenter::reasons() {
    return {
        {QStringLiteral("skills"), tr("Skills do not match")},
        {QStringLiteral("experience"), tr("Not enough experience")},
        {QStringLiteral("withdrew"), tr("Candidate withdrew")},
        {QStringLiteral("position_filled"), tr("Position filled")},
        {QStringLiteral("other"), tr("Other (explain in the note)")},
    };
}

QString RejectPresenter::actionText() const {
    return tr("Reject %n Candidate(s)", nullptr, count());
}

QString RejectPresenter::confirmationText() const {
    return tr("I have reviewed the %n candidate(s) listed and confirm the rejection", nullptr, count());
}

bool RejectPresenter::aiShown() const {
    for (const RejectTarget &t : m_targets)
        if (!t.aiInsightsShown.isEmpty())
            return true;
    return false;
}

void RejectPresenter::setReasonCode(const QString &code) {
    bool known = code.isEmpty();
    for (const Reason &r : reasons())
        known = known || r.code == code;
    if (!known || code == m_reasonCode)
        return;
    m_reasonCode = code;
    Q_EMIT changed();
}

void RejectPresenter::setNote(const QString &note) {
    if (note == m_note)
        return;
    m_note = note;
    Q_EMIT changed();
}

bool RejectPresenter::noteRequired() const {
    return m_reasonCode == u"other";
}

void RejectPresenter::setConfirmed(bool confirmed) {
    if (confirmed == m_confirmed)
        return;
    m_confirmed = confirmed;
    Q_EMIT changed();
}

QString RejectPresenter::problem() const {
    if (m_targets.isEmpty())
        return tr("No candidates are selected.");
    if (m_reasonCode.isEmpty())
        return tr("Choose a reason.");
    if (noteRequired() && m_note.trimmed().isEmpty())
        return tr("Explain the reason in the note.");
    if (m_note.size() > NoteMaxLength)
        return tr("The note is too long (at most %1 characters).").arg(NoteMaxLength);
    if (!m_confirmed)
        return tr("Confirm the rejection.");
    return QString();
}

std::optional<RejectDecision> RejectPresenter::decide(const QDateTime &now) const {
    if (!canReject())
        return std::nullopt;
    RejectDecision d;
    d.m_targets = m_targets;
    d.m_reasonCode = m_reasonCode;
    d.m_reasonText = m_note.trimmed();
    d.m_confirmedAt = now.toUTC();
    return d;
}

} // namespace hirex::models
