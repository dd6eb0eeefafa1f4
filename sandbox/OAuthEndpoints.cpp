#include "sandbox/OAuthEndpoints.h"

#include "sandbox/AuditLog.h"
#include "sandbox/Clock.h"
#include "sandbox/Database.h"
#include "sandbox/Json.h"
#include "sandbox/LoginPage.h"
#include "sandbox/PasswordHasher.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxLog.h"
#include "sandbox/Services.h"
#include "sandbox/Store.h"
#include "sandbox/TokenService.h"
#include "sandbox/TotpVerifier.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUrl>

namespace hirex::sandbox {

namespace {

const QString kClientId = QStringLiteral("hirex-desktop");

QUrlQuery parseForm(const QByteArray &body) {
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(b));
}

QString formValue(const QUrlQuery &q, const QString &key) {
    return q.queryItemValue(key, QUrl::FullyDecoded);
}

bool isLoopbackRedirect(const QString &uri) {
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.port() <= 0 || url.hasFragment() ||
        !url.userInfo().isEmpty())
        return false;
    return url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("::1");
}

HttpResponse html(int status, const QByteArray &body) {
    HttpResponse r = HttpResponse::raw(status, QByteArrayLiteral("text/html; charset=utf-8"), body);
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    return r;
}

HttpResponse redirect(const QString &redirectUri, const QList<std::pair<QString, QString>> &items) {
    QUrl url(redirectUri);
    QUrlQuery q(url);
    for (const auto &[k, v] : items)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    url.setQuery(q);
    HttpResponse r = HttpResponse::empty(302);
    r.setHeader(QByteArrayLiteral("Location"), url.toEncoded());
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

HttpResponse oauthError(int status, const QString &error, const QString &description) {
    HttpResponse r =
        HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), error},
                                               {QStringLiteral("error_description"), description}});
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

// Validates client and redirect first (never redirect to an unregistered URI), then the rest.
std::optional<HttpResponse> validateAuthorize(const QUrlQuery &params) {
    if (formValue(params, QStringLiteral("client_id")) != kClientId)
        return html(400, LoginPage::error(QStringLiteral("Unknown application"),
                                          QStringLiteral("The client_id is not registered.")));
    const QString redirectUri = formValue(params, QStringLiteral("redirect_uri"));
    if (!isLoopbackRedirect(redirectUri))
        return html(
            400, LoginPage::error(QStringLiteral("Invalid redirect"),
                                  QStringLiteral("The redirect_uri is not allowed for this application.")));
    const QString state = formValue(params, QStringLiteral("state"));
    const auto fail = [&](const QString &error, const QString &description) {
        QList<std::pair<QString, QString>> items{{QStringLiteral("error"), error},
                                                 {QStringLiteral("error_description"), description}};
        if (!state.isEmpty())
            items.append({QStringLiteral("state"), state});
        return redirect(redirectUri, items);
    };
    if (formValue(params, QStringLiteral("response_type")) != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"), QStringLiteral("only response_type=code"));
    const QString challenge = formValue(params, QStringLiteral("code_challenge"));
    if (formValue(params, QStringLiteral("code_challenge_method")) != QLatin1String("S256") ||
        challenge.size() < 43 || challenge.size() > 128)
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("PKCE with code_challenge_method=S256 is required"));
    static const QStringList supported{QStringLiteral("openid"), QStringLiteral("profile"),
                                       QStringLiteral("email"), QStringLiteral("offline_access"),
                                       QStringLiteral("hirex")};
    for (const QString &s :
         formValue(params, QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!supported.contains(s))
            return fail(QStringLiteral("invalid_scope"), QStringLiteral("unsupported scope"));
    }
    return std::nullopt;
}

// OIDC Core §11: offline_access is ignored unless the request also asks for consent
// (prompt=consent), so a client that forgets it gets no refresh token, as with certified providers.
QString grantedScope(const QUrlQuery &params) {
    const QString s = formValue(params, QStringLiteral("scope")).simplified();
    QStringList scopes = s.isEmpty() ? QStringList{QStringLiteral("openid"), QStringLiteral("profile"),
                                                   QStringLiteral("email"), QStringLiteral("hirex")}
                                     : s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList prompt =
        formValue(params, QStringLiteral("prompt")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!prompt.contains(QLatin1String("consent")))
        scopes.removeAll(QStringLiteral("offline_access"));
    return scopes.join(QLatin1Char(' '));
}

QString findUser(Services &s, const QString &email) {
    return s.db
        .scalar(QStringLiteral("SELECT id FROM objects WHERE type = 'user' AND "
                               "lower(json_extract(data, '$.email')) = lower(?)"),
                {email.trimmed()})
        .toString();
}

HttpResponse completeLogin(Services &s, const QString &userId, const QUrlQuery &params, bool federated,
                           const QStringList &amr, const QString &sourceIp) {
    auto user = s.store.get(QStringLiteral("user"), userId);
    if (user) {
        user->insert(QStringLiteral("last_login_at"), Json::iso(s.clock.now()));
        s.store.update(QStringLiteral("user"), userId, *user);
    }
    TokenService::CodeGrant grant;
    grant.userId = userId;
    grant.clientId = kClientId;
    grant.redirectUri = formValue(params, QStringLiteral("redirect_uri"));
    grant.codeChallenge = formValue(params, QStringLiteral("code_challenge"));
    grant.scope = grantedScope(params);
    grant.federated = federated;
    grant.amr = amr;
    grant.nonce = formValue(params, QStringLiteral("nonce")).left(256);
    grant.authTime = s.clock.nowSecs(); // this sandbox always authenticates afresh
    const QString code = s.tokens.issueCode(grant);
    s.audit.recordAs(userId, user ? user->value(QStringLiteral("email")).toString() : QString(), sourceIp,
                     Json::iso(s.clock.now()), QStringLiteral("auth.login"), QStringLiteral("user"), userId,
                     QStringLiteral("success"), QJsonObject{{QStringLiteral("federated"), federated}});
    QList<std::pair<QString, QString>> items{{QStringLiteral("code"), code}};
    const QString state = formValue(params, QStringLiteral("state"));
    if (!state.isEmpty())
        items.append({QStringLiteral("state"), state});
    return redirect(grant.redirectUri, items);
}

HttpResponse postLogin(Services &s, const RequestContext &ctx) {
    const QUrlQuery form = parseForm(ctx.request.body);
    if (auto bad = validateAuthorize(form))
        return *bad;
    const QString email = formValue(form, QStringLiteral("email"));
    const QString password = formValue(form, QStringLiteral("password"));
    const QString totp = formValue(form, QStringLiteral("totp"));
    const QString userId = findUser(s, email);
    QSqlQuery q = s.db.exec(
        QStringLiteral("SELECT password_hash, totp_secret FROM credentials WHERE user_id = ?"), {userId});
    const auto failed = [&](const QString &message, bool totpRequired) {
        s.audit.recordAs(userId, {}, ctx.sourceIp(), Json::iso(s.clock.now()), QStringLiteral("auth.login"),
                         QStringLiteral("user"), userId, QStringLiteral("failure"), {});
        return html(200, LoginPage::login(form, email, message, totpRequired));
    };
    if (userId.isEmpty() || !q.next() || !PasswordHasher::verify(password, q.value(0).toString()))
        return failed(QStringLiteral("The email or password is not correct."), false);
    const auto user = s.store.get(QStringLiteral("user"), userId);
    if (!user || user->value(QStringLiteral("status")).toString() != QLatin1String("active"))
        return failed(QStringLiteral("This account is disabled."), false);
    const QString secret = q.value(1).toString();
    QStringList amr{QStringLiteral("pwd")};
    if (!secret.isEmpty()) {
        if (totp.isEmpty())
            return failed(QStringLiteral("Enter the 6-digit code from your authenticator app."), true);
        if (!TotpVerifier::verify(secret, totp, QDateTime::currentSecsSinceEpoch()))
            return failed(QStringLiteral("The authentication code is not correct."), true);
        amr.append(QStringLiteral("otp"));
        amr.append(QStringLiteral("mfa"));
    }
    return completeLogin(s, userId, form, false, amr, ctx.sourceIp());
}

QJsonObject discovery(Services &s) {
    const QString issuer = s.db.meta(QStringLiteral("issuer"));
    return QJsonObject{
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("authorization_endpoint"), QString(issuer + QStringLiteral("/oauth/authorize"))},
        {QStringLiteral("token_endpoint"), QString(issuer + QStringLiteral("/oauth/token"))},
        {QStringLiteral("revocation_endpoint"), QString(issuer + QStringLiteral("/oauth/revoke"))},
        {QStringLiteral("userinfo_endpoint"), QString(issuer + QStringLiteral("/oauth/userinfo"))},
        {QStringLiteral("jwks_uri"), QString(issuer + QStringLiteral("/oauth/jwks"))},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("scopes_supported"),
         QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                    QStringLiteral("offline_access"), QStringLiteral("hirex")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"), QJsonArray{QStringLiteral("none")}},
    };
}

} // namespace

void OAuthEndpoints::registerRoutes(Router &router, Services &s) {
    router.addPublic("GET", QStringLiteral("/.well-known/openid-configuration"),
                     [&s](RequestContext &) { return HttpResponse::json(200, discovery(s)); });
    // RFC 9728: the API names the authorization server whose tokens it accepts (itself).
    router.addPublic("GET", QStringLiteral("/.well-known/oauth-protected-resource"), [&s](RequestContext &) {
        const QString issuer = s.db.meta(QStringLiteral("issuer"));
        return HttpResponse::json(
            200, QJsonObject{
                     {QStringLiteral("resource"), issuer},
                     {QStringLiteral("authorization_servers"), QJsonArray{issuer}},
                     {QStringLiteral("bearer_methods_supported"), QJsonArray{QStringLiteral("header")}},
                     {QStringLiteral("scopes_supported"),
                      QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                                 QStringLiteral("offline_access"), QStringLiteral("hirex")}}});
    });
    router.addPublic("GET", QStringLiteral("/oauth/jwks"),
                     [&s](RequestContext &) { return HttpResponse::json(200, s.tokens.jwks()); });
    router.addPublic("GET", QStringLiteral("/oauth/authorize"), [](RequestContext &ctx) {
        if (auto bad = validateAuthorize(ctx.request.query))
            return *bad;
        return html(200, LoginPage::login(ctx.request.query,
                                          ctx.request.queryValue(QStringLiteral("login_hint")), {}, false));
    });
    router.addPublic("POST", QStringLiteral("/oauth/authorize"),
                     [&s](RequestContext &ctx) { return postLogin(s, ctx); });
    const auto validProvider = [](const QString &p) {
        return p == QLatin1String("entra") || p == QLatin1String("google") || p == QLatin1String("saml");
    };
    router.addPublic("GET", QStringLiteral("/oauth/sso/{provider}"), [validProvider](RequestContext &ctx) {
        const QString provider = ctx.param(QStringLiteral("provider"));
        if (!validProvider(provider))
            return html(404, LoginPage::error(QStringLiteral("Unknown provider"),
                                              QStringLiteral("No such provider.")));
        if (auto bad = validateAuthorize(ctx.request.query))
            return *bad;
        return html(200, LoginPage::sso(provider, ctx.request.query,
                                        ctx.request.queryValue(QStringLiteral("login_hint")), {}));
    });
    router.addPublic(
        "POST", QStringLiteral("/oauth/sso/{provider}"), [&s, validProvider](RequestContext &ctx) {
            const QString provider = ctx.param(QStringLiteral("provider"));
            if (!validProvider(provider))
                return html(404, LoginPage::error(QStringLiteral("Unknown provider"),
                                                  QStringLiteral("No such provider.")));
            const QUrlQuery form = parseForm(ctx.request.body);
            if (auto bad = validateAuthorize(form))
                return *bad;
            // The contract's SsoSubmission names the account `login_hint` (as the authorize query does).
            const QString email = formValue(form, QStringLiteral("login_hint"));
            const QString userId = findUser(s, email);
            const auto user = userId.isEmpty() ? std::nullopt : s.store.get(QStringLiteral("user"), userId);
            if (!user || user->value(QStringLiteral("status")).toString() != QLatin1String("active"))
                return html(
                    200, LoginPage::sso(provider, form, email,
                                        QStringLiteral("The identity provider does not know this account.")));
            return completeLogin(s, userId, form, true, {QStringLiteral("fed")}, ctx.sourceIp());
        });
    router.addPublic("POST", QStringLiteral("/oauth/token"), [&s](RequestContext &ctx) {
        if (!ctx.request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("use application/x-www-form-urlencoded"));
        const QUrlQuery form = parseForm(ctx.request.body);
        const QString grantType = formValue(form, QStringLiteral("grant_type"));
        const QString clientId = formValue(form, QStringLiteral("client_id"));
        if (clientId != kClientId)
            return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("unknown client_id"));
        TokenService::Result result;
        if (grantType == QLatin1String("authorization_code")) {
            const QString code = formValue(form, QStringLiteral("code"));
            const QString verifier = formValue(form, QStringLiteral("code_verifier"));
            if (code.isEmpty() || verifier.isEmpty())
                return oauthError(400, QStringLiteral("invalid_request"),
                                  QStringLiteral("code and code_verifier are required"));
            result = s.tokens.exchangeCode(code, formValue(form, QStringLiteral("redirect_uri")), clientId,
                                           verifier);
        } else if (grantType == QLatin1String("refresh_token")) {
            const QString token = formValue(form, QStringLiteral("refresh_token"));
            if (token.isEmpty())
                return oauthError(400, QStringLiteral("invalid_request"),
                                  QStringLiteral("refresh_token is required"));
            result = s.tokens.refresh(token, clientId);
        } else {
            return oauthError(400, QStringLiteral("unsupported_grant_type"),
                              QStringLiteral("authorization_code or refresh_token"));
        }
        if (!result.ok)
            return oauthError(result.error == QLatin1String("invalid_client") ? 401 : 400, result.error,
                              result.errorDescription);
        HttpResponse r = HttpResponse::json(200, result.body);
        r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        r.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
        return r;
    });
    router.addPublic("POST", QStringLiteral("/oauth/revoke"), [&s](RequestContext &ctx) {
        const QUrlQuery form = parseForm(ctx.request.body);
        const QString token = formValue(form, QStringLiteral("token"));
        if (!token.isEmpty())
            s.tokens.revoke(token);
        return HttpResponse::json(200, QJsonObject{});
    });
    router.add("GET", QStringLiteral("/oauth/userinfo"), {}, [](RequestContext &ctx) {
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("sub"), ctx.principal.userId},
                                                   {QStringLiteral("email"), ctx.principal.email},
                                                   {QStringLiteral("email_verified"), true},
                                                   {QStringLiteral("name"), ctx.principal.name}});
    });
}

} // namespace hirex::sandbox
