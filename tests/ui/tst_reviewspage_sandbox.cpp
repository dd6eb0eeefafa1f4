// "My reviews" (ui/ReviewsPage over ReviewsPresenter) on a cache filled by a real first sync from
// the REAL hirex-sandbox, signed in as a demo interviewer, offscreen: the page lists exactly the
// cached scorecards whose author is the signed-in user (/v1/me), drafts first, under a header
// that counts the drafts; Enter and a double-click open the candidate; and a draft filled in and
// submitted through the API arrives through the change feed as a row update (moved to the
// submitted ones, its recommendation shown), never a reset.
#include "core/api/TransportPolicy.h"
#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncHttp.h"
#include "models/MyReviewsModel.h"
#include "models/ReviewsPresenter.h"
#include "tests/support/SandboxLogin.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestTokenProvider.h"
#include "ui/ReviewsPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace hirex;
using hirex::models::MyReviewsModel;
using hirex::models::ReviewsPresenter;

namespace {

constexpr int kTimeoutMs = 60000;

struct Answer {
    int status = 0;
    QJsonObject body;
    std::optional<qint64> version;
};

} // namespace

class TestReviewsPageSandbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void thePageListsTheUsersOwnScorecards();
    void enterAndDoubleClickOpenTheCandidate();
    void aScorecardSubmittedThroughTheApiIsARowUpdate();

private:
    Answer send(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                std::optional<qint64> ifMatch = std::nullopt);
    bool syncOnce();
    // The oracle: the cached scorecards whose JSON names the user as author, read here.
    QMap<QString, QJsonObject> cachedScorecardsOf(const QString &userId);
    int rowOf(const QString &evaluationId) const;

    std::unique_ptr<test::SandboxProcess> m_sandbox;
    std::unique_ptr<test::SandboxLogin> m_login;
    std::unique_ptr<test::TestTokenProvider> m_tokens;
    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
    std::unique_ptr<sync::SyncHttp> m_http;
    std::unique_ptr<sync::Outbox> m_outbox;
    std::unique_ptr<sync::SyncEngine> m_engine;
    QString m_me;
    std::unique_ptr<ReviewsPresenter> m_presenter;
    std::unique_ptr<ui::ReviewsPage> m_page;
};

Answer TestReviewsPageSandbox::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                                    std::optional<qint64> ifMatch) {
    auto slot = std::make_shared<std::optional<sync::HttpResult>>();
    sync::SyncHttp::Conditions conditions;
    if (method != "GET")
        conditions.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    conditions.ifMatch = ifMatch;
    m_http->send(method, path,
                 body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                 conditions, [slot](const sync::HttpResult &r) { *slot = r; });
    static_cast<void>(QTest::qWaitFor([slot] { return slot->has_value(); }, kTimeoutMs));
    Answer answer;
    if (slot->has_value()) {
        answer.status = slot->value().status;
        answer.body = QJsonDocument::fromJson(slot->value().body).object();
        answer.version = slot->value().etagVersion;
    }
    return answer;
}

bool TestReviewsPageSandbox::syncOnce() {
    std::optional<UserMessage> finished;
    const auto connection = connect(m_engine.get(), &sync::SyncEngine::cycleFinished, this,
                                    [&finished](const UserMessage &e) { finished = e; });
    m_engine->syncNow();
    const bool done = QTest::qWaitFor([&] { return finished.has_value(); }, 2 * kTimeoutMs);
    disconnect(connection);
    return done && !finished->isError();
}

QMap<QString, QJsonObject> TestReviewsPageSandbox::cachedScorecardsOf(const QString &userId) {
    QMap<QString, QJsonObject> mine;
    store::Statement s = m_db.prepare("SELECT id, json FROM evaluations");
    while (s.next()) {
        const QJsonObject o = QJsonDocument::fromJson(s.columnText(1).toUtf8()).object();
        if (o.value(QStringLiteral("author_id")).toString() == userId)
            mine.insert(s.columnText(0), o);
    }
    return mine;
}

int TestReviewsPageSandbox::rowOf(const QString &evaluationId) const {
    const MyReviewsModel *m = m_presenter->model();
    for (int row = 0; row < m->rowCount(); ++row)
        if (m->index(row, 0).data(MyReviewsModel::EvaluationIdRole).toString() == evaluationId)
            return row;
    return -1;
}

void TestReviewsPageSandbox::initTestCase() {
    m_sandbox = std::make_unique<test::SandboxProcess>(
        QStringList{QStringLiteral("--candidates"), QStringLiteral("80")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_login = std::make_unique<test::SandboxLogin>(*m_sandbox);
    const auto signedIn = m_login->signInAs(QStringLiteral("interviewer"));
    QVERIFY2(signedIn, qPrintable(m_login->errorString()));
    m_tokens = std::make_unique<test::TestTokenProvider>(signedIn->accessToken);
    api::TransportSettings settings;
    settings.caFile = m_sandbox->caFile();
    api::ApiError apiError;
    const auto policy = api::TransportPolicy::create(settings, &apiError);
    QVERIFY(policy);
    m_http = std::make_unique<sync::SyncHttp>(*policy, m_sandbox->baseUrl(), m_tokens.get());

    store::SqlCipherDatabase::Options options;
    options.migrations = store::CacheSchema::migrations();
    QVERIFY(!m_db.open(m_dir.filePath(QStringLiteral("cache.db")), store::CacheKey::generate(), options)
                 .isError());
    m_outbox = std::make_unique<sync::Outbox>(&m_db, m_http.get());
    m_engine = std::make_unique<sync::SyncEngine>(&m_db, m_http.get(), m_outbox.get());
    sync::SyncEngine::Options engineOptions = m_engine->options();
    engineOptions.useStream = false;
    m_engine->setOptions(engineOptions);
    QVERIFY(syncOnce());
    QVERIFY(m_engine->firstSyncComplete());

    // Who is signed in, as the desktop learns it.
    const Answer me = send("GET", QStringLiteral("/v1/me"));
    QCOMPARE(me.status, 200);
    m_me = me.body.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(m_me.startsWith(QLatin1String("usr_")));

    m_presenter = std::make_unique<ReviewsPresenter>();
    connect(m_engine.get(), &sync::SyncEngine::entitiesChanged, m_presenter.get(),
            &ReviewsPresenter::applyChanges);
    m_page = std::make_unique<ui::ReviewsPage>(m_presenter.get());
    m_page->resize(1100, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    // Before the user is known the page says why it shows nothing.
    QVERIFY(m_page->emptyLabel()->isVisible());
    QVERIFY(!m_page->table()->isVisible());
    m_presenter->setDatabase(&m_db);
    QCOMPARE(m_presenter->state(), ReviewsPresenter::State::UnknownUser);
    QVERIFY(!m_page->emptyLabel()->text().isEmpty());
    QCOMPARE(m_page->emptyLabel()->accessibleName(), m_page->emptyLabel()->text());
    m_presenter->setUserId(m_me);
}

void TestReviewsPageSandbox::cleanupTestCase() {
    m_page.reset();
    m_presenter.reset();
    m_engine.reset();
    m_outbox.reset();
    m_http.reset();
    m_db.close();
    m_login.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

void TestReviewsPageSandbox::thePageListsTheUsersOwnScorecards() {
    const QMap<QString, QJsonObject> mine = cachedScorecardsOf(m_me);
    const qint64 all = m_db.queryInt("SELECT count(*) FROM evaluations", -1);
    QVERIFY2(mine.size() >= 2, qPrintable(QString::number(mine.size())));
    QVERIFY(all >= mine.size());

    const MyReviewsModel *m = m_presenter->model();
    QCOMPARE(m_page->table()->model(), m);
    QCOMPARE(m->rowCount(), int(mine.size()));
    int drafts = 0;
    bool submittedSeen = false;
    for (int row = 0; row < m->rowCount(); ++row) {
        const QString id = m->index(row, 0).data(MyReviewsModel::EvaluationIdRole).toString();
        QVERIFY2(mine.contains(id), qPrintable(id));
        const bool submitted = mine.value(id).value(QStringLiteral("status")).toString() == u"submitted";
        QCOMPARE(m->index(row, 0).data(MyReviewsModel::SubmittedRole).toBool(), submitted);
        // Drafts first.
        QVERIFY(!submittedSeen || submitted);
        submittedSeen = submittedSeen || submitted;
        drafts += submitted ? 0 : 1;
        QVERIFY(!m->index(row, MyReviewsModel::Candidate).data().toString().isEmpty());
        QVERIFY(!m->index(row, MyReviewsModel::Job).data().toString().isEmpty());
        QVERIFY(!m->index(row, MyReviewsModel::Stage).data().toString().isEmpty());
        QCOMPARE(m->index(row, MyReviewsModel::Recommendation).data().toString().isEmpty(), !submitted);
    }
    QVERIFY(drafts > 0);
    QCOMPARE(m->draftCount(), drafts);
    QVERIFY(m_page->table()->isVisible());
    QVERIFY(!m_page->emptyLabel()->isVisible());
    QVERIFY(m_page->headerLabel()->isVisible());
    QCOMPARE(m_page->headerLabel()->text(), m_presenter->headerText());
    QCOMPARE(m_page->headerLabel()->accessibleName(), m_page->headerLabel()->text());
    QVERIFY(m_page->headerLabel()->text().contains(QString::number(drafts)));
    QVERIFY(!m_page->table()->accessibleName().isEmpty());
}

void TestReviewsPageSandbox::enterAndDoubleClickOpenTheCandidate() {
    QTableView *table = m_page->table();
    QSignalSpy opened(m_page.get(), &ui::ReviewsPage::openCandidate);
    m_page->activateWindow();
    m_page->setFocus(Qt::OtherFocusReason); // the page hands the keyboard to the table
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentIndex(table->model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(),
             table->model()->index(1, 0).data(MyReviewsModel::CandidateIdRole).toString());
    QVERIFY(opened.at(0).at(0).toString().startsWith(QLatin1String("cand_")));

    const QRect cell = table->visualRect(table->model()->index(0, MyReviewsModel::Job));
    QVERIFY(!cell.isEmpty());
    // A user's double-click: press and release, then the second press (QTest's double-click
    // alone starts with a press the view does not take as the first half).
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(opened.count(), 1); // a single click opens nothing
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(1).at(0).toString(),
             table->model()->index(0, 0).data(MyReviewsModel::CandidateIdRole).toString());
}

void TestReviewsPageSandbox::aScorecardSubmittedThroughTheApiIsARowUpdate() {
    MyReviewsModel *m = m_presenter->model();
    const int draftsBefore = m->draftCount();
    QVERIFY(draftsBefore > 0);
    const QString id = m->index(0, 0).data(MyReviewsModel::EvaluationIdRole).toString();
    QVERIFY(!m->index(0, 0).data(MyReviewsModel::SubmittedRole).toBool());
    const int rows = m->rowCount();
    const qint64 version = cachedScorecardsOf(m_me).value(id).value(QStringLiteral("version")).toInteger();
    QVERIFY(version > 0);

    // The draft is filled in and submitted elsewhere (the web app), through the API.
    const QJsonObject input{
        {QStringLiteral("attributes"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("technical")},
                                {QStringLiteral("label"), QStringLiteral("Technical depth")},
                                {QStringLiteral("rating"), 4},
                                {QStringLiteral("comment"), QStringLiteral("Sehr sauber.")}}}},
        {QStringLiteral("overall"), QStringLiteral("strong_yes")},
        {QStringLiteral("summary"), QStringLiteral("Technisch stark.")}};
    const Answer updated = send("PUT", QStringLiteral("/v1/evaluations/") + id, input, version);
    QCOMPARE(updated.status, 200);
    QVERIFY(updated.version);
    const Answer submitted = send("POST", QStringLiteral("/v1/evaluations/") + id + QStringLiteral("/submit"),
                                  {}, updated.version);
    QCOMPARE(submitted.status, 200);
    QCOMPARE(submitted.body.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));

    QSignalSpy reset(m, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(m, &QAbstractItemModel::rowsMoved);
    QVERIFY(syncOnce());
    QTRY_VERIFY_WITH_TIMEOUT(
        rowOf(id) >= 0 && m->index(rowOf(id), 0).data(MyReviewsModel::SubmittedRole).toBool(), kTimeoutMs);
    const int row = rowOf(id);
    QCOMPARE(m->rowCount(), rows);
    QCOMPARE(m->rowCount(), int(cachedScorecardsOf(m_me).size()));
    QCOMPARE(m->draftCount(), draftsBefore - 1);
    QCOMPARE(m->index(row, MyReviewsModel::Status).data().toString(), MyReviewsModel::statusText(true));
    QCOMPARE(m->index(row, MyReviewsModel::Recommendation).data().toString(),
             MyReviewsModel::recommendationText(QStringLiteral("strong_yes")));
    // Now the newest submitted one: right after the drafts.
    QCOMPARE(row, draftsBefore - 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(moved.count(), draftsBefore > 1 ? 1 : 0);
    QVERIFY(m_page->headerLabel()->text().contains(QString::number(draftsBefore - 1)));
}

QTEST_MAIN(TestReviewsPageSandbox)
#include "tst_reviewspage_sandbox.moc"
