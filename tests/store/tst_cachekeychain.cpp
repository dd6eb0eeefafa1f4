// The cache key in the real keychain (gnome-keyring in a private D-Bus session, label keychain):
// LocalCache stores a new key through KeychainSecretStore; `secret-tool` finds it under the
// attributes QtKeychain uses (server = service name, user = key name, base64 for binary data);
// and the stock sqlcipher tool opens the cache with that key, and not without it.
#include "CacheTestUtil.h"
#include "core/store/KeychainSecretStore.h"
#include "core/store/LocalCache.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hirex::store;
using namespace hirex::store::testutil;

class TestCacheKeychain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keyFromTheKeychainOpensTheCacheInTheCli();
};

void TestCacheKeychain::keyFromTheKeychainOpensTheCacheInTheCli() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    KeychainSecretStore secrets;
    const QString profile = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    LocalCache cache(dir.filePath(profile), profile, &secrets);

    QSignalSpy opened(&cache, &LocalCache::opened);
    QSignalSpy failed(&cache, &LocalCache::failed);
    cache.open();
    QVERIFY(QTest::qWaitFor([&]() { return opened.count() + failed.count() > 0; }, 30000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().value<CacheError>().detail));
    QVERIFY(insertCandidate(*cache.database(), QStringLiteral("cand_j"), QStringLiteral("Jürgen"),
                            QStringLiteral("Groß"), QStringLiteral("juergen.gross@example.de")));
    cache.lock();

    const QByteArray fileBytes = readAll(cache.databasePath());
    QVERIFY(!fileBytes.contains(QStringLiteral("Jürgen").toUtf8()));
    QVERIFY(!fileBytes.contains("juergen.gross"));

    // What QtKeychain's libsecret backend stores: schema org.qt.keychain, attributes
    // server=<service>, user=<key>, type=base64 for binary data.
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("hirex-desktop"),
                  QStringLiteral("user"), cache.secretName()});
    QVERIFY(lookup.waitForFinished(15000));
    QCOMPARE(lookup.exitCode(), 0);
    QByteArray stored = lookup.readAllStandardOutput().trimmed();
    QByteArray raw = QByteArray::fromBase64(stored, QByteArray::AbortOnBase64DecodingErrors);
    QCOMPARE(raw.size(), 32);
    const CacheKey key = CacheKey::fromBytes(raw);
    wipeByteArray(raw);
    wipeByteArray(stored);
    QVERIFY(key.isValid());

    const SecureBytes spec = key.rawKeySpec();
    const CliResult withKey = runSqlcipherCli(
        cache.databasePath(), "PRAGMA key = \"" + spec.toByteArray() +
                                  "\";\nPRAGMA cipher_page_size = 4096;\n"
                                  "SELECT first_name || ' ' || last_name || ' ' || email FROM candidates;\n");
    QCOMPARE(withKey.exitCode, 0);
    QVERIFY2(withKey.out.contains(QStringLiteral("Jürgen Groß juergen.gross@example.de")),
             qPrintable(withKey.out + withKey.err));

    const CliResult withoutKey = runSqlcipherCli(cache.databasePath(), "SELECT count(*) FROM candidates;\n");
    QVERIFY(withoutKey.err.contains(QStringLiteral("file is encrypted or is not a database")));
    QVERIFY(!withoutKey.out.contains(QStringLiteral("Jürgen")));

    // Reset deletes the key from the keychain as well.
    QSignalSpy resetDone(&cache, &LocalCache::resetDone);
    cache.reset();
    QVERIFY(resetDone.wait(30000));
    QProcess after;
    after.start(QStringLiteral("secret-tool"),
                {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("hirex-desktop"),
                 QStringLiteral("user"), cache.secretName()});
    QVERIFY(after.waitForFinished(15000));
    QVERIFY(after.readAllStandardOutput().trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TestCacheKeychain)
#include "tst_cachekeychain.moc"
