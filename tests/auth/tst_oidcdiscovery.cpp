#include "core/auth/AuthorizationFlow.h"
#include "core/auth/OAuthTokenClient.h"
#include "core/auth/OidcDiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using hirex::auth::AuthorizationFlow;
using hirex::auth::AuthTransport;
using hirex::auth::OAuthTokenClient;
using hirex::auth::OidcDiscovery;
using hirex::auth::OidcProviderMetadata;

namespace {

const QUrl kIssuer(QStringLiteral("https://id.example.com"));

QJsonObject goodDocument() {
    return QJsonObject{
        {QStringLiteral("issuer"), QStringLiteral("https://id.example.com")},
        {QStringLiteral("authorization_endpoint"), QStringLiteral("https://id.example.com/oauth/authorize")},
        {QStringLiteral("token_endpoint"), QStringLiteral("https://id.example.com/oauth/token")},
        {QStringLiteral("revocation_endpoint"), QStringLiteral("https://id.example.com/oauth/revoke")},
        {QStringLiteral("userinfo_endpoint"), QStringLiteral("https://id.example.com/oauth/userinfo")},
        {QStringLiteral("jwks_uri"), QStringLiteral("https://id.example.com/oauth/jwks")},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("scopes_supported"), QJsonArray{QStringLiteral("openid"), QStringLiteral("email")}},
    };
}

QByteArray toJson(const QJsonObject &object) {
    return QJsonDocument(object).toJson();
}

OidcDiscovery::Result validate(const QJsonObject &object, const QUrl &issuer = kIssuer,
                               bool allowHttp = false) {
    return OidcDiscovery::validate(toJson(object), issuer, allowHttp);
}

} // namespace

class TestOidcDiscovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsAGoodDocument();
    void trailingSlashOfTheIssuerIsTolerated();
    void issuerMismatchIsRefused();
    void missingS256IsRefused();
    void plainPkceOnlyIsRefused();
    void httpEndpointsAreRefused();
    void loopbackHttpNeedsTheDevelopmentSwitch();
    void missingRequiredFieldsAreRefused_data();
    void missingRequiredFieldsAreRefused();
    void notJsonIsRefused();
    void discoveryUrlAppendsTheWellKnownPath();
    void plainHttpIssuerIsRefusedBeforeAnyRequest();
    void authorizationUrlCarriesPkceAndState();
    void tokenResponseParsing();
    void tokenErrorsAreTyped();
};

void TestOidcDiscovery::acceptsAGoodDocument() {
    const auto result = validate(goodDocument());
    QVERIFY2(result.ok(), qPrintable(result.message.detail));
    QCOMPARE(result.metadata.tokenEndpoint, QUrl(QStringLiteral("https://id.example.com/oauth/token")));
    QCOMPARE(result.metadata.revocationEndpoint, QUrl(QStringLiteral("https://id.example.com/oauth/revoke")));
    QVERIFY(result.metadata.codeChallengeMethodsSupported.contains(QStringLiteral("S256")));
    QCOMPARE(result.metadata.scopesSupported.size(), 2);
    // The revocation endpoint and friends are optional.
    QJsonObject minimal = goodDocument();
    minimal.remove(QStringLiteral("revocation_endpoint"));
    minimal.remove(QStringLiteral("userinfo_endpoint"));
    minimal.remove(QStringLiteral("jwks_uri"));
    QVERIFY(validate(minimal).ok());
}

void TestOidcDiscovery::trailingSlashOfTheIssuerIsTolerated() {
    QVERIFY(validate(goodDocument(), QUrl(QStringLiteral("https://id.example.com/"))).ok());
}

void TestOidcDiscovery::issuerMismatchIsRefused() {
    QJsonObject doc = goodDocument();
    doc[QStringLiteral("issuer")] = QStringLiteral("https://evil.example.com");
    auto result = validate(doc);
    QCOMPARE(result.error, OidcDiscovery::Error::IssuerMismatch);
    QCOMPARE(result.message.code, QStringLiteral("oidc_issuer_mismatch"));
    QVERIFY(!result.message.message.isEmpty());
    // Another path on the same host is another issuer too (multi-tenant providers).
    result = validate(goodDocument(), QUrl(QStringLiteral("https://id.example.com/tenant-a")));
    QCOMPARE(result.error, OidcDiscovery::Error::IssuerMismatch);
}

void TestOidcDiscovery::missingS256IsRefused() {
    QJsonObject doc = goodDocument();
    doc.remove(QStringLiteral("code_challenge_methods_supported"));
    const auto result = validate(doc);
    QCOMPARE(result.error, OidcDiscovery::Error::PkceUnsupported);
    QCOMPARE(result.message.code, QStringLiteral("oidc_pkce_unsupported"));
}

void TestOidcDiscovery::plainPkceOnlyIsRefused() {
    QJsonObject doc = goodDocument();
    doc[QStringLiteral("code_challenge_methods_supported")] = QJsonArray{QStringLiteral("plain")};
    QCOMPARE(validate(doc).error, OidcDiscovery::Error::PkceUnsupported);
}

void TestOidcDiscovery::httpEndpointsAreRefused() {
    for (const char *field : {"authorization_endpoint", "token_endpoint", "revocation_endpoint"}) {
        QJsonObject doc = goodDocument();
        doc[QLatin1String(field)] = QStringLiteral("http://id.example.com/x");
        const auto result = validate(doc, kIssuer, true); // the switch never covers other hosts
        QCOMPARE(result.error, OidcDiscovery::Error::InsecureEndpoint);
        QVERIFY(result.message.detail.contains(QLatin1String(field)));
    }
    QJsonObject doc = goodDocument();
    doc[QStringLiteral("token_endpoint")] = QStringLiteral("ftp://id.example.com/token");
    QCOMPARE(validate(doc).error, OidcDiscovery::Error::InsecureEndpoint);
}

void TestOidcDiscovery::loopbackHttpNeedsTheDevelopmentSwitch() {
    const QUrl issuer(QStringLiteral("http://127.0.0.1:8080"));
    QJsonObject doc;
    const QJsonObject good = goodDocument();
    for (auto it = good.begin(); it != good.end(); ++it) {
        QString value = it.value().toString();
        doc[it.key()] =
            it.value().isString()
                ? QJsonValue(value.replace(QStringLiteral("https://id.example.com"), issuer.toString()))
                : it.value();
    }
    QCOMPARE(validate(doc, issuer, false).error, OidcDiscovery::Error::InsecureEndpoint);
    QVERIFY(validate(doc, issuer, true).ok());
}

void TestOidcDiscovery::missingRequiredFieldsAreRefused_data() {
    QTest::addColumn<QString>("field");
    QTest::newRow("issuer") << QStringLiteral("issuer");
    QTest::newRow("authorization_endpoint") << QStringLiteral("authorization_endpoint");
    QTest::newRow("token_endpoint") << QStringLiteral("token_endpoint");
}

void TestOidcDiscovery::missingRequiredFieldsAreRefused() {
    QFETCH(QString, field);
    QJsonObject doc = goodDocument();
    doc.remove(field);
    QCOMPARE(validate(doc).error, OidcDiscovery::Error::MissingField);
    doc[field] = 42; // wrong type
    QCOMPARE(validate(doc).error, OidcDiscovery::Error::MissingField);
    doc[field] = QStringLiteral("/relative/path");
    QCOMPARE(validate(doc).error, OidcDiscovery::Error::MissingField);
}

void TestOidcDiscovery::notJsonIsRefused() {
    QCOMPARE(OidcDiscovery::validate("<html>login</html>", kIssuer, false).error,
             OidcDiscovery::Error::NotJson);
    QCOMPARE(OidcDiscovery::validate("[1,2]", kIssuer, false).error, OidcDiscovery::Error::NotJson);
    QJsonObject doc = goodDocument();
    doc[QStringLiteral("code_challenge_methods_supported")] = QStringLiteral("S256"); // not an array
    QCOMPARE(validate(doc).error, OidcDiscovery::Error::MissingField);
}

void TestOidcDiscovery::discoveryUrlAppendsTheWellKnownPath() {
    QCOMPARE(OidcDiscovery::discoveryUrl(QUrl(QStringLiteral("https://id.example.com"))),
             QUrl(QStringLiteral("https://id.example.com/.well-known/openid-configuration")));
    QCOMPARE(OidcDiscovery::discoveryUrl(QUrl(QStringLiteral("https://id.example.com/tenant/"))),
             QUrl(QStringLiteral("https://id.example.com/tenant/.well-known/openid-configuration")));
}

void TestOidcDiscovery::plainHttpIssuerIsRefusedBeforeAnyRequest() {
    QNetworkAccessManager network;
    AuthTransport transport;
    transport.network = &network;
    OidcDiscovery discovery(transport);
    bool answered = false;
    OidcDiscovery::Result got;
    discovery.discover(QUrl(QStringLiteral("http://id.example.com")), [&](const OidcDiscovery::Result &r) {
        answered = true;
        got = r;
    });
    QVERIFY(!answered); // never inside the call
    QTRY_VERIFY(answered);
    QCOMPARE(got.error, OidcDiscovery::Error::InvalidIssuer);
}

void TestOidcDiscovery::authorizationUrlCarriesPkceAndState() {
    OidcProviderMetadata provider = validate(goodDocument()).metadata;
    provider.authorizationEndpoint = QUrl(QStringLiteral("https://id.example.com/oauth/authorize?tenant=a"));
    const QUrl redirect(QStringLiteral("http://127.0.0.1:5555/callback"));
    const QUrl url = AuthorizationFlow::buildAuthorizationUrl(
        provider, QStringLiteral("hirex-desktop"), redirect,
        {QStringLiteral("openid"), QStringLiteral("email")}, QStringLiteral("st+ate/="),
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    const QUrlQuery query(url);
    QCOMPARE(url.host(), QStringLiteral("id.example.com"));
    QCOMPARE(query.queryItemValue(QStringLiteral("tenant")), QStringLiteral("a"));
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("hirex-desktop"));
    QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), redirect.toString());
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("openid email"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("st+ate/="));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")),
             QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    // Reserved characters are percent-encoded on the wire (a '+' must not turn into a space).
    QVERIFY(url.toEncoded().contains("state=st%2Bate%2F%3D"));
}

void TestOidcDiscovery::tokenResponseParsing() {
    const QJsonObject good{{QStringLiteral("access_token"), QStringLiteral("at")},
                           {QStringLiteral("token_type"), QStringLiteral("bearer")},
                           {QStringLiteral("expires_in"), 3},
                           {QStringLiteral("refresh_token"), QStringLiteral("rt")},
                           {QStringLiteral("scope"), QStringLiteral("openid hirex")}};
    auto result = OAuthTokenClient::parseTokenResponse(200, toJson(good));
    QVERIFY(result.ok());
    QCOMPARE(result.tokens.accessToken, QStringLiteral("at"));
    QCOMPARE(result.tokens.refreshToken, QStringLiteral("rt"));
    QCOMPARE(result.tokens.expiresIn, 3);
    QVERIFY(result.tokens.expiresAt > QDateTime::currentDateTimeUtc());
    QVERIFY(result.tokens.expiresAt <= QDateTime::currentDateTimeUtc().addSecs(3));

    QJsonObject bad = good;
    bad[QStringLiteral("token_type")] = QStringLiteral("mac");
    QCOMPARE(OAuthTokenClient::parseTokenResponse(200, toJson(bad)).failure,
             OAuthTokenClient::Failure::BadResponse);
    bad = good;
    bad.remove(QStringLiteral("access_token"));
    QCOMPARE(OAuthTokenClient::parseTokenResponse(200, toJson(bad)).failure,
             OAuthTokenClient::Failure::BadResponse);
    bad = good;
    bad[QStringLiteral("expires_in")] = -5;
    QCOMPARE(OAuthTokenClient::parseTokenResponse(200, toJson(bad)).failure,
             OAuthTokenClient::Failure::BadResponse);
    QCOMPARE(OAuthTokenClient::parseTokenResponse(200, "not json").failure,
             OAuthTokenClient::Failure::BadResponse);
    // Hostile expires_in values are refused before any narrowing to an integer (UBSan flags a
    // double-to-qint64 conversion out of range; CI runs this under halt_on_error).
    for (const char *hostile : {"1e300", "-1e300", "1e19", "9.3e18", "1e400", "-0.0", "0.5"}) {
        const QByteArray body =
            QByteArray(R"({"access_token":"at","token_type":"Bearer","expires_in":)") + hostile + "}";
        const auto parsed = OAuthTokenClient::parseTokenResponse(200, body);
        QVERIFY2(parsed.failure == OAuthTokenClient::Failure::BadResponse, hostile);
        QVERIFY(parsed.tokens.accessToken.isEmpty());
    }
    const auto fractional = OAuthTokenClient::parseTokenResponse(
        200, R"({"access_token":"at","token_type":"Bearer","expires_in":3600.75})");
    QVERIFY(fractional.ok());
    QCOMPARE(fractional.tokens.expiresIn, 3600);
    // A failed parse never carries half a token set.
    QVERIFY(OAuthTokenClient::parseTokenResponse(200, toJson(bad)).tokens.accessToken.isEmpty());
}

void TestOidcDiscovery::tokenErrorsAreTyped() {
    auto error = [](int status, const char *body) {
        return OAuthTokenClient::parseTokenResponse(status, body);
    };
    QCOMPARE(error(400, R"({"error":"invalid_grant","error_description":"reused"})").failure,
             OAuthTokenClient::Failure::InvalidGrant);
    QCOMPARE(error(400, R"({"error":"invalid_grant"})").error.code, QStringLiteral("session_expired"));
    QCOMPARE(error(401, R"({"error":"invalid_client"})").failure, OAuthTokenClient::Failure::InvalidClient);
    QCOMPARE(error(400, R"({"error":"invalid_request"})").failure, OAuthTokenClient::Failure::Refused);
    QCOMPARE(error(503, "").failure, OAuthTokenClient::Failure::Server);
    QCOMPARE(error(429, "").failure, OAuthTokenClient::Failure::Server);
    QCOMPARE(error(401, R"({"code":"device_revoked","status":401})").failure,
             OAuthTokenClient::Failure::DeviceRevoked);
    // The description never leaks into the user-facing message.
    QVERIFY(!error(400, R"({"error":"invalid_grant","error_description":"secret-ish"})")
                 .error.message.contains(QStringLiteral("secret-ish")));
}

QTEST_GUILESS_MAIN(TestOidcDiscovery)
#include "tst_oidcdiscovery.moc"
