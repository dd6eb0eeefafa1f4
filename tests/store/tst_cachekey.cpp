#include "core/store/CacheKey.h"
#include "core/store/KdfParams.h"
#include "core/store/PassphraseKeyDeriver.h"

#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace hirex::store;

namespace {

QByteArray toHex(const CacheKey &key) {
    const SecureBytes hex = key.hex();
    return QByteArray(hex.constChars(), static_cast<qsizetype>(hex.size()));
}

SecureBytes utf8(const QString &text) {
    return SecureBytes::fromByteArray(text.toUtf8());
}

} // namespace

class TestCacheKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generatedKeysAreRandom32Bytes();
    void hexAndRawKeySpec();
    void fromBytesChecksLength();
    void wipeZeroesTheBytes();
    void secureBytesMoveLeavesNothingBehind();
    void argon2idMatchesReferenceCli_data();
    void argon2idMatchesReferenceCli();
    void deriveRunsOffTheCallingThread();
    void deriveRejectsShortSalt();
    void kdfParamsJsonRoundTripAndValidation();
};

void TestCacheKey::generatedKeysAreRandom32Bytes() {
    QSet<QByteArray> seen;
    int byteHistogram[256] = {};
    for (int i = 0; i < 200; ++i) {
        const CacheKey key = CacheKey::generate();
        QVERIFY(key.isValid());
        QCOMPARE(key.size(), std::size_t(32));
        const QByteArray bytes = key.toByteArray();
        QVERIFY(!seen.contains(bytes));
        seen.insert(bytes);
        for (char c : bytes) {
            ++byteHistogram[static_cast<unsigned char>(c)];
        }
    }
    // 6400 bytes: a working CSPRNG hits nearly every value (expected ~25 each); a constant or
    // counter-like generator would not.
    int distinct = 0;
    for (int count : byteHistogram) {
        distinct += count > 0 ? 1 : 0;
        QVERIFY2(count < 80, "one byte value is far too frequent");
    }
    QVERIFY(distinct > 240);
}

void TestCacheKey::hexAndRawKeySpec() {
    QByteArray raw(32, '\0');
    for (int i = 0; i < 32; ++i) {
        raw[i] = static_cast<char>(i * 8 + 1);
    }
    const CacheKey key = CacheKey::fromBytes(raw);
    QVERIFY(key.isValid());
    QCOMPARE(toHex(key), raw.toHex());
    QCOMPARE(toHex(key).size(), 64);
    const SecureBytes spec = key.rawKeySpec();
    QCOMPARE(QByteArray(spec.constChars(), static_cast<qsizetype>(spec.size())),
             QByteArray("x'" + raw.toHex() + "'"));
}

void TestCacheKey::fromBytesChecksLength() {
    QVERIFY(!CacheKey::fromBytes(QByteArray(31, 'a')).isValid());
    QVERIFY(!CacheKey::fromBytes(QByteArray(33, 'a')).isValid());
    QVERIFY(!CacheKey::fromBytes({}).isValid());
    QVERIFY(!CacheKey().isValid());
    QVERIFY(CacheKey().rawKeySpec().isEmpty());
    QVERIFY(CacheKey::fromBytes(QByteArray(32, 'a')).isValid());
}

void TestCacheKey::wipeZeroesTheBytes() {
    CacheKey key = CacheKey::generate();
    const unsigned char *bytes = key.data();
    bool anyNonZero = false;
    for (std::size_t i = 0; i < CacheKey::Size; ++i) {
        anyNonZero |= bytes[i] != 0;
    }
    QVERIFY(anyNonZero);
    key.wipe();
    QVERIFY(!key.isValid());
    // The allocation is still the key's (kept until destruction), so reading it is defined.
    for (std::size_t i = 0; i < CacheKey::Size; ++i) {
        QCOMPARE(int(bytes[i]), 0);
    }
}

void TestCacheKey::secureBytesMoveLeavesNothingBehind() {
    SecureBytes a = SecureBytes::fromByteArray(QByteArrayLiteral("secret"));
    const unsigned char *data = a.data();
    SecureBytes b = std::move(a);
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
    QVERIFY(a.data() == nullptr);
    QCOMPARE(b.data(), data);
    QCOMPARE(b.toByteArray(), QByteArrayLiteral("secret"));
    b.wipe();
    QVERIFY(b.isEmpty());
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(int(data[i]), 0);
    }

    QByteArray plain = QByteArrayLiteral("passphrase");
    plain.detach();
    const char *plainData = plain.constData();
    Q_UNUSED(plainData);
    wipeByteArray(plain);
    QVERIFY(plain.isEmpty());
}

// Vectors from the reference implementation's CLI (Debian package argon2, 0~20171227):
//   echo -n password | argon2 somesaltsomesalt -id -t 2 -m 16 -p 1 -l 32 -r
// (16-byte salts: the deriver refuses shorter ones, see deriveRejectsShortSalt).
void TestCacheKey::argon2idMatchesReferenceCli_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint32>("t");
    QTest::addColumn<quint32>("mKiB");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("expectedHex");
    QTest::newRow("t2 m64MiB p1") << QStringLiteral("password") << QByteArrayLiteral("somesaltsomesalt") << 2u
                                  << 65536u << 1u
                                  << QByteArrayLiteral(
                                         "fc33b78139231d34b71626bd6245c1d72efa190ad605c3d8166a72adcedfa2c2");
    QTest::newRow("t3 m4MiB p1") << QStringLiteral("password") << QByteArrayLiteral("0123456789abcdef") << 3u
                                 << 4096u << 1u
                                 << QByteArrayLiteral(
                                        "94a8a0523264ae5d982017f6d5bc452509d10b0dce98c85d6f57d986a025856e");
    QTest::newRow("utf8 t1 m8MiB p2")
        << QStringLiteral("Çağla pässwörd") << QByteArrayLiteral("saltsaltsaltsalt") << 1u << 8192u << 2u
        << QByteArrayLiteral("2e666890acd9ac0b8b743f83fc8d3a40811ef907d1c425491aaf6c7e0ff3877e");
}

void TestCacheKey::argon2idMatchesReferenceCli() {
    QFETCH(QString, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint32, t);
    QFETCH(quint32, mKiB);
    QFETCH(quint32, p);
    QFETCH(QByteArray, expectedHex);
    KdfParams params;
    params.timeCost = t;
    params.memoryKiB = mKiB;
    params.parallelism = p;
    params.salt = salt;
    QString error;
    const CacheKey key = PassphraseKeyDeriver::deriveBlocking(utf8(password), params, &error);
    QVERIFY2(key.isValid(), qPrintable(error));
    QCOMPARE(toHex(key), expectedHex);
}

void TestCacheKey::deriveRunsOffTheCallingThread() {
    PassphraseKeyDeriver deriver;
    KdfParams params;
    params.timeCost = 1;
    params.memoryKiB = 8192;
    params.parallelism = 2;
    params.salt = QByteArrayLiteral("saltsaltsaltsalt");
    bool done = false;
    QByteArray hex;
    QString failure;
    deriver.derive(QStringLiteral("Çağla pässwörd"), params, [&](CacheKey key, const QString &error) {
        QCOMPARE(QThread::currentThread(), QCoreApplication::instance()->thread()); // answered on our thread
        hex = toHex(key);
        failure = error;
        done = true;
    });
    QVERIFY(!done); // not inside the call
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(hex, QByteArrayLiteral("2e666890acd9ac0b8b743f83fc8d3a40811ef907d1c425491aaf6c7e0ff3877e"));

    // Destroying the deriver while it works waits for the worker and never calls back.
    bool calledBack = false;
    {
        PassphraseKeyDeriver shortLived;
        shortLived.derive(QStringLiteral("x"), params, [&](CacheKey, const QString &) { calledBack = true; });
    }
    QTest::qWait(50);
    QVERIFY(!calledBack);
}

void TestCacheKey::deriveRejectsShortSalt() {
    KdfParams params;
    params.salt = QByteArrayLiteral("somesalt"); // 8 bytes: valid for argon2, too short for us
    QString error;
    QVERIFY(!PassphraseKeyDeriver::deriveBlocking(utf8(QStringLiteral("pw")), params, &error).isValid());
    QVERIFY(!error.isEmpty());
}

void TestCacheKey::kdfParamsJsonRoundTripAndValidation() {
    const KdfParams a = KdfParams::createDefault();
    const KdfParams b = KdfParams::createDefault();
    QCOMPARE(a.salt.size(), KdfParams::SaltSize);
    QVERIFY(a.salt != b.salt);
    QCOMPARE(a.timeCost, 3u);
    QCOMPARE(a.memoryKiB, 65536u);
    QCOMPARE(a.parallelism, 1u);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.kdf.json"));
    QString error;
    QVERIFY(a.save(path, &error));
    const auto loaded = KdfParams::load(path, &error);
    QVERIFY2(loaded.has_value(), qPrintable(error));
    QCOMPARE(loaded->salt, a.salt);
    QCOMPARE(loaded->timeCost, a.timeCost);
    QCOMPARE(loaded->memoryKiB, a.memoryKiB);

    QJsonObject tampered = a.toJson();
    tampered[QStringLiteral("m_kib")] = 1024 * 1024 * 1024; // 1 TiB
    QVERIFY(!KdfParams::fromJson(tampered).has_value());
    tampered = a.toJson();
    tampered[QStringLiteral("t")] = 0;
    QVERIFY(!KdfParams::fromJson(tampered).has_value());
    tampered = a.toJson();
    tampered[QStringLiteral("kdf")] = QStringLiteral("pbkdf2");
    QVERIFY(!KdfParams::fromJson(tampered).has_value());
    tampered = a.toJson();
    tampered[QStringLiteral("salt")] = QStringLiteral("c2hvcnQ="); // "short"
    QVERIFY(!KdfParams::fromJson(tampered).has_value());
}

QTEST_GUILESS_MAIN(TestCacheKey)
#include "tst_cachekey.moc"
