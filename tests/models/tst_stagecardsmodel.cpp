// StageCardsModel over a real SQLCipher cache: pages fetched as the view scrolls, what a card
// shows (roles and accessible text), and changes, filters and drops applied as row signals,
// never as a reset, so an open board keeps its selection and scroll position.
#include "core/read/CandidateDetail.h"
#include "core/read/CandidateSearch.h"
#include "core/read/CardFacts.h"
#include "core/read/ChangeBadges.h"
#include "core/sync/ChangeBuilder.h"
#include "core/sync/Outbox.h"
#include "models/StageCardsModel.h"
#include "tests/models/BoardTestUtil.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace hirex;
using namespace hirex::board::testutil;
using hirex::models::CardFilter;
using hirex::models::StageCardsModel;

class TestStageCardsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesAreFetchedAsTheViewAsks();
    void cardsSortByTimeInStageAndOtherOrders();
    void aCardShowsWhatTheBoardNeeds();
    void anAnonymisedCardShowsTheLabel();
    void aMoveIsRowsRemovedAndInserted();
    void aRenameIsDataChangedOfThatRowOnly();
    void aNewScoreMovesTheRowUnderScoreOrder();
    void filtersNarrowByRowsNotByReset();
    void aDropAsksToMoveTheCarriedIds();
    void aQueuedMoveShowsAPendingBadge();
    void aViewFetchingDuringAChangeDoesNotCorruptIt();
    void randomDiffsKeepTheModelConsistent();
    void narrowedColumnsAreTheOldRowFilter();
    void aCandidateThatStartsMatchingIsInserted();

private:
    std::unique_ptr<StageCardsModel> model(const QString &stage);
    CardFilter searchFilter(const QString &text);
    void fillBigStage(int cards);
    QStringList wanted(const QString &stage, read::StageCards::Order order, const CardFilter &filter);
    sync::EntityChanges write(const QString &kind, const QJsonObject &data);

    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
    std::unique_ptr<read::CardFacts> m_facts;
    std::unique_ptr<read::ChangeBadges> m_badges;
};

void TestStageCardsModel::init() {
    QVERIFY(openCache(m_db, m_dir));
    fillBoard(m_db);
    m_facts = std::make_unique<read::CardFacts>(&m_db);
    m_badges = std::make_unique<read::ChangeBadges>(&m_db);
    QVERIFY(m_badges->refresh());
}

void TestStageCardsModel::cleanup() {
    m_badges.reset();
    m_facts.reset();
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("read.db")));
}

std::unique_ptr<StageCardsModel> TestStageCardsModel::model(const QString &stage) {
    auto m = std::make_unique<StageCardsModel>(&m_db, stage, 5, m_facts.get(), m_badges.get());
    m->setNow(testNow());
    return m;
}

sync::EntityChanges TestStageCardsModel::write(const QString &kind, const QJsonObject &data) {
    sync::EntityStore store(&m_db);
    [&] {
        QVERIFY(put(store, kind, data));
    }();
    sync::EntityChanges changes;
    changes.addWritten(kind, data.value(QLatin1String("id")).toString());
    return changes;
}

static QStringList names(const StageCardsModel &m) {
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.index(row).data().toString());
    return out;
}

void TestStageCardsModel::pagesAreFetchedAsTheViewAsks() {
    sync::EntityStore store(&m_db);
    for (int i = 0; i < 120; ++i)
        QVERIFY(put(store, QStringLiteral("application"),
                    application(QStringLiteral("app_p%1").arg(i, 3, 10, QLatin1Char('0')),
                                QStringLiteral("cand_2"), QStringLiteral("pipe_A"),
                                QStringLiteral("stage_off"), daysAgo(i % 9))));
    auto m = model(QStringLiteral("stage_off"));
    QCOMPARE(m->rowCount(), 0);
    QVERIFY(m->canFetchMore({}));
    m->fetchMore({});
    QCOMPARE(m->rowCount(), StageCardsModel::PageSize);
    m->fetchMore({});
    QCOMPARE(m->rowCount(), 2 * StageCardsModel::PageSize);
    // The tester checks the last page's signals (its own checks fetch too: match() reads on).
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m->fetchMore({});
    QCOMPARE(m->rowCount(), 120);
    QVERIFY(m->isComplete());
    QCOMPARE(busyStatements(m_db), 0);
}

void TestStageCardsModel::cardsSortByTimeInStageAndOtherOrders() {
    // The tester fetches more inside its own handlers of the model's signals (modelReset too);
    // the model ignores that while it announces a change.
    auto m = model(QStringLiteral("stage_src"));
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m->fetchMore({});
    const QString anon = read::CandidateDetail::anonymisedLabel(QStringLiteral("cand_3xyz42"));
    // Longest in the stage first.
    QCOMPARE(names(*m), (QStringList{QStringLiteral("Lena Schäfer"), QStringLiteral("Ahmet Yılmaz"), anon}));
    QSignalSpy resets(m.get(), &QAbstractItemModel::modelReset);
    m->setOrder(read::StageCards::Order::MatchScore);
    QCOMPARE(resets.count(), 1);
    m->fetchMore({});
    QCOMPARE(names(*m), (QStringList{QStringLiteral("Lena Schäfer"), QStringLiteral("Ahmet Yılmaz"), anon}));
    m->setOrder(read::StageCards::Order::CandidateName);
    m->fetchMore({});
    // Withheld names last; Schäfer before Yılmaz.
    QCOMPARE(names(*m), (QStringList{QStringLiteral("Lena Schäfer"), QStringLiteral("Ahmet Yılmaz"), anon}));
}

void TestStageCardsModel::aCardShowsWhatTheBoardNeeds() {
    auto m = model(QStringLiteral("stage_src"));
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m->fetchMore({});
    const QModelIndex lena = m->index(0);
    QCOMPARE(lena.data(StageCardsModel::ApplicationIdRole).toString(), QStringLiteral("app_1"));
    QCOMPARE(lena.data(StageCardsModel::TagsRole).toStringList(),
             (QStringList{QStringLiteral("qt"), QStringLiteral("c++")}));
    QCOMPARE(lena.data(StageCardsModel::DaysInStageRole).toInt(), 12);
    QCOMPARE(lena.data(StageCardsModel::SlaLevelRole).toInt(), int(StageCardsModel::SlaLevel::Overdue));
    QCOMPARE(lena.data(StageCardsModel::SlaDaysRole).toInt(), 5);
    QCOMPARE(lena.data(StageCardsModel::MatchScoreRole).toInt(), 92);
    QCOMPARE(lena.data(StageCardsModel::WarningRole).toString(), QStringLiteral("Consent withdrawn"));
    QCOMPARE(lena.data(StageCardsModel::BadgeRole).toInt(), int(StageCardsModel::Badge::None));
    QCOMPARE(lena.data(StageCardsModel::SourceRole).toString(), QStringLiteral("linkedin"));
    // English plural forms come from the catalogue, which tests do not load: "day(s)".
    const QString spoken = lena.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(QStringLiteral("Lena Schäfer. Tags: qt, c++. 12 day")), qPrintable(spoken));
    QVERIFY2(spoken.contains(QStringLiteral("over the SLA of 5 day")), qPrintable(spoken));
    QVERIFY2(spoken.endsWith(QStringLiteral(
                 "AI match score 92 (AI-generated, informs, does not decide). Consent withdrawn")),
             qPrintable(spoken));
    const QModelIndex ahmet = m->index(1);
    QCOMPARE(ahmet.data(StageCardsModel::SlaLevelRole).toInt(), int(StageCardsModel::SlaLevel::OnTrack));
    QCOMPARE(ahmet.data(StageCardsModel::WarningRole).toString(), QString());

    auto interview = model(QStringLiteral("stage_int"));
    interview->fetchMore({});
    const QModelIndex zoe = interview->index(0);
    QCOMPARE(zoe.data(StageCardsModel::SlaLevelRole).toInt(), int(StageCardsModel::SlaLevel::DueSoon));
    QVERIFY(zoe.data(StageCardsModel::WarningRole)
                .toString()
                .startsWith(QStringLiteral("Retention ends in 10 day")));

    auto noSla = std::make_unique<StageCardsModel>(&m_db, QStringLiteral("stage_src"), std::nullopt,
                                                   m_facts.get(), m_badges.get());
    noSla->fetchMore({});
    QCOMPARE(noSla->index(0).data(StageCardsModel::SlaLevelRole).toInt(),
             int(StageCardsModel::SlaLevel::None));
    QVERIFY(!noSla->index(0).data(StageCardsModel::SlaDaysRole).isValid());
}

void TestStageCardsModel::anAnonymisedCardShowsTheLabel() {
    auto m = model(QStringLiteral("stage_src"));
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m->fetchMore({});
    const QModelIndex anon = m->index(2);
    QVERIFY(anon.data(StageCardsModel::NameWithheldRole).toBool());
    QCOMPARE(anon.data().toString(), QStringLiteral("Anonymised candidate 3XYZ42"));
    QVERIFY(!anon.data(StageCardsModel::MatchScoreRole).isValid());
    QVERIFY(anon.data(Qt::AccessibleTextRole).toString().startsWith(anon.data().toString()));
}

void TestStageCardsModel::aMoveIsRowsRemovedAndInserted() {
    auto src = model(QStringLiteral("stage_src"));
    auto dst = model(QStringLiteral("stage_int"));
    QAbstractItemModelTester t1(src.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(dst.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    src->fetchMore({});
    dst->fetchMore({});
    const QPersistentModelIndex ahmet = src->index(1); // the view's current card, say
    QSignalSpy resets(src.get(), &QAbstractItemModel::modelReset);
    QSignalSpy resets2(dst.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(src.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(dst.get(), &QAbstractItemModel::rowsInserted);
    const sync::EntityChanges changes =
        write(QStringLiteral("application"),
              application(QStringLiteral("app_1"), QStringLiteral("cand_1"), QStringLiteral("pipe_A"),
                          QStringLiteral("stage_int"), daysAgo(0), QStringLiteral("active"), 2));
    src->applyChanges(changes);
    dst->applyChanges(changes);
    QCOMPARE(resets.count() + resets2.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(src->rowCount(), 2);
    QCOMPARE(dst->rowCount(), 2);
    QVERIFY(ahmet.isValid());
    QCOMPARE(ahmet.row(), 0);
    QCOMPARE(ahmet.data(StageCardsModel::ApplicationIdRole).toString(), QStringLiteral("app_2"));
    // Zoe (4 days) stays above Lena, who just entered.
    QCOMPARE(dst->index(1).data(StageCardsModel::ApplicationIdRole).toString(), QStringLiteral("app_1"));
}

void TestStageCardsModel::aRenameIsDataChangedOfThatRowOnly() {
    auto m = model(QStringLiteral("stage_src"));
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m->fetchMore({});
    QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
    QJsonObject ahmet = candidate(QStringLiteral("cand_2"), QStringLiteral("Ahmet"),
                                  QStringLiteral("Yıldırım"), {QStringLiteral("java")}, 2);
    ahmet.insert(QStringLiteral("consent_state"), QStringLiteral("pending"));
    m->applyChanges(write(QStringLiteral("candidate"), ahmet));
    QCOMPARE(inserted.count() + removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(m->index(1).data().toString(), QStringLiteral("Ahmet Yıldırım"));
    // The candidate facts were read again too.
    QCOMPARE(m->index(1).data(StageCardsModel::WarningRole).toString(), QStringLiteral("Consent pending"));
}

void TestStageCardsModel::aNewScoreMovesTheRowUnderScoreOrder() {
    auto m = model(QStringLiteral("stage_src"));
    m->setOrder(read::StageCards::Order::MatchScore);
    m->fetchMore({});
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy moved(m.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy resets(m.get(), &QAbstractItemModel::modelReset);
    m->applyChanges(
        write(QStringLiteral("ai_insight"), matchScore(QStringLiteral("ins_2"), QStringLiteral("app_2"), 97,
                                                       QStringLiteral("2026-03-05T10:00:00Z"), 2)));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m->index(0).data(StageCardsModel::ApplicationIdRole).toString(), QStringLiteral("app_2"));
    QCOMPARE(m->index(0).data(StageCardsModel::MatchScoreRole).toInt(), 97);
}

void TestStageCardsModel::filtersNarrowByRowsNotByReset() {
    auto m = model(QStringLiteral("stage_src"));
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m->fetchMore({});
    QSignalSpy resets(m.get(), &QAbstractItemModel::modelReset);
    CardFilter f;
    f.tag = QStringLiteral("QT");
    m->setFilter(f);
    QCOMPARE(names(*m), QStringList{QStringLiteral("Lena Schäfer")});
    f = {};
    f.source = QStringLiteral("referral");
    m->setFilter(f);
    QCOMPARE(names(*m), QStringList{QStringLiteral("Ahmet Yılmaz")});
    f = {};
    f.minScore = 50;
    m->setFilter(f);
    QCOMPARE(names(*m), QStringList{QStringLiteral("Lena Schäfer")});
    f = {};
    f.maxDays = 5;
    f.minDays = 2;
    m->setFilter(f);
    QCOMPARE(names(*m), QStringList{QStringLiteral("Ahmet Yılmaz")});
    f = {};
    f.candidates = QSet<QString>{QStringLiteral("cand_3xyz42"), QStringLiteral("cand_1")};
    m->setFilter(f);
    QCOMPARE(m->rowCount(), 2);
    m->setFilter({});
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(resets.count(), 0);
}

// The column's query narrows (search, tag, source, score, days): over three pages and every
// order, what the model shows and counts is what the board showed when it read the whole
// column and filtered the rows in C++ with the search's hit set.
void TestStageCardsModel::narrowedColumnsAreTheOldRowFilter() {
    sync::EntityStore store(&m_db);
    const QString stage = QStringLiteral("stage_off");
    const QStringList firsts{QStringLiteral("Ayşe"), QStringLiteral("Ayla"), QStringLiteral("Mehmet"),
                             QStringLiteral("Zoe")};
    const QStringList lasts{QStringLiteral("Yılmaz"), QStringLiteral("Kaya"), QStringLiteral("Ayhan"),
                            QStringLiteral("Öztürk"), QStringLiteral("Yıldız")};
    for (int i = 0; i < 160; ++i) {
        const QString cand = QStringLiteral("cand_q%1").arg(i, 3, 10, QLatin1Char('0'));
        const QString app = QStringLiteral("app_q%1").arg(i, 3, 10, QLatin1Char('0'));
        QJsonObject c = candidate(cand, firsts[i % firsts.size()], lasts[(i / 4) % lasts.size()],
                                  {QLatin1String(i % 3 == 0 ? "Qt" : "java"),
                                   QLatin1String(i % 4 == 0 ? "uzaktan çalışma" : "ofis")});
        c.insert(QStringLiteral("source"), QLatin1String(i % 2 ? "referral" : "linkedin"));
        QVERIFY(put(store, QStringLiteral("candidate"), c));
        QVERIFY(put(store, QStringLiteral("application"),
                    application(app, cand, QStringLiteral("pipe_A"), stage, daysAgo(i % 40))));
        if (i % 5 != 0)
            QVERIFY(put(store, QStringLiteral("ai_insight"),
                        matchScore(QStringLiteral("ai_q%1").arg(i), app, (i * 7) % 101)));
    }
    QList<CardFilter> filters;
    const auto add = [&filters](auto set) {
        CardFilter f;
        set(f);
        filters.append(f);
    };
    add([](CardFilter &f) { f.searchText = QStringLiteral("ay"); });
    add([](CardFilter &f) { f.searchText = QStringLiteral("ayşe yil"); });
    add([](CardFilter &f) { f.searchText = QStringLiteral("zzzq"); });
    add([](CardFilter &f) { f.tag = QStringLiteral("QT"); });
    add([](CardFilter &f) { f.tag = QStringLiteral("UZAKTAN ÇALIŞMA"); });
    add([](CardFilter &f) { f.source = QStringLiteral("Referral"); });
    add([](CardFilter &f) {
        f.minScore = 30;
        f.maxScore = 80;
    });
    add([](CardFilter &f) {
        f.minDays = 5;
        f.maxDays = 20;
    });
    add([](CardFilter &f) {
        f.searchText = QStringLiteral("ay");
        f.tag = QStringLiteral("qt");
        f.source = QStringLiteral("referral");
        f.minScore = 1;
        f.maxDays = 30;
    });
    for (const read::StageCards::Order order :
         {read::StageCards::Order::TimeInStage, read::StageCards::Order::CandidateName,
          read::StageCards::Order::MatchScore}) {
        read::StageCards all(&m_db, stage);
        all.setOrder(order);
        const QList<read::StageCard> everyRow = all.fetch(0, 1000, testNow());
        QCOMPARE(everyRow.size(), 160);
        for (const CardFilter &f : std::as_const(filters)) {
            // The old way: every row of the column, the search's hits as a set, accepts().
            CardFilter old = f;
            old.searchText.clear();
            if (!f.searchText.isEmpty()) {
                read::CandidateSearch search(&m_db);
                search.setText(f.searchText);
                QSet<QString> hits;
                for (const read::SearchHit &hit : search.fetch(100000))
                    hits.insert(hit.candidateId);
                old.candidates = hits;
            }
            QStringList want;
            for (const read::StageCard &row : everyRow) {
                const models::BoardCard card{row, m_facts->candidate(row.candidateId)};
                if (old.accepts(card))
                    want.append(row.applicationId);
            }

            auto m = model(stage);
            QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
            m->setOrder(order);
            m->fetchMore({});
            QSignalSpy resets(m.get(), &QAbstractItemModel::modelReset);
            m->setFilter(f);
            QCOMPARE(m->narrowedCount(), std::optional<int>(static_cast<int>(want.size())));
            int fetches = 0;
            while (m->canFetchMore({}) && ++fetches < 10)
                m->fetchMore({});
            QStringList got;
            for (int row = 0; row < m->rowCount(); ++row)
                got.append(m->index(row).data(StageCardsModel::ApplicationIdRole).toString());
            QCOMPARE(got, want);
            QVERIFY(m->lastError().isEmpty());
            QCOMPARE(resets.count(), 0);
            QCOMPARE(busyStatements(m_db), 0);
        }
    }
}

// Narrowed by the search, the stage's other cards were never read; a candidate renamed so that
// the search finds them appears as an inserted row, and leaves as a removed one.
void TestStageCardsModel::aCandidateThatStartsMatchingIsInserted() {
    auto m = model(QStringLiteral("stage_src"));
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m->fetchMore({});
    CardFilter f;
    f.searchText = QStringLiteral("lena");
    m->setFilter(f);
    QCOMPARE(names(*m), QStringList{QStringLiteral("Lena Schäfer")});
    QSignalSpy resets(m.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m.get(), &QAbstractItemModel::rowsInserted);
    m->applyChanges(
        write(QStringLiteral("candidate"), candidate(QStringLiteral("cand_2"), QStringLiteral("Lena"),
                                                     QStringLiteral("Yılmaz"), {QStringLiteral("java")}, 2)));
    QCOMPARE(names(*m), (QStringList{QStringLiteral("Lena Schäfer"), QStringLiteral("Lena Yılmaz")}));
    QCOMPARE(inserted.count(), 1);
    QSignalSpy removed(m.get(), &QAbstractItemModel::rowsRemoved);
    m->applyChanges(
        write(QStringLiteral("candidate"), candidate(QStringLiteral("cand_2"), QStringLiteral("Ahmet"),
                                                     QStringLiteral("Yılmaz"), {QStringLiteral("java")}, 3)));
    QCOMPARE(names(*m), QStringList{QStringLiteral("Lena Schäfer")});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(resets.count(), 0);
}

void TestStageCardsModel::aDropAsksToMoveTheCarriedIds() {
    auto src = model(QStringLiteral("stage_src"));
    auto dst = model(QStringLiteral("stage_int"));
    QAbstractItemModelTester t1(src.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(dst.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    src->fetchMore({});
    dst->fetchMore({});
    std::unique_ptr<QMimeData> data(src->mimeData({src->index(0), src->index(1)}));
    QVERIFY(data);
    QCOMPARE(StageCardsModel::applicationIdsOf(data.get()),
             (QStringList{QStringLiteral("app_1"), QStringLiteral("app_2")}));
    // Back onto their own column: nothing to do.
    QVERIFY(!src->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    QSignalSpy asked(dst.get(), &StageCardsModel::moveRequested);
    QVERIFY(dst->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    dst->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {});
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toStringList(),
             (QStringList{QStringLiteral("app_1"), QStringLiteral("app_2")}));
    QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("stage_int"));
    QMimeData foreign;
    foreign.setText(QStringLiteral("app_1"));
    QVERIFY(!dst->canDropMimeData(&foreign, Qt::MoveAction, -1, -1, {}));
}

void TestStageCardsModel::aQueuedMoveShowsAPendingBadge() {
    auto dst = model(QStringLiteral("stage_int"));
    QAbstractItemModelTester tester(dst.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dst->fetchMore({});
    // The real outbox writes the optimistic row and queues the change in one transaction.
    sync::Outbox outbox(&m_db, nullptr);
    const std::optional<QJsonObject> row = m_facts->application(QStringLiteral("app_2"));
    QVERIFY(row);
    QVERIFY(outbox.enqueue(
                sync::ChangeBuilder::moveApplication(*row, QStringLiteral("stage_int"), testNow())) > 0);
    sync::EntityChanges changes;
    changes.addWritten(QStringLiteral("application"), QStringLiteral("app_2"));
    QVERIFY(m_badges->apply(changes));
    QVERIFY(m_badges->refresh());
    dst->applyChanges(changes);
    const int row2 = dst->rowOf(QStringLiteral("app_2"));
    QVERIFY(row2 >= 0);
    QCOMPARE(dst->index(row2).data(StageCardsModel::BadgeRole).toInt(), int(StageCardsModel::Badge::Pending));
    QVERIFY(dst->index(row2)
                .data(Qt::AccessibleTextRole)
                .toString()
                .endsWith(QStringLiteral("Change waiting to be sent")));
}

// What the board's search box narrows to, as a set of the search's hits (the old way).
CardFilter TestStageCardsModel::searchFilter(const QString &text) {
    read::CandidateSearch search(&m_db);
    search.setText(text);
    QSet<QString> hits;
    for (const read::SearchHit &hit : search.fetch(100000))
        hits.insert(hit.candidateId);
    CardFilter f;
    f.candidates = hits;
    return f;
}

// `cards` applications of as many candidates, in stage_off (one in seven in stage_int), with
// names, tags, sources, scores and days in stage spread so filters keep some and drop others.
void TestStageCardsModel::fillBigStage(int cards) {
    sync::EntityStore store(&m_db);
    const QStringList firsts{QStringLiteral("Ayşe"), QStringLiteral("Ayla"),   QStringLiteral("Mehmet"),
                             QStringLiteral("Zoe"),  QStringLiteral("Jürgen"), QStringLiteral("Işık")};
    const QStringList lasts{QStringLiteral("Yılmaz"), QStringLiteral("Kaya"),   QStringLiteral("Ayhan"),
                            QStringLiteral("Öztürk"), QStringLiteral("Yıldız"), QStringLiteral("Groß"),
                            QStringLiteral("Demir")};
    for (int i = 0; i < cards; ++i) {
        const QString cand = QStringLiteral("cand_r%1").arg(i, 3, 10, QLatin1Char('0'));
        const QString app = QStringLiteral("app_r%1").arg(i, 3, 10, QLatin1Char('0'));
        QJsonObject c = candidate(
            cand, firsts[i % firsts.size()], lasts[(i / 3) % lasts.size()],
            {QLatin1String(i % 3 == 0 ? "qt" : "java"), QLatin1String(i % 4 == 0 ? "remote" : "office")});
        c.insert(QStringLiteral("source"), QLatin1String(i % 2 ? "referral" : "linkedin"));
        QVERIFY(put(store, QStringLiteral("candidate"), c));
        QVERIFY(put(store, QStringLiteral("application"),
                    application(app, cand, QStringLiteral("pipe_A"),
                                QLatin1String(i % 7 == 0 ? "stage_int" : "stage_off"), daysAgo(i % 40))));
        if (i % 5 != 0)
            QVERIFY(put(store, QStringLiteral("ai_insight"),
                        matchScore(QStringLiteral("ins_r%1").arg(i), app, (i * 37) % 101)));
    }
}

// The whole column in `order`, filtered card by card: what the model must show once read to the end.
QStringList TestStageCardsModel::wanted(const QString &stage, read::StageCards::Order order,
                                        const CardFilter &narrowing) {
    // The search as the set of its hits, checked card by card.
    CardFilter filter = narrowing;
    if (!filter.searchText.isEmpty()) {
        const CardFilter hits = searchFilter(filter.searchText);
        filter.searchText.clear();
        filter.fewSearchHits = false;
        filter.searchHits.reset();
        filter.candidates = hits.candidates;
    }
    read::StageCards all(&m_db, stage);
    all.setOrder(order);
    QStringList ids;
    for (const read::StageCard &row : all.fetch(0, 100000, testNow())) {
        const models::BoardCard card{row, m_facts->candidate(row.candidateId)};
        if (filter.accepts(card))
            ids.append(row.applicationId);
    }
    return ids;
}

static QStringList shownIds(const StageCardsModel &m) {
    QStringList ids;
    for (int row = 0; row < m.rowCount(); ++row)
        ids.append(m.index(row).data(StageCardsModel::ApplicationIdRole).toString());
    return ids;
}

// A view (or the model tester) may call fetchMore() from a handler of the model's own row
// signals, while a refresh is half applied. The refresh's remaining signals must still describe
// the rows as they are, and no card may be shown twice.
void TestStageCardsModel::aViewFetchingDuringAChangeDoesNotCorruptIt() {
    fillBigStage(120);
    auto m = model(QStringLiteral("stage_off"));
    m->fetchMore({});
    CardFilter f;
    f.searchText = QStringLiteral("ay");
    int nested = 0;
    const auto fetch = [&] {
        ++nested;
        m->fetchMore({});
    };
    connect(m.get(), &QAbstractItemModel::rowsAboutToBeRemoved, this, fetch);
    connect(m.get(), &QAbstractItemModel::rowsInserted, this, fetch);
    QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m->setFilter(f);
    QVERIFY(nested > 0);
    m->setFilter({});
    while (m->canFetchMore({}))
        m->fetchMore({});
    const QStringList got = shownIds(*m);
    QCOMPARE(QSet<QString>(got.cbegin(), got.cend()).size(), got.size());
    QCOMPARE(got, wanted(QStringLiteral("stage_off"), m->order(), {}));
}

// Hundreds of cards narrowed and widened by search and filters, with cards moved into and out
// of the stage and scores changed between steps, in every order. Every signal passes the model
// tester (Fatal: the first inconsistency aborts); what is shown is always the start of the
// whole column filtered card by card, and all of it once read to the end; never a reset.
void TestStageCardsModel::randomDiffsKeepTheModelConsistent() {
    constexpr int Cards = 300;
    fillBigStage(Cards);
    sync::EntityStore store(&m_db);
    QHash<QString, qint64> versions;
    const QString stage = QStringLiteral("stage_off");
    const QStringList searches{QStringLiteral("ay"),          QStringLiteral("ayşe"), QStringLiteral("yil"),
                               QStringLiteral("mehmet kaya"), QStringLiteral("zzz"),  QStringLiteral("demir"),
                               QStringLiteral("jurgen")};
    QRandomGenerator rng(20261204);
    const auto randomFilter = [&]() {
        CardFilter f;
        switch (rng.bounded(8)) {
        case 0:
            return CardFilter{};
        case 1:
            // The search inside the column's query, with either plan.
            f.searchText = searches.at(static_cast<int>(rng.bounded(searches.size())));
            f.fewSearchHits = rng.bounded(2) != 0;
            if (rng.bounded(2) != 0) { // the hits read once, as BoardPresenter passes them
                read::CandidateSearch search(&m_db);
                search.setText(f.searchText);
                f.searchHits = search.hits();
            }
            break;
        case 2:
            f.tag = QLatin1String(rng.bounded(2) ? "QT" : "remote");
            break;
        case 3:
            f.source = QLatin1String(rng.bounded(2) ? "referral" : "LinkedIn");
            break;
        case 4:
            f.minScore = static_cast<int>(rng.bounded(60));
            f.maxScore = *f.minScore + static_cast<int>(rng.bounded(50));
            break;
        case 5:
            f.minDays = static_cast<int>(rng.bounded(20));
            f.maxDays = *f.minDays + static_cast<int>(rng.bounded(25));
            break;
        case 6:
            f.searchText = searches.at(static_cast<int>(rng.bounded(searches.size())));
            f.tag = QStringLiteral("java");
            f.minDays = 3;
            break;
        default:
            // An explicit set of candidates, checked on the rows.
            f = searchFilter(searches.at(static_cast<int>(rng.bounded(searches.size()))));
            break;
        }
        return f;
    };
    for (const read::StageCards::Order order :
         {read::StageCards::Order::TimeInStage, read::StageCards::Order::CandidateName,
          read::StageCards::Order::MatchScore}) {
        auto m = model(stage);
        m->setOrder(order);
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(m.get(), &QAbstractItemModel::modelReset);
        m->fetchMore({});
        CardFilter filter;
        for (int step = 0; step < 60; ++step) {
            const int action = static_cast<int>(rng.bounded(4));
            if (action == 0) {
                filter = randomFilter();
                m->setFilter(filter);
            } else if (action == 1) {
                // A few cards move in or out of the stage (or change their time in it).
                sync::EntityChanges changes;
                for (int k = 0, n = 1 + static_cast<int>(rng.bounded(12)); k < n; ++k) {
                    const int i = static_cast<int>(rng.bounded(Cards));
                    const QString app = QStringLiteral("app_r%1").arg(i, 3, 10, QLatin1Char('0'));
                    const qint64 version = versions.value(app, 1) + 1;
                    versions.insert(app, version);
                    const bool here = rng.bounded(3) != 0;
                    QVERIFY(put(store, QStringLiteral("application"),
                                application(app, QStringLiteral("cand_r%1").arg(i, 3, 10, QLatin1Char('0')),
                                            QStringLiteral("pipe_A"),
                                            QLatin1String(here ? "stage_off" : "stage_int"),
                                            daysAgo(static_cast<int>(rng.bounded(40))),
                                            QStringLiteral("active"), version)));
                    changes.addWritten(QStringLiteral("application"), app);
                }
                m->applyChanges(changes);
            } else if (action == 2) {
                // New match scores (reorder under the score order).
                sync::EntityChanges changes;
                for (int k = 0, n = 1 + static_cast<int>(rng.bounded(8)); k < n; ++k) {
                    const int i = static_cast<int>(rng.bounded(Cards));
                    const QString id = QStringLiteral("ins_r%1").arg(i);
                    const qint64 version = versions.value(id, 1) + 1;
                    versions.insert(id, version);
                    QVERIFY(put(store, QStringLiteral("ai_insight"),
                                matchScore(id, QStringLiteral("app_r%1").arg(i, 3, 10, QLatin1Char('0')),
                                           static_cast<int>(rng.bounded(101)),
                                           QStringLiteral("2026-03-0%1T10:00:00Z").arg(1 + version % 9),
                                           version)));
                    changes.addWritten(QStringLiteral("ai_insight"), id);
                }
                m->applyChanges(changes);
            } else {
                m->fetchMore({});
            }
            const QStringList want = wanted(stage, order, filter);
            const QStringList got = shownIds(*m);
            QVERIFY2(
                got == want.mid(0, got.size()),
                qPrintable(
                    QStringLiteral("step %1: shown %2 of %3").arg(step).arg(got.size()).arg(want.size())));
            if (step % 10 == 9) {
                while (m->canFetchMore({}))
                    m->fetchMore({});
                QCOMPARE(shownIds(*m), want);
            }
        }
        QCOMPARE(resets.count(), 0);
        QVERIFY(m->lastError().isEmpty());
        QCOMPARE(busyStatements(m_db), 0);
    }
}

QTEST_GUILESS_MAIN(TestStageCardsModel)
#include "tst_stagecardsmodel.moc"
