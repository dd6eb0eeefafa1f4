#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;
class QTableView;
class QToolButton;

namespace hirex::models {
class CandidatesPresenter;
}

namespace hirex::ui {

// The candidates view: every candidate of the working set in a sortable table (name, email,
// tags, source, updated, AI match score marked as AI), the board's local search (`/`), filters
// (tag, source, stage, status, score range), and Export CSV… (Ctrl+E, a toolbar button and an
// action of the page, so the command palette finds it) of exactly what the table shows. A thin
// view over CandidatesPresenter.
class CandidatesPage : public QWidget {
    Q_OBJECT

public:
    // Asks where to save; empty when the user cancels. The default shows QFileDialog; tests
    // answer instead.
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

    explicit CandidatesPage(models::CandidatesPresenter *presenter, QWidget *parent = nullptr);

    models::CandidatesPresenter *presenter() const { return m_presenter; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *sourceFilter() const { return m_source; }
    QComboBox *stageFilter() const { return m_stage; }
    QComboBox *statusFilter() const { return m_status; }
    QSpinBox *minScore() const { return m_minScore; }
    QSpinBox *maxScore() const { return m_maxScore; }
    QAction *exportAction() const { return m_exportAction; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *exportProgress() const { return m_progress; }

    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    // Asks for a file and starts the export (the action's slot).
    void exportCsv();

Q_SIGNALS:
    void openCandidate(const QString &candidateId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();
    void refreshChoices();
    void updateMessage();
    void updateSortIndicator();
    void onExportFinished(const QString &path, qint64 rows, const QString &error, bool cancelled);

    models::CandidatesPresenter *m_presenter;
    QLineEdit *m_search;
    QComboBox *m_tag;
    QComboBox *m_source;
    QComboBox *m_stage;
    QComboBox *m_status;
    QSpinBox *m_minScore;
    QSpinBox *m_maxScore;
    QToolButton *m_exportButton;
    QAction *m_exportAction;
    QProgressBar *m_progress;
    QToolButton *m_cancelExport;
    QLabel *m_message;
    QTableView *m_table;
    FileChooser m_chooser;
    QString m_lastDir;
    QString m_exportNote; // the last export's outcome, until the view changes
};

} // namespace hirex::ui
