// CandidateSearch on a real SQLCipher cache filled by EntityStore: prefix search in every
// searched column, user input that is never FTS syntax, Turkish ı/İ folding as the index does
// it, the deferred index, and which commits change the hits.
#include "ReadTestUtil.h"
#include "core/read/CandidateSearch.h"
#include "core/store/CacheSchema.h"

#include <QTest>

#include <algorithm>

using namespace hirex;
using namespace hirex::read;
using namespace hirex::read::testutil;

namespace {

QStringList ids(const QList<SearchHit> &hits) {
    QStringList result;
    for (const SearchHit &hit : hits)
        result.append(hit.candidateId);
    return result;
}

QJsonObject note(const QString &id, const QString &candidateId, const QString &body) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-03-01T18:00:00Z")},
                       {QStringLiteral("candidate_id"), candidateId},
                       {QStringLiteral("body"), body}};
}

} // namespace

class TestCandidateSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyTextIsNoFilter();
    void prefixInEveryColumn_data();
    void prefixInEveryColumn();
    void userInputIsNeverSyntax_data();
    void userInputIsNeverSyntax();
    void turkishFoldingMatchesTheIndex_data();
    void turkishFoldingMatchesTheIndex();
    void caseRulesAsTurkishAndGermanReadersExpect_data();
    void caseRulesAsTurkishAndGermanReadersExpect();
    void anOlderCacheAndARebuiltIndexFoldTheSameWay();
    void reportsADeferredIndex();
    void applyReportsChangesOfTheHits();
    void statementsAreResetAfterUse();
    void manyHitsAndFewHitsKeepTheNameOrder();

private:
    QStringList hits(const QString &text);

    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
};

void TestCandidateSearch::init() {
    QVERIFY(openCache(m_db, m_dir));
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_1"), QStringLiteral("Işıl"), QStringLiteral("İnce"),
                          {QStringLiteral("uzaktan çalışma"), QStringLiteral("c++")})));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_2"), QStringLiteral("Ada"), QStringLiteral("Aksoy"))));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_3"), QStringLiteral("Zeki"), QStringLiteral("Müren"))));
    QVERIFY(
        put(store, QStringLiteral("candidate"), candidate(QStringLiteral("cand_4"), QString(), QString())));
    QVERIFY(put(store, QStringLiteral("note"),
                note(QStringLiteral("note_1"), QStringLiteral("cand_3"),
                     QStringLiteral("İstanbul ofisinde görüşüldü"))));
}

void TestCandidateSearch::cleanup() {
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("read.db")));
    for (const QString &f :
         store::SqlCipherDatabase::companionFiles(m_dir.filePath(QStringLiteral("read.db"))))
        QFile::remove(f);
}

QStringList TestCandidateSearch::hits(const QString &text) {
    CandidateSearch search(&m_db);
    search.setText(text);
    const QList<SearchHit> found = search.fetch(50);
    if (!search.lastError().isEmpty())
        return {QStringLiteral("error: ") + search.lastError()};
    return ids(found);
}

void TestCandidateSearch::emptyTextIsNoFilter() {
    CandidateSearch search(&m_db);
    for (const QString &text : {QString(), QStringLiteral("  "), QStringLiteral("\"*-:()")}) {
        search.setText(text);
        QVERIFY(!search.isFilter());
        // By last name, İnce among the I names (CacheSchema::sortName); the withheld name last.
        const QList<SearchHit> found = search.fetch(50);
        QCOMPARE(ids(found), (QStringList{QStringLiteral("cand_2"), QStringLiteral("cand_1"),
                                          QStringLiteral("cand_3"), QStringLiteral("cand_4")}));
        QCOMPARE(found.at(0).displayName, QStringLiteral("Ada Aksoy"));
        QVERIFY(found.at(3).displayName.isEmpty());
    }
    search.setText(QString());
    QCOMPARE(search.fetch(2).size(), 2);
}

void TestCandidateSearch::prefixInEveryColumn_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("first name prefix") << QStringLiteral("ad") << QStringList{QStringLiteral("cand_2")};
    QTest::newRow("last name, case") << QStringLiteral("MÜR") << QStringList{QStringLiteral("cand_3")};
    QTest::newRow("diacritics folded") << QStringLiteral("muren") << QStringList{QStringLiteral("cand_3")};
    QTest::newRow("two words, both needed")
        << QStringLiteral("ada aks") << QStringList{QStringLiteral("cand_2")};
    QTest::newRow("two words, one missing") << QStringLiteral("ada müren") << QStringList{};
    QTest::newRow("email") << QStringLiteral("zeki@example") << QStringList{QStringLiteral("cand_3")};
    QTest::newRow("tag") << QStringLiteral("uzakt") << QStringList{QStringLiteral("cand_1")};
    QTest::newRow("skill, everyone") << QStringLiteral("qt")
                                     << QStringList{QStringLiteral("cand_2"), QStringLiteral("cand_1"),
                                                    QStringLiteral("cand_3"), QStringLiteral("cand_4")};
    QTest::newRow("note") << QStringLiteral("ofis") << QStringList{QStringLiteral("cand_3")};
    QTest::newRow("nothing") << QStringLiteral("xyzzy") << QStringList{};
}

void TestCandidateSearch::prefixInEveryColumn() {
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(hits(text), expected);
}

void TestCandidateSearch::userInputIsNeverSyntax_data() {
    // Each input would mean something else to FTS4: read as syntax, these find other rows
    // (or fail to parse); as plain words, they find what the words find.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("minus is not NOT")
        << QStringLiteral("ada -aksoy") << QStringList{QStringLiteral("cand_2")};
    QTest::newRow("OR is a word") << QStringLiteral("ada OR zeki") << QStringList{};
    QTest::newRow("NEAR is a word") << QStringLiteral("ada NEAR aksoy") << QStringList{};
    QTest::newRow("NEAR/n is a word") << QStringLiteral("ada NEAR/3 aksoy") << QStringList{};
    QTest::newRow("AND NOT are words") << QStringLiteral("ada AND NOT aksoy") << QStringList{};
    QTest::newRow("column filter") << QStringLiteral("name:ada") << QStringList{};
    QTest::newRow("column filter, tags") << QStringLiteral("tags:uzaktan") << QStringList{};
    QTest::newRow("unbalanced quote") << QStringLiteral("\"ada") << QStringList{QStringLiteral("cand_2")};
    QTest::newRow("quotes inside") << QStringLiteral("a\"d\"a") << QStringList{};
    QTest::newRow("star inside") << QStringLiteral("ad*ksoy") << QStringList{};
    QTest::newRow("star at the end") << QStringLiteral("mür*") << QStringList{QStringLiteral("cand_3")};
    QTest::newRow("parentheses") << QStringLiteral("(ada) (aksoy") << QStringList{QStringLiteral("cand_2")};
    QTest::newRow("caret and plus") << QStringLiteral("^ada +aksoy") << QStringList{QStringLiteral("cand_2")};
}

void TestCandidateSearch::userInputIsNeverSyntax() {
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(hits(text), expected);
}

void TestCandidateSearch::turkishFoldingMatchesTheIndex_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString isil = QStringLiteral("cand_1");
    QTest::newRow("name, dotless ı typed") << QStringLiteral("ışıl") << isil;
    QTest::newRow("name, ASCII typed") << QStringLiteral("isil") << isil;
    QTest::newRow("name, Turkish capitals") << QStringLiteral("IŞIL") << isil;
    QTest::newRow("surname, dotted İ typed") << QStringLiteral("İNCE") << isil;
    QTest::newRow("surname, lower case") << QStringLiteral("ince") << isil;
    // Before schema version 6 only the name column was folded: the tag and the note were
    // indexed with ı/İ while the query was folded, and these found nothing.
    QTest::newRow("tag with ı") << QStringLiteral("çalışma") << isil;
    QTest::newRow("tag, ASCII typed") << QStringLiteral("calisma") << isil;
    QTest::newRow("note with İ") << QStringLiteral("İstanbul") << QStringLiteral("cand_3");
    QTest::newRow("note, lower case") << QStringLiteral("istanb") << QStringLiteral("cand_3");
}

void TestCandidateSearch::turkishFoldingMatchesTheIndex() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(hits(text), QStringList{expected});
}

// What a Turkish or German user types finds the names however they are written: Turkish
// İ/i and I/ı in either case (a query is typed with the Turkish keyboard's letters or without
// them), ß as ss, and accents and the letters the sort rule folds (CacheSchema::sortName) as
// their base letters, prefix by prefix as the board narrows while one types.
void TestCandidateSearch::caseRulesAsTurkishAndGermanReadersExpect_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QStringList isik{QStringLiteral("cand_t1"), QStringLiteral("cand_t2"), QStringLiteral("cand_t3")};
    // cand_3's note says "İstanbul" too (init()).
    const QStringList istanbul{QStringLiteral("cand_3"), QStringLiteral("cand_t4")};
    const QStringList strasse{QStringLiteral("cand_g1"), QStringLiteral("cand_g2")};
    QTest::newRow("işık") << QStringLiteral("işık") << isik;
    QTest::newRow("IŞIK") << QStringLiteral("IŞIK") << isik;
    QTest::newRow("Işık") << QStringLiteral("Işık") << isik;
    QTest::newRow("ışık") << QStringLiteral("ışık") << isik;
    QTest::newRow("isik") << QStringLiteral("isik") << isik;
    QTest::newRow("ISIK") << QStringLiteral("ISIK") << isik;
    QTest::newRow("prefix ışı, Işıl too")
        << QStringLiteral("ışı") << (QStringList{QStringLiteral("cand_1")} + isik);
    QTest::newRow("istanbul") << QStringLiteral("istanbul") << istanbul;
    QTest::newRow("İSTANBUL") << QStringLiteral("İSTANBUL") << istanbul;
    QTest::newRow("İst") << QStringLiteral("İst") << istanbul;
    QTest::newRow("istanbul, decomposed İ") << QStringLiteral("I\u0307stanbul") << istanbul;
    QTest::newRow("öztürk") << QStringLiteral("öztürk") << QStringList{QStringLiteral("cand_t4")};
    QTest::newRow("OZTURK") << QStringLiteral("OZTURK") << QStringList{QStringLiteral("cand_t4")};
    QTest::newRow("strasse") << QStringLiteral("strasse") << strasse;
    QTest::newRow("straße") << QStringLiteral("straße") << strasse;
    QTest::newRow("STRASSE") << QStringLiteral("STRASSE") << strasse;
    QTest::newRow("STRAẞE") << QStringLiteral("STRAẞE") << strasse;
    QTest::newRow("prefix stras") << QStringLiteral("stras") << strasse;
    QTest::newRow("prefix straß") << QStringLiteral("straß") << strasse;
    QTest::newRow("prefix stra") << QStringLiteral("stra") << strasse;
    QTest::newRow("jurgen") << QStringLiteral("jurgen") << QStringList{QStringLiteral("cand_g1")};
    QTest::newRow("JÜRGEN") << QStringLiteral("JÜRGEN") << QStringList{QStringLiteral("cand_g1")};
    QTest::newRow("soren, ø") << QStringLiteral("soren") << QStringList{QStringLiteral("cand_g3")};
    QTest::newRow("ødegård") << QStringLiteral("ødegård") << QStringList{QStringLiteral("cand_g3")};
    QTest::newRow("odegard") << QStringLiteral("odegard") << QStringList{QStringLiteral("cand_g3")};
    QTest::newRow("alvarez") << QStringLiteral("alvarez") << QStringList{QStringLiteral("cand_g4")};
}

void TestCandidateSearch::caseRulesAsTurkishAndGermanReadersExpect() {
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    sync::EntityStore store(&m_db);
    const auto add = [&store](const char *id, const QString &first, const QString &last,
                              const QStringList &tags = {}) {
        QVERIFY(put(store, QStringLiteral("candidate"), candidate(QLatin1String(id), first, last, tags)));
    };
    add("cand_t1", QStringLiteral("IŞIK"), QStringLiteral("DEMİR"));
    add("cand_t2", QStringLiteral("Işık"), QStringLiteral("Yılmaz"));
    add("cand_t3", QStringLiteral("Ayşe"), QStringLiteral("Işık"));
    add("cand_t4", QStringLiteral("Çağrı"), QStringLiteral("ÖZTÜRK"), {QStringLiteral("İstanbul")});
    add("cand_g1", QStringLiteral("Jürgen"), QStringLiteral("Straße"));
    add("cand_g2", QStringLiteral("Anna"), QStringLiteral("Strasse"));
    add("cand_g3", QStringLiteral("Søren"), QStringLiteral("Ødegård"));
    add("cand_g4", QStringLiteral("José"), QStringLiteral("Álvarez"));
    QStringList got = hits(text);
    std::sort(got.begin(), got.end());
    QCOMPARE(got, expected);
}

// A cache of schema 7 indexed "Straße" and "Søren" unfolded; its upgrade rebuilds the index
// with the folding, and so does the first sync's bulk rebuild (rebuildSearchIndex).
void TestCandidateSearch::anOlderCacheAndARebuiltIndexFoldTheSameWay() {
    m_db.close();
    const QString path = m_dir.filePath(QStringLiteral("old.db"));
    const store::CacheKey key = store::CacheKey::generate();
    store::SqlCipherDatabase::Options options;
    options.migrations = store::CacheSchema::migrations().mid(0, 7);
    {
        store::SqlCipherDatabase old;
        QVERIFY(!old.open(path, key, options).isError());
        QCOMPARE(old.userVersion(), 7);
        sync::EntityStore store(&old);
        QVERIFY(
            put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_g1"), QStringLiteral("Jürgen"), QStringLiteral("Straße"))));
        QVERIFY(
            put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_g3"), QStringLiteral("Søren"), QStringLiteral("Ødegård"))));
        CandidateSearch search(&old);
        search.setText(QStringLiteral("strasse"));
        QVERIFY(search.fetch(10).isEmpty()); // what schema 7 did
    }
    options.migrations = store::CacheSchema::migrations();
    QVERIFY(!m_db.open(path, key, options).isError());
    QCOMPARE(m_db.userVersion(), store::CacheSchema::LatestVersion);
    QCOMPARE(hits(QStringLiteral("strasse")), QStringList{QStringLiteral("cand_g1")});
    QCOMPARE(hits(QStringLiteral("soren")), QStringList{QStringLiteral("cand_g3")});

    QVERIFY(store::CacheSchema::deferSearchIndex(m_db));
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_t1"), QStringLiteral("IŞIK"), QStringLiteral("Łukasiewicz"))));
    QVERIFY(store::CacheSchema::rebuildSearchIndex(m_db));
    QCOMPARE(hits(QStringLiteral("işık lukas")), QStringList{QStringLiteral("cand_t1")});
    QCOMPARE(hits(QStringLiteral("straße")), QStringList{QStringLiteral("cand_g1")});
}

void TestCandidateSearch::reportsADeferredIndex() {
    CandidateSearch search(&m_db);
    QVERIFY(search.indexComplete());
    QVERIFY(store::CacheSchema::deferSearchIndex(m_db));
    QVERIFY(!search.indexComplete());
    // Rows written meanwhile are not in the index yet...
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_5"), QStringLiteral("Deniz"), QStringLiteral("Kaya"))));
    QCOMPARE(hits(QStringLiteral("deniz")), QStringList{});
    // ...until the rebuild, which ends the deferral.
    QVERIFY(store::CacheSchema::rebuildSearchIndex(m_db));
    QVERIFY(search.indexComplete());
    QCOMPARE(hits(QStringLiteral("deniz")), QStringList{QStringLiteral("cand_5")});
    QCOMPARE(hits(QStringLiteral("çalışma")), QStringList{QStringLiteral("cand_1")});
}

void TestCandidateSearch::applyReportsChangesOfTheHits() {
    CandidateSearch search(&m_db);
    search.setText(QStringLiteral("ada"));
    QCOMPARE(ids(search.fetch(50)), QStringList{QStringLiteral("cand_2")});

    sync::EntityChanges none;
    QVERIFY(!search.apply(none));

    sync::EntityChanges unrelated;
    unrelated.addWritten(QStringLiteral("job"), QStringLiteral("job_1"));
    unrelated.addWritten(QStringLiteral("application"), QStringLiteral("app_1"));
    QVERIFY(!search.apply(unrelated));

    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_3"), QStringLiteral("Zeki"), QStringLiteral("Demir"), {}, 2)));
    sync::EntityChanges otherCandidate;
    otherCandidate.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_3"));
    QVERIFY(!search.apply(otherCandidate)); // not shown, and still no match

    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_5"), QStringLiteral("Adalet"), QStringLiteral("Kaya"))));
    sync::EntityChanges newMatch;
    newMatch.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_5"));
    QVERIFY(search.apply(newMatch));

    sync::EntityChanges shownRemoved;
    shownRemoved.addRemoved(QStringLiteral("candidate"), QStringLiteral("cand_2"));
    QVERIFY(search.apply(shownRemoved));

    sync::EntityChanges otherRemoved;
    otherRemoved.addRemoved(QStringLiteral("candidate"), QStringLiteral("cand_3"));
    QVERIFY(!search.apply(otherRemoved));

    sync::EntityChanges notes;
    notes.addWritten(QStringLiteral("note"), QStringLiteral("note_9"));
    QVERIFY(search.apply(notes));

    sync::EntityChanges all;
    all.everything = true;
    QVERIFY(search.apply(all));
}

void TestCandidateSearch::statementsAreResetAfterUse() {
    CandidateSearch search(&m_db);
    search.setText(QStringLiteral("a"));
    QVERIFY(!search.fetch(1).isEmpty());
    sync::EntityChanges changes;
    changes.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_3"));
    search.apply(changes);
    search.setText(QString());
    QVERIFY(!search.fetch(1).isEmpty());
    QCOMPARE(busyStatements(m_db), 0);
}

// Over 500 hits the search walks the name index instead of sorting every hit (see
// WalkTheIndexFromHits): both ways give the same page, in the same order.
void TestCandidateSearch::manyHitsAndFewHitsKeepTheNameOrder() {
    sync::EntityStore store(&m_db);
    const QStringList lasts = {QStringLiteral("Şahin"),  QStringLiteral("Sahin"), QStringLiteral("Öztürk"),
                               QStringLiteral("Müller"), QStringLiteral("Işık"),  QStringLiteral("Zorlu")};
    QList<QPair<QString, QString>> expected; // sort key, id
    for (int i = 0; i < 700; ++i) {
        const QString id = QStringLiteral("cand_m%1").arg(i, 3, 10, QLatin1Char('0'));
        const QString last = lasts[i % lasts.size()] + QString::number(i % 37);
        QVERIFY(put(store, QStringLiteral("candidate"), candidate(id, QStringLiteral("Aylin"), last)));
        expected.append({store::CacheSchema::sortName(QStringLiteral("Aylin"), last), id});
    }
    // Inserted in id order, so local_id (the tie-break) follows the id.
    std::sort(expected.begin(), expected.end());
    QStringList want;
    for (const auto &e : std::as_const(expected))
        want.append(e.second);

    CandidateSearch search(&m_db);
    search.setText(QStringLiteral("ayli"));
    QCOMPARE(ids(search.fetch(50)), want.mid(0, 50));
    QCOMPARE(ids(search.fetch(1000)), want);
    QVERIFY(search.lastError().isEmpty());
    // Few hits: fetched and sorted.
    search.setText(QStringLiteral("zeki"));
    QCOMPARE(ids(search.fetch(50)), QStringList{QStringLiteral("cand_3")});
    search.setText(QStringLiteral("zorlu3"));
    QStringList zorlu3; // Zorlu3 and Zorlu30 to Zorlu36, a prefix
    for (const auto &e : std::as_const(expected))
        if (e.first.startsWith(QLatin1String("0zorlu3")))
            zorlu3.append(e.second);
    QCOMPARE(ids(search.fetch(50)), zorlu3);
    QCOMPARE(busyStatements(m_db), 0);
}

QTEST_GUILESS_MAIN(TestCandidateSearch)
#include "tst_candidatesearch.moc"
