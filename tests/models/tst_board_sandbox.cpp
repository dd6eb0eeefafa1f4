// BoardPresenter over a cache filled by a real first sync from the REAL hirex-sandbox: the
// columns' counts agree with their cards, a card moved on the board goes through the outbox and
// the server agrees, and a move made by someone else through the API reaches the open board as
// row updates (no reset) after the next sync.
#include "core/api/TransportPolicy.h"
#include "core/domain/Job.h"
#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncHttp.h"
#include "models/BoardPresenter.h"
#include "models/JobListModel.h"
#include "models/StageCardsModel.h"
#include "models/StageColumnsModel.h"
#include "tests/support/SandboxLogin.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestTokenProvider.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace hirex;
using hirex::models::BoardPresenter;
using hirex::models::StageCardsModel;
using hirex::models::StageColumnsModel;
using hirex::test::SandboxLogin;
using hirex::test::SandboxProcess;
using hirex::test::TestTokenProvider;

namespace {
constexpr int kTimeoutMs = 60000;

sync::HttpResult call(sync::SyncHttp &http, const QByteArray &method, const QString &path,
                      const QJsonObject &body = {}, const sync::SyncHttp::Conditions &conditions = {}) {
    auto slot = std::make_shared<std::optional<sync::HttpResult>>();
    const QByteArray bytes =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.send(method, path, bytes, conditions, [slot](const sync::HttpResult &r) { *slot = r; });
    static_cast<void>(QTest::qWaitFor([slot] { return slot->has_value(); }, kTimeoutMs));
    return slot->value_or(sync::HttpResult{});
}

QStringList idsOf(const StageCardsModel *m) {
    QStringList ids;
    for (int row = 0; row < m->rowCount(); ++row)
        ids.append(m->index(row).data(StageCardsModel::ApplicationIdRole).toString());
    return ids;
}
} // namespace

class TestBoardSandbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void columnsAgreeWithTheirCards();
    void aMoveOnTheBoardReachesTheServer();
    void aMoveMadeElsewhereReachesTheOpenBoard();

private:
    std::unique_ptr<sync::SyncHttp> httpAs(const QString &role);
    bool syncOnce();
    void fetchAll();
    // The first column with a card whose next stage is not "hired" (moves stop before it).
    std::pair<int, QString> movableCard();

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxLogin> m_login;
    std::vector<std::unique_ptr<TestTokenProvider>> m_tokens;
    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
    std::unique_ptr<sync::SyncHttp> m_http;
    std::unique_ptr<sync::Outbox> m_outbox;
    std::unique_ptr<sync::SyncEngine> m_engine;
    models::JobListModel m_jobs;
    std::unique_ptr<BoardPresenter> m_board;
    QString m_wantedJob;
};

std::unique_ptr<sync::SyncHttp> TestBoardSandbox::httpAs(const QString &role) {
    const auto tokens = m_login->signInAs(role);
    if (!tokens)
        return nullptr;
    m_tokens.push_back(std::make_unique<TestTokenProvider>(tokens->accessToken));
    api::TransportSettings settings;
    settings.caFile = m_sandbox->caFile();
    api::ApiError error;
    const auto policy = api::TransportPolicy::create(settings, &error);
    if (!policy)
        return nullptr;
    return std::make_unique<sync::SyncHttp>(*policy, m_sandbox->baseUrl(), m_tokens.back().get());
}

bool TestBoardSandbox::syncOnce() {
    std::optional<UserMessage> finished;
    const QMetaObject::Connection c = connect(m_engine.get(), &sync::SyncEngine::cycleFinished, this,
                                              [&](const UserMessage &error) { finished = error; });
    m_engine->syncNow();
    const bool done = QTest::qWaitFor([&] { return finished.has_value(); }, 2 * kTimeoutMs);
    disconnect(c);
    return done && !finished->isError();
}

void TestBoardSandbox::initTestCase() {
    m_sandbox =
        std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--candidates"), QStringLiteral("80")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_login = std::make_unique<SandboxLogin>(*m_sandbox);
    store::SqlCipherDatabase::Options options;
    options.migrations = store::CacheSchema::migrations();
    QVERIFY(!m_db.open(m_dir.filePath(QStringLiteral("board.db")), store::CacheKey::generate(), options)
                 .isError());
    m_http = httpAs(QStringLiteral("recruiter"));
    QVERIFY(m_http);
    m_outbox = std::make_unique<sync::Outbox>(&m_db, m_http.get());
    m_engine = std::make_unique<sync::SyncEngine>(&m_db, m_http.get(), m_outbox.get());
    sync::SyncEngine::Options engineOptions = m_engine->options();
    engineOptions.useStream = false;
    m_engine->setOptions(engineOptions);
    QVERIFY(syncOnce());
    QVERIFY(m_engine->firstSyncComplete());

    // The jobs as the cache holds them, open ones with a pipeline.
    QList<domain::Job> jobs;
    store::Statement s = m_db.prepare("SELECT json FROM jobs");
    while (s.next()) {
        domain::DecodeError error;
        if (auto job =
                domain::Job::fromJson(QJsonDocument::fromJson(s.columnText(0).toUtf8()).object(), &error))
            jobs.append(*job);
    }
    s.reset();
    QVERIFY(!jobs.isEmpty());
    m_jobs.setJobs(jobs);

    // As the app wires it: the worker's change signals reach the board, moves go to the outbox.
    m_board = std::make_unique<BoardPresenter>(&m_jobs);
    connect(m_engine.get(), &sync::SyncEngine::entitiesChanged, m_board.get(), &BoardPresenter::applyChanges);
    connect(m_outbox.get(), &sync::Outbox::entitiesChanged, m_board.get(), &BoardPresenter::applyChanges);
    m_board->setEnqueue([this](const sync::OutboxChange &change) {
        QVERIFY(m_outbox->enqueue(change) > 0);
        sync::EntityChanges changes;
        changes.addWritten(change.entity, change.entityId);
        m_board->applyChanges(changes);
    });
    m_board->setDatabase(&m_db);
    // The job with the most cards makes the best board.
    int best = -1;
    for (const domain::Job &job : jobs) {
        QVERIFY(m_board->setCurrentJob(job.id));
        int total = 0;
        for (int c = 0; m_board->columns() && c < m_board->columns()->rowCount(); ++c)
            total += m_board->columns()->index(c).data(StageColumnsModel::CountRole).toInt();
        if (total > best) {
            best = total;
            m_wantedJob = job.id;
        }
    }
    QVERIFY(m_board->setCurrentJob(m_wantedJob));
    QVERIFY2(best >= 3, "the sandbox's jobs have too few applications for a board");
}

void TestBoardSandbox::cleanupTestCase() {
    m_board.reset();
    m_engine.reset();
    m_outbox.reset();
    m_http.reset();
    m_db.close();
    m_login.reset();
    if (m_sandbox)
        QCOMPARE(m_sandbox->stop(), 0);
}

void TestBoardSandbox::fetchAll() {
    for (int c = 0; c < m_board->columnCount(); ++c)
        while (m_board->cards(c)->canFetchMore({}))
            m_board->cards(c)->fetchMore({});
}

std::pair<int, QString> TestBoardSandbox::movableCard() {
    for (int c = 0; c + 1 < m_board->columnCount(); ++c)
        if (m_board->cards(c)->rowCount() > 0 && m_board->cards(c + 1)->acceptsMoves())
            return {c, m_board->cards(c)->index(0).data(StageCardsModel::ApplicationIdRole).toString()};
    return {-1, QString()};
}

void TestBoardSandbox::columnsAgreeWithTheirCards() {
    fetchAll();
    QVERIFY(m_board->columnCount() >= 3);
    for (int c = 0; c < m_board->columnCount(); ++c)
        QCOMPARE(m_board->cards(c)->rowCount(),
                 m_board->columns()->index(c).data(StageColumnsModel::CountRole).toInt());
}

void TestBoardSandbox::aMoveOnTheBoardReachesTheServer() {
    fetchAll();
    const auto [column, appId] = movableCard();
    QVERIFY(column >= 0);
    const QString target = m_board->cards(column + 1)->stageId();
    QAbstractItemModelTester tester(m_board->cards(column + 1),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(m_board->cards(column + 1), &QAbstractItemModel::modelReset);

    QVERIFY(m_board->moveToAdjacentStage(appId, +1));
    // Optimistic: on the board at once, marked as waiting for the server.
    QVERIFY(idsOf(m_board->cards(column + 1)).contains(appId));
    QVERIFY(!idsOf(m_board->cards(column)).contains(appId));
    const StageCardsModel *cards = m_board->cards(column + 1);
    QCOMPARE(cards->index(cards->rowOf(appId)).data(StageCardsModel::BadgeRole).toInt(),
             int(StageCardsModel::Badge::Pending));

    std::optional<sync::Outbox::ReplayResult> replayed;
    m_outbox->replay([&](const sync::Outbox::ReplayResult &r) { replayed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(replayed.has_value(), kTimeoutMs);
    QCOMPARE(replayed->sent, 1);
    // The server agrees, and the card's badge is gone.
    const sync::HttpResult server = call(*m_http, "GET", QStringLiteral("/v1/applications/") + appId);
    QVERIFY(server.ok());
    QCOMPARE(QJsonDocument::fromJson(server.body).object().value(QLatin1String("stage_id")).toString(),
             target);
    QTRY_COMPARE(cards->index(cards->rowOf(appId)).data(StageCardsModel::BadgeRole).toInt(),
                 int(StageCardsModel::Badge::None));
    QCOMPARE(resets.count(), 0);
}

void TestBoardSandbox::aMoveMadeElsewhereReachesTheOpenBoard() {
    fetchAll();
    const auto [column, appId] = movableCard();
    QVERIFY(column >= 0);
    const QString target = m_board->cards(column + 1)->stageId();
    const int before = m_board->columns()->index(column + 1).data(StageColumnsModel::CountRole).toInt();
    // Another recruiter moves the card through the API.
    std::unique_ptr<sync::SyncHttp> other = httpAs(QStringLiteral("recruiter"));
    QVERIFY(other);
    const sync::HttpResult current = call(*other, "GET", QStringLiteral("/v1/applications/") + appId);
    QVERIFY(current.ok());
    const qint64 version =
        QJsonDocument::fromJson(current.body).object().value(QLatin1String("version")).toInteger();
    sync::SyncHttp::Conditions conditions;
    conditions.ifMatch = version;
    conditions.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const sync::HttpResult moved = call(*other, "POST", QStringLiteral("/v1/applications/%1/move").arg(appId),
                                        QJsonObject{{QStringLiteral("stage_id"), target}}, conditions);
    QVERIFY2(moved.ok(), qPrintable(moved.error.code));

    QAbstractItemModelTester t1(m_board->cards(column),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(m_board->cards(column + 1),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resetFrom(m_board->cards(column), &QAbstractItemModel::modelReset);
    QSignalSpy resetTo(m_board->cards(column + 1), &QAbstractItemModel::modelReset);
    QSignalSpy boardResets(m_board.get(), &BoardPresenter::boardReset);
    QSignalSpy removed(m_board->cards(column), &QAbstractItemModel::rowsRemoved);
    QVERIFY(syncOnce());
    QVERIFY(idsOf(m_board->cards(column + 1)).contains(appId));
    QVERIFY(!idsOf(m_board->cards(column)).contains(appId));
    QCOMPARE(m_board->columns()->index(column + 1).data(StageColumnsModel::CountRole).toInt(), before + 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(resetFrom.count() + resetTo.count() + boardResets.count(), 0);
}

QTEST_GUILESS_MAIN(TestBoardSandbox)
#include "tst_board_sandbox.moc"
