#include "ui/ReviewsPage.h"

#include "models/MyReviewsModel.h"
#include "models/ReviewsPresenter.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace hirex::ui {

using models::MyReviewsModel;

namespace {

// A label whose text a screen reader reads as it is shown.
void setSpoken(QLabel *label, const QString &text) {
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ReviewsPage::ReviewsPage(models::ReviewsPresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_presenter(presenter)
    , m_header(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this)) {
    setObjectName(QStringLiteral("reviewsPage"));
    m_header->setObjectName(QStringLiteral("reviewsHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);

    m_empty->setObjectName(QStringLiteral("reviewsEmpty"));
    m_empty->setWordWrap(true); // long Turkish and German sentences wrap, never cut off
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_table->setModel(m_presenter->model());
    m_table->setAccessibleName(tr("My scorecards"));
    m_table->setAccessibleDescription(tr("Press Enter to open the candidate."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Every column as wide as its header and its longest value (a user's own scorecards are few),
    // the job title takes the room left.
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    for (int column = 0; column < MyReviewsModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, column == MyReviewsModel::Job ? QHeaderView::Stretch
                                                                           : QHeaderView::ResizeToContents);
    setFocusProxy(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    // The empty state sits at the top, not in the middle of a tall window.
    layout->addStretch(0);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString candidateId = index.data(MyReviewsModel::CandidateIdRole).toString();
        if (!candidateId.isEmpty())
            Q_EMIT openCandidate(candidateId);
    });
    connect(m_presenter, &models::ReviewsPresenter::changed, this, &ReviewsPage::update);
    update();
}

void ReviewsPage::update() {
    setSpoken(m_header, m_presenter->headerText());
    QString empty = m_presenter->emptyText();
    if (empty.isEmpty())
        empty = m_presenter->errorText();
    setSpoken(m_empty, empty);
    const bool rows = m_presenter->model()->rowCount() > 0;
    m_table->setVisible(rows);
    if (rows && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_presenter->model()->index(0, 0));
    // The table takes the page's height; without rows the empty state stays at the top.
    static_cast<QVBoxLayout *>(layout())->setStretch(3, rows ? 0 : 1);
}

} // namespace hirex::ui
