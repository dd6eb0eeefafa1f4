#include "core/auth/IdTokenValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

using hirex::auth::IdTokenValidator;

namespace {

QByteArray b64url(const QByteArray &bytes) {
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bigNumber(EVP_PKEY *key, const char *name) {
    BIGNUM *bn = nullptr;
    EVP_PKEY_get_bn_param(key, name, &bn);
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

// A provider of its own: an RSA key that signs tokens and the JWKS that names it.
class TestProvider {
public:
    explicit TestProvider(int bits = 2048)
        : m_key(EVP_RSA_gen(static_cast<unsigned>(bits))) {}
    ~TestProvider() { EVP_PKEY_free(m_key); }
    TestProvider(const TestProvider &) = delete;
    TestProvider &operator=(const TestProvider &) = delete;

    QJsonObject jwks(const QString &kid = QStringLiteral("k1")) const {
        return QJsonObject{
            {QStringLiteral("keys"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("kty"), QStringLiteral("RSA")},
                 {QStringLiteral("kid"), kid},
                 {QStringLiteral("use"), QStringLiteral("sig")},
                 {QStringLiteral("alg"), QStringLiteral("RS256")},
                 {QStringLiteral("n"), QString::fromLatin1(b64url(bigNumber(m_key, OSSL_PKEY_PARAM_RSA_N)))},
                 {QStringLiteral("e"),
                  QString::fromLatin1(b64url(bigNumber(m_key, OSSL_PKEY_PARAM_RSA_E)))}}}}};
    }

    QByteArray sign(const QJsonObject &claims, const QJsonObject &header = defaultHeader()) const {
        const QByteArray input = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                 b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        size_t length = 0;
        EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key);
        EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                       static_cast<size_t>(input.size()));
        QByteArray signature(static_cast<qsizetype>(length), '\0');
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       static_cast<size_t>(input.size()));
        EVP_MD_CTX_free(ctx);
        return input + '.' + b64url(signature);
    }

    static QJsonObject defaultHeader() {
        return {{QStringLiteral("alg"), QStringLiteral("RS256")},
                {QStringLiteral("kid"), QStringLiteral("k1")}};
    }

private:
    EVP_PKEY *m_key;
};

constexpr qint64 kNow = 1'800'000'000;

QJsonObject goodClaims() {
    return {{QStringLiteral("iss"), QStringLiteral("https://id.example.com")},
            {QStringLiteral("sub"), QStringLiteral("usr_1")},
            {QStringLiteral("aud"), QStringLiteral("hirex-desktop")},
            {QStringLiteral("iat"), kNow - 5},
            {QStringLiteral("exp"), kNow + 300},
            {QStringLiteral("auth_time"), kNow - 10},
            {QStringLiteral("nonce"), QStringLiteral("n-123")}};
}

IdTokenValidator::Expectations expectations() {
    IdTokenValidator::Expectations e;
    e.issuer = QStringLiteral("https://id.example.com/");
    e.clientId = QStringLiteral("hirex-desktop");
    e.nonce = QStringLiteral("n-123");
    e.nowSecs = kNow;
    return e;
}

} // namespace

class TestIdTokenValidator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_provider = std::make_unique<TestProvider>(); }

    void acceptsAGoodToken() {
        const auto r =
            IdTokenValidator::validate(m_provider->sign(goodClaims()), m_provider->jwks(), expectations());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.claims.subject, QStringLiteral("usr_1"));
        QCOMPARE(r.claims.authTime, kNow - 10);
    }

    void refusesWhatACertifiedClientRefuses_data() {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("other issuer")
            << "iss" << QJsonValue(QStringLiteral("https://evil.example.com")) << "id_token_issuer_mismatch";
        QTest::newRow("other audience")
            << "aud" << QJsonValue(QStringLiteral("someone-else")) << "id_token_audience_mismatch";
        QTest::newRow("several audiences, no azp")
            << "aud" << QJsonValue(QJsonArray{QStringLiteral("hirex-desktop"), QStringLiteral("other")})
            << "id_token_azp_mismatch";
        QTest::newRow("expired") << "exp" << QJsonValue(kNow - 3600) << "id_token_expired";
        QTest::newRow("issued in the future")
            << "iat" << QJsonValue(kNow + 3600) << "id_token_from_the_future";
        QTest::newRow("hostile exp") << "exp" << QJsonValue(1e300) << "id_token_times_missing";
        QTest::newRow("negative iat") << "iat" << QJsonValue(-1.0) << "id_token_times_missing";
        QTest::newRow("exp as text") << "exp" << QJsonValue(QStringLiteral("soon"))
                                     << "id_token_times_missing";
        QTest::newRow("wrong nonce") << "nonce" << QJsonValue(QStringLiteral("n-999"))
                                     << "id_token_nonce_mismatch";
        QTest::newRow("no nonce") << "nonce" << QJsonValue(QJsonValue::Undefined)
                                  << "id_token_nonce_mismatch";
        QTest::newRow("no subject") << "sub" << QJsonValue(QJsonValue::Undefined)
                                    << "id_token_subject_missing";
    }

    void refusesWhatACertifiedClientRefuses() {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject claims = goodClaims();
        if (value.isUndefined())
            claims.remove(claim);
        else
            claims.insert(claim, value);
        const auto r =
            IdTokenValidator::validate(m_provider->sign(claims), m_provider->jwks(), expectations());
        QVERIFY(!r.ok);
        QCOMPARE(r.error, error);
    }

    void refusesForgedAndMalformedTokens() {
        const QJsonObject jwks = m_provider->jwks();
        const auto expect = [&](const QByteArray &token, const char *error) {
            const auto r = IdTokenValidator::validate(token, jwks, expectations());
            QVERIFY2(!r.ok, token.left(40).constData());
            QCOMPARE(r.error, QString::fromLatin1(error));
        };
        const QByteArray good = m_provider->sign(goodClaims());
        // A changed payload under the old signature.
        QList<QByteArray> parts = good.split('.');
        QJsonObject evil = goodClaims();
        evil.insert(QStringLiteral("sub"), QStringLiteral("usr_admin"));
        parts[1] = b64url(QJsonDocument(evil).toJson(QJsonDocument::Compact));
        expect(parts.join('.'), "id_token_signature_invalid");
        // Signed by another key that claims the same kid.
        TestProvider other;
        expect(other.sign(goodClaims()), "id_token_signature_invalid");
        // alg none, and an HMAC header (alg confusion).
        QJsonObject none{{QStringLiteral("alg"), QStringLiteral("none")}};
        expect(b64url(QJsonDocument(none).toJson()) + '.' + parts[1] + '.', "id_token_alg_refused");
        QJsonObject hs{{QStringLiteral("alg"), QStringLiteral("HS256")},
                       {QStringLiteral("kid"), QStringLiteral("k1")}};
        expect(m_provider->sign(goodClaims(), hs), "id_token_alg_refused");
        // A kid the key set does not hold.
        QJsonObject unknownKid{{QStringLiteral("alg"), QStringLiteral("RS256")},
                               {QStringLiteral("kid"), QStringLiteral("k9")}};
        expect(m_provider->sign(goodClaims(), unknownKid), "id_token_key_unknown");
        expect(QByteArray(), "id_token_missing");
        expect("a.b", "id_token_not_jws");
        expect("!!.??.**", "id_token_malformed");
        expect(QByteArray(20000, 'a'), "id_token_too_large");
        // A key set with a key too small to trust.
        TestProvider weak(1024);
        const auto r = IdTokenValidator::validate(weak.sign(goodClaims()), weak.jwks(), expectations());
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("id_token_signature_invalid"));
    }

    void maxAgeNeedsAFreshAuthentication() {
        IdTokenValidator::Expectations e = expectations();
        e.maxAgeSecs = 0;
        QJsonObject claims = goodClaims();
        QVERIFY(
            IdTokenValidator::validate(m_provider->sign(claims), m_provider->jwks(), e).ok); // 10 s < leeway
        claims.insert(QStringLiteral("auth_time"), kNow - 3600);
        QCOMPARE(IdTokenValidator::validate(m_provider->sign(claims), m_provider->jwks(), e).error,
                 QStringLiteral("id_token_auth_too_old"));
        claims.remove(QStringLiteral("auth_time"));
        QCOMPARE(IdTokenValidator::validate(m_provider->sign(claims), m_provider->jwks(), e).error,
                 QStringLiteral("id_token_auth_time_missing"));
    }

private:
    std::unique_ptr<TestProvider> m_provider;
};

QTEST_GUILESS_MAIN(TestIdTokenValidator)
#include "tst_idtokenvalidator.moc"
