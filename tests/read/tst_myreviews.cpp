// MyReviews on a real SQLCipher cache filled by EntityStore: only the signed-in user's
// scorecards, drafts first (oldest change first) then submitted ones (newest first), withheld
// identities by their anonymised label, the job and current stage, and which commits change
// the rows.
#include "ReadTestUtil.h"
#include "core/read/MyReviews.h"

#include <QTest>

#include <memory>

using namespace hirex;
using namespace hirex::read;
using namespace hirex::read::testutil;

namespace {

const QString Me = QStringLiteral("usr_me00001");
const QString Other = QStringLiteral("usr_other01");
const QString Pipe = QStringLiteral("pipe_A");

QStringList ids(const QList<ReviewRow> &rows) {
    QStringList result;
    for (const ReviewRow &row : rows)
        result.append(row.evaluationId);
    return result;
}

} // namespace

class TestMyReviews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsOnlyTheAuthorsScorecardsDraftsFirst();
    void rowsNameCandidateJobStageAndRecommendation();
    void withheldIdentityShowsTheAnonymisedLabel();
    void unknownAuthorListsNothing();
    void aSubmittedDraftMovesToTheSubmittedOnes();
    void changesThatAffectTheRows();
    void readsTheAuthorsScorecardsThroughTheirIndex();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    store::SqlCipherDatabase m_db;
};

void TestMyReviews::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(openCache(m_db, *m_dir));
    sync::EntityStore store(&m_db);
    QVERIFY(putTwoApplicants(store, Pipe, QStringLiteral("Qt-Entwickler:in"),
                             QStringLiteral("Ön değerlendirme")));
    // Mine: two drafts and two submitted ones, out of order; one of someone else's names me in
    // a comment, which must not make it mine.
    QVERIFY(put(store, QStringLiteral("evaluation"),
                scorecard(QStringLiteral("eval_d_new"), QStringLiteral("app_1"), Me, false,
                          QStringLiteral("2026-03-05T10:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("evaluation"),
                scorecard(QStringLiteral("eval_s_old"), QStringLiteral("app_2"), Me, true,
                          QStringLiteral("2026-03-02T10:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("evaluation"),
                scorecard(QStringLiteral("eval_d_old"), QStringLiteral("app_2"), Me, false,
                          QStringLiteral("2026-03-03T10:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("evaluation"),
                scorecard(QStringLiteral("eval_s_new"), QStringLiteral("app_1"), Me, true,
                          QStringLiteral("2026-03-04T10:00:00Z"))));
    QJsonObject others = scorecard(QStringLiteral("eval_other"), QStringLiteral("app_1"), Other, true,
                                   QStringLiteral("2026-03-06T10:00:00Z"));
    others.insert(QStringLiteral("summary"), QString(QStringLiteral("Agreed with ") + Me));
    QVERIFY(put(store, QStringLiteral("evaluation"), others));
}

void TestMyReviews::cleanup() {
    m_db.close();
    m_dir.reset();
}

void TestMyReviews::listsOnlyTheAuthorsScorecardsDraftsFirst() {
    MyReviews reviews(&m_db);
    reviews.setAuthor(Me);
    const QList<ReviewRow> rows = reviews.fetch();
    QVERIFY2(reviews.lastError().isEmpty(), qPrintable(reviews.lastError()));
    QCOMPARE(ids(rows), QStringList({QStringLiteral("eval_d_old"), QStringLiteral("eval_d_new"),
                                     QStringLiteral("eval_s_new"), QStringLiteral("eval_s_old")}));
    QCOMPARE(busyStatements(m_db), 0);

    reviews.setAuthor(Other);
    QCOMPARE(ids(reviews.fetch()), QStringList{QStringLiteral("eval_other")});
}

void TestMyReviews::rowsNameCandidateJobStageAndRecommendation() {
    MyReviews reviews(&m_db);
    reviews.setAuthor(Me);
    const QList<ReviewRow> rows = reviews.fetch();
    QCOMPARE(rows.size(), 4);
    const ReviewRow &draft = rows.at(0);
    QCOMPARE(draft.candidateId, QStringLiteral("cand_2"));
    QCOMPARE(draft.applicationId, QStringLiteral("app_2"));
    QCOMPARE(draft.candidateName, QStringLiteral("Lena Schäfer"));
    QVERIFY(draft.anonymisedLabel.isEmpty());
    QCOMPARE(draft.jobTitle, QStringLiteral("Qt-Entwickler:in"));
    QCOMPARE(draft.stageName, QStringLiteral("Ön değerlendirme"));
    QVERIFY(!draft.submitted);
    QVERIFY(draft.overall.isEmpty());
    QCOMPARE(draft.updatedAt, QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC));
    const ReviewRow &submitted = rows.at(2);
    QCOMPARE(submitted.candidateName, QStringLiteral("Ayşe Yılmaz"));
    QCOMPARE(submitted.stageName, QStringLiteral("Interview"));
    QVERIFY(submitted.submitted);
    QCOMPARE(submitted.overall, QStringLiteral("strong_yes"));
}

void TestMyReviews::withheldIdentityShowsTheAnonymisedLabel() {
    sync::EntityStore store(&m_db);
    QJsonObject blind = candidate(QStringLiteral("cand_2"), QString(), QString(), {}, 2);
    blind.insert(QStringLiteral("anonymised_label"), QStringLiteral("Aday #4711"));
    QVERIFY(put(store, QStringLiteral("candidate"), blind));
    MyReviews reviews(&m_db);
    reviews.setAuthor(Me);
    const QList<ReviewRow> rows = reviews.fetch();
    QCOMPARE(rows.at(0).candidateId, QStringLiteral("cand_2"));
    QVERIFY(rows.at(0).candidateName.isEmpty());
    QCOMPARE(rows.at(0).anonymisedLabel, QStringLiteral("Aday #4711"));
}

void TestMyReviews::unknownAuthorListsNothing() {
    MyReviews reviews(&m_db);
    QVERIFY(reviews.fetch().isEmpty());
    reviews.setAuthor(QStringLiteral("usr_nobody"));
    QVERIFY(reviews.fetch().isEmpty());
    QVERIFY(reviews.lastError().isEmpty());
}

void TestMyReviews::aSubmittedDraftMovesToTheSubmittedOnes() {
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("evaluation"),
                scorecard(QStringLiteral("eval_d_old"), QStringLiteral("app_2"), Me, true,
                          QStringLiteral("2026-03-07T10:00:00Z"), 2)));
    MyReviews reviews(&m_db);
    reviews.setAuthor(Me);
    QCOMPARE(ids(reviews.fetch()), QStringList({QStringLiteral("eval_d_new"), QStringLiteral("eval_d_old"),
                                                QStringLiteral("eval_s_new"), QStringLiteral("eval_s_old")}));
}

void TestMyReviews::changesThatAffectTheRows() {
    MyReviews reviews(&m_db);
    reviews.setAuthor(Me);
    reviews.fetch();
    const auto written = [](const QString &kind, const QString &id) {
        sync::EntityChanges c;
        c.addWritten(kind, id);
        return c;
    };
    // Scorecards: a shown one, a new one of mine; not someone else's, nor one that is not cached.
    QVERIFY(reviews.apply(written(QStringLiteral("evaluation"), QStringLiteral("eval_s_old"))));
    QVERIFY(!reviews.apply(written(QStringLiteral("evaluation"), QStringLiteral("eval_other"))));
    QVERIFY(!reviews.apply(written(QStringLiteral("evaluation"), QStringLiteral("eval_not_cached"))));
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("evaluation"),
                scorecard(QStringLiteral("eval_mine_new"), QStringLiteral("app_1"), Me, false,
                          QStringLiteral("2026-03-08T10:00:00Z"))));
    QVERIFY(reviews.apply(written(QStringLiteral("evaluation"), QStringLiteral("eval_mine_new"))));
    QCOMPARE(busyStatements(m_db), 0);
    sync::EntityChanges removedOthers;
    removedOthers.addRemoved(QStringLiteral("evaluation"), QStringLiteral("eval_other"));
    QVERIFY(!reviews.apply(removedOthers));
    sync::EntityChanges removedMine;
    removedMine.addRemoved(QStringLiteral("evaluation"), QStringLiteral("eval_d_old"));
    QVERIFY(reviews.apply(removedMine));
    QVERIFY(reviews.apply(written(QStringLiteral("candidate"), QStringLiteral("cand_1"))));
    QVERIFY(reviews.apply(written(QStringLiteral("application"), QStringLiteral("app_2"))));
    QVERIFY(reviews.apply(written(QStringLiteral("job"), QStringLiteral("job_pipe_A"))));
    QVERIFY(reviews.apply(written(QStringLiteral("pipeline"), Pipe)));
    QVERIFY(!reviews.apply(written(QStringLiteral("candidate"), QStringLiteral("cand_unrelated"))));
    QVERIFY(!reviews.apply(written(QStringLiteral("note"), QStringLiteral("note_1"))));
    sync::EntityChanges removed;
    removed.addRemoved(QStringLiteral("candidate"), QStringLiteral("cand_2"));
    QVERIFY(reviews.apply(removed));
    sync::EntityChanges all;
    all.everything = true;
    QVERIFY(reviews.apply(all));
}

// Schema 10: the author is a column with an index, so a list of one's own scorecards reads
// nothing of the other reviewers' (before, every scorecard's JSON was searched: about 0.2 s on
// the GUI thread at 100,000 candidates).
void TestMyReviews::readsTheAuthorsScorecardsThroughTheirIndex() {
    const QString text = queryPlan(m_db, MyReviews::rowsSql()).join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QLatin1String("USING INDEX evaluations_author (author_id=?)")), qPrintable(text));
    QCOMPARE(m_db.queryString("SELECT author_id FROM evaluations WHERE id = 'eval_other'"), Other);
}

QTEST_GUILESS_MAIN(TestMyReviews)
#include "tst_myreviews.moc"
