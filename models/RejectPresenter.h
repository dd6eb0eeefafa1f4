#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::models {

// One candidate a reject would reach, as the board shows them.
struct RejectTarget {
    QString applicationId;
    QString label; // the name, or the anonymised label when the server withholds it
    bool nameWithheld = false;
    QStringList aiInsightsShown; // the AI insights on the card while the person decided
};

// A person's confirmed decision to reject: only RejectPresenter::decide() makes one, after the
// explicit confirmation, so the contract's human_confirmation is never set anywhere else.
class RejectDecision {
public:
    QList<RejectTarget> targets() const { return m_targets; }
    QString reasonCode() const { return m_reasonCode; }
    QString reasonText() const { return m_reasonText; } // empty: no note
    QDateTime confirmedAt() const { return m_confirmedAt; }

private:
    friend class RejectPresenter;
    RejectDecision() = default;

    QList<RejectTarget> m_targets;
    QString m_reasonCode;
    QString m_reasonText;
    QDateTime m_confirmedAt;
};

// The reject dialog without a window: the candidates it reaches, a reason from the contract's
// RejectionReason, an optional note (required for "other", as the contract says), and the
// explicit confirmation without which there is no decision. Nothing is sent from here: the
// board queues the decision (BoardPresenter::reject).
class RejectPresenter : public QObject {
    Q_OBJECT

public:
    struct Reason {
        QString code; // the contract's value
        QString text; // for people
    };
    // The contract's RejectRequest.reason_text maxLength.
    static constexpr int NoteMaxLength = 2000;

    explicit RejectPresenter(QList<RejectTarget> targets, QObject *parent = nullptr);

    // The contract's reasons, in its order.
    static QList<Reason> reasons();

    QList<RejectTarget> targets() const { return m_targets; }
    int count() const { return static_cast<int>(m_targets.size()); }
    // The dialog's title and its confirming button: "Reject 3 Candidates".
    QString actionText() const;
    QString confirmationText() const;
    // Whether any card showed AI output: the dialog then says that it informs, not decides.
    bool aiShown() const;

    void setReasonCode(const QString &code); // empty: none chosen yet
    QString reasonCode() const { return m_reasonCode; }
    void setNote(const QString &note);
    QString note() const { return m_note; }
    bool noteRequired() const;
    void setConfirmed(bool confirmed);
    bool isConfirmed() const { return m_confirmed; }

    // Everything a decision needs is there; otherwise problem() says what is missing.
    bool canReject() const { return problem().isEmpty(); }
    QString problem() const;
    // The decision, only when canReject().
    std::optional<RejectDecision> decide(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

Q_SIGNALS:
    void changed();

private:
    QList<RejectTarget> m_targets;
    QString m_reasonCode;
    QString m_note;
    bool m_confirmed = false;
};

} // namespace hirex::models
