#include "ui/CandidatesPage.h"

#include "models/CandidateTableModel.h"
#include "models/CandidatesPresenter.h"
#include "ui/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace hirex::ui {

using models::CandidateTableModel;

namespace {

// Starting widths in average characters: enough for a typical value, the rest elides (and the
// tooltip shows the whole text).
int widthFor(CandidateTableModel::Column column) {
    switch (column) {
    case CandidateTableModel::Column::Name:
        return 26;
    case CandidateTableModel::Column::Email:
        return 30;
    case CandidateTableModel::Column::Tags:
        return 26;
    case CandidateTableModel::Column::Source:
        return 14;
    case CandidateTableModel::Column::Updated:
        return 12;
    case CandidateTableModel::Column::MatchScore:
        return 14;
    }
    return 12;
}

QSpinBox *scoreBox(const QString &name, QWidget *parent) {
    auto *box = new QSpinBox(parent);
    box->setRange(-1, 100);
    box->setValue(-1);
    box->setSpecialValueText(CandidatesPage::tr("Any"));
    box->setAccessibleName(name);
    return box;
}

} // namespace

CandidatesPage::CandidatesPage(models::CandidatesPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_presenter(presenter)
    , m_search(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_minScore(scoreBox(tr("Lowest AI match score"), this))
    , m_maxScore(scoreBox(tr("Highest AI match score"), this))
    , m_exportButton(new QToolButton(this))
    , m_exportAction(new QAction(tr("Export CSV…"), this))
    , m_progress(new QProgressBar(this))
    , m_cancelExport(new QToolButton(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this)) {
    setObjectName(QStringLiteral("candidatesPage"));
    m_search->setPlaceholderText(tr("Search candidates  ( / )"));
    m_search->setAccessibleName(tr("Search candidates"));
    m_search->setClearButtonEnabled(true);

    m_tag->setAccessibleName(tr("Tag"));
    m_source->setAccessibleName(tr("Source"));
    m_stage->setAccessibleName(tr("Stage"));
    // Long job and stage names are elided in the box (the list shows them whole), so the row of
    // filters keeps its width in every language.
    for (auto [box, length] : {std::pair{m_tag, 14}, std::pair{m_source, 14}, std::pair{m_stage, 24}}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(length);
    }
    m_status->setAccessibleName(tr("Application status"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Rejected"), QStringLiteral("rejected"));
    m_status->addItem(tr("Withdrawn"), QStringLiteral("withdrawn"));
    m_status->addItem(tr("Hired"), QStringLiteral("hired"));
    m_minScore->setToolTip(tr("AI-generated match score: informs, does not decide."));
    m_maxScore->setToolTip(m_minScore->toolTip());

    m_exportAction->setObjectName(QStringLiteral("exportCandidatesCsv"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setToolTip(tr("Export the candidates shown, as shown, to a CSV file (Ctrl+E)"));
    addAction(m_exportAction); // the command palette lists the page's actions
    m_exportButton->setDefaultAction(m_exportAction);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_exportAction, &QAction::triggered, this, &CandidatesPage::exportCsv);

    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setVisible(false);
    m_cancelExport->setText(tr("Cancel export"));
    m_cancelExport->setVisible(false);
    connect(m_cancelExport, &QToolButton::clicked, m_presenter, &models::CandidatesPresenter::cancelExport);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_presenter->table());
    m_table->setAccessibleName(tr("Candidates"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // The e-mail column takes the room left (addresses are what gets cut off); the others keep
    // the widths below and can be resized.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_exportButton);
    auto *filters = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    };
    labelled(tr("&Tag:"), m_tag);
    labelled(tr("S&ource:"), m_source);
    labelled(tr("St&age:"), m_stage);
    filters->addWidget(m_status);
    labelled(tr("AI score from:"), m_minScore);
    labelled(tr("to:"), m_maxScore);
    filters->addStretch(1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_progress, 1);
    exportRow->addWidget(m_cancelExport);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addLayout(exportRow);
    layout->addWidget(m_table, 1);

    auto *slash = new QShortcut(QKeySequence(Qt::Key_Slash), this);
    slash->setContext(Qt::WidgetWithChildrenShortcut);
    connect(slash, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_exportNote.clear();
        m_presenter->setSearchText(text);
        updateMessage();
    });
    for (QComboBox *box : {m_tag, m_source, m_stage, m_status})
        connect(box, &QComboBox::activated, this, &CandidatesPage::applyFilters);
    for (QSpinBox *box : {m_minScore, m_maxScore})
        connect(box, &QSpinBox::valueChanged, this, &CandidatesPage::applyFilters);

    CandidateTableModel *model = m_presenter->table();
    connect(model, &CandidateTableModel::modelReset, this, [this] {
        // New columns (visibility) get their widths again.
        const QFontMetrics fm(m_table->font());
        CandidateTableModel *table = m_presenter->table();
        int stretch = -1;
        for (int section = 0; section < table->columnCount(); ++section) {
            const CandidateTableModel::Column column = table->columnAt(section);
            m_table->horizontalHeader()->setSectionResizeMode(section, QHeaderView::Interactive);
            // Wide enough for its header too (with the sort arrow), in every language.
            const QString title = table->headerData(section, Qt::Horizontal).toString();
            const int headerWidth =
                QFontMetrics(m_table->horizontalHeader()->font()).horizontalAdvance(title) +
                4 * fm.height() / 2;
            m_table->setColumnWidth(section, qMax(fm.averageCharWidth() * widthFor(column), headerWidth));
            if (column == CandidateTableModel::Column::Email ||
                (stretch < 0 && column == CandidateTableModel::Column::Name))
                stretch = section;
        }
        if (stretch >= 0)
            m_table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
        updateSortIndicator();
        updateMessage();
    });
    connect(model, &CandidateTableModel::sortOrderChanged, this, &CandidatesPage::updateSortIndicator);
    connect(model, &CandidateTableModel::rowsInserted, this, &CandidatesPage::updateMessage);
    connect(model, &CandidateTableModel::rowsRemoved, this, &CandidatesPage::updateMessage);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openCandidate(index.data(CandidateTableModel::CandidateIdRole).toString());
    });
    connect(
        m_presenter, &models::CandidatesPresenter::exportProgress, this, [this](qint64 done, qint64 total) {
            m_progress->setVisible(true);
            m_cancelExport->setVisible(true);
            m_progress->setRange(0, total > 0 ? 1000 : 0);
            if (total > 0)
                m_progress->setValue(static_cast<int>(done * 1000 / total));
            m_progress->setFormat(tr("Exporting %1 of %2 candidates…")
                                      .arg(QLocale().toString(done), QLocale().toString(qMax(total, done))));
        });
    connect(m_presenter, &models::CandidatesPresenter::exportFinished, this,
            &CandidatesPage::onExportFinished);

    const QFontMetrics fm(m_table->font());
    for (int section = 0; section < model->columnCount(); ++section)
        m_table->setColumnWidth(section, fm.averageCharWidth() * widthFor(model->columnAt(section)));
    refreshChoices();
    updateSortIndicator();
    updateMessage();
}

void CandidatesPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    refreshChoices(); // the cache may have learnt sources, tags and stages meanwhile
}

void CandidatesPage::refreshChoices() {
    const auto refill = [](QComboBox *box, const QString &any, const QList<QPair<QString, QString>> &items) {
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(any, QString());
        for (const auto &item : items)
            box->addItem(item.second, item.first);
        const int index = box->findData(current);
        box->setCurrentIndex(index < 0 ? 0 : index);
    };
    QList<QPair<QString, QString>> tags;
    for (const QString &tag : m_presenter->tagsShown())
        tags.append({tag, tag});
    const QString tag = m_presenter->filter().tag;
    if (!tag.isEmpty() && !m_presenter->tagsShown().contains(tag))
        tags.prepend({tag, tag});
    refill(m_tag, tr("Any tag"), tags);
    QList<QPair<QString, QString>> sources;
    for (const QString &source : m_presenter->sources())
        sources.append({source, source});
    refill(m_source, tr("Any source"), sources);
    refill(m_stage, tr("Any stage"), m_presenter->stages());
}

void CandidatesPage::applyFilters() {
    read::CandidateFilter filter = m_presenter->filter();
    filter.tag = m_tag->currentData().toString();
    filter.source = m_source->currentData().toString();
    filter.stageId = m_stage->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.minScore = m_minScore->value() >= 0 ? std::optional<int>(m_minScore->value()) : std::nullopt;
    filter.maxScore = m_maxScore->value() >= 0 ? std::optional<int>(m_maxScore->value()) : std::nullopt;
    m_exportNote.clear();
    m_presenter->setFilter(filter);
    updateMessage();
}

void CandidatesPage::updateSortIndicator() {
    CandidateTableModel *model = m_presenter->table();
    const read::CandidateTable::Sort sort = model->sortOrder();
    const int section = model->columnIndex(CandidateTableModel::columnOfSort(sort));
    const QSignalBlocker block(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(section, CandidateTableModel::sortDirection(sort));
}

void CandidatesPage::updateMessage() {
    QStringList parts;
    CandidateTableModel *model = m_presenter->table();
    if (!m_presenter->hasDatabase()) {
        parts.append(tr("The candidates appear once the working set is on this computer."));
    } else {
        if (!model->lastError().isEmpty())
            parts.append(
                tr("The candidates could not be read from the local cache: %1").arg(model->lastError()));
        if (!m_presenter->searchText().trimmed().isEmpty() && !m_presenter->searchIndexComplete())
            parts.append(tr("The search index is still being built: some candidates may be missing."));
        if (model->rowCount() == 0 && model->isComplete())
            parts.append(m_presenter->isNarrowed() ? tr("No candidate matches the search and filters.")
                                                   : tr("No candidates yet."));
    }
    if (!m_exportNote.isEmpty())
        parts.append(m_exportNote);
    m_message->setText(parts.join(QLatin1Char(' ')));
    m_message->setVisible(!parts.isEmpty());
}

void CandidatesPage::exportCsv() {
    if (!m_presenter->hasDatabase() || m_presenter->isExporting())
        return;
    QString dir = m_lastDir;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(dir).filePath(models::CandidatesPresenter::suggestedFileName(QDate::currentDate()));
    QString path;
    if (m_chooser) {
        path = m_chooser(this, suggested);
    } else {
        path =
            QFileDialog::getSaveFileName(this, tr("Export candidates"), suggested, tr("CSV files (*.csv)"));
    }
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    m_lastDir = QFileInfo(path).absolutePath();
    m_exportAction->setEnabled(false);
    m_exportNote.clear();
    if (!m_presenter->exportCsv(path))
        m_exportAction->setEnabled(true);
}

void CandidatesPage::onExportFinished(const QString &path, qint64 rows, const QString &error,
                                      bool cancelled) {
    m_exportAction->setEnabled(true);
    m_progress->setVisible(false);
    m_cancelExport->setVisible(false);
    if (cancelled) {
        m_exportNote = tr("The export was cancelled; no file was written.");
    } else if (!error.isEmpty()) {
        m_exportNote = tr("The export failed: %1").arg(error);
        MessageBox::warning(this, tr("Export failed"),
                            tr("The candidates could not be exported to %1.\n\n%2")
                                .arg(QDir::toNativeSeparators(path), error));
    } else {
        m_exportNote = tr("Exported %n candidate(s) to %1.", nullptr, static_cast<int>(rows))
                           .arg(QDir::toNativeSeparators(path));
    }
    updateMessage();
}

} // namespace hirex::ui
