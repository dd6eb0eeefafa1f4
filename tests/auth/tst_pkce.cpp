#include "core/auth/Pkce.h"

#include <QSet>
#include <QTest>

using hirex::auth::Pkce;

class TestPkce : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixB();
    void verifierHasTheRightAlphabetAndLength();
    void verifiersAreUnique();
    void randomTokenLength();
    void verifierValidation_data();
    void verifierValidation();
};

void TestPkce::rfc7636AppendixB() {
    // RFC 7636 Appendix B: these 32 octets encode to the verifier, whose S256 challenge is given.
    const QByteArray octets =
        QByteArray::fromHex("7418dfb49799e0254ffa607dd8adbbba16d4254d69d6bff05b58055853848d79");
    const QByteArray verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    QCOMPARE(octets.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), verifier);
    QVERIFY(Pkce::isValidVerifier(verifier));
    QCOMPARE(Pkce::challengeS256(verifier), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestPkce::verifierHasTheRightAlphabetAndLength() {
    for (int bytes : {0, 16, 32, 48, 96, 200}) {
        const QByteArray verifier = Pkce::generateVerifier(bytes);
        QVERIFY2(verifier.size() >= Pkce::kMinVerifierLength, verifier.constData());
        QVERIFY(verifier.size() <= Pkce::kMaxVerifierLength);
        QVERIFY(Pkce::isValidVerifier(verifier));
        QVERIFY(!verifier.contains('='));
        QVERIFY(!verifier.contains('+'));
        QVERIFY(!verifier.contains('/'));
    }
    QCOMPARE(Pkce::generateVerifier().size(), 43); // 32 bytes -> 43 characters
    QCOMPARE(Pkce::generateVerifier(96).size(), 128);
    // The challenge of any verifier is 43 characters of base64url (a SHA-256).
    const QByteArray challenge = Pkce::challengeS256(Pkce::generateVerifier());
    QCOMPARE(challenge.size(), 43);
    QVERIFY(Pkce::isValidVerifier(challenge)); // same alphabet
}

void TestPkce::verifiersAreUnique() {
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i)
        seen.insert(Pkce::generateVerifier());
    QCOMPARE(seen.size(), 200);
}

void TestPkce::randomTokenLength() {
    QCOMPARE(Pkce::randomUrlSafeToken(16).size(), 22);
    QCOMPARE(Pkce::randomUrlSafeToken(32).size(), 43);
    QVERIFY(Pkce::randomUrlSafeToken(0).isEmpty());
}

void TestPkce::verifierValidation_data() {
    QTest::addColumn<QByteArray>("verifier");
    QTest::addColumn<bool>("valid");
    QTest::newRow("42 chars") << QByteArray(42, 'a') << false;
    QTest::newRow("43 chars") << QByteArray(43, 'a') << true;
    QTest::newRow("128 chars") << QByteArray(128, 'Z') << true;
    QTest::newRow("129 chars") << QByteArray(129, 'Z') << false;
    QTest::newRow("unreserved marks") << QByteArray("abc-._~").repeated(7) << true;
    QTest::newRow("plus") << (QByteArray(42, 'a') + '+') << false;
    QTest::newRow("slash") << (QByteArray(42, 'a') + '/') << false;
    QTest::newRow("padding") << (QByteArray(42, 'a') + '=') << false;
    QTest::newRow("space") << (QByteArray(42, 'a') + ' ') << false;
}

void TestPkce::verifierValidation() {
    QFETCH(QByteArray, verifier);
    QFETCH(bool, valid);
    QCOMPARE(Pkce::isValidVerifier(verifier), valid);
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
