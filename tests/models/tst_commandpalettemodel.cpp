// CommandPaletteModel without a window: how typed text matches and ranks commands, and jobs and
// candidates from a real SQLCipher cache (the board's test pipeline, written as the sync writes
// it) through the local full-text search.
#include "core/read/CandidateDetail.h"
#include "models/CommandPaletteModel.h"
#include "tests/models/BoardTestUtil.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace hirex;
using namespace hirex::board::testutil;
using hirex::models::CommandPaletteModel;
using hirex::models::PaletteEntry;
using Kind = hirex::models::PaletteEntry::Kind;

namespace {

QList<PaletteEntry> commands() {
    return {
        {Kind::Action, QStringLiteral("0"), QStringLiteral("Lock"), QStringLiteral("Ctrl+L")},
        {Kind::Action, QStringLiteral("1"), QStringLiteral("Sign out"), {}},
        {Kind::Action, QStringLiteral("2"), QStringLiteral("Sign out and remove local data…"), {}},
        {Kind::Action, QStringLiteral("3"), QStringLiteral("Move to Next Stage"),
         QStringLiteral("Alt+Right")},
        {Kind::Action, QStringLiteral("4"), QStringLiteral("Keyboard Shortcuts"), QStringLiteral("F1")},
        {Kind::Section, QStringLiteral("0"), QStringLiteral("Go to Board"), QStringLiteral("Ctrl+1")},
        {Kind::Section, QStringLiteral("1"), QStringLiteral("Go to Candidates"), QStringLiteral("Ctrl+2")}};
}

QStringList titles(const CommandPaletteModel &m) {
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.index(row).data().toString());
    return out;
}

} // namespace

class TestCommandPaletteModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scoresFollowTheKindOfMatch();
    void foldingIgnoresCaseAndAccents();
    void commandsRankByMatch();
    void emptyQueryListsEveryCommand();
    void jobsAndCandidatesComeFromTheCache();
    void aWithheldNameShowsTheAnonymisedLabel();
    void candidateHitsAreLimited();
    void closingTheCacheDropsJobsAndCandidates();
};

void TestCommandPaletteModel::scoresFollowTheKindOfMatch() {
    const QString text = QStringLiteral("Move to Next Stage");
    const int exact = CommandPaletteModel::matchScore(QStringLiteral("move to next stage"), text);
    const int prefix = CommandPaletteModel::matchScore(QStringLiteral("move"), text);
    const int words = CommandPaletteModel::matchScore(QStringLiteral("mo ne"), text);
    const int substring = CommandPaletteModel::matchScore(QStringLiteral("ext sta"), text);
    const int fuzzy = CommandPaletteModel::matchScore(QStringLiteral("mvnx"), text);
    QVERIFY(exact > prefix);
    QVERIFY(prefix > words);
    QVERIFY(words > substring);
    QVERIFY(substring > fuzzy);
    QVERIFY(fuzzy > 0);
    QCOMPARE(CommandPaletteModel::matchScore(QStringLiteral("xyz"), text), -1);
    // Letters out of order are no match.
    QCOMPARE(CommandPaletteModel::matchScore(QStringLiteral("egats"), text), -1);
    QCOMPARE(CommandPaletteModel::matchScore(QString(), text), 0);
    // Word starts beat letters inside words.
    QVERIFY(CommandPaletteModel::matchScore(QStringLiteral("ns"), text) >
            CommandPaletteModel::matchScore(QStringLiteral("oe"), text));
}

void TestCommandPaletteModel::foldingIgnoresCaseAndAccents() {
    QCOMPARE(CommandPaletteModel::fold(QStringLiteral("Schäfer")), QStringLiteral("schafer"));
    QCOMPARE(CommandPaletteModel::fold(QStringLiteral("Yılmaz İnce")), QStringLiteral("yilmaz ince"));
    QVERIFY(CommandPaletteModel::matchScore(QStringLiteral("schaf"), QStringLiteral("Lena Schäfer")) > 0);
    QVERIFY(CommandPaletteModel::matchScore(QStringLiteral("YILM"), QStringLiteral("Ahmet Yılmaz")) > 0);
}

void TestCommandPaletteModel::commandsRankByMatch() {
    CommandPaletteModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setCommands(commands());
    m.setQuery(QStringLiteral("sign"));
    // Both begin with it; the shorter first. Nothing else holds s-i-g-n in order.
    QCOMPARE(titles(m),
             (QStringList{QStringLiteral("Sign out"), QStringLiteral("Sign out and remove local data…")}));
    m.setQuery(QStringLiteral("go ca"));
    QCOMPARE(titles(m).value(0), QStringLiteral("Go to Candidates"));
    QCOMPARE(m.index(0).data(CommandPaletteModel::KindRole).toInt(), int(Kind::Section));
    QCOMPARE(m.index(0).data(CommandPaletteModel::IdRole).toString(), QStringLiteral("1"));
    QCOMPARE(m.index(0).data(CommandPaletteModel::DetailRole).toString(), QStringLiteral("Ctrl+2"));
    m.setQuery(QStringLiteral("next"));
    QCOMPARE(titles(m).value(0), QStringLiteral("Move to Next Stage"));
    QCOMPARE(m.entry(0).detail, QStringLiteral("Alt+Right"));
    m.setQuery(QStringLiteral("kbs"));
    QCOMPARE(titles(m).value(0), QStringLiteral("Keyboard Shortcuts"));
    m.setQuery(QStringLiteral("qqq"));
    QCOMPARE(m.rowCount(), 0);
}

void TestCommandPaletteModel::emptyQueryListsEveryCommand() {
    CommandPaletteModel m;
    m.setCommands(commands());
    QCOMPARE(m.rowCount(), commands().size());
    // In the order they were given: the window's menus first.
    QCOMPARE(titles(m).value(0), QStringLiteral("Lock"));
}

void TestCommandPaletteModel::jobsAndCandidatesComeFromTheCache() {
    QTemporaryDir dir;
    store::SqlCipherDatabase db;
    QVERIFY(openCache(db, dir));
    fillBoard(db);
    {
        sync::EntityStore store(&db);
        QVERIFY(put(store, QStringLiteral("job"),
                    jobJson(QStringLiteral("job_pipe_A"), QStringLiteral("Backend engineer"),
                            QStringLiteral("pipe_A"))));
        QVERIFY(put(
            store, QStringLiteral("job"),
            jobJson(QStringLiteral("job_lead"), QStringLiteral("Lead designer"), QStringLiteral("pipe_A"))));
    }
    CommandPaletteModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setCommands(commands());
    m.setDatabase(&db);
    // No query: commands and jobs, never every candidate.
    QCOMPARE(m.rowCount(), commands().size() + 2);
    m.setQuery(QStringLiteral("backend"));
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.entry(0).kind, Kind::Job);
    QCOMPARE(m.entry(0).id, QStringLiteral("job_pipe_A"));
    QCOMPARE(m.entry(0).detail, QStringLiteral("Job · Engineering"));

    // A prefix of a surname, with the accent left out: the FTS index and the ranking agree.
    m.setQuery(QStringLiteral("schaf"));
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.entry(0).kind, Kind::Candidate);
    QCOMPARE(m.entry(0).id, QStringLiteral("cand_1"));
    QCOMPARE(m.entry(0).title, QStringLiteral("Lena Schäfer"));
    // "le": the job "Lead designer" begins with it, Lena too; a job and a candidate both listed.
    m.setQuery(QStringLiteral("le"));
    QVERIFY(titles(m).contains(QStringLiteral("Lead designer")));
    QVERIFY(titles(m).contains(QStringLiteral("Lena Schäfer")));
    // A candidate found by a tag, not by the name: listed, below name matches.
    m.setQuery(QStringLiteral("java"));
    QCOMPARE(titles(m), QStringList{QStringLiteral("Ahmet Yılmaz")});
    m.setQuery(QStringLiteral("ahm"));
    const int byName = m.index(0).data(CommandPaletteModel::ScoreRole).toInt();
    m.setQuery(QStringLiteral("java"));
    QVERIFY(m.index(0).data(CommandPaletteModel::ScoreRole).toInt() < byName);
    // FTS syntax typed by a person is plain words.
    m.setQuery(QStringLiteral("\"ahmet* OR"));
    QVERIFY(m.lastError().isEmpty());
}

void TestCommandPaletteModel::aWithheldNameShowsTheAnonymisedLabel() {
    QTemporaryDir dir;
    store::SqlCipherDatabase db;
    QVERIFY(openCache(db, dir));
    fillBoard(db);
    CommandPaletteModel m;
    m.setDatabase(&db);
    // cand_3xyz42's name is withheld; the index still knows its e-mail-less row by its tags/skills.
    m.setQuery(QStringLiteral("qt 6"));
    const QStringList shown = titles(m);
    QVERIFY2(shown.contains(read::CandidateDetail::anonymisedLabel(QStringLiteral("cand_3xyz42"))),
             qPrintable(shown.join(QLatin1Char('|'))));
    for (const QString &t : shown)
        QVERIFY(!t.isEmpty());
}

void TestCommandPaletteModel::candidateHitsAreLimited() {
    QTemporaryDir dir;
    store::SqlCipherDatabase db;
    QVERIFY(openCache(db, dir));
    {
        sync::EntityStore store(&db);
        for (int i = 0; i < CommandPaletteModel::CandidateLimit + 15; ++i)
            QVERIFY(put(store, QStringLiteral("candidate"),
                        candidate(QStringLiteral("cand_many_%1").arg(i), QStringLiteral("Deniz"),
                                  QStringLiteral("Kaya%1").arg(i))));
    }
    CommandPaletteModel m;
    m.setDatabase(&db);
    m.setQuery(QStringLiteral("den"));
    QCOMPARE(m.rowCount(), CommandPaletteModel::CandidateLimit);
}

void TestCommandPaletteModel::closingTheCacheDropsJobsAndCandidates() {
    QTemporaryDir dir;
    store::SqlCipherDatabase db;
    QVERIFY(openCache(db, dir));
    fillBoard(db);
    CommandPaletteModel m;
    m.setCommands(commands());
    m.setDatabase(&db);
    m.setQuery(QStringLiteral("lena"));
    QCOMPARE(m.rowCount(), 1);
    m.setDatabase(nullptr);
    QCOMPARE(m.rowCount(), 0);
    m.setQuery(QStringLiteral("lock"));
    QCOMPARE(titles(m), QStringList{QStringLiteral("Lock")});
}

QTEST_GUILESS_MAIN(TestCommandPaletteModel)
#include "tst_commandpalettemodel.moc"
