// SyncStatusPresenter without a window: the texts of the status bar from the worker's progress,
// the outbox's counts in a real SQLCipher cache, the relative last-sync time as the clock moves,
// and the service status polled from the REAL hirex-sandbox (and "not reachable" once it stops).
#include "core/api/ApiClient.h"
#include "core/api/TransportPolicy.h"
#include "core/store/LocalCache.h"
#include "core/store/MemorySecretStore.h"
#include "core/store/Statement.h"
#include "models/SyncStatusPresenter.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestTokenProvider.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using hirex::UserMessage;
using hirex::models::SyncStatusPresenter;
using hirex::sync::SyncEngine;
using hirex::sync::SyncProgress;

namespace {
// Plural forms come from the catalogues (English ones too, added with the strings); the test
// checks that the right count reaches the right message, whatever its translation.
QString plural(const char *source, int n) {
    return QCoreApplication::translate("hirex::models::SyncStatusPresenter", source, nullptr, n);
}

SyncProgress progress(qint64 items, int percent, int eta, bool first = true) {
    SyncProgress p;
    p.items = items;
    p.percent = percent;
    p.etaSeconds = eta;
    p.firstSync = first;
    return p;
}
} // namespace

class TestSyncStatusPresenter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void progressTextNamesItemsPercentAndTimeLeft();
    void firstSyncShowsProgressThenUpToDate();
    void offlineIsSaidPlainly();
    void lastSyncIsRelativeAndKeptCurrent();
    void countsComeFromTheOutboxInTheCache();
    void serviceStatusIsPolledFromTheServer();
};

void TestSyncStatusPresenter::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSyncStatusPresenter::progressTextNamesItemsPercentAndTimeLeft() {
    QCOMPARE(SyncStatusPresenter::progressText(progress(12000, 30, 60)),
             QStringLiteral("Syncing 12,000 of 40,000 (30%), ") + plural("about %n min left", 1));
    QCOMPARE(SyncStatusPresenter::progressText(progress(500, -1, -1)), QStringLiteral("Syncing 500 items…"));
    QCOMPARE(SyncStatusPresenter::progressText(progress(500, 0, -1)),
             QStringLiteral("Syncing 500 items (0%)"));
    QCOMPARE(SyncStatusPresenter::progressText(progress(1000, 50, 20)),
             QStringLiteral("Syncing 1,000 of 2,000 (50%), less than a minute left"));
    QCOMPARE(SyncStatusPresenter::etaText(89), plural("about %n min left", 1));
    QCOMPARE(SyncStatusPresenter::etaText(90), plural("about %n min left", 2));
    QCOMPARE(SyncStatusPresenter::etaText(2 * 3600), plural("about %n h left", 2));
}

void TestSyncStatusPresenter::firstSyncShowsProgressThenUpToDate() {
    SyncStatusPresenter p;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    p.setClock([now] { return now; });
    QCOMPARE(p.connection(), SyncStatusPresenter::Connection::NotSyncing);
    QCOMPARE(p.syncText(), QString());

    QSignalSpy changed(&p, &SyncStatusPresenter::changed);
    p.setRunning(true);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(p.connectionText(), QStringLiteral("Online"));
    QCOMPARE(p.syncText(), QStringLiteral("Starting sync…"));
    QCOMPARE(p.lastSyncText(), QStringLiteral("Not synced yet"));

    p.setSyncState(SyncEngine::State::Syncing);
    p.setProgress(progress(12000, 30, 60));
    QVERIFY(p.isProgressVisible());
    QCOMPARE(SyncStatusPresenter::progressText(progress(6056, 100, 0)),
             QStringLiteral("Syncing 6,056 items (100%)"));
    QCOMPARE(p.progressPercent(), 30);
    QCOMPARE(p.syncText(),
             QStringLiteral("Syncing 12,000 of 40,000 (30%), ") + plural("about %n min left", 1));

    p.setSyncState(SyncEngine::State::Idle);
    p.finishCycle({});
    QVERIFY(!p.isProgressVisible());
    QCOMPARE(p.syncText(), QStringLiteral("Up to date"));
    QCOMPARE(p.lastSync(), now);
    QCOMPARE(p.lastSyncText(), QStringLiteral("Last sync just now"));

    // The live stream's short cycles that bring nothing keep the bar calm.
    p.setSyncState(SyncEngine::State::Syncing);
    p.setProgress(progress(0, -1, -1, false));
    QCOMPARE(p.syncText(), QStringLiteral("Up to date"));
    // A later delta cycle with changes is not a first sync: no bar, a short text.
    p.setProgress(progress(3, -1, -1, false));
    QVERIFY(!p.isProgressVisible());
    QCOMPARE(p.syncText(), QStringLiteral("Syncing…"));

    // A cycle that stopped for another reason than the network says why.
    p.setSyncState(SyncEngine::State::Idle);
    p.finishCycle(UserMessage{QStringLiteral("x"), QStringLiteral("The server refused the request."), {}});
    QCOMPARE(p.syncText(), QStringLiteral("Sync stopped: The server refused the request."));

    p.setRunning(false);
    QCOMPARE(p.connectionText(), QStringLiteral("Not syncing"));
    QCOMPARE(p.syncText(), QString());
}

void TestSyncStatusPresenter::offlineIsSaidPlainly() {
    SyncStatusPresenter p;
    p.setRunning(true);
    p.setSyncState(SyncEngine::State::Syncing);
    p.setProgress(progress(100, 10, 100));
    p.setOnline(false);
    QCOMPARE(p.connection(), SyncStatusPresenter::Connection::Offline);
    QCOMPARE(p.connectionText(), QStringLiteral("Offline"));
    QCOMPARE(p.syncText(), QStringLiteral("Working from the local copy"));
    QVERIFY(!p.isProgressVisible()); // no bar that stands still while offline
    p.setCounts(2, 0, 0);
    QCOMPARE(p.queuedText(), plural("%n change(s) queued", 2));
    p.setOnline(true);
    QCOMPARE(p.connectionText(), QStringLiteral("Online"));
    // The engine's own offline state counts too.
    p.setSyncState(SyncEngine::State::Offline);
    QCOMPARE(p.connectionText(), QStringLiteral("Offline"));
}

void TestSyncStatusPresenter::lastSyncIsRelativeAndKeptCurrent() {
    SyncStatusPresenter p;
    QDateTime now = QDateTime::currentDateTimeUtc();
    p.setClock([&now] { return now; });
    p.setRelativeTimeRefresh(std::chrono::milliseconds(20));
    p.setRunning(true);
    p.setLastSync(now);
    QCOMPARE(p.lastSyncText(), QStringLiteral("Last sync just now"));
    QSignalSpy changed(&p, &SyncStatusPresenter::changed);
    now = now.addSecs(5 * 60 + 10);
    // Nothing else happens: the presenter's own timer announces the new text.
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(p.lastSyncText(), QStringLiteral("Last sync ") + plural("%n minute(s) ago", 5));
    now = now.addSecs(3600);
    QCOMPARE(p.lastSyncText(), QStringLiteral("Last sync ") + plural("%n hour(s) ago", 1));
    QCOMPARE(SyncStatusPresenter::relativeTime(now.addSecs(-61), now), plural("%n minute(s) ago", 1));
    QVERIFY(SyncStatusPresenter::relativeTime(now.addDays(-3), now).startsWith(QStringLiteral("on ")));
}

void TestSyncStatusPresenter::countsComeFromTheOutboxInTheCache() {
    QTemporaryDir dir;
    hirex::store::MemorySecretStore secrets;
    hirex::store::LocalCache cache(dir.filePath(QStringLiteral("profile")), QStringLiteral("presenter"),
                                   &secrets);
    QSignalSpy opened(&cache, &hirex::store::LocalCache::opened);
    cache.open();
    QVERIFY(opened.wait(30000));
    const auto *db = cache.database();
    auto queue = [db](const char *key, const char *state) {
        auto s =
            db->prepare("INSERT INTO outbox (idempotency_key, method, path, entity, entity_id, state, "
                        "created_at) VALUES (?, 'POST', '/v1/x', 'application', 'app_1', ?, '2026-01-01')");
        s.bind(1, QString::fromLatin1(key)).bind(2, QString::fromLatin1(state));
        return s.exec();
    };
    QVERIFY(queue("k1", "pending"));
    QVERIFY(queue("k2", "pending"));
    QVERIFY(queue("k3", "failed"));
    QVERIFY(db->exec("INSERT INTO conflicts (entity, entity_id, detected_at) VALUES ('application', 'app_1', "
                     "'2026-01-01')"));
    QVERIFY(
        db->exec("INSERT OR REPLACE INTO sync_cursors (feed, cursor, updated_at) VALUES ('changes', '42', "
                 "'2026-01-01T10:00:00Z')"));

    SyncStatusPresenter p;
    p.setReadDatabase(db);
    QCOMPARE(p.queuedCount(), 2);
    QCOMPARE(p.queuedText(), plural("%n change(s) queued", 2));
    QCOMPARE(p.refusedCount(), 1);
    QCOMPARE(p.conflictCount(), 1);
    QCOMPARE(p.conflictsText(), plural("%n conflict(s)", 1));
    // A second start knows when the feed was last stored.
    QCOMPARE(p.lastSync(), QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));

    QVERIFY(db->exec("DELETE FROM outbox WHERE state = 'pending'")); // the server took them
    p.refreshFromDatabase();
    QCOMPARE(p.queuedCount(), 0);
    QCOMPARE(p.queuedText(), QString());

    // No connection kept: the cache may close, and the presenter keeps its last counts.
    p.setReadDatabase(nullptr);
    cache.lock();
    p.refreshFromDatabase();
    QCOMPARE(p.conflictCount(), 1);
}

void TestSyncStatusPresenter::serviceStatusIsPolledFromTheServer() {
    hirex::test::SandboxProcess sandbox({QStringLiteral("--candidates"), QStringLiteral("20")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    hirex::api::TransportSettings settings;
    settings.caFile = sandbox.caFile();
    const auto policy = hirex::api::TransportPolicy::create(settings, nullptr);
    QVERIFY(policy);
    hirex::test::TestTokenProvider tokens(QString{}); // GET /v1/status needs no sign-in
    hirex::api::ApiClient api(sandbox.baseUrl(), *policy, &tokens);
    hirex::api::RetryPolicy noRetry;
    noRetry.maxAttempts = 1;
    api.setRetryPolicy(noRetry);

    SyncStatusPresenter p;
    p.setServicePollInterval(std::chrono::milliseconds(200));
    QCOMPARE(p.serviceText(), QString());
    p.setApiClient(&api);
    QTRY_COMPARE_WITH_TIMEOUT(p.service(), SyncStatusPresenter::Service::Ok, 15000);
    QCOMPARE(p.serviceText(), QStringLiteral("Service: operational"));

    QCOMPARE(sandbox.stop(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(p.service(), SyncStatusPresenter::Service::Unreachable, 15000);
    QCOMPARE(p.serviceText(), QStringLiteral("Service: not reachable"));

    QVERIFY2(sandbox.restartOnSamePort(), qPrintable(sandbox.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(p.service(), SyncStatusPresenter::Service::Ok, 15000);
    p.setApiClient(nullptr);
    QCOMPARE(p.service(), SyncStatusPresenter::Service::Unknown);
}

QTEST_GUILESS_MAIN(TestSyncStatusPresenter)
#include "tst_syncstatuspresenter.moc"
