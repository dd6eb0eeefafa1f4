// CandidateDetail on a real SQLCipher cache filled by EntityStore: the candidate with their
// applications (job, stage, newest AI match score with its disclaimer), tags, consent state
// and notes count; the anonymised label; and which commits change the detail.
#include "ReadTestUtil.h"
#include "core/read/CandidateDetail.h"

#include <QTest>

using namespace hirex;
using namespace hirex::read;
using namespace hirex::read::testutil;

namespace {

const QString Pipe = QStringLiteral("pipe_A");
const QString Screen = QStringLiteral("stage_screen");
const QString Offer = QStringLiteral("stage_offer");

QJsonObject note(const QString &id, const QString &candidateId) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-03-01T18:00:00Z")},
                       {QStringLiteral("candidate_id"), candidateId},
                       {QStringLiteral("body"), QStringLiteral("Görüşme olumlu geçti.")}};
}

QJsonObject job(const QString &id, const QString &title) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-01-15T08:00:00Z")},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("status"), QStringLiteral("open")},
                       {QStringLiteral("pipeline_id"), Pipe}};
}

} // namespace

class TestCandidateDetail : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void candidateWithApplicationsScoresAndNotes();
    void withheldNameGetsTheAnonymisedLabel();
    void unknownCandidateIsNone();
    void applyReportsChangesOfTheDetail();
    void statementsAreResetAfterUse();

private:
    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
};

void TestCandidateDetail::init() {
    QVERIFY(openCache(m_db, m_dir));
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("pipeline"),
                pipeline(Pipe, {{Screen, QStringLiteral("Ön eleme")}, {Offer, QStringLiteral("Teklif")}})));
    QVERIFY(put(store, QStringLiteral("job"),
                job(QStringLiteral("job_pipe_A"), QStringLiteral("Qt geliştirici"))));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_1"), QStringLiteral("Çağla"), QStringLiteral("Yıldız"),
                          {QStringLiteral("c++"), QStringLiteral("uzaktan çalışma")})));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_x7k2p9"), QString(), QString())));
    QVERIFY(put(store, QStringLiteral("candidate"),
                candidate(QStringLiteral("cand_3"), QStringLiteral("Zeki"), QStringLiteral("Müren"))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_1"), QStringLiteral("cand_1"), Pipe, Screen,
                            QStringLiteral("2026-02-26T13:05:00Z"))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_2"), QStringLiteral("cand_1"), Pipe, Offer,
                            QStringLiteral("2026-03-02T09:00:00Z"), QStringLiteral("rejected"))));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_3"), QStringLiteral("cand_3"), Pipe, Offer,
                            QStringLiteral("2026-03-02T09:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_1a"), QStringLiteral("app_1"), 91,
                           QStringLiteral("2026-02-27T10:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_1b"), QStringLiteral("app_1"), 77,
                           QStringLiteral("2026-03-01T10:00:00Z"))));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_3"), QStringLiteral("app_3"), 50)));
    QVERIFY(put(store, QStringLiteral("note"), note(QStringLiteral("note_1"), QStringLiteral("cand_1"))));
    QVERIFY(put(store, QStringLiteral("note"), note(QStringLiteral("note_2"), QStringLiteral("cand_1"))));
    QVERIFY(put(store, QStringLiteral("note"), note(QStringLiteral("note_3"), QStringLiteral("cand_3"))));
}

void TestCandidateDetail::cleanup() {
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("read.db")));
    for (const QString &f :
         store::SqlCipherDatabase::companionFiles(m_dir.filePath(QStringLiteral("read.db"))))
        QFile::remove(f);
}

void TestCandidateDetail::candidateWithApplicationsScoresAndNotes() {
    CandidateDetail detail(&m_db);
    const std::optional<CandidateDetails> d = detail.load(QStringLiteral("cand_1"));
    QVERIFY2(d, qPrintable(detail.lastError()));
    QCOMPARE(d->candidateId, QStringLiteral("cand_1"));
    QVERIFY(!d->nameWithheld);
    QCOMPARE(d->displayName, QStringLiteral("Çağla Yıldız"));
    QCOMPARE(d->email, QStringLiteral("çağla@example.com.tr"));
    QCOMPARE(d->tags, (QStringList{QStringLiteral("c++"), QStringLiteral("uzaktan çalışma")}));
    QCOMPARE(d->skills, QStringList{QStringLiteral("Qt 6")});
    QCOMPARE(d->source, QStringLiteral("linkedin"));
    QCOMPARE(d->consentState, QStringLiteral("granted"));
    QCOMPARE(d->notesCount, 2);
    QCOMPARE(d->applications.size(), 2);

    // Newest stage entry first.
    const CandidateApplication &offer = d->applications.at(0);
    QCOMPARE(offer.applicationId, QStringLiteral("app_2"));
    QCOMPARE(offer.stageName, QStringLiteral("Teklif"));
    QCOMPARE(offer.status, QStringLiteral("rejected"));
    QVERIFY(!offer.matchScore);

    const CandidateApplication &screen = d->applications.at(1);
    QCOMPARE(screen.applicationId, QStringLiteral("app_1"));
    QCOMPARE(screen.jobId, QStringLiteral("job_pipe_A"));
    QCOMPARE(screen.jobTitle, QStringLiteral("Qt geliştirici"));
    QCOMPARE(screen.stageId, Screen);
    QCOMPARE(screen.stageName, QStringLiteral("Ön eleme"));
    QCOMPARE(screen.status, QStringLiteral("active"));
    QCOMPARE(screen.stageEnteredAt, QDateTime(QDate(2026, 2, 26), QTime(13, 5), Qt::UTC));
    // The newest insight, not the highest; marked as AI output with the server's disclaimer.
    QVERIFY(screen.matchScore);
    QCOMPARE(screen.matchScore->insightId, QStringLiteral("ai_1b"));
    QCOMPARE(screen.matchScore->score, 77);
    QVERIFY(screen.matchScore->aiGenerated);
    QCOMPARE(screen.matchScore->disclaimer, QStringLiteral("AI-generated. Informs, does not decide."));
}

void TestCandidateDetail::withheldNameGetsTheAnonymisedLabel() {
    CandidateDetail detail(&m_db);
    const std::optional<CandidateDetails> d = detail.load(QStringLiteral("cand_x7k2p9"));
    QVERIFY(d);
    QVERIFY(d->nameWithheld);
    QCOMPARE(d->displayName, QStringLiteral("Anonymised candidate X7K2P9"));
    QCOMPARE(d->displayName, CandidateDetail::anonymisedLabel(QStringLiteral("cand_x7k2p9")));
    QVERIFY(d->email.isEmpty());
    QVERIFY(d->applications.isEmpty());
    QCOMPARE(d->notesCount, 0);
}

void TestCandidateDetail::unknownCandidateIsNone() {
    CandidateDetail detail(&m_db);
    QVERIFY(!detail.load(QStringLiteral("cand_missing")));
    QVERIFY(detail.lastError().isEmpty());
}

void TestCandidateDetail::applyReportsChangesOfTheDetail() {
    CandidateDetail detail(&m_db);
    QVERIFY(!detail.apply(sync::EntityChanges{})); // nothing loaded yet
    QVERIFY(detail.load(QStringLiteral("cand_1")));
    QVERIFY(!detail.apply(sync::EntityChanges{}));

    const auto written = [](const char *kind, const char *id) {
        sync::EntityChanges c;
        c.addWritten(QLatin1String(kind), QLatin1String(id));
        return c;
    };
    const auto removed = [](const char *kind, const char *id) {
        sync::EntityChanges c;
        c.addRemoved(QLatin1String(kind), QLatin1String(id));
        return c;
    };
    // Someone else's rows.
    QVERIFY(!detail.apply(written("candidate", "cand_3")));
    QVERIFY(!detail.apply(written("application", "app_3")));
    QVERIFY(!detail.apply(written("ai_insight", "ai_3")));
    QVERIFY(!detail.apply(written("note", "note_3")));
    QVERIFY(!detail.apply(removed("note", "note_3")));
    QVERIFY(!detail.apply(written("job", "job_other")));
    QVERIFY(!detail.apply(written("user", "usr_1")));
    // Ours.
    QVERIFY(detail.apply(written("candidate", "cand_1")));
    QVERIFY(detail.apply(removed("candidate", "cand_1")));
    QVERIFY(detail.apply(written("application", "app_2")));
    QVERIFY(detail.apply(removed("application", "app_2")));
    QVERIFY(detail.apply(written("ai_insight", "ai_1b")));
    QVERIFY(detail.apply(removed("note", "note_1")));
    QVERIFY(detail.apply(written("job", "job_pipe_A")));
    QVERIFY(detail.apply(written("pipeline", "pipe_A")));

    // New rows of this candidate are found through their owner.
    sync::EntityStore store(&m_db);
    QVERIFY(put(store, QStringLiteral("note"), note(QStringLiteral("note_4"), QStringLiteral("cand_1"))));
    QVERIFY(detail.apply(written("note", "note_4")));
    QVERIFY(put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ai_2"), QStringLiteral("app_2"), 60)));
    QVERIFY(detail.apply(written("ai_insight", "ai_2")));
    QVERIFY(put(store, QStringLiteral("application"),
                application(QStringLiteral("app_9"), QStringLiteral("cand_1"), Pipe, Screen,
                            QStringLiteral("2026-03-05T09:00:00Z"))));
    QVERIFY(detail.apply(written("application", "app_9")));

    sync::EntityChanges all;
    all.everything = true;
    QVERIFY(detail.apply(all));

    const std::optional<CandidateDetails> again = detail.load(QStringLiteral("cand_1"));
    QVERIFY(again);
    QCOMPARE(again->notesCount, 3);
    QCOMPARE(again->applications.size(), 3);
    QCOMPARE(again->applications.at(1).matchScore->score, 60);
}

void TestCandidateDetail::statementsAreResetAfterUse() {
    CandidateDetail detail(&m_db);
    QVERIFY(detail.load(QStringLiteral("cand_1")));
    sync::EntityChanges c;
    c.addWritten(QStringLiteral("note"), QStringLiteral("note_3"));
    c.addWritten(QStringLiteral("application"), QStringLiteral("app_3"));
    QVERIFY(!detail.apply(c));
    QVERIFY(!detail.load(QStringLiteral("cand_missing")));
    QCOMPARE(busyStatements(m_db), 0);
}

QTEST_GUILESS_MAIN(TestCandidateDetail)
#include "tst_candidatedetail.moc"
