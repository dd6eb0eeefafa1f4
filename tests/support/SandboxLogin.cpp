#include "tests/support/SandboxLogin.h"

#include "core/api/TransportPolicy.h"
#include "tests/support/LoginForm.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHttp.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace hirex::test {

namespace {
constexpr auto kClientId = "hirex-desktop";
constexpr auto kScope = "openid profile email offline_access hirex";

QString b64url(const QByteArray &bytes) {
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

SandboxLogin::SandboxLogin(SandboxProcess &sandbox)
    : m_sandbox(sandbox)
    , m_nam(new QNetworkAccessManager()) {
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SandboxLogin::~SandboxLogin() {
    delete m_nam;
}

QString SandboxLogin::newCodeVerifier() {
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return b64url(bytes);
}

QString SandboxLogin::codeChallenge(const QString &verifier) {
    return b64url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

std::optional<SandboxTokens> SandboxLogin::signInAs(const QString &role) {
    const QJsonObject account = m_sandbox.account(role);
    if (account.isEmpty()) {
        m_error = QStringLiteral("no sandbox account with role ") + role + u"; " + m_sandbox.errorString();
        return std::nullopt;
    }
    return signIn(account.value(u"email").toString(), account.value(u"password").toString(),
                  account.value(u"totp_secret").toString());
}

std::optional<SandboxTokens> SandboxLogin::signIn(const QString &email, const QString &password,
                                                  const QString &totpSecret) {
    hirex::api::TransportSettings settings;
    settings.caFile = m_sandbox.caFile();
    // An unreadable CA file fails here with its reason, not later as a TLS error.
    hirex::api::ApiError policyError;
    const auto policy = hirex::api::TransportPolicy::create(settings, &policyError);
    if (!policy) {
        m_error = QStringLiteral("CA file: ") + policyError.detail;
        return std::nullopt;
    }
    const QString verifier = newCodeVerifier();
    const QString state = newCodeVerifier().left(22);
    const QString redirectUri = QStringLiteral("http://127.0.0.1:%1/callback")
                                    .arg(40000 + QRandomGenerator::global()->bounded(20000));
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    params.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(kClientId));
    params.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    params.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(kScope));
    params.addQueryItem(QStringLiteral("state"), state);
    params.addQueryItem(QStringLiteral("code_challenge"), codeChallenge(verifier));
    params.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    params.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent")); // for offline_access

    // 1. and 2. The login page and its form.
    QUrl authorize = m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/oauth/authorize")));
    authorize.setQuery(params);
    const LoginForm::Result form =
        LoginForm::submit(m_nam, m_sandbox.tlsConfiguration(), authorize, email, password, totpSecret);
    // 3. The redirect to our (never contacted) loopback URI with the code.
    if (!form.error.isEmpty()) {
        m_error = QStringLiteral("sign-in did not redirect: ") + form.error;
        return std::nullopt;
    }
    const QUrl location(QString::fromUtf8(form.location));
    if (!location.toString().startsWith(redirectUri)) {
        m_error = QStringLiteral("redirected somewhere else: ") + location.toString();
        return std::nullopt;
    }
    const QUrlQuery answer(location);
    if (answer.queryItemValue(QStringLiteral("state")) != state) {
        m_error = QStringLiteral("state was not echoed");
        return std::nullopt;
    }
    const QString code = answer.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        m_error = QStringLiteral("no code in the redirect");
        return std::nullopt;
    }
    // 4. The token exchange.
    QUrlQuery exchange;
    exchange.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    exchange.addQueryItem(QStringLiteral("code"), code);
    exchange.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    exchange.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(kClientId));
    exchange.addQueryItem(QStringLiteral("code_verifier"), verifier);
    return tokenRequest(exchange.query(QUrl::FullyEncoded).toUtf8().replace('+', "%2B"));
}

std::optional<SandboxTokens> SandboxLogin::refresh(const QString &refreshToken) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(kClientId));
    return tokenRequest(form.query(QUrl::FullyEncoded).toUtf8().replace('+', "%2B"));
}

std::optional<SandboxTokens> SandboxLogin::tokenRequest(const QByteArray &form) {
    hirex::api::TransportSettings settings;
    settings.caFile = m_sandbox.caFile();
    const auto policy = hirex::api::TransportPolicy::create(settings, nullptr);
    if (!policy) {
        m_error = QStringLiteral("CA file unreadable");
        return std::nullopt;
    }
    QNetworkRequest request(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/oauth/token"))));
    policy->apply(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    const HttpResult r = sendRequest(m_nam, request, "POST", form);
    const QJsonObject json = QJsonDocument::fromJson(r.body).object();
    if (r.status != 200 || json.value(u"access_token").toString().isEmpty()) {
        m_error =
            QStringLiteral("token endpoint: HTTP %1 %2").arg(r.status).arg(json.value(u"error").toString());
        return std::nullopt;
    }
    SandboxTokens tokens;
    tokens.accessToken = json.value(u"access_token").toString();
    tokens.refreshToken = json.value(u"refresh_token").toString();
    tokens.expiresIn = json.value(u"expires_in").toInteger();
    tokens.scope = json.value(u"scope").toString();
    return tokens;
}

} // namespace hirex::test
