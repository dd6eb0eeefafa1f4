#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hirex::models {
class RejectPresenter;
}

namespace hirex::ui {

// Asks before anyone is rejected: the candidates it reaches (the anonymised label where the
// name is withheld), a reason, an optional note, and an explicit confirmation checkbox; the
// "Reject N Candidates" button stays disabled until all of it is there, and the default button
// (Enter, Escape) is Cancel. A thin view over RejectPresenter: accepted() means the presenter
// has a decision (RejectPresenter::decide).
class RejectDialog : public QDialog {
    Q_OBJECT

public:
    explicit RejectDialog(models::RejectPresenter *presenter, QWidget *parent = nullptr);

    models::RejectPresenter *presenter() const { return m_presenter; }
    QListWidget *candidateList() const { return m_candidates; }
    QComboBox *reasonPicker() const { return m_reason; }
    QPlainTextEdit *noteField() const { return m_note; }
    QCheckBox *confirmation() const { return m_confirm; }
    QPushButton *rejectButton() const { return m_rejectButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

    void accept() override;

private:
    void update();

    models::RejectPresenter *m_presenter;
    QListWidget *m_candidates;
    QComboBox *m_reason;
    QPlainTextEdit *m_note;
    QCheckBox *m_confirm;
    QLabel *m_problem;
    QPushButton *m_rejectButton;
    QPushButton *m_cancelButton;
};

} // namespace hirex::ui
