// BoardPage with real widgets (offscreen) over a real SQLCipher cache and the real outbox:
// columns say their stage and count, cards say what they show, the keyboard moves between
// cards and columns, `/` searches and the search narrows the board, the order switches, and
// a drop or Alt+Right moves a card through the outbox; several cards are selected with the
// mouse and the keyboard and move as one step that Ctrl+Z takes back out of the outbox, and the
// reject dialog (Delete) sends nothing unless its confirmation is given.
#include "core/sync/Outbox.h"
#include "models/BoardPresenter.h"
#include "models/JobListModel.h"
#include "models/RejectPresenter.h"
#include "models/StageCardsModel.h"
#include "tests/models/BoardTestUtil.h"
#include "ui/BoardColumn.h"
#include "ui/BoardFilterBar.h"
#include "ui/BoardPage.h"
#include "ui/CardDelegate.h"
#include "ui/RejectDialog.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace hirex;
using namespace hirex::board::testutil;
using hirex::models::BoardPresenter;
using hirex::models::JobListModel;
using hirex::models::StageCardsModel;
using hirex::ui::BoardPage;

class TestBoardPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void columnsSayTheirStageAndCount();
    void aCardsAccessibleNameIsWhatItShows();
    void aNarrowCardShortensTheDaysBeforeTheWarning();
    void arrowsMoveBetweenCardsAndColumns();
    void enterOpensTheCandidate();
    void homeAndEndReachTheColumnsEnds();
    void theKeyboardsCardHasAFocusRing();
    void slashSearchesAndTheSearchNarrowsTheBoard();
    void aLargeNarrowedColumnIsCountedOnceTheTypingPauses();
    void theOrderSwitches();
    void aDropMovesTheCardThroughTheOutbox();
    void altRightMovesTheCardToTheNextStage();
    void filtersNarrowTheBoard();
    void anEmptyBoardSaysWhy();
    void clicksSelectSeveralCardsAndAltRightMovesThemAsOneStep();
    void ctrlASelectsAColumnAndMoveToStageMovesIt();
    void everyActionIsOnThePageForThePalette();
    void rejectAsksFirstAndCancelSendsNothing();
    void aConfirmedRejectIsQueuedWithTheReason();

private:
    void show();
    void activate();
    void click(int column, int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QListView *view(int column) const { return m_page->column(column)->view(); }
    static QString idAt(QListView *v, int row) {
        return v->model()->index(row, 0).data(StageCardsModel::ApplicationIdRole).toString();
    }

    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
    std::unique_ptr<JobListModel> m_jobs;
    std::unique_ptr<BoardPresenter> m_presenter;
    std::unique_ptr<sync::Outbox> m_outbox;
    std::unique_ptr<BoardPage> m_page;
};

void TestBoardPage::init() {
    QVERIFY(openCache(m_db, m_dir));
    fillBoard(m_db);
    m_jobs = std::make_unique<JobListModel>();
    m_jobs->setJobs(
        {job(QStringLiteral("job_pipe_A"), QStringLiteral("Backend engineer"), QStringLiteral("pipe_A"))});
    m_presenter = std::make_unique<BoardPresenter>(m_jobs.get());
    m_presenter->setNow(testNow());
    m_presenter->setDatabase(&m_db);
    // As the app wires it to SyncWorker::enqueue: the outbox writes the optimistic row, and the
    // change signal reaches the board.
    m_outbox = std::make_unique<sync::Outbox>(&m_db, nullptr);
    m_presenter->setEnqueue([this](const sync::OutboxChange &change) {
        QVERIFY(m_outbox->enqueue(change) > 0);
        sync::EntityChanges changes;
        changes.addWritten(change.entity, change.entityId);
        QMetaObject::invokeMethod(
            m_presenter.get(), [this, changes] { m_presenter->applyChanges(changes); }, Qt::QueuedConnection);
    });
    // The seq and withdrawals come back on the event loop, as from SyncWorker.
    connect(m_outbox.get(), &sync::Outbox::entitiesChanged, m_presenter.get(), &BoardPresenter::applyChanges);
    m_presenter->setUndoableQueue(
        [this](const sync::OutboxChange &change, std::function<void(qint64)> queued) {
            const qint64 seq = m_outbox->enqueue(change);
            QVERIFY(seq > 0);
            sync::EntityChanges changes;
            changes.addWritten(change.entity, change.entityId);
            QTimer::singleShot(0, m_presenter.get(), [this, changes, queued, seq] {
                m_presenter->applyChanges(changes);
                queued(seq);
            });
        },
        [this](qint64 seq, std::function<void(sync::OutboxWithdrawal, const QString &)> done) {
            QTimer::singleShot(0, m_presenter.get(),
                               [this, seq, done] { done(m_outbox->withdraw(seq), QString()); });
        });
    m_page = std::make_unique<BoardPage>(m_presenter.get());
}

void TestBoardPage::activate() {
    // Shortcuts (the page's QActions) need the active window.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestBoardPage::click(int column, int row, Qt::KeyboardModifiers modifiers) {
    QListView *v = view(column);
    QTest::mouseClick(v->viewport(), Qt::LeftButton, modifiers,
                      v->visualRect(v->model()->index(row, 0)).center());
}

void TestBoardPage::cleanup() {
    m_page.reset();
    m_presenter.reset();
    m_outbox.reset();
    m_jobs.reset();
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("read.db")));
}

void TestBoardPage::show() {
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCOMPARE(m_page->columnCount(), 3);
    // The views fetch their first page as they lay out.
    QTRY_COMPARE(view(0)->model()->rowCount(), 3);
    QTRY_COMPARE(view(1)->model()->rowCount(), 1);
}

void TestBoardPage::columnsSayTheirStageAndCount() {
    show();
    QCOMPARE(m_page->column(0)->header()->text(), QStringLiteral("Sourced · 3"));
    QCOMPARE(m_page->column(1)->header()->text(), QStringLiteral("Interview · 1"));
    QCOMPARE(m_page->column(2)->header()->text(), QStringLiteral("Offer · 0"));
    // Plural forms come from the English catalogue, which tests do not load.
    QVERIFY2(view(0)->accessibleName().startsWith(QStringLiteral("Sourced, 3 candidate")),
             qPrintable(view(0)->accessibleName()));
    QCOMPARE(m_page->jobPicker()->currentText(), QStringLiteral("Backend engineer"));
}

void TestBoardPage::aCardsAccessibleNameIsWhatItShows() {
    show();
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view(0));
    QVERIFY(list);
    QCOMPARE(list->text(QAccessible::Name), view(0)->accessibleName());
    QVERIFY(list->childCount() >= 3);
    QAccessibleInterface *first = list->child(0);
    QVERIFY(first);
    const QString name = first->text(QAccessible::Name);
    QVERIFY2(name.startsWith(QStringLiteral("Lena Schäfer. Tags: qt, c++. 12 day")), qPrintable(name));
    QVERIFY2(name.contains(QStringLiteral("AI match score 92")), qPrintable(name));
    QVERIFY2(name.contains(QStringLiteral("Consent withdrawn")), qPrintable(name));
}

// German warnings run long: where the days' long form and the warning do not both fit, the
// days go short ("238d") and the warning stays whole; with room for both, nothing changes.
void TestBoardPage::aNarrowCardShortensTheDaysBeforeTheWarning() {
    using hirex::ui::CardDelegate;
    const QFontMetrics metrics(QApplication::font());
    const QString warning = QStringLiteral("⚠ Einwilligung widerrufen");
    const QString full = CardDelegate::daysInStageText(238, warning, metrics, 100000);
    QCOMPARE(full, QStringLiteral("238d in stage"));
    const int both =
        metrics.horizontalAdvance(full) + CardDelegate::WarningGap + metrics.horizontalAdvance(warning);
    QCOMPARE(CardDelegate::daysInStageText(238, warning, metrics, both), full);
    const QString narrow = CardDelegate::daysInStageText(238, warning, metrics, both - 1);
    QCOMPARE(narrow, QStringLiteral("238d"));
    QVERIFY(metrics.horizontalAdvance(narrow) + CardDelegate::WarningGap +
                metrics.horizontalAdvance(warning) <
            both - 1);
    QCOMPARE(CardDelegate::daysInStageText(238, QString(), metrics, 10), full); // no warning: long form
    QVERIFY(CardDelegate::daysInStageText(-1, warning, metrics, 10).isEmpty()); // not in a stage
}

void TestBoardPage::arrowsMoveBetweenCardsAndColumns() {
    show();
    view(0)->setFocus(); // a list taking the focus makes its first card current
    QCOMPARE(idAt(view(0), view(0)->currentIndex().row()), QStringLiteral("app_1"));
    QTest::keyClick(view(0), Qt::Key_Down);
    QCOMPARE(idAt(view(0), view(0)->currentIndex().row()), QStringLiteral("app_2"));
    QTest::keyClick(view(0), Qt::Key_Right);
    QCOMPARE(m_page->focusedColumn(), 1);
    QCOMPARE(view(1)->currentIndex().row(), 0); // row 1 clamped to the column's one card
    QTest::keyClick(view(1), Qt::Key_Right);
    QCOMPARE(m_page->focusedColumn(), 2); // an empty column takes the focus too
    QTest::keyClick(view(2), Qt::Key_Right);
    QCOMPARE(m_page->focusedColumn(), 2); // the last column
    QTest::keyClick(view(2), Qt::Key_Left);
    QTest::keyClick(view(1), Qt::Key_Left);
    QCOMPARE(m_page->focusedColumn(), 0);
    QCOMPARE(view(0)->currentIndex().row(), 0); // the row of the column it came from
    QTest::keyClick(view(0), Qt::Key_End);
    QCOMPARE(idAt(view(0), view(0)->currentIndex().row()), QStringLiteral("app_3"));
}

void TestBoardPage::enterOpensTheCandidate() {
    show();
    QSignalSpy opened(m_page.get(), &BoardPage::openCandidate);
    view(1)->setFocus();
    QTest::keyClick(view(1), Qt::Key_Down);
    QTest::keyClick(view(1), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("cand_4"));
    QCOMPARE(opened.at(0).at(1).toString(), QStringLiteral("app_4"));
}

void TestBoardPage::homeAndEndReachTheColumnsEnds() {
    show();
    view(0)->setFocus();
    QTest::keyClick(view(0), Qt::Key_End);
    QCOMPARE(idAt(view(0), view(0)->currentIndex().row()), idAt(view(0), 2));
    QTest::keyClick(view(0), Qt::Key_Home);
    QCOMPARE(idAt(view(0), view(0)->currentIndex().row()), QStringLiteral("app_1"));
}

void TestBoardPage::theKeyboardsCardHasAFocusRing() {
    show();
    // The ring is drawn just outside the card, where an unfocused card leaves the lane's colour.
    const auto ringPixel = [this](bool focused) {
        QListView *v = view(0);
        QStyleOptionViewItem option;
        option.initFrom(v);
        option.rect = QRect(QPoint(0, 0), v->itemDelegate()->sizeHint(option, v->model()->index(0, 0)));
        option.state |= QStyle::State_Enabled;
        if (focused)
            option.state |= QStyle::State_HasFocus;
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        v->itemDelegate()->paint(&painter, option, v->model()->index(0, 0));
        painter.end();
        // Half-way down the left edge, 3 px outside the card (6 px inset).
        return image.pixelColor(3, option.rect.height() / 2);
    };
    const QColor highlight = view(0)->palette().color(QPalette::Highlight);
    const QColor withFocus = ringPixel(true);
    QVERIFY2(withFocus.alpha() > 0 && std::abs(withFocus.red() - highlight.red()) < 40 &&
                 std::abs(withFocus.blue() - highlight.blue()) < 40,
             qPrintable(withFocus.name(QColor::HexArgb)));
    QCOMPARE(ringPixel(false).alpha(), 0);
}

void TestBoardPage::slashSearchesAndTheSearchNarrowsTheBoard() {
    show();
    m_page->activateWindow();
    view(0)->setFocus();
    QTest::keyClick(view(0), Qt::Key_Down);
    QTest::keyClick(view(0), Qt::Key_Slash);
    QVERIFY(m_page->searchField()->hasFocus());
    QCOMPARE(m_page->searchField()->text(), QString()); // the "/" is not typed into the field
    QTest::keyClicks(m_page->searchField(), QStringLiteral("jav"));
    QCOMPARE(view(0)->model()->rowCount(), 1);
    // A narrowed column says how many of its cards it shows.
    QCOMPARE(m_page->column(0)->header()->text(), QStringLiteral("Sourced · 1 of 3"));
    QCOMPARE(m_page->column(1)->header()->text(), QStringLiteral("Interview · 0 of 1"));
    QVERIFY2(view(0)->accessibleName().endsWith(QStringLiteral(", 1 shown")),
             qPrintable(view(0)->accessibleName()));
    QCOMPARE(idAt(view(0), 0), QStringLiteral("app_2"));
    QCOMPARE(view(1)->model()->rowCount(), 0);
    // A "/" typed in the field is text, not the shortcut.
    QTest::keyClick(m_page->searchField(), Qt::Key_Slash);
    QCOMPARE(m_page->searchField()->text(), QStringLiteral("jav/"));
    QTest::keyClick(m_page->searchField(), Qt::Key_Escape);
    QCOMPARE(m_page->searchField()->text(), QString());
    QTRY_COMPARE(view(0)->model()->rowCount(), 3);
    QCOMPARE(view(1)->model()->rowCount(), 1);
    QCOMPARE(m_page->column(0)->header()->text(), QStringLiteral("Sourced · 3"));
    QTest::keyClick(m_page->searchField(), Qt::Key_Escape);
    QCOMPARE(m_page->focusedColumn(), 0);
}

// A keystroke re-filters the first pages at once; a column with more matches than a page is
// counted after the typing pauses (a query over the whole stage), and says so meanwhile.
void TestBoardPage::aLargeNarrowedColumnIsCountedOnceTheTypingPauses() {
    {
        sync::EntityStore store(&m_db);
        for (int i = 0; i < 80; ++i) {
            const QString id = QStringLiteral("cand_bulk_%1").arg(i);
            QVERIFY(put(store, QStringLiteral("candidate"),
                        candidate(id, QStringLiteral("Mia"), QStringLiteral("Bulk%1").arg(i))));
            QVERIFY(put(store, QStringLiteral("application"),
                        application(QStringLiteral("app_bulk_%1").arg(i), id, QStringLiteral("pipe_A"),
                                    QStringLiteral("stage_src"), daysAgo(2))));
        }
    }
    sync::EntityChanges changes;
    changes.everything = true;
    m_presenter->applyChanges(changes);
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE(m_page->column(0)->header()->text(), QStringLiteral("Sourced · 83"));

    m_page->searchField()->setFocus();
    QTest::keyClicks(m_page->searchField(), QStringLiteral("mi"));
    // The first page is there at once; the 80 matches are more than a page, so not yet counted.
    QCOMPARE(view(0)->model()->rowCount(), StageCardsModel::PageSize);
    QCOMPARE(m_page->column(0)->header()->text(), QStringLiteral("Sourced · … of 83"));
    QVERIFY2(view(0)->accessibleName().endsWith(QStringLiteral(", counting the cards shown")),
             qPrintable(view(0)->accessibleName()));
    // A small column was read to its end: its count is known at once.
    QCOMPARE(m_page->column(1)->header()->text(), QStringLiteral("Interview · 0 of 1"));
    QTest::keyClick(m_page->searchField(), Qt::Key_A); // "mia": the pause starts again
    QCOMPARE(m_page->column(0)->header()->text(), QStringLiteral("Sourced · … of 83"));
    QTRY_COMPARE(m_page->column(0)->header()->text(), QStringLiteral("Sourced · 80 of 83"));
    QVERIFY2(view(0)->accessibleName().endsWith(QStringLiteral(", 80 shown")),
             qPrintable(view(0)->accessibleName()));
    QCOMPARE(view(0)->model()->rowCount(), StageCardsModel::PageSize); // counted, not read
}

void TestBoardPage::theOrderSwitches() {
    show();
    QComboBox *order = m_page->orderPicker();
    QCOMPARE(order->currentText(), QStringLiteral("Time in stage"));
    order->setFocus();
    QTest::keyClick(order, Qt::Key_Down);
    QCOMPARE(order->currentText(), QStringLiteral("Name"));
    QCOMPARE(m_presenter->order(), read::StageCards::Order::CandidateName);
    QTRY_COMPARE(view(0)->model()->rowCount(), 3);
    QCOMPARE(idAt(view(0), 0), QStringLiteral("app_1")); // Schäfer
    QCOMPARE(idAt(view(0), 1), QStringLiteral("app_2")); // Yılmaz
    QTest::keyClick(order, Qt::Key_Down);
    QCOMPARE(m_presenter->order(), read::StageCards::Order::MatchScore);
    QTRY_COMPARE(view(0)->model()->rowCount(), 3);
    QCOMPARE(idAt(view(0), 2), QStringLiteral("app_3")); // no score: last
}

void TestBoardPage::aDropMovesTheCardThroughTheOutbox() {
    show();
    // The offscreen platform's QDrag does nothing: deliver the drag's events to the target view.
    auto *source = static_cast<StageCardsModel *>(view(0)->model());
    std::unique_ptr<QMimeData> data(source->mimeData({source->index(1)}));
    QWidget *target = view(2)->viewport();
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    QTRY_COMPARE(view(2)->model()->rowCount(), 1);
    QCOMPARE(idAt(view(2), 0), QStringLiteral("app_2"));
    QCOMPARE(view(0)->model()->rowCount(), 2);
    QCOMPARE(m_page->column(2)->header()->text(), QStringLiteral("Offer · 1"));
    QCOMPARE(m_page->column(0)->header()->text(), QStringLiteral("Sourced · 2"));
    QCOMPARE(m_outbox->pendingCount(), 1);
    QCOMPARE(view(2)->model()->index(0, 0).data(StageCardsModel::BadgeRole).toInt(),
             int(StageCardsModel::Badge::Pending));
}

void TestBoardPage::altRightMovesTheCardToTheNextStage() {
    show();
    activate();
    view(0)->setFocus(); // Lena, the first card
    QTest::keyClick(view(0), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(view(1)->model()->rowCount(), 2);
    QCOMPARE(view(0)->model()->rowCount(), 2);
    QCOMPARE(m_page->focusedColumn(), 0); // triage goes on in the same column
    QVERIFY(view(0)->currentIndex().isValid());
    QCOMPARE(m_outbox->entries().size(), 1);
    QCOMPARE(m_outbox->entries().at(0).path, QStringLiteral("/v1/applications/app_1/move"));
}

void TestBoardPage::filtersNarrowTheBoard() {
    show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    view(0)->setFocus();
    QTest::keyClick(view(0), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    hirex::ui::BoardFilterBar *bar = m_page->filterBar();
    QTRY_VERIFY(bar->isVisible()); // a button's shortcut clicks it after a short animation
    QVERIFY(bar->tagField()->hasFocus());
    QTest::keyClicks(bar->tagField(), QStringLiteral("QT"));
    QCOMPARE(view(0)->model()->rowCount(), 1);
    QCOMPARE(idAt(view(0), 0), QStringLiteral("app_1"));
    QCOMPARE(idAt(view(1), 0), QStringLiteral("app_4"));
    QCOMPARE(m_page->filterButton()->text().remove(QLatin1Char('&')), QStringLiteral("Filters (1)"));
    bar->tagField()->clear();
    // The cache's sources are offered.
    QVERIFY(bar->sourcePicker()->findData(QStringLiteral("referral")) > 0);
    bar->sourcePicker()->setCurrentIndex(bar->sourcePicker()->findData(QStringLiteral("referral")));
    QCOMPARE(view(0)->model()->rowCount(), 1);
    QCOMPARE(idAt(view(0), 0), QStringLiteral("app_2"));
    QCOMPARE(view(1)->model()->rowCount(), 0);
    bar->sourcePicker()->setCurrentIndex(0);
    bar->minScoreField()->setValue(70);
    QCOMPARE(view(0)->model()->rowCount(), 1); // Lena, 92
    QCOMPARE(view(1)->model()->rowCount(), 1); // Zoe, 75
    bar->minScoreField()->setValue(-1);
    bar->minDaysField()->setValue(3);
    bar->maxDaysField()->setValue(5);
    QCOMPARE(view(0)->model()->rowCount(), 1); // Ahmet, 3 days
    QCOMPARE(idAt(view(0), 0), QStringLiteral("app_2"));
    QCOMPARE(view(1)->model()->rowCount(), 1); // Zoe, 4 days
    // Hiding the filters clears them: nothing narrows the board unseen.
    QTest::keyClick(bar->maxDaysField(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!bar->isVisible());
    QTRY_COMPARE(view(0)->model()->rowCount(), 3);
    QCOMPARE(m_page->filterButton()->text().remove(QLatin1Char('&')), QStringLiteral("Filters"));
}

void TestBoardPage::anEmptyBoardSaysWhy() {
    m_presenter->setDatabase(nullptr);
    m_page->resize(800, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCOMPARE(m_page->columnCount(), 0);
    bool said = false;
    for (QLabel *label : m_page->findChildren<QLabel *>())
        said = said || (label->isVisible() && label->text().contains(QStringLiteral("local copy")));
    QVERIFY(said);
    m_presenter->setDatabase(&m_db);
    QCOMPARE(m_page->columnCount(), 3);
}

void TestBoardPage::clicksSelectSeveralCardsAndAltRightMovesThemAsOneStep() {
    show();
    activate();
    click(0, 0);                      // Lena
    click(0, 2, Qt::ControlModifier); // and the anonymised card
    click(1, 0, Qt::ControlModifier); // and Zoe, in the next column
    QCOMPARE(m_page->selectedApplicationIds(),
             (QStringList{QStringLiteral("app_1"), QStringLiteral("app_3"), QStringLiteral("app_4")}));
    // A plain click starts again, in its own column only.
    click(0, 1);
    QCOMPARE(m_page->selectedApplicationIds(), QStringList{QStringLiteral("app_2")});
    QTest::keyClick(view(0), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(m_page->selectedApplicationIds(),
             (QStringList{QStringLiteral("app_1"), QStringLiteral("app_2")}));

    QTest::keyClick(view(0), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(view(0)->model()->rowCount(), 1);
    QTRY_COMPARE(view(1)->model()->rowCount(), 3);
    QCOMPARE(m_outbox->pendingCount(), 2);
    QVERIFY(m_page->undoMoveAction()->isEnabled());

    // One Ctrl+Z takes both back out of the outbox: nothing is left to send.
    QTest::keyClick(view(0), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(m_outbox->entries().size(), 0);
    QTRY_COMPARE(view(0)->model()->rowCount(), 3);
    QCOMPARE(view(1)->model()->rowCount(), 1);
    QCOMPARE(m_page->column(0)->header()->text(), QStringLiteral("Sourced · 3"));
    QVERIFY(!m_page->undoMoveAction()->isEnabled());
    // Ctrl+Shift+Z makes the move again.
    QVERIFY(m_page->redoMoveAction()->isEnabled());
    QTest::keyClick(view(0), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(view(1)->model()->rowCount(), 3);
    QCOMPARE(m_outbox->pendingCount(), 2);
}

void TestBoardPage::ctrlASelectsAColumnAndMoveToStageMovesIt() {
    show();
    activate();
    view(0)->setFocus();
    QTest::keyClick(view(0), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_page->selectedApplicationIds().size(), 3);
    QTest::keyClick(view(0), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QMenu *menu = m_page->moveToStageMenu();
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QAction *offer = nullptr;
    for (QAction *a : menu->actions())
        if (a->text() == QStringLiteral("Offer"))
            offer = a;
    QVERIFY(offer);
    // Choose it as a person would: arrows to it, then Enter.
    menu->setActiveAction(offer);
    QTest::keyClick(menu, Qt::Key_Return);
    QTRY_COMPARE(view(2)->model()->rowCount(), 3);
    QCOMPARE(view(0)->model()->rowCount(), 0);
    QCOMPARE(m_outbox->pendingCount(), 3);
    QTRY_VERIFY(!m_page->moveToStageMenu());
    activate(); // the offscreen platform does not give the window back after a popup
    view(0)->setFocus();
    QTest::keyClick(view(0), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(view(0)->model()->rowCount(), 3);
    QCOMPARE(m_outbox->entries().size(), 0);
}

void TestBoardPage::everyActionIsOnThePageForThePalette() {
    const QList<QAction *> mine{m_page->moveNextAction(),    m_page->movePreviousAction(),
                                m_page->moveToStageAction(), m_page->undoMoveAction(),
                                m_page->redoMoveAction(),    m_page->rejectAction(),
                                m_page->selectAllAction()};
    for (QAction *a : mine) {
        QVERIFY(m_page->actions().contains(a));
        QVERIFY(!a->text().isEmpty());
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
        QCOMPARE(a->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    }
    QCOMPARE(m_page->undoMoveAction()->text(), QStringLiteral("Undo Move"));
    QCOMPARE(m_page->rejectAction()->shortcut(), QKeySequence(QKeySequence::Delete));
}

void TestBoardPage::rejectAsksFirstAndCancelSendsNothing() {
    show();
    activate();
    click(0, 0);
    click(0, 2, Qt::ControlModifier);
    const QString anonymised = view(0)->model()->index(2, 0).data().toString();
    QVERIFY(!anonymised.isEmpty());
    QTest::keyClick(view(0), Qt::Key_Delete);
    hirex::ui::RejectDialog *dialog = m_page->rejectDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(m_outbox->entries().size(), 0); // the key only asked
    QCOMPARE(dialog->candidateList()->count(), 2);
    QCOMPARE(dialog->candidateList()->item(0)->text(), QStringLiteral("Lena Schäfer"));
    QCOMPARE(dialog->candidateList()->item(1)->text(), anonymised);
    QVERIFY(dialog->rejectButton()->text().startsWith(QStringLiteral("Reject 2 Candidate")));
    QVERIFY(!dialog->rejectButton()->isEnabled());
    QVERIFY(dialog->cancelButton()->isDefault());
    // A reason is not enough: the button waits for the confirmation.
    QTest::keyClick(dialog->reasonPicker(), Qt::Key_Down);
    QCOMPARE(dialog->presenter()->reasonCode(), QStringLiteral("skills"));
    QVERIFY(!dialog->rejectButton()->isEnabled());
    QTest::mouseClick(dialog->confirmation(), Qt::LeftButton);
    QVERIFY(dialog->confirmation()->isChecked());
    QVERIFY(dialog->rejectButton()->isEnabled());
    // Enter is Cancel, the default button, even when everything is filled in.
    QTest::keyClick(dialog->reasonPicker(), Qt::Key_Return);
    QTRY_VERIFY(!m_page->rejectDialog());
    QCOMPARE(m_outbox->entries().size(), 0);
    QCOMPARE(view(0)->model()->rowCount(), 3);
    // Escape cancels too.
    activate(); // the offscreen platform does not give the window back after a dialog
    view(0)->setFocus();
    QTest::keyClick(view(0), Qt::Key_Delete);
    QTRY_VERIFY(m_page->rejectDialog() && m_page->rejectDialog()->isVisible());
    QTest::keyClick(m_page->rejectDialog(), Qt::Key_Escape);
    QTRY_VERIFY(!m_page->rejectDialog());
    QCOMPARE(m_outbox->entries().size(), 0);
}

void TestBoardPage::aConfirmedRejectIsQueuedWithTheReason() {
    show();
    activate();
    click(0, 1); // Ahmet
    // In the search field, Delete and Ctrl+Z edit the text; they reach no card.
    m_page->searchField()->setFocus();
    QTest::keyClick(m_page->searchField(), Qt::Key_Delete);
    QTest::keyClick(m_page->searchField(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_page->rejectDialog());
    view(0)->setFocus();
    QTest::keyClick(view(0), Qt::Key_Delete);
    hirex::ui::RejectDialog *dialog = m_page->rejectDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->rejectButton()->text().startsWith(QStringLiteral("Reject 1 Candidate")));
    // "Other" needs a note.
    const int other = dialog->reasonPicker()->findData(QStringLiteral("other"));
    QVERIFY(other > 0);
    for (int i = 0; i < other; ++i)
        QTest::keyClick(dialog->reasonPicker(), Qt::Key_Down);
    QCOMPARE(dialog->presenter()->reasonCode(), QStringLiteral("other"));
    QTest::mouseClick(dialog->confirmation(), Qt::LeftButton);
    QVERIFY(!dialog->rejectButton()->isEnabled());
    QTest::keyClicks(dialog->noteField(), QStringLiteral("Relocation is not possible."));
    QVERIFY(dialog->rejectButton()->isEnabled());
    QTest::mouseClick(dialog->rejectButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_page->rejectDialog());
    const QList<sync::OutboxEntry> entries = m_outbox->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).path, QStringLiteral("/v1/applications/app_2/reject"));
    const QJsonObject body = QJsonDocument::fromJson(entries.at(0).body).object();
    QCOMPARE(body.value(QLatin1String("reason_code")).toString(), QStringLiteral("other"));
    QCOMPARE(body.value(QLatin1String("reason_text")).toString(),
             QStringLiteral("Relocation is not possible."));
    const QJsonObject confirmation = body.value(QLatin1String("human_confirmation")).toObject();
    QCOMPARE(confirmation.value(QLatin1String("confirmed")).toBool(), true);
    // Ahmet's card showed his AI match score: the decision records it.
    QCOMPARE(confirmation.value(QLatin1String("ai_insights_shown")).toArray(),
             QJsonArray{QStringLiteral("ins_2")});
    QTRY_COMPARE(view(0)->model()->rowCount(), 2);
}

QTEST_MAIN(TestBoardPage)
#include "tst_boardpage.moc"
