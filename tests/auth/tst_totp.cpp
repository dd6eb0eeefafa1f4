#include "tests/support/Totp.h"

#include <QTest>

using hirex::test::Totp;

// The TOTP helper the integration tests sign in with, checked against RFC 6238 Appendix B.
class TestTotp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc6238Vectors_data();
    void rfc6238Vectors();
    void base32();
};

void TestTotp::rfc6238Vectors_data() {
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("expected");
    QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
    QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
    QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("14050471");
    QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
    QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
    QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("65353130");
}

void TestTotp::rfc6238Vectors() {
    QFETCH(qint64, time);
    QFETCH(QString, expected);
    QCOMPARE(Totp::code("12345678901234567890", time, 8), expected);
    QCOMPARE(Totp::code("12345678901234567890", time, 6), expected.right(6));
}

void TestTotp::base32() {
    // "12345678901234567890" in base32, as authenticator apps show it.
    QCOMPARE(Totp::decodeBase32(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")),
             QByteArray("12345678901234567890"));
    QCOMPARE(Totp::decodeBase32(QStringLiteral("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")),
             QByteArray("12345678901234567890"));
    QVERIFY(Totp::decodeBase32(QStringLiteral("not base32!")).isEmpty());
}

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
