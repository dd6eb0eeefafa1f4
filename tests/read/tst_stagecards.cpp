// StageCards on a real SQLCipher cache filled by EntityStore: the orders, paging, the card's
// fields (name, tags, days in stage, match score) and which commits affect a column.
#include "ReadTestUtil.h"
#include "core/read/CandidateSearch.h"
#include "core/read/StageCards.h"
#include "core/store/CacheSchema.h"

#include <QTest>

#include <algorithm>
#include <tuple>

using namespace hirex;
using namespace hirex::read;
using namespace hirex::read::testutil;

namespace {

QStringList ids(const QList<StageCard> &cards) {
    QStringList result;
    for (const StageCard &card : cards)
        result.append(card.applicationId);
    return result;
}

const QString Pipe = QStringLiteral("pipe_A");
const QString Screen = QStringLiteral("stage_screen");
const QString Offer = QStringLiteral("stage_offer");

} // namespace

Q_DECLARE_METATYPE(hirex::read::StageCards::Order)

class TestStageCards : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void longestInStageFirstWithCardFields();
    void pagesFollowTheOrder();
    void byCandidateName();
    void byMatchScoreNewestInsightWins();
    void statementsAreResetAfterUse();
    void everyOrderWalksItsIndex_data();
    void everyOrderWalksItsIndex();
    void keysetPagesMatchTheFullOrder();
    void turkishAndGermanNamesSortByBaseLetter();
    void keysFollowInsightsAndCandidates();
    void applyReportsChangesOfTheColumn();
    void narrowedQueriesWalkTheIndex_data();
    void narrowedQueriesWalkTheIndex();
    void narrowedPagesAreTheRowRule();
    void narrowedApplySeesCandidatesNotShown();

private:
    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
};

void TestStageCards::init() {
    QVERIFY(openCache(m_db, m_dir));
    sync::EntityStore store(&m_db);
    QVERIFY(put(
        store, QStringLiteral("pipeline"),
        pipeline(Pipe, {{Screen, QStringLiteral("Telefon görüşmesi")}, {Offer, QStringLiteral("Teklif")}})));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_1"), QStringLiteral("Çağla"), QStringLiteral("Yıldız"),
                          {QStringLiteral("c++"), QStringLiteral("uzaktan çalışma")})));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_2"), QStringLiteral("Ada"), QStringLiteral("aksoy"))));
    QVERIFY(
        put(store, QStringLiteral("candidate"), candidate(QStringLiteral("cand_3"), QString(), QString())));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_4"), QStringLiteral("Zeki"), QStringLiteral("Müren"))));
    // app_1 entered 2026-02-26, app_2 earliest, app_3 latest, app_4 rejected, app_5 elsewhere.
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_1"), QStringLiteral("cand_1"), Pipe, Screen,
                            QStringLiteral("2026-02-26T13:05:00Z"))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_2"), QStringLiteral("cand_2"), Pipe, Screen,
                            QStringLiteral("2026-01-10T09:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_3"), QStringLiteral("cand_3"), Pipe, Screen,
                            QStringLiteral("2026-03-01T08:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_4"), QStringLiteral("cand_4"), Pipe, Screen,
                            QStringLiteral("2025-12-01T08:00:00Z"), QStringLiteral("rejected"))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_5"), QStringLiteral("cand_4"), Pipe, Offer,
                            QStringLiteral("2025-12-01T08:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_1"), QStringLiteral("app_1"), 82)));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_3"), QStringLiteral("app_3"), 64)));
}

void TestStageCards::cleanup() {
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("read.db")));
    for (const QString &f :
         store::SqlCipherDatabase::companionFiles(m_dir.filePath(QStringLiteral("read.db"))))
        QFile::remove(f);
}

void TestStageCards::longestInStageFirstWithCardFields() {
    StageCards cards(&m_db, Screen);
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-02T12:00:00Z"), Qt::ISODate);
    const QList<StageCard> page = cards.fetch(0, 10, now);
    QVERIFY2(cards.lastError().isEmpty(), qPrintable(cards.lastError()));
    QCOMPARE(ids(page),
             (QStringList{QStringLiteral("app_2"), QStringLiteral("app_1"), QStringLiteral("app_3")}));

    const StageCard &cagla = page[1];
    QCOMPARE(cagla.candidateId, QStringLiteral("cand_1"));
    QCOMPARE(cagla.displayName, QStringLiteral("Çağla Yıldız"));
    QCOMPARE(cagla.tags, (QStringList{QStringLiteral("c++"), QStringLiteral("uzaktan çalışma")}));
    QCOMPARE(cagla.stageEnteredAt,
             QDateTime::fromString(QStringLiteral("2026-02-26T13:05:00Z"), Qt::ISODate));
    QCOMPARE(cagla.daysInStage, 3); // 4 days less 1h05m: whole days only
    QCOMPARE(cagla.matchScore, std::optional<int>(82));

    QCOMPARE(page[0].matchScore, std::nullopt);
    QCOMPARE(page[0].daysInStage, 51);
    // A hidden name stays empty; the UI shows its own placeholder.
    QCOMPARE(page[2].displayName, QString());
    QVERIFY(page[2].tags.isEmpty());
}

void TestStageCards::pagesFollowTheOrder() {
    StageCards cards(&m_db, Screen);
    QCOMPARE(ids(cards.fetch(0, 2)), (QStringList{QStringLiteral("app_2"), QStringLiteral("app_1")}));
    QCOMPARE(ids(cards.fetch(2, 2)), QStringList{QStringLiteral("app_3")});
    QVERIFY(cards.fetch(4, 2).isEmpty());
    QVERIFY(cards.lastError().isEmpty());
}

void TestStageCards::byCandidateName() {
    StageCards cards(&m_db, Screen);
    cards.setOrder(StageCards::Order::CandidateName);
    // "aksoy" sorts before "Yıldız" regardless of case; the hidden name goes last.
    QCOMPARE(ids(cards.fetch(0, 10)),
             (QStringList{QStringLiteral("app_2"), QStringLiteral("app_1"), QStringLiteral("app_3")}));
}

void TestStageCards::byMatchScoreNewestInsightWins() {
    StageCards cards(&m_db, Screen);
    cards.setOrder(StageCards::Order::MatchScore);
    QCOMPARE(ids(cards.fetch(0, 10)),
             (QStringList{QStringLiteral("app_1"), QStringLiteral("app_3"), QStringLiteral("app_2")}));

    // A newer score for app_3 replaces the older one on its card and in the order.
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_3b"), QStringLiteral("app_3"), 95,
                           QStringLiteral("2026-03-02T10:00:00Z"))));
    const QList<StageCard> page = cards.fetch(0, 10);
    QCOMPARE(ids(page),
             (QStringList{QStringLiteral("app_3"), QStringLiteral("app_1"), QStringLiteral("app_2")}));
    QCOMPARE(page[0].matchScore, std::optional<int>(95));
}

// Every order reads the stage's cards in index order and stops after the page: no sort of the
// whole stage (a 20,000-card column took 1.3 s per page when the order was
// `stage_entered_at IS NULL, stage_entered_at`, and the score a per-card subquery).
void TestStageCards::everyOrderWalksItsIndex_data() {
    QTest::addColumn<StageCards::Order>("order");
    QTest::addColumn<bool>("afterCursor");
    QTest::addColumn<QString>("index");
    const std::pair<StageCards::Order, const char *> orders[] = {
        {StageCards::Order::TimeInStage, "applications_board"},
        {StageCards::Order::CandidateName, "applications_board_name"},
        {StageCards::Order::MatchScore, "applications_board_score"}};
    for (const auto &[order, index] : orders) {
        QTest::addRow("%s by offset", index) << order << false << QString::fromLatin1(index);
        QTest::addRow("%s after a cursor", index) << order << true << QString::fromLatin1(index);
    }
}

void TestStageCards::everyOrderWalksItsIndex() {
    QFETCH(StageCards::Order, order);
    QFETCH(bool, afterCursor);
    QFETCH(QString, index);
    const QStringList plan = queryPlan(m_db, StageCards::pageSql(order, afterCursor));
    const QString text = plan.join(QLatin1Char('\n'));
    QVERIFY2(
        text.contains(QLatin1String("USING INDEX ") + index + QLatin1String(" (stage_id=? AND status=?")),
        qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
}

// 45 cards with ties in every key, some without an entry time, a name or a score: pages after
// a cursor are the offset pages, and both are the order the documentation promises.
void TestStageCards::keysetPagesMatchTheFullOrder() {
    sync::EntityStore store(&m_db);
    const QString stage = QStringLiteral("stage_big");
    struct Expected {
        QString id;
        QString entered;
        QString name;
        int score;
    };
    QList<Expected> expected;
    const QStringList lasts = {QStringLiteral("Şahin"), QStringLiteral("Sahin"), QStringLiteral("Öztürk"),
                               QStringLiteral("Müller"), QString()};
    for (int i = 0; i < 45; ++i) {
        const QString app = QStringLiteral("app_b%1").arg(i, 2, 10, QLatin1Char('0'));
        const QString cand = QStringLiteral("cand_b%1").arg(i, 2, 10, QLatin1Char('0'));
        const QString last = lasts[i % lasts.size()];
        QVERIFY(put(store, QStringLiteral("candidate"),
                    candidate(cand, last.isNull() ? QString() : QStringLiteral("Ada"), last)));
        const QString entered =
            i % 7 == 0 ? QString()
                       : QStringLiteral("2026-02-%1T10:00:00Z").arg(10 + i % 5, 2, 10, QLatin1Char('0'));
        QVERIFY(put(store, QStringLiteral("application"), application(app, cand, Pipe, stage, entered)));
        const int score = i % 4 == 0 ? -1 : (i * 37) % 5 * 10;
        if (score >= 0)
            QVERIFY(put(store, QStringLiteral("ai_insight"),
                        matchScore(QStringLiteral("ai_b%1").arg(i), app, score)));
        expected.append(Expected{
            app, entered.isEmpty() ? QStringLiteral("~") : entered,
            store::CacheSchema::sortName(last.isNull() ? QString() : QStringLiteral("Ada"), last), score});
    }
    const auto sorted = [&](StageCards::Order order) {
        QList<Expected> e = expected;
        std::sort(e.begin(), e.end(), [order](const Expected &x, const Expected &y) {
            switch (order) {
            case StageCards::Order::TimeInStage:
                return std::tie(x.entered, x.id) < std::tie(y.entered, y.id);
            case StageCards::Order::CandidateName:
                return std::tie(x.name, x.id) < std::tie(y.name, y.id);
            case StageCards::Order::MatchScore:
                return x.score != y.score ? x.score > y.score : x.id < y.id;
            }
            return false;
        });
        QStringList result;
        for (const Expected &x : e)
            result.append(x.id);
        return result;
    };
    for (const StageCards::Order order :
         {StageCards::Order::TimeInStage, StageCards::Order::CandidateName, StageCards::Order::MatchScore}) {
        StageCards cards(&m_db, stage);
        cards.setOrder(order);
        const QStringList want = sorted(order);
        QCOMPARE(ids(cards.fetch(0, 100)), want);
        QStringList byOffset;
        for (int offset = 0; offset < 50; offset += 10)
            byOffset += ids(cards.fetch(offset, 10));
        QCOMPARE(byOffset, want);
        QStringList byCursor;
        std::optional<StageCards::Cursor> after;
        int pages = 0;
        do {
            const StageCards::Page page = cards.fetchAfter(after, 10);
            QVERIFY2(cards.lastError().isEmpty(), qPrintable(cards.lastError()));
            byCursor += ids(page.cards);
            after = page.next;
            ++pages;
        } while (after && pages < 10);
        QCOMPARE(byCursor, want);
        QCOMPARE(pages, 5); // 10, 10, 10, 10, 5: the short page has no next
        QCOMPARE(busyStatements(m_db), 0);
    }
}

// CacheSchema::sortName's rule: base letters, case-insensitive, the same for every locale.
// Under the ASCII-only rule of schema 6, İnce, Işık, Öztürk and Şahin sorted after every
// unaccented name.
void TestStageCards::turkishAndGermanNamesSortByBaseLetter() {
    QCOMPARE(store::CacheSchema::sortName(QStringLiteral("Ayşe"), QStringLiteral("Işık")),
             QString(QStringLiteral("0isik") + QChar(1) + QStringLiteral("ayse")));
    QCOMPARE(store::CacheSchema::sortName(QStringLiteral("Jürgen"), QStringLiteral("Straße")),
             QString(QStringLiteral("0strasse") + QChar(1) + QStringLiteral("jurgen")));
    QCOMPARE(store::CacheSchema::sortName(QString(), QString()), QStringLiteral("1"));

    sync::EntityStore store(&m_db);
    const QString stage = QStringLiteral("stage_names");
    // Inserted in an order unlike the expected one.
    const QStringList lasts = {QStringLiteral("Strauss"), QStringLiteral("Şahin"), QStringLiteral("Öztürk"),
                               QStringLiteral("İnce"),    QStringLiteral("Mutlu"), QStringLiteral("Işık"),
                               QStringLiteral("Straße"),  QStringLiteral("Ozan"),  QStringLiteral("Müller"),
                               QStringLiteral("Sezer"),   QStringLiteral("Ilgaz")};
    for (int i = 0; i < lasts.size(); ++i) {
        const QString n = QString::number(i);
        QVERIFY(put(store, QStringLiteral("candidate"),
                    candidate(QStringLiteral("cand_n") + n, QStringLiteral("Ada"), lasts[i])));
        QVERIFY(put(store, QStringLiteral("application"),
                    application(QStringLiteral("app_n") + n, QStringLiteral("cand_n") + n, Pipe, stage,
                                QStringLiteral("2026-02-01T08:00:00Z"))));
    }
    StageCards cards(&m_db, stage);
    cards.setOrder(StageCards::Order::CandidateName);
    QStringList names;
    for (const StageCard &card : cards.fetch(0, 20))
        names.append(card.displayName.section(QLatin1Char(' '), 1));
    QCOMPARE(names, (QStringList{QStringLiteral("Ilgaz"), QStringLiteral("İnce"), QStringLiteral("Işık"),
                                 QStringLiteral("Müller"), QStringLiteral("Mutlu"), QStringLiteral("Ozan"),
                                 QStringLiteral("Öztürk"), QStringLiteral("Şahin"), QStringLiteral("Sezer"),
                                 QStringLiteral("Straße"), QStringLiteral("Strauss")}));
}

// The score order follows insights as they are written and deleted (triggers of schema 7), and
// the name order follows a candidate cached after its application or renamed.
void TestStageCards::keysFollowInsightsAndCandidates() {
    sync::EntityStore store(&m_db);
    StageCards cards(&m_db, Screen);
    cards.setOrder(StageCards::Order::MatchScore);
    QCOMPARE(ids(cards.fetch(0, 10)),
             (QStringList{QStringLiteral("app_1"), QStringLiteral("app_3"), QStringLiteral("app_2")}));
    // A newer insight for app_3 beats app_1; deleting it brings back app_3's older score.
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_3b"), QStringLiteral("app_3"), 99,
                           QStringLiteral("2026-03-02T10:00:00Z"))));
    QList<StageCard> page = cards.fetch(0, 10);
    QCOMPARE(ids(page),
             (QStringList{QStringLiteral("app_3"), QStringLiteral("app_1"), QStringLiteral("app_2")}));
    QCOMPARE(page[0].matchScore, std::optional<int>(99));
    QVERIFY(store.remove(QStringLiteral("ai_insight"), QStringLiteral("ai_3b")));
    QVERIFY(store.remove(QStringLiteral("ai_insight"), QStringLiteral("ai_1")));
    page = cards.fetch(0, 10);
    QCOMPARE(ids(page),
             (QStringList{QStringLiteral("app_3"), QStringLiteral("app_1"), QStringLiteral("app_2")}));
    QCOMPARE(page[0].matchScore, std::optional<int>(64));
    QCOMPARE(page[1].matchScore, std::nullopt);

    // An application whose candidate is not cached yet sorts with the withheld names, last.
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_9"), QStringLiteral("cand_9"), Pipe, Screen,
                            QStringLiteral("2026-02-01T08:00:00Z"))));
    cards.setOrder(StageCards::Order::CandidateName);
    QCOMPARE(ids(cards.fetch(0, 10)).last(), QStringLiteral("app_9"));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_9"), QStringLiteral("Ali"), QStringLiteral("Acar"))));
    QCOMPARE(ids(cards.fetch(0, 1)), QStringList{QStringLiteral("app_9")});
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_9"), QStringLiteral("Ali"), QStringLiteral("Zorlu"), {}, 2)));
    QCOMPARE(ids(cards.fetch(0, 10)), (QStringList{QStringLiteral("app_2"), QStringLiteral("app_1"),
                                                   QStringLiteral("app_9"), QStringLiteral("app_3")}));
}

void TestStageCards::statementsAreResetAfterUse() {
    StageCards cards(&m_db, Screen);
    QCOMPARE(cards.fetch(0, 1).size(), 1); // stopped before the statement was done
    QCOMPARE(busyStatements(m_db), 0);
    sync::EntityChanges changes;
    changes.addWritten(QStringLiteral("application"), QStringLiteral("app_5"));
    changes.addWritten(QStringLiteral("ai_insight"), QStringLiteral("ai_3"));
    QVERIFY(cards.apply(changes));
    QCOMPARE(busyStatements(m_db), 0);
}

void TestStageCards::applyReportsChangesOfTheColumn() {
    StageCards cards(&m_db, Screen);
    QCOMPARE(cards.fetch(0, 2).size(), 2); // app_2, app_1 shown; app_3 not yet

    QVERIFY(!cards.apply(sync::EntityChanges{}));

    sync::EntityChanges otherStage;
    otherStage.addWritten(QStringLiteral("application"), QStringLiteral("app_5"));
    otherStage.addRemoved(QStringLiteral("application"), QStringLiteral("app_9"));
    QVERIFY(!cards.apply(otherStage));

    // In the stage though not fetched yet (it may sort into the shown page).
    sync::EntityChanges inStage;
    inStage.addWritten(QStringLiteral("application"), QStringLiteral("app_3"));
    QVERIFY(cards.apply(inStage));

    // A shown card that moved away: its row now names another stage.
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_1"), QStringLiteral("cand_1"), Pipe, Offer,
                            QStringLiteral("2026-03-02T11:00:00Z"), QStringLiteral("active"), 2)));
    sync::EntityChanges movedAway;
    movedAway.addWritten(QStringLiteral("application"), QStringLiteral("app_1"));
    QVERIFY(cards.apply(movedAway));

    sync::EntityChanges shownRemoved;
    shownRemoved.addRemoved(QStringLiteral("application"), QStringLiteral("app_2"));
    QVERIFY(cards.apply(shownRemoved));

    sync::EntityChanges shownCandidate;
    shownCandidate.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_2"));
    QVERIFY(cards.apply(shownCandidate));

    sync::EntityChanges otherCandidate;
    otherCandidate.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_4"));
    QVERIFY(!cards.apply(otherCandidate));

    sync::EntityChanges scoreOfShown;
    scoreOfShown.addWritten(QStringLiteral("ai_insight"), QStringLiteral("ai_1"));
    QVERIFY(cards.apply(scoreOfShown));

    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_5"), QStringLiteral("app_5"), 50)));
    sync::EntityChanges scoreElsewhere;
    scoreElsewhere.addWritten(QStringLiteral("ai_insight"), QStringLiteral("ai_5"));
    QVERIFY(!cards.apply(scoreElsewhere));

    // A new order forgets what was shown.
    cards.setOrder(StageCards::Order::MatchScore);
    QVERIFY(!cards.apply(shownCandidate));
}

StageCards::Narrowing everyCondition() {
    StageCards::Narrowing n;
    n.match = CandidateSearch::matchExpression(QStringLiteral("ay"));
    n.tag = QStringLiteral("qt");
    n.source = QStringLiteral("referral");
    n.minScore = 10;
    n.maxScore = 90;
    n.minDays = 2;
    n.maxDays = 30;
    return n;
}

// A narrowed column is still its order's index range read in order (no sort of the stage's
// cards, no sort of the search's hits): the narrowing is checked on each card of the range.
void TestStageCards::narrowedQueriesWalkTheIndex_data() {
    everyOrderWalksItsIndex_data();
}

void TestStageCards::narrowedQueriesWalkTheIndex() {
    QFETCH(StageCards::Order, order);
    QFETCH(bool, afterCursor);
    QFETCH(QString, index);
    StageCards::registerFunctions(&m_db);
    StageCards::Narrowing searchOnly;
    searchOnly.match = CandidateSearch::matchExpression(QStringLiteral("ayşe y"));
    for (const StageCards::Narrowing &n : {searchOnly, everyCondition()}) {
        const QString text =
            queryPlan(m_db, StageCards::pageSql(order, afterCursor, n)).join(QLatin1Char('\n'));
        QVERIFY2(
            text.contains(QLatin1String("USING INDEX ") + index + QLatin1String(" (stage_id=? AND status=?")),
            qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("error")), qPrintable(text));
    }
    // Few hits: driven from them through applications_candidate; sorting those few is the point.
    searchOnly.fewHits = true;
    const QString few =
        queryPlan(m_db, StageCards::pageSql(order, afterCursor, searchOnly)).join(QLatin1Char('\n'));
    QVERIFY2(few.contains(QLatin1String("applications_candidate")), qPrintable(few));
    const QString count = queryPlan(m_db, StageCards::countSql(everyCondition())).join(QLatin1Char('\n'));
    QVERIFY2(count.contains(QLatin1String(" (stage_id=? AND status=?")), qPrintable(count));
    QVERIFY2(!count.contains(QLatin1String("TEMP B-TREE")), qPrintable(count));
    // Counting the search's hits, a tag from the search index or a score range reads an index
    // of the stage only, never the applications' rows (schema 9).
    StageCards::Narrowing hitsAndScore;
    hitsAndScore.match = searchOnly.match;
    hitsAndScore.hits = std::make_shared<const SearchHits>(QList<qint64>{1, 2, 3});
    hitsAndScore.tag = QStringLiteral("qt");
    hitsAndScore.minScore = 10;
    for (bool tagFromIndex : {false, true}) {
        StageCards::Narrowing n = hitsAndScore;
        if (!tagFromIndex)
            n.tag.clear();
        const QString covered =
            queryPlan(m_db, StageCards::countSql(n, tagFromIndex)).join(QLatin1Char('\n'));
        QVERIFY2(covered.contains(QLatin1String("COVERING INDEX applications_board_candidate (stage_id=? AND "
                                                "status=?")),
                 qPrintable(covered));
    }
}

// Narrowed pages (after a cursor, every order) and counts are exactly the cards the row rule
// keeps when the whole column is read: the search's hits (CandidateSearch), a tag in any case
// (Turkish and German letters too), the source, the score range and whole days in stage.
void TestStageCards::narrowedPagesAreTheRowRule() {
    sync::EntityStore store(&m_db);
    const QString stage = QStringLiteral("stage_n");
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-01T12:00:00Z"), Qt::ISODate);
    const QStringList firsts = {QStringLiteral("Ayşe"), QStringLiteral("Ayla"), QStringLiteral("Mehmet"),
                                QStringLiteral("Aylin"), QString()};
    const QStringList lasts = {QStringLiteral("Yılmaz"), QStringLiteral("Kaya"), QStringLiteral("Ayhan"),
                               QStringLiteral("Öztürk"), QString()};
    const QList<QStringList> tags = {{QStringLiteral("Qt"), QStringLiteral("uzaktan çalışma")},
                                     {QStringLiteral("QT6"), QStringLiteral("Straße")},
                                     {QStringLiteral("Çalışkan"), QStringLiteral("qt")},
                                     {QStringLiteral("ÜBERSETZUNG"), QStringLiteral("İstanbul")},
                                     {}};
    const QStringList sources = {QStringLiteral("referral"), QStringLiteral("LinkedIn"),
                                 QStringLiteral("Referral"), QStringLiteral("agency")};
    QHash<QString, QString> sourceOf;
    for (int i = 0; i < 60; ++i) {
        const QString app = QStringLiteral("app_n%1").arg(i, 2, 10, QLatin1Char('0'));
        const QString cand = QStringLiteral("cand_n%1").arg(i, 2, 10, QLatin1Char('0'));
        QJsonObject c = candidate(cand, firsts[i % firsts.size()], lasts[(i / 2) % lasts.size()],
                                  tags[(i / 3) % tags.size()]);
        c.insert(QStringLiteral("source"), sources[i % sources.size()]);
        sourceOf.insert(cand, sources[i % sources.size()]);
        QVERIFY(put(store, QStringLiteral("candidate"), c));
        // Whole days, fractions, an offset, a time after `now`, none.
        QString entered;
        switch (i % 6) {
        case 0:
            entered = now.addSecs(-qint64(i) * 86400 / 2).toString(Qt::ISODate);
            break;
        case 1:
            entered = now.addSecs(-qint64(i) * 86400 - 1).toString(Qt::ISODateWithMs);
            break;
        case 2:
            entered = now.addSecs(-qint64(i % 40) * 86400).toOffsetFromUtc(3 * 3600).toString(Qt::ISODate);
            break;
        case 3:
            entered = now.addSecs(3600).toString(Qt::ISODate);
            break;
        case 4:
            entered = now.addSecs(-qint64(i / 2) * 86400 + 1).toString(Qt::ISODate);
            break;
        default:
            break;
        }
        QVERIFY(put(store, QStringLiteral("application"), application(app, cand, Pipe, stage, entered)));
        if (i % 5 != 0)
            QVERIFY(put(store, QStringLiteral("ai_insight"),
                        matchScore(QStringLiteral("ai_n%1").arg(i), app, (i * 13) % 101)));
    }

    struct Case {
        const char *name;
        QString search;
        StageCards::Narrowing n;
    };
    QList<Case> cases;
    const auto add = [&cases](const char *name, const QString &search, auto set) {
        StageCards::Narrowing n;
        n.match = CandidateSearch::matchExpression(search);
        set(n);
        cases.append(Case{name, search, n});
    };
    add("search ay", QStringLiteral("ay"), [](StageCards::Narrowing &) {});
    add("search ayşe y", QStringLiteral("ayşe y"), [](StageCards::Narrowing &) {});
    add("search without hits", QStringLiteral("zzzq"), [](StageCards::Narrowing &) {});
    add("tag qt", QString(), [](StageCards::Narrowing &n) { n.tag = QStringLiteral("QT"); });
    add("tag ÇALIŞKAN", QString(), [](StageCards::Narrowing &n) { n.tag = QStringLiteral("çALIŞKAN"); });
    add("tag übersetzung", QString(),
        [](StageCards::Narrowing &n) { n.tag = QStringLiteral("übersetzung"); });
    // Turkish and German case rules (StageCards::fold): I/ı/İ/i are one letter, ß is ss.
    add("tag istanbul", QString(), [](StageCards::Narrowing &n) { n.tag = QStringLiteral("istanbul"); });
    add("tag ISTANBUL", QString(), [](StageCards::Narrowing &n) { n.tag = QStringLiteral("ISTANBUL"); });
    add("tag STRASSE", QString(), [](StageCards::Narrowing &n) { n.tag = QStringLiteral("STRASSE"); });
    // The search index finds the words of a longer tag too ("uzaktan çalışma"); only whole tags
    // count. Without a word, the index cannot help.
    add("tag within a longer tag", QString(),
        [](StageCards::Narrowing &n) { n.tag = QStringLiteral("uzaktan"); });
    add("tag without a word", QString(), [](StageCards::Narrowing &n) { n.tag = QStringLiteral("++"); });
    add("source", QString(), [](StageCards::Narrowing &n) { n.source = QStringLiteral("REFERRAL"); });
    add("score", QString(), [](StageCards::Narrowing &n) {
        n.minScore = 20;
        n.maxScore = 70;
    });
    add("days", QString(), [](StageCards::Narrowing &n) {
        n.minDays = 3;
        n.maxDays = 20;
    });
    add("days from 0", QString(), [](StageCards::Narrowing &n) { n.maxDays = 0; });
    add("all", QStringLiteral("ay"), [](StageCards::Narrowing &n) {
        n.tag = QStringLiteral("qt");
        n.minScore = 1;
        n.minDays = 1;
    });

    // Each search again with the few-hits plan (driven from the hits, then sorted).
    for (qsizetype i = 0, n = cases.size(); i < n; ++i) {
        if (cases.at(i).n.match.isEmpty())
            continue;
        Case few = cases.at(i);
        few.n.fewHits = true;
        cases.append(few);
        // And with the hits read once (CandidateSearch::hits), as the board passes them.
        Case shared = cases.at(i);
        CandidateSearch search(&m_db);
        search.setText(shared.search);
        shared.n.hits = search.hits();
        QVERIFY(shared.n.hits);
        cases.append(shared);
    }

    StageCards all(&m_db, stage);
    const QList<StageCard> everyCard = all.fetch(0, 1000, now);
    QCOMPARE(everyCard.size(), 60);
    for (const Case &c : std::as_const(cases)) {
        // The row rule: what the board did in C++ after reading the whole column.
        QSet<QString> hits;
        if (!c.n.match.isEmpty()) {
            CandidateSearch search(&m_db);
            search.setText(c.search);
            for (const SearchHit &hit : search.fetch(100000))
                hits.insert(hit.candidateId);
        }
        const auto keeps = [&](const StageCard &card) {
            if (!c.n.match.isEmpty() && !hits.contains(card.candidateId))
                return false;
            if (!c.n.tag.isEmpty() &&
                std::none_of(card.tags.cbegin(), card.tags.cend(), [&c](const QString &t) {
                    return StageCards::fold(t) == StageCards::fold(c.n.tag);
                }))
                return false;
            if (!c.n.source.isEmpty() &&
                StageCards::fold(sourceOf.value(card.candidateId)) != StageCards::fold(c.n.source))
                return false;
            if (c.n.minScore || c.n.maxScore) {
                if (!card.matchScore || (c.n.minScore && *card.matchScore < *c.n.minScore) ||
                    (c.n.maxScore && *card.matchScore > *c.n.maxScore))
                    return false;
            }
            if (c.n.minDays || c.n.maxDays) {
                if (card.daysInStage < 0 || (c.n.minDays && card.daysInStage < *c.n.minDays) ||
                    (c.n.maxDays && card.daysInStage > *c.n.maxDays))
                    return false;
            }
            return true;
        };
        for (const StageCards::Order order :
             {StageCards::Order::TimeInStage, StageCards::Order::CandidateName,
              StageCards::Order::MatchScore}) {
            all.setOrder(order);
            QStringList want;
            for (const StageCard &card : all.fetch(0, 1000, now))
                if (keeps(card))
                    want.append(card.applicationId);
            // Every tag case keeps some cards (İstanbul for "istanbul", Straße for "STRASSE").
            const bool keepsNone = QLatin1String(c.name).startsWith(QLatin1String("tag with"));
            QVERIFY2(c.n.tag.isEmpty() || !c.n.match.isEmpty() || want.isEmpty() == keepsNone, c.name);
            StageCards narrowed(&m_db, stage);
            narrowed.setOrder(order);
            narrowed.setNarrowing(c.n);
            QStringList got;
            std::optional<StageCards::Cursor> after;
            int pages = 0;
            do {
                const StageCards::Page page = narrowed.fetchAfter(after, 7, now);
                QVERIFY2(narrowed.lastError().isEmpty(), qPrintable(narrowed.lastError()));
                got += ids(page.cards);
                after = page.next;
            } while (after && ++pages < 20);
            QVERIFY2(got == want, qPrintable(QStringLiteral("%1: got %2, want %3")
                                                 .arg(QLatin1String(c.name), got.join(QLatin1Char(' ')),
                                                      want.join(QLatin1Char(' ')))));
            QCOMPARE(ids(narrowed.fetch(0, 1000, now)), want);
            QCOMPARE(narrowed.count(now), static_cast<int>(want.size()));
            QCOMPARE(busyStatements(m_db), 0);
            if (!c.n.tag.isEmpty()) {
                // While a first sync defers the search index, a tag is counted from the rows.
                QVERIFY(store::CacheSchema::deferSearchIndex(m_db));
                QCOMPARE(narrowed.count(now), static_cast<int>(want.size()));
                QVERIFY(m_db.exec("DELETE FROM settings WHERE key = 'search.deferred'"));
                QCOMPARE(busyStatements(m_db), 0);
            }
        }
        QVERIFY2(!c.n.tag.isEmpty() || c.n.match.isEmpty() || !hits.isEmpty() ||
                     QLatin1String(c.name) == QLatin1String("search without hits"),
                 c.name);
    }
}

// Narrowed by a search or a tag, the stage's other cards were never read: a candidate of the
// stage that now matches must still reach the column.
void TestStageCards::narrowedApplySeesCandidatesNotShown() {
    StageCards cards(&m_db, Screen);
    StageCards::Narrowing n;
    n.tag = QStringLiteral("c++");
    cards.setNarrowing(n);
    QCOMPARE(ids(cards.fetch(0, 10)), QStringList{QStringLiteral("app_1")});
    sync::EntityChanges stageCandidate;
    stageCandidate.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_2")); // app_2, not shown
    QVERIFY(cards.apply(stageCandidate));
    sync::EntityChanges otherCandidate;
    otherCandidate.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_4"));
    QVERIFY(!cards.apply(otherCandidate));
    n = {};
    n.match = CandidateSearch::matchExpression(QStringLiteral("çağla"));
    cards.setNarrowing(n);
    QCOMPARE(ids(cards.fetch(0, 10)), QStringList{QStringLiteral("app_1")});
    sync::EntityChanges note;
    note.addWritten(QStringLiteral("note"), QStringLiteral("note_1"));
    QVERIFY(cards.apply(note));
}

QTEST_GUILESS_MAIN(TestStageCards)
#include "tst_stagecards.moc"
