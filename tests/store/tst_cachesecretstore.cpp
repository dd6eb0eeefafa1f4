// CacheSecretStore: the secrets of a profile without an OS keychain, inside the cache opened
// with a passphrase; and SecretStoreProbe, which tells "no keychain" from everything else.
#include "CacheTestUtil.h"
#include "core/store/CacheSecretStore.h"
#include "core/store/LocalCache.h"
#include "core/store/MemorySecretStore.h"
#include "core/store/SecretStoreProbe.h"
#include "core/store/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace hirex::store;
using namespace hirex::store::testutil;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery staple");
const QByteArray KnownToken = QByteArrayLiteral("hxr_KnownRefreshToken-4f1c2a9e7d3b");

struct Answer {
    bool done = false;
    SecretStore::Error error = SecretStore::Error::Other;
    QByteArray secret;
    QString message;
};

KdfParams cheapKdf() {
    KdfParams params;
    params.timeCost = 1;
    params.memoryKiB = 8192;
    params.parallelism = 1;
    return params;
}

} // namespace

class TestCacheSecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writeReadDeleteAndNotFound();
    void overwriteReplacesTheValue();
    void answersNeverArriveInsideTheCall();
    void lockedOrGoneCacheFailsCleanly();
    void valuesAreEncryptedAndSurviveReopening();
    void waitsForAnOpenTransactionInsteadOfJoiningIt();
    void busyTooLongIsTimeout();
    void probeTellsNoBackendFromEverythingElse();
    void keychainProfileNeverBecomesPassphraseProfile();

private:
    bool openWithPassphrase(LocalCache &cache, const QString &passphrase);
    Answer read(SecretStore &store, const QString &key);
    Answer write(SecretStore &store, const QString &key, const QByteArray &value);
    Answer remove(SecretStore &store, const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_keychain; // the "OS keychain": absent
    std::unique_ptr<LocalCache> m_cache;
};

void TestCacheSecretStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_keychain = std::make_unique<MemorySecretStore>();
    m_keychain->setFailure(SecretStore::Error::NoBackend);
    m_cache = std::make_unique<LocalCache>(m_dir->filePath(QStringLiteral("profile")), QStringLiteral("p"),
                                           m_keychain.get());
    m_cache->setNewKdfParams(cheapKdf());
    QVERIFY(openWithPassphrase(*m_cache, Passphrase));
}

void TestCacheSecretStore::cleanup() {
    m_cache.reset();
    m_keychain.reset();
    m_dir.reset();
}

bool TestCacheSecretStore::openWithPassphrase(LocalCache &cache, const QString &passphrase) {
    QSignalSpy asked(&cache, &LocalCache::passphraseRequired);
    QSignalSpy opened(&cache, &LocalCache::opened);
    QSignalSpy failed(&cache, &LocalCache::failed);
    cache.open();
    if (!QTest::qWaitFor([&]() { return asked.count() + failed.count() > 0; }, 20000) || asked.isEmpty())
        return false;
    cache.openWithPassphrase(passphrase);
    if (!QTest::qWaitFor([&]() { return opened.count() + failed.count() > 0; }, 20000))
        return false;
    return opened.count() == 1;
}

Answer TestCacheSecretStore::read(SecretStore &store, const QString &key) {
    Answer a;
    store.readSecret(key, [&a](SecretStore::Error e, const QByteArray &s, const QString &m) {
        a = {true, e, s, m};
    });
    (void)QTest::qWaitFor([&]() { return a.done; }, 10000); // a.done tells
    return a;
}

Answer TestCacheSecretStore::write(SecretStore &store, const QString &key, const QByteArray &value) {
    Answer a;
    store.writeSecret(key, value, [&a](SecretStore::Error e, const QString &m) { a = {true, e, {}, m}; });
    (void)QTest::qWaitFor([&]() { return a.done; }, 10000); // a.done tells
    return a;
}

Answer TestCacheSecretStore::remove(SecretStore &store, const QString &key) {
    Answer a;
    store.deleteSecret(key, [&a](SecretStore::Error e, const QString &m) { a = {true, e, {}, m}; });
    (void)QTest::qWaitFor([&]() { return a.done; }, 10000); // a.done tells
    return a;
}

void TestCacheSecretStore::writeReadDeleteAndNotFound() {
    CacheSecretStore store(m_cache.get());
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(static_cast<char>(i)); // every byte value, NULs included

    Answer a = read(store, QStringLiteral("refresh-token/p"));
    QVERIFY(a.done);
    QCOMPARE(a.error, SecretStore::Error::NotFound);
    QVERIFY(!a.message.isEmpty());

    a = write(store, QStringLiteral("refresh-token/p"), binary);
    QVERIFY(a.done);
    QCOMPARE(a.error, SecretStore::Error::None);
    a = read(store, QStringLiteral("refresh-token/p"));
    QCOMPARE(a.error, SecretStore::Error::None);
    QCOMPARE(a.secret, binary);
    QCOMPARE(read(store, QStringLiteral("device-id/p")).error, SecretStore::Error::NotFound);

    a = write(store, QStringLiteral("empty"), QByteArray());
    QCOMPARE(a.error, SecretStore::Error::None);
    a = read(store, QStringLiteral("empty"));
    QCOMPARE(a.error, SecretStore::Error::None);
    QVERIFY(a.secret.isEmpty());

    QCOMPARE(remove(store, QStringLiteral("refresh-token/p")).error, SecretStore::Error::None);
    QCOMPARE(read(store, QStringLiteral("refresh-token/p")).error, SecretStore::Error::NotFound);
    QCOMPARE(remove(store, QStringLiteral("refresh-token/p")).error, SecretStore::Error::NotFound);
    QCOMPARE(m_cache->database()->queryInt("SELECT count(*) FROM secrets"), 1); // "empty" only
}

void TestCacheSecretStore::overwriteReplacesTheValue() {
    CacheSecretStore store(m_cache.get());
    QCOMPARE(write(store, QStringLiteral("k"), "first").error, SecretStore::Error::None);
    QCOMPARE(write(store, QStringLiteral("k"), "second").error, SecretStore::Error::None);
    QCOMPARE(read(store, QStringLiteral("k")).secret, QByteArray("second"));
    QCOMPARE(m_cache->database()->queryInt("SELECT count(*) FROM secrets"), 1);
}

void TestCacheSecretStore::answersNeverArriveInsideTheCall() {
    CacheSecretStore store(m_cache.get());
    bool wrote = false;
    store.writeSecret(QStringLiteral("k"), "v", [&](SecretStore::Error, const QString &) { wrote = true; });
    QVERIFY(!wrote);
    bool read = false;
    store.readSecret(QStringLiteral("k"), [&](SecretStore::Error e, const QByteArray &s, const QString &) {
        read = e == SecretStore::Error::None && s == "v";
    });
    QVERIFY(!read);
    QTRY_VERIFY(wrote && read); // in order: the read sees the write queued before it
}

void TestCacheSecretStore::lockedOrGoneCacheFailsCleanly() {
    auto store = std::make_unique<CacheSecretStore>(m_cache.get());
    QCOMPARE(write(*store, QStringLiteral("k"), "v").error, SecretStore::Error::None);
    m_cache->lock(); // the idle lock: database closed, key wiped
    QVERIFY(!m_cache->database());
    Answer a = read(*store, QStringLiteral("k"));
    QVERIFY(a.done);
    QCOMPARE(a.error, SecretStore::Error::AccessDenied);
    QVERIFY(a.secret.isEmpty());
    QVERIFY(!a.message.isEmpty());
    QCOMPARE(write(*store, QStringLiteral("k"), "w").error, SecretStore::Error::AccessDenied);
    QCOMPARE(remove(*store, QStringLiteral("k")).error, SecretStore::Error::AccessDenied);

    // Unlocked again, the value is what it was before the lock.
    QVERIFY(openWithPassphrase(*m_cache, Passphrase));
    QCOMPARE(read(*store, QStringLiteral("k")).secret, QByteArray("v"));

    // A request in flight while the cache object goes away still answers, with an error.
    Answer late;
    store->readSecret(QStringLiteral("k"),
                      [&late](SecretStore::Error e, const QByteArray &s, const QString &m) {
                          late = {true, e, s, m};
                      });
    m_cache.reset();
    QTRY_VERIFY(late.done);
    QCOMPARE(late.error, SecretStore::Error::AccessDenied);
}

void TestCacheSecretStore::valuesAreEncryptedAndSurviveReopening() {
    const QString dbPath = m_cache->databasePath();
    {
        CacheSecretStore store(m_cache.get());
        QCOMPARE(write(store, QStringLiteral("refresh-token/p"), KnownToken).error, SecretStore::Error::None);
        QCOMPARE(read(store, QStringLiteral("refresh-token/p")).secret, KnownToken);
        // While open (the WAL holds the newest pages) and after closing: ciphertext only.
        for (const QString &file : QStringList{dbPath} + SqlCipherDatabase::companionFiles(dbPath))
            QVERIFY2(!readAll(file).contains(KnownToken), qPrintable(file));
    }
    m_cache->lock();
    for (const QString &file : QStringList{dbPath} + SqlCipherDatabase::companionFiles(dbPath))
        QVERIFY2(!readAll(file).contains(KnownToken), qPrintable(file));
    QVERIFY(readAll(dbPath).size() > 0);

    // A new process: a new cache object, the same passphrase.
    m_cache = std::make_unique<LocalCache>(m_dir->filePath(QStringLiteral("profile")), QStringLiteral("p"),
                                           m_keychain.get());
    QVERIFY(openWithPassphrase(*m_cache, Passphrase));
    CacheSecretStore store(m_cache.get());
    QCOMPARE(read(store, QStringLiteral("refresh-token/p")).secret, KnownToken);

    // The wrong passphrase opens nothing, so the store has nothing to give.
    m_cache->lock();
    QSignalSpy failed(m_cache.get(), &LocalCache::failed);
    QVERIFY(!openWithPassphrase(*m_cache, QStringLiteral("not the passphrase at all")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<CacheError>().kind, CacheError::Kind::WrongKey);
    QCOMPARE(read(store, QStringLiteral("refresh-token/p")).error, SecretStore::Error::AccessDenied);
}

void TestCacheSecretStore::waitsForAnOpenTransactionInsteadOfJoiningIt() {
    CacheSecretStore store(m_cache.get());
    const SqlCipherDatabase *db = m_cache->database();
    std::optional<Transaction> txn(std::in_place, *db);
    QVERIFY(txn->isActive());
    QVERIFY(insertCandidate(*db, QStringLiteral("c1"), QStringLiteral("Ada"), QStringLiteral("Byron"),
                            QStringLiteral("ada@example.com")));
    Answer a;
    store.writeSecret(QStringLiteral("refresh-token/p"), KnownToken,
                      [&a](SecretStore::Error e, const QString &m) {
                          a = {true, e, {}, m};
                      });
    QTest::qWait(100);
    QVERIFY(!a.done); // still waiting: the transaction is someone else's
    txn.reset();      // rolls back
    QTRY_VERIFY(a.done);
    QCOMPARE(a.error, SecretStore::Error::None);
    // The rollback took the candidate, not the secret written after it ended.
    QCOMPARE(db->queryInt("SELECT count(*) FROM candidates"), 0);
    QCOMPARE(read(store, QStringLiteral("refresh-token/p")).secret, KnownToken);
}

void TestCacheSecretStore::busyTooLongIsTimeout() {
    CacheSecretStore store(m_cache.get());
    store.setBusyTimeout(std::chrono::milliseconds(200));
    const SqlCipherDatabase *db = m_cache->database();
    std::optional<Transaction> txn(std::in_place, *db);
    QVERIFY(txn->isActive());
    Answer a = read(store, QStringLiteral("anything"));
    QVERIFY(a.done);
    QCOMPARE(a.error, SecretStore::Error::Timeout);
    txn.reset(); // rolls back
    QCOMPARE(read(store, QStringLiteral("anything")).error, SecretStore::Error::NotFound);
}

void TestCacheSecretStore::probeTellsNoBackendFromEverythingElse() {
    MemorySecretStore keychain;
    const QList<QPair<SecretStore::Error, SecretStoreProbe::Result>> cases = {
        {SecretStore::Error::NoBackend, SecretStoreProbe::Result::NoBackend},
        {SecretStore::Error::None, SecretStoreProbe::Result::Available},
        {SecretStore::Error::AccessDenied, SecretStoreProbe::Result::Available},
        {SecretStore::Error::Timeout, SecretStoreProbe::Result::Available},
        {SecretStore::Error::Other, SecretStoreProbe::Result::Available},
    };
    for (const auto &[failure, expected] : cases) {
        keychain.setFailure(failure);
        bool done = false;
        SecretStoreProbe::Result result = SecretStoreProbe::Result::Available;
        SecretStoreProbe::check(&keychain, [&](SecretStoreProbe::Result r) {
            result = r;
            done = true;
        });
        QVERIFY(!done);
        QTRY_VERIFY(done);
        QCOMPARE(result, expected);
    }
    QVERIFY(!keychain.contains(SecretStoreProbe::probeKey())); // nothing was created
}

// Defect: a keychain that answered slowly (or looked absent) once made a keychain profile a
// passphrase profile, and only a reset (losing queued changes) got out of it.
void TestCacheSecretStore::keychainProfileNeverBecomesPassphraseProfile() {
    using Home = SecretStoreProbe::Home;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString kdf = dir.filePath(QStringLiteral("cache.kdf.json"));
    const QString db = dir.filePath(QStringLiteral("cache.db"));
    MemorySecretStore keychain;
    auto choose = [&](SecretStore::Error failure) {
        keychain.setFailure(failure);
        bool done = false;
        Home home = Home::Keychain;
        SecretStoreProbe::choose(kdf, db, &keychain, [&](Home h) {
            home = h;
            done = true;
        });
        [&] {
            QTRY_VERIFY(done);
        }();
        return home;
    };

    // A new profile: no keychain means a passphrase cache, anything else the keychain.
    QCOMPARE(choose(SecretStore::Error::NoBackend), Home::PassphraseCache);
    QCOMPARE(choose(SecretStore::Error::Timeout), Home::Keychain);
    QCOMPARE(choose(SecretStore::Error::None), Home::Keychain);

    // A keychain profile (cache.db, no KDF file): its key is in the keychain.
    QFile file(db);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    for (SecretStore::Error failure : {SecretStore::Error::NoBackend, SecretStore::Error::Timeout,
                                       SecretStore::Error::AccessDenied, SecretStore::Error::Other}) {
        QCOMPARE(choose(failure), Home::Unavailable);
    }
    // Retry once the keychain answers: back to the keychain, nothing was changed meanwhile.
    QCOMPARE(choose(SecretStore::Error::None), Home::Keychain);
    QCOMPARE(choose(SecretStore::Error::NotFound), Home::Keychain);
    QVERIFY(!QFileInfo::exists(kdf));

    // A passphrase profile stays one.
    QFile kdfFile(kdf);
    QVERIFY(kdfFile.open(QIODevice::WriteOnly));
    kdfFile.close();
    QCOMPARE(choose(SecretStore::Error::None), Home::PassphraseCache);
}

QTEST_GUILESS_MAIN(TestCacheSecretStore)
#include "tst_cachesecretstore.moc"
