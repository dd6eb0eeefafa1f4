#include "ui/ConflictsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hirex::ui {

using models::ConflictsPresenter;

ConflictsDialog::ConflictsDialog(ConflictsPresenter *presenter, QWidget *parent)
    : QDialog(parent)
    , m_presenter(presenter)
    , m_list(new QListView(this))
    , m_detail(new QStackedWidget(this))
    , m_empty(new QLabel(m_detail))
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_comparisonLabel(new QLabel(tr("&Versions:"), this))
    , m_fields(new QTreeWidget(this))
    , m_error(new QLabel(this))
    , m_keepMine(new QPushButton(tr("&Keep Mine"), this))
    , m_takeTheirs(new QPushButton(tr("&Take Theirs"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
    , m_keepMineAll(new QPushButton(tr("Keep Mine for &All"), this))
    , m_takeTheirsAll(new QPushButton(tr("Take Theirs for A&ll"), this)) {
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Conflicts and Refused Changes"));
    setModal(false);
    resize(920, 520);

    auto *listLabel = new QLabel(tr("&Changes that need you:"), this);
    listLabel->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("conflictsList"));
    m_list->setModel(presenter);
    m_list->setAccessibleName(tr("Conflicts and refused changes"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_empty->setObjectName(QStringLiteral("conflictsEmpty"));
    m_empty->setText(tr("Nothing needs your attention: no conflicts and no refused changes."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_explanation, m_error, m_empty}) {
        label->setTextFormat(Qt::PlainText); // names and server text are never markup
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_title->setObjectName(QStringLiteral("conflictTitle"));
    m_explanation->setObjectName(QStringLiteral("conflictExplanation"));
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();

    m_comparisonLabel->setBuddy(m_fields);
    m_fields->setObjectName(QStringLiteral("conflictComparison"));
    m_fields->setAccessibleName(tr("Your version and the server's, field by field"));
    m_fields->setColumnCount(3);
    m_fields->setHeaderLabels({tr("Field"), tr("Mine"), tr("On the server")});
    m_fields->setRootIsDecorated(false);
    m_fields->setUniformRowHeights(true);
    m_fields->setAlternatingRowColors(true);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields->header()->setSectionResizeMode(QHeaderView::Stretch);

    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_dismiss->setObjectName(QStringLiteral("dismissRefused"));
    m_keepMineAll->setObjectName(QStringLiteral("keepMineForAll"));
    m_takeTheirsAll->setObjectName(QStringLiteral("takeTheirsForAll"));
    m_keepMine->setToolTip(tr("Send your change again, over the server's version"));
    m_takeTheirs->setToolTip(tr("Drop your change and keep the server's version"));
    m_dismiss->setToolTip(tr("Remove this refused change from the list"));

    auto *page = new QWidget(m_detail);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_explanation);
    pageLayout->addWidget(m_comparisonLabel);
    pageLayout->addWidget(m_fields, 1);
    pageLayout->addStretch(0);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_keepMine);
    actions->addWidget(m_takeTheirs);
    actions->addWidget(m_dismiss);
    actions->addStretch(1);
    pageLayout->addLayout(actions);
    m_detail->addWidget(m_empty);
    m_detail->addWidget(page);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keepMineAll, QDialogButtonBox::ActionRole);
    buttons->addButton(m_takeTheirsAll, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Cl&ose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    // The dialog box's own buttons must not become the default of a non-modal dialog: Enter in
    // the list would otherwise resolve a conflict.
    for (QPushButton *b : {m_keepMine, m_takeTheirs, m_dismiss, m_keepMineAll, m_takeTheirsAll}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    auto current = [this] {
        return currentRow();
    };
    connect(m_keepMine, &QPushButton::clicked, this, [this, current] {
        if (m_presenter)
            m_presenter->keepMine(current());
    });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this, current] {
        if (m_presenter)
            m_presenter->takeTheirs(current());
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this, current] {
        if (m_presenter)
            m_presenter->dismiss(current());
    });
    connect(m_keepMineAll, &QPushButton::clicked, presenter, &ConflictsPresenter::keepMineForAll);
    connect(m_takeTheirsAll, &QPushButton::clicked, presenter, &ConflictsPresenter::takeTheirsForAll);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConflictsDialog::showCurrent);
    connect(presenter, &QAbstractItemModel::dataChanged, this, &ConflictsDialog::showCurrent);
    connect(presenter, &QAbstractItemModel::rowsRemoved, this, [this] {
        ensureCurrent();
        showCurrent();
    });
    connect(presenter, &QAbstractItemModel::rowsInserted, this, [this] {
        ensureCurrent();
        showCurrent();
    });
    connect(presenter, &QAbstractItemModel::modelReset, this, [this] {
        ensureCurrent();
        showCurrent();
    });
    connect(presenter, &ConflictsPresenter::busyChanged, this, &ConflictsDialog::updateButtons);
    connect(presenter, &ConflictsPresenter::countsChanged, this, &ConflictsDialog::updateButtons);
    connect(presenter, &ConflictsPresenter::actionFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->setAccessibleName(message);
        m_error->show();
    });
    ensureCurrent();
    showCurrent();
}

int ConflictsDialog::currentRow() const {
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.row() : -1;
}

bool ConflictsDialog::selectIssue(ConflictsPresenter::Kind kind, qint64 id) {
    if (!m_presenter)
        return false;
    const int row = m_presenter->rowOf(kind, id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_presenter->index(row));
    return true;
}

void ConflictsDialog::ensureCurrent() {
    if (m_presenter && currentRow() < 0 && m_presenter->rowCount() > 0)
        m_list->setCurrentIndex(m_presenter->index(0));
}

void ConflictsDialog::showCurrent() {
    const int row = currentRow();
    if (!m_presenter || row < 0) {
        m_detail->setCurrentWidget(m_empty);
        updateButtons();
        return;
    }
    m_detail->setCurrentIndex(1);
    const ConflictsPresenter &p = *m_presenter;
    const bool conflict = p.kindAt(row) == ConflictsPresenter::Kind::Conflict;
    m_title->setText(tr("%1: %2").arg(p.subjectAt(row), p.changeAt(row)));
    m_explanation->setText(p.explanationAt(row));
    m_fields->clear();
    const QString mark = QStringLiteral("≠ ");
    for (const ConflictsPresenter::Field &f : p.fieldsAt(row)) {
        auto *item = new QTreeWidgetItem(m_fields, {f.differs ? mark + f.label : f.label, f.mine, f.theirs});
        const QString spoken =
            f.differs ? tr("%1 differs: mine %2, on the server %3").arg(f.label, f.mine, f.theirs)
                      : tr("%1, the same: %2").arg(f.label, f.mine);
        for (int column = 0; column < 3; ++column) {
            item->setData(column, Qt::AccessibleTextRole, spoken);
            item->setToolTip(column, spoken);
            if (f.differs) {
                QFont bold = item->font(column);
                bold.setBold(true);
                item->setFont(column, bold);
            }
        }
    }
    m_comparisonLabel->setVisible(conflict);
    m_fields->setVisible(conflict);
    updateButtons();
}

void ConflictsDialog::updateButtons() {
    const int row = currentRow();
    const bool busy = m_presenter && m_presenter->isBusy();
    const bool conflict =
        m_presenter && row >= 0 && m_presenter->kindAt(row) == ConflictsPresenter::Kind::Conflict;
    const bool refused =
        m_presenter && row >= 0 && m_presenter->kindAt(row) == ConflictsPresenter::Kind::Refused;
    m_keepMine->setVisible(!refused);
    m_takeTheirs->setVisible(!refused);
    m_dismiss->setVisible(refused);
    m_keepMine->setEnabled(conflict && !busy);
    m_takeTheirs->setEnabled(conflict && !busy);
    m_dismiss->setEnabled(refused && !busy);
    const bool anyConflict = m_presenter && m_presenter->conflictCount() > 0;
    m_keepMineAll->setEnabled(anyConflict && !busy);
    m_takeTheirsAll->setEnabled(anyConflict && !busy);
    if (!busy && m_presenter && m_presenter->rowCount() == 0)
        m_error->hide();
}

} // namespace hirex::ui
