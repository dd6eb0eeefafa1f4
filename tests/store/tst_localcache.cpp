#include "CacheTestUtil.h"
#include "core/store/CacheSchema.h"
#include "core/store/IdleLock.h"
#include "core/store/LocalCache.h"
#include "core/store/MemorySecretStore.h"
#include "core/store/Transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hirex::store;
using namespace hirex::store::testutil;

namespace {

KdfParams cheapKdf() {
    KdfParams params;
    params.timeCost = 1;
    params.memoryKiB = 8192;
    params.parallelism = 1;
    return params;
}

} // namespace

class TestLocalCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstOpenCreatesKeyThenDatabase();
    void reopenAfterLockKeepsData();
    void lostKeyIsKeyLostAndNothingIsRecreated();
    void resetWipesFilesAndKeyThenOpensFresh();
    void storedKeyThatDoesNotFitIsWrongKey();
    void keychainErrorsAreTold_data();
    void keychainErrorsAreTold();
    void noKeychainAndNoCacheAsksForANewPassphrase();
    void noKeychainWithAKeychainCacheIsNoBackend();
    void corruptFileIsReportedAndKept();
    void cleanOpenRunsNoIntegrityCheck();
    void uncleanShutdownChecksInTheBackground();
    void damageFoundInTheBackgroundIsReported();
    void idleLockClosesAfterInactivityAndUnlocks();
    void lockNowClosesAtOnce();

private:
    std::unique_ptr<LocalCache> makeCache();
    bool openAndWait(LocalCache &cache, CacheError *error = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TestLocalCache::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestLocalCache::cleanup() {
    m_secrets.reset();
    m_dir.reset();
}

std::unique_ptr<LocalCache> TestLocalCache::makeCache() {
    auto cache = std::make_unique<LocalCache>(m_dir->filePath(QStringLiteral("profiles/work")),
                                              QStringLiteral("work"), m_secrets.get());
    cache->setNewKdfParams(cheapKdf());
    return cache;
}

bool TestLocalCache::openAndWait(LocalCache &cache, CacheError *error) {
    QSignalSpy opened(&cache, &LocalCache::opened);
    QSignalSpy failed(&cache, &LocalCache::failed);
    cache.open();
    if (!QTest::qWaitFor([&]() { return opened.count() + failed.count() > 0; }, 20000)) {
        return false;
    }
    if (error && failed.count() > 0) {
        *error = failed.first().first().value<CacheError>();
    }
    return opened.count() == 1;
}

void TestLocalCache::firstOpenCreatesKeyThenDatabase() {
    auto cache = makeCache();
    QSignalSpy opened(cache.get(), &LocalCache::opened);
    cache->open();
    QCOMPARE(opened.count(), 0); // asynchronous
    QCOMPARE(cache->state(), LocalCache::State::Opening);
    QVERIFY(QTest::qWaitFor([&]() { return opened.count() == 1; }, 20000));
    QCOMPARE(cache->state(), LocalCache::State::Open);
    QVERIFY(m_secrets->contains(QStringLiteral("cache-key/work")));
    QVERIFY(QFileInfo::exists(cache->databasePath()));
    QVERIFY(!QFileInfo::exists(cache->kdfPath()));
    QCOMPARE(QFileInfo(cache->databasePath()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFileDevice::Permissions());
    QVERIFY(cache->database());
    QCOMPARE(cache->database()->userVersion(), CacheSchema::LatestVersion);
}

void TestLocalCache::reopenAfterLockKeepsData() {
    auto cache = makeCache();
    QVERIFY(openAndWait(*cache));
    QVERIFY(insertCandidate(*cache->database(), QStringLiteral("c1"), QStringLiteral("Ada"),
                            QStringLiteral("Byron"), QStringLiteral("ada@example.com")));
    QSignalSpy locked(cache.get(), &LocalCache::locked);
    cache->lock();
    QCOMPARE(locked.count(), 1);
    QVERIFY(!cache->database());
    QCOMPARE(cache->state(), LocalCache::State::Closed);

    QVERIFY(openAndWait(*cache));
    QCOMPARE(cache->database()->queryString("SELECT first_name FROM candidates WHERE id = 'c1'"),
             QStringLiteral("Ada"));

    // A second LocalCache on the same profile (next app start) finds the same key.
    cache.reset();
    auto again = makeCache();
    QVERIFY(openAndWait(*again));
    QCOMPARE(again->database()->queryInt("SELECT count(*) FROM candidates"), 1);
}

void TestLocalCache::lostKeyIsKeyLostAndNothingIsRecreated() {
    auto cache = makeCache();
    QVERIFY(openAndWait(*cache));
    QVERIFY(insertCandidate(*cache->database(), QStringLiteral("c1"), QStringLiteral("Ada"),
                            QStringLiteral("Byron"), QStringLiteral("ada@example.com")));
    cache->lock();
    const QByteArray before = readAll(cache->databasePath());

    bool deleted = false;
    m_secrets->deleteSecret(QStringLiteral("cache-key/work"),
                            [&](SecretStore::Error, const QString &) { deleted = true; });
    QTRY_VERIFY(deleted);

    CacheError error;
    QVERIFY(!openAndWait(*cache, &error));
    QCOMPARE(error.kind, CacheError::Kind::KeyLost);
    QVERIFY(error.offersReset());
    QVERIFY(!m_secrets->contains(QStringLiteral("cache-key/work"))); // no new key either
    QCOMPARE(readAll(cache->databasePath()), before);                // file untouched
    QCOMPARE(cache->state(), LocalCache::State::Closed);
}

void TestLocalCache::resetWipesFilesAndKeyThenOpensFresh() {
    auto cache = makeCache();
    QVERIFY(openAndWait(*cache));
    QVERIFY(insertCandidate(*cache->database(), QStringLiteral("c1"), QStringLiteral("Ada"),
                            QStringLiteral("Byron"), QStringLiteral("ada@example.com")));
    QVERIFY(QFileInfo::exists(cache->databasePath() + QStringLiteral("-wal")));

    QSignalSpy resetDone(cache.get(), &LocalCache::resetDone);
    cache->reset();
    QVERIFY(!cache->database()); // closed at once
    QVERIFY(resetDone.wait(20000));
    QVERIFY(!QFileInfo::exists(cache->databasePath()));
    QVERIFY(!QFileInfo::exists(cache->databasePath() + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(cache->databasePath() + QStringLiteral("-shm")));
    QVERIFY(!m_secrets->contains(QStringLiteral("cache-key/work")));

    QVERIFY(openAndWait(*cache));
    QCOMPARE(cache->database()->queryInt("SELECT count(*) FROM candidates"), 0);
    QVERIFY(m_secrets->contains(QStringLiteral("cache-key/work")));
}

void TestLocalCache::storedKeyThatDoesNotFitIsWrongKey() {
    auto cache = makeCache();
    QVERIFY(openAndWait(*cache));
    cache->lock();
    QByteArray other = CacheKey::generate().toByteArray();
    bool written = false;
    m_secrets->writeSecret(QStringLiteral("cache-key/work"), other,
                           [&](SecretStore::Error, const QString &) { written = true; });
    QTRY_VERIFY(written);
    CacheError error;
    QVERIFY(!openAndWait(*cache, &error));
    QCOMPARE(error.kind, CacheError::Kind::WrongKey);
}

void TestLocalCache::keychainErrorsAreTold_data() {
    QTest::addColumn<SecretStore::Error>("keychain");
    QTest::addColumn<CacheError::Kind>("expected");
    QTest::newRow("denied") << SecretStore::Error::AccessDenied << CacheError::Kind::KeychainDenied;
    QTest::newRow("timeout") << SecretStore::Error::Timeout << CacheError::Kind::KeychainTimeout;
}

void TestLocalCache::keychainErrorsAreTold() {
    QFETCH(SecretStore::Error, keychain);
    QFETCH(CacheError::Kind, expected);
    m_secrets->setFailure(keychain);
    auto cache = makeCache();
    CacheError error;
    QVERIFY(!openAndWait(*cache, &error));
    QCOMPARE(error.kind, expected);
    QVERIFY(error.offersRetry());
    QVERIFY(!QFileInfo::exists(cache->databasePath()));
}

void TestLocalCache::noKeychainAndNoCacheAsksForANewPassphrase() {
    m_secrets->setFailure(SecretStore::Error::NoBackend);
    auto cache = makeCache();
    QSignalSpy passphrase(cache.get(), &LocalCache::passphraseRequired);
    QSignalSpy opened(cache.get(), &LocalCache::opened);
    QSignalSpy failed(cache.get(), &LocalCache::failed);
    cache->open();
    QVERIFY(passphrase.wait(20000));
    QCOMPARE(passphrase.first().first().toBool(), true); // a new cache
    QCOMPARE(cache->state(), LocalCache::State::NeedsPassphrase);

    cache->openWithPassphrase(QStringLiteral("correct horse"));
    QVERIFY(opened.wait(20000));
    QVERIFY(QFileInfo::exists(cache->kdfPath()));
    QString kdfError;
    const auto params = KdfParams::load(cache->kdfPath(), &kdfError);
    QVERIFY(params.has_value());
    QCOMPARE(params->salt.size(), KdfParams::SaltSize);
    QVERIFY(insertCandidate(*cache->database(), QStringLiteral("c1"), QStringLiteral("Ada"),
                            QStringLiteral("Byron"), QStringLiteral("ada@example.com")));
    cache->lock();

    // Passphrase mode does not consult the keychain any more.
    const int calls = m_secrets->callCount();
    passphrase.clear();
    cache->open();
    QCOMPARE(passphrase.count(), 0); // not inside the call
    QTRY_COMPARE(passphrase.count(), 1);
    QCOMPARE(passphrase.first().first().toBool(), false);
    QCOMPARE(m_secrets->callCount(), calls);

    cache->openWithPassphrase(QStringLiteral("wrong horse"));
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<CacheError>().kind, CacheError::Kind::WrongKey);

    cache->open();
    QCOMPARE(cache->state(), LocalCache::State::NeedsPassphrase);
    opened.clear();
    cache->openWithPassphrase(QStringLiteral("correct horse"));
    QVERIFY(opened.wait(20000));
    QCOMPARE(cache->database()->queryString("SELECT first_name FROM candidates"), QStringLiteral("Ada"));

    // Reset removes the salt file too: the next open starts from scratch.
    QSignalSpy resetDone(cache.get(), &LocalCache::resetDone);
    cache->reset();
    QVERIFY(resetDone.wait(20000));
    QVERIFY(!QFileInfo::exists(cache->kdfPath()));
    QVERIFY(!QFileInfo::exists(cache->databasePath()));
}

void TestLocalCache::noKeychainWithAKeychainCacheIsNoBackend() {
    auto cache = makeCache();
    QVERIFY(openAndWait(*cache));
    cache->lock();
    m_secrets->setFailure(SecretStore::Error::NoBackend);
    CacheError error;
    QSignalSpy passphrase(cache.get(), &LocalCache::passphraseRequired);
    QVERIFY(!openAndWait(*cache, &error));
    QCOMPARE(error.kind, CacheError::Kind::NoBackend);
    QCOMPARE(passphrase.count(), 0); // a passphrase could not open a keychain-keyed cache
}

void TestLocalCache::corruptFileIsReportedAndKept() {
    auto cache = makeCache();
    QVERIFY(openAndWait(*cache));
    cache->lock();
    QFile file(cache->databasePath());
    QVERIFY(file.resize(file.size() - 100));
    CacheError error;
    QVERIFY(!openAndWait(*cache, &error));
    QCOMPARE(error.kind, CacheError::Kind::Corrupt);
    QVERIFY(QFileInfo::exists(cache->databasePath())); // never deleted without the user
}

// Defect: a full integrity_check ran on every open and unlock (seconds on a big cache).
void TestLocalCache::cleanOpenRunsNoIntegrityCheck() {
    const int checksBefore = SqlCipherDatabase::integrityCheckCount();
    auto cache = makeCache();
    QSignalSpy started(cache.get(), &LocalCache::integrityCheckStarted);
    QVERIFY(openAndWait(*cache));
    QVERIFY(QFileInfo::exists(cache->openMarkerPath())); // open: unclean if we crash now
    cache->lock();
    QVERIFY(!QFileInfo::exists(cache->openMarkerPath())); // closed cleanly
    QVERIFY(openAndWait(*cache));
    cache.reset();
    auto again = makeCache();
    QSignalSpy startedAgain(again.get(), &LocalCache::integrityCheckStarted);
    QVERIFY(openAndWait(*again));
    QTest::qWait(200);
    QCOMPARE(started.count(), 0);
    QCOMPARE(startedAgain.count(), 0);
    QCOMPARE(SqlCipherDatabase::integrityCheckCount(), checksBefore); // none on open or unlock
}

void TestLocalCache::uncleanShutdownChecksInTheBackground() {
    auto cache = makeCache();
    QVERIFY(openAndWait(*cache));
    QVERIFY(insertCandidate(*cache->database(), QStringLiteral("c1"), QStringLiteral("Ada"),
                            QStringLiteral("Byron"), QStringLiteral("ada@example.com")));
    cache->lock();
    QFile marker(cache->openMarkerPath()); // as a crash leaves it
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();

    QSignalSpy started(cache.get(), &LocalCache::integrityCheckStarted);
    QSignalSpy checked(cache.get(), &LocalCache::integrityChecked);
    QVERIFY(openAndWait(*cache));
    QCOMPARE(cache->database()->queryInt("SELECT count(*) FROM candidates"), 1); // usable at once
    QVERIFY(QTest::qWaitFor([&]() { return checked.count() == 1; }, 20000));
    QCOMPARE(started.count(), 1);
    QVERIFY(SqlCipherDatabase::integrityCheckCount() > 0);
    QVERIFY(!checked.first().first().value<CacheError>().isError());
    cache->lock();
    QVERIFY(!QFileInfo::exists(cache->openMarkerPath()));
}

void TestLocalCache::damageFoundInTheBackgroundIsReported() {
    auto cache = makeCache();
    QVERIFY(openAndWait(*cache));
    SqlCipherDatabase *db = cache->database();
    {
        Transaction txn(*db);
        QVERIFY(txn.isActive());
        for (int i = 0; i < 2000; ++i) {
            QVERIFY(insertCandidate(*db, QStringLiteral("c%1").arg(i), QStringLiteral("First %1").arg(i),
                                    QStringLiteral("Last %1").arg(i),
                                    QStringLiteral("p%1@example.com").arg(i)));
        }
        QCOMPARE(txn.commit(), QString());
    }
    QVERIFY(db->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    cache->lock();

    QFile file(cache->databasePath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 16 * 4096);
    QVERIFY(file.seek((size / 2 / 4096) * 4096 + 100));
    QByteArray garbage(8192, '\0');
    for (int i = 0; i < garbage.size(); ++i) {
        garbage[i] = char((i * 131 + 7) & 0xff);
    }
    QCOMPARE(file.write(garbage), garbage.size());
    file.close();
    QFile marker(cache->openMarkerPath());
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();

    QSignalSpy checked(cache.get(), &LocalCache::integrityChecked);
    QVERIFY(openAndWait(*cache)); // fast path: the damage is not where opening reads
    QVERIFY(QTest::qWaitFor([&]() { return checked.count() == 1; }, 20000));
    QCOMPARE(checked.first().first().value<CacheError>().kind, CacheError::Kind::Corrupt);
    cache->lock();
    QVERIFY(QFileInfo::exists(cache->openMarkerPath())); // the next open checks again
}

void TestLocalCache::idleLockClosesAfterInactivityAndUnlocks() {
    auto cache = makeCache();
    IdleLock idle(cache.get());
    idle.setTimeout(std::chrono::milliseconds(300));
    QSignalSpy locked(&idle, &IdleLock::locked);
    QSignalSpy unlocked(&idle, &IdleLock::unlocked);
    QVERIFY(openAndWait(*cache));

    // Activity keeps it open well past the timeout.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 900) {
        idle.noteActivity();
        QTest::qWait(50);
    }
    QCOMPARE(locked.count(), 0);
    QVERIFY(cache->database());

    // Without activity it locks: database closed, state closed.
    QVERIFY(locked.wait(3000));
    QVERIFY(idle.isLocked());
    QVERIFY(!cache->database());
    QCOMPARE(cache->state(), LocalCache::State::Closed);

    idle.unlock();
    QVERIFY(unlocked.wait(20000));
    QVERIFY(!idle.isLocked());
    QVERIFY(cache->database());
    // And the timer runs again after unlocking.
    QVERIFY(locked.wait(3000));
    QCOMPARE(locked.count(), 2);
}

void TestLocalCache::lockNowClosesAtOnce() {
    auto cache = makeCache();
    IdleLock idle(cache.get());
    idle.setTimeout(std::chrono::minutes(10));
    QSignalSpy locked(&idle, &IdleLock::locked);
    idle.lockNow(); // nothing open yet: nothing to lock
    QCOMPARE(locked.count(), 0);
    QVERIFY(openAndWait(*cache));

    idle.lockNow();
    QCOMPARE(locked.count(), 1);
    QVERIFY(idle.isLocked());
    QVERIFY(!cache->database());
    idle.lockNow(); // already locked: no second signal
    QCOMPARE(locked.count(), 1);
}

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
