// CandidateDetailPresenter over a real SQLCipher cache (the board's test pipeline): what the
// small candidate view shows, the AI score marked as AI, consent and retention warnings, a
// withheld name, a candidate that is not cached, and forgetting it all when the cache closes.
#include "models/CandidateDetailPresenter.h"
#include "tests/models/BoardTestUtil.h"

#include <QSignalSpy>
#include <QTest>

using namespace hirex;
using namespace hirex::board::testutil;
using hirex::models::CandidateDetailPresenter;

class TestCandidateDetailPresenter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheCandidateWithTheAiScoreMarkedAsAi();
    void warnsAboutRetention();
    void aWithheldNameShowsTheLabel();
    void aCandidateNotCachedSaysSo();
    void followsTheWorkersChanges();
    void closingTheCacheForgetsTheCandidate();

private:
    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
    std::unique_ptr<CandidateDetailPresenter> m_p;
};

void TestCandidateDetailPresenter::init() {
    QVERIFY(openCache(m_db, m_dir));
    fillBoard(m_db);
    m_p = std::make_unique<CandidateDetailPresenter>();
    m_p->setNow(testNow());
    m_p->setDatabase(&m_db);
}

void TestCandidateDetailPresenter::cleanup() {
    m_p.reset();
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("read.db")));
}

void TestCandidateDetailPresenter::showsTheCandidateWithTheAiScoreMarkedAsAi() {
    QSignalSpy changed(m_p.get(), &CandidateDetailPresenter::changed);
    QVERIFY(m_p->load(QStringLiteral("cand_1")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_p->title(), QStringLiteral("Lena Schäfer"));
    QVERIFY(!m_p->nameWithheld());
    // The job is not cached in this pipeline's test set: the stage still shows.
    QCOMPARE(m_p->stageText(), QStringLiteral("Unknown job · Sourced"));
    QCOMPARE(m_p->tags(), (QStringList{QStringLiteral("qt"), QStringLiteral("c++")}));
    QCOMPARE(m_p->sourceText(), QStringLiteral("linkedin"));
    QCOMPARE(m_p->aiScoreText(), QStringLiteral("AI match score: 92"));
    QVERIFY(m_p->aiNotice().startsWith(QStringLiteral("AI-generated, for information only.")));
    QVERIFY(m_p->aiNotice().contains(QStringLiteral("Informs, does not decide.")));
    QCOMPARE(m_p->warnings(),
             QStringList{QStringLiteral("Consent withdrawn: do not process this candidate's data further.")});
}

void TestCandidateDetailPresenter::warnsAboutRetention() {
    QVERIFY(m_p->load(QStringLiteral("cand_4")));
    QCOMPARE(m_p->stageText(), QStringLiteral("Unknown job · Interview"));
    QCOMPARE(m_p->warnings().size(), 1);
    QVERIFY2(m_p->warnings().constFirst().startsWith(QStringLiteral("Retention ends in 10")),
             qPrintable(m_p->warnings().constFirst()));
    m_p->setNow(testNow().addDays(11));
    QCOMPARE(m_p->warnings(), QStringList{QStringLiteral(
                                  "Retention period ended: this candidate's data is due for deletion.")});
}

void TestCandidateDetailPresenter::aWithheldNameShowsTheLabel() {
    QVERIFY(m_p->load(QStringLiteral("cand_3xyz42")));
    QVERIFY(m_p->nameWithheld());
    QCOMPARE(m_p->title(), read::CandidateDetail::anonymisedLabel(QStringLiteral("cand_3xyz42")));
    QVERIFY(!m_p->title().contains(QStringLiteral("cand_")));
    QVERIFY(m_p->aiScoreText().isEmpty());
    QVERIFY(m_p->aiNotice().isEmpty());
}

void TestCandidateDetailPresenter::aCandidateNotCachedSaysSo() {
    QVERIFY(!m_p->load(QStringLiteral("cand_nope")));
    QVERIFY(!m_p->isLoaded());
    QCOMPARE(m_p->message(), QStringLiteral("This candidate is not in the local copy of your data."));
    QVERIFY(m_p->title().isEmpty());
}

void TestCandidateDetailPresenter::followsTheWorkersChanges() {
    QVERIFY(m_p->load(QStringLiteral("cand_2")));
    QCOMPARE(m_p->aiScoreText(), QStringLiteral("AI match score: 40"));
    {
        sync::EntityStore store(&m_db);
        QVERIFY(put(store, QStringLiteral("ai_insight"),
                    matchScore(QStringLiteral("ins_2"), QStringLiteral("app_2"), 67,
                               QStringLiteral("2026-03-05T10:00:00Z"), 2)));
    }
    QSignalSpy changed(m_p.get(), &CandidateDetailPresenter::changed);
    sync::EntityChanges unrelated;
    unrelated.addWritten(QStringLiteral("candidate"), QStringLiteral("cand_4"));
    m_p->applyChanges(unrelated);
    QCOMPARE(changed.count(), 0);
    sync::EntityChanges changes;
    changes.addWritten(QStringLiteral("ai_insight"), QStringLiteral("ins_2"));
    m_p->applyChanges(changes);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_p->aiScoreText(), QStringLiteral("AI match score: 67"));
}

void TestCandidateDetailPresenter::closingTheCacheForgetsTheCandidate() {
    QVERIFY(m_p->load(QStringLiteral("cand_1")));
    QSignalSpy changed(m_p.get(), &CandidateDetailPresenter::changed);
    m_p->setDatabase(nullptr);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_p->isLoaded());
    QVERIFY(m_p->title().isEmpty());
    QVERIFY(m_p->tags().isEmpty());
    QVERIFY(!m_p->load(QStringLiteral("cand_1")));
    QVERIFY(!m_p->message().isEmpty());
}

QTEST_GUILESS_MAIN(TestCandidateDetailPresenter)
#include "tst_candidatedetailpresenter.moc"
