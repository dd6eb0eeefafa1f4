#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;

namespace hirex::models {
class CandidateDetailPresenter;
}

namespace hirex::ui {

// A small view of one candidate over CandidateDetailPresenter: name (or the anonymised label),
// current stage, tags, source, the AI match score marked as AI output, consent and retention
// warnings. Opens window-modal without blocking (Enter on a card, a candidate in the command
// palette); Escape closes it and gives the focus back to where it was, and the presenter then
// forgets the candidate.
class CandidateDetailPanel : public QDialog {
    Q_OBJECT

public:
    explicit CandidateDetailPanel(models::CandidateDetailPresenter *presenter, QWidget *parent = nullptr);

    // Loads the candidate and shows the panel.
    void showCandidate(const QString &candidateId);

    QLabel *titleLabel() const { return m_title; }
    QLabel *stageLabel() const { return m_stage; }
    QLabel *tagsLabel() const { return m_tags; }
    QLabel *sourceLabel() const { return m_source; }
    QLabel *aiScoreLabel() const { return m_aiScore; }
    QLabel *aiNoticeLabel() const { return m_aiNotice; }
    QLabel *warningsLabel() const { return m_warnings; }

private:
    void update();

    models::CandidateDetailPresenter *m_presenter;
    QLabel *m_title;
    QLabel *m_stage;
    QLabel *m_tags;
    QLabel *m_source;
    QLabel *m_aiScore;
    QLabel *m_aiNotice;
    QLabel *m_warnings;
    QPointer<QWidget> m_returnFocus;
};

} // namespace hirex::ui
