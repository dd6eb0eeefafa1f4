// StageCards on a real SQLCipher cache filled by EntityStore: the orders, paging, the card's
// fields (name, tags, days in stage, match score) and which commits affect a column.
#include "ReadTestUtil.h"
#include "core/read/StageCards.h"

#include <QTest>

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
    void applyReportsChangesOfTheColumn();

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

QTEST_GUILESS_MAIN(TestStageCards)
#include "tst_stagecards.moc"
