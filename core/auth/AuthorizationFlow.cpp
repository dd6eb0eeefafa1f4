#include "core/auth/AuthorizationFlow.h"

#include "core/api/Reachability.h"
#include "core/auth/AuthHttp.h"
#include "core/auth/AuthLogging.h"
#include "core/auth/BrowserLauncher.h"
#include "core/auth/IdTokenValidator.h"
#include "core/auth/OAuthTokenClient.h"
#include "core/auth/OidcDiscovery.h"
#include "core/auth/Pkce.h"
#include "core/auth/UrlText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaObject>
#include <QUrlQuery>

namespace hirex::auth {

AuthorizationFlow::AuthorizationFlow(AuthTransport transport, BrowserLauncher *launcher, QObject *parent)
    : QObject(parent)
    , m_transport(std::move(transport))
    , m_launcher(launcher)
    , m_discovery(new OidcDiscovery(m_transport, this)) {
    qRegisterMetaType<TokenSet>();
    qRegisterMetaType<OidcProviderMetadata>();
    qRegisterMetaType<UserMessage>();
}

AuthorizationFlow::~AuthorizationFlow() {
    m_verifier.fill('\0');
}

void AuthorizationFlow::setSettings(const Settings &settings) {
    m_settings = settings;
}

bool AuthorizationFlow::isRunning() const {
    return m_state == State::Discovering || m_state == State::WaitingForBrowser ||
           m_state == State::ExchangingCode;
}

void AuthorizationFlow::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QUrl AuthorizationFlow::buildAuthorizationUrl(const OidcProviderMetadata &provider, const QString &clientId,
                                              const QUrl &redirectUri, const QStringList &scopes,
                                              const QString &state, const QByteArray &codeChallenge,
                                              const QString &nonce, qint64 maxAgeSecs) {
    QUrl url = provider.authorizationEndpoint;
    // Keep any query the provider put in its endpoint (RFC 6749 §3.1 allows one).
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    query.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), state);
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!nonce.isEmpty()) // OIDC Core §3.1.2.1: binds the ID token to this request
        query.addQueryItem(QStringLiteral("nonce"), nonce);
    // OIDC Core §11: a provider grants offline_access (the refresh token that keeps a sign-in
    // across restarts) only when the request asks for consent.
    QStringList prompt;
    if (scopes.contains(QLatin1String("offline_access")))
        prompt << QStringLiteral("consent");
    // A fresh authentication, whatever session the provider has with the browser.
    if (maxAgeSecs >= 0) {
        prompt << QStringLiteral("login");
        query.addQueryItem(QStringLiteral("max_age"), QString::number(maxAgeSecs));
    }
    if (!prompt.isEmpty())
        query.addQueryItem(QStringLiteral("prompt"), prompt.join(QLatin1Char(' ')));
    // Encode every reserved character in values (':' and '/' of the redirect URI, ' ' of scope),
    // so no provider can misparse them.
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QStringList pairs;
    for (const auto &[key, value] : items)
        pairs << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    url.setQuery(pairs.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

void AuthorizationFlow::start() {
    if (isRunning())
        return;
    ++m_generation;
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    if (m_settings.clientId.trimmed().isEmpty()) {
        fail({QStringLiteral("sign_in_misconfigured"),
              tr("No client id is set for sign-in. Check Settings."),
              {}});
        return;
    }
    qCInfo(lcAuth) << "sign-in started";
    setState(State::Discovering);
    checkResource([this] { discover(); });
}

// RFC 9728 §3: GET <resource>/.well-known/oauth-protected-resource; its `resource` must be the
// API asked, and its `authorization_servers` must hold the issuer we are about to use.
void AuthorizationFlow::checkResource(std::function<void()> then) {
    if (!m_settings.resource.isValid() || m_settings.resource.isEmpty()) {
        then();
        return;
    }
    const QString resource = withoutTrailingSlash(m_settings.resource.toString(QUrl::FullyEncoded));
    const QString issuer = withoutTrailingSlash(m_settings.issuer.toString(QUrl::FullyEncoded));
    const QUrl url(resource + QStringLiteral("/.well-known/oauth-protected-resource"));
    const quint64 generation = m_generation;
    AuthHttp::get(
        m_transport, url, {{"Accept", "application/json"}}, this,
        [this, generation, resource, issuer, then](const AuthHttpResponse &response) {
            if (generation != m_generation || m_state != State::Discovering)
                return;
            if (response.error.isError()) {
                fail(response.error);
                return;
            }
            if (api::meansUnreachable(response.status)) {
                fail({QStringLiteral("server_unavailable"),
                      tr("The Hirex server is not available right now. Try again later."),
                      QStringLiteral("HTTP %1").arg(response.status)});
                return;
            }
            if (response.status == 404 && issuer == resource) {
                then(); // a server without the metadata that is its own issuer: nothing to mix up
                return;
            }
            const QJsonObject doc = QJsonDocument::fromJson(response.body).object();
            QStringList servers;
            for (const QJsonValue &v : doc.value(QLatin1String("authorization_servers")).toArray())
                servers << withoutTrailingSlash(v.toString());
            const bool resourceMatches =
                withoutTrailingSlash(doc.value(QLatin1String("resource")).toString()) == resource;
            if (!response.ok() || !resourceMatches || servers.isEmpty()) {
                fail({QStringLiteral("resource_metadata_invalid"),
                      tr("The Hirex server did not say which sign-in server it trusts, so Hirex will not "
                         "sign in through %1.")
                          .arg(issuer),
                      response.ok() ? QStringLiteral("resource metadata mismatch")
                                    : QStringLiteral("HTTP %1").arg(response.status)});
                return;
            }
            if (!servers.contains(issuer)) {
                fail({QStringLiteral("issuer_not_trusted"),
                      tr("The Hirex server does not accept sign-ins from %1; it trusts %2. Leave out "
                         "--issuer to sign in there.")
                          .arg(issuer, servers.join(QStringLiteral(", "))),
                      QStringLiteral("issuer not in authorization_servers")});
                return;
            }
            then();
        });
}

void AuthorizationFlow::discover() {
    const quint64 generation = m_generation;
    m_discovery->discover(m_settings.issuer, [this, generation](const OidcDiscovery::Result &result) {
        if (generation != m_generation || m_state != State::Discovering)
            return; // cancelled meanwhile
        if (!result.ok()) {
            fail(result.message);
            return;
        }
        onDiscovered(result.metadata);
    });
}

void AuthorizationFlow::onDiscovered(const OidcProviderMetadata &provider) {
    m_provider = provider;
    if (!provider.grantTypesSupported.isEmpty() &&
        !provider.grantTypesSupported.contains(QLatin1String("authorization_code"))) {
        fail({QStringLiteral("oidc_code_flow_unsupported"),
              tr("The sign-in server does not support the authorization code flow."),
              {}});
        return;
    }
    m_verifier = Pkce::generateVerifier();
    m_expectedState = QString::fromLatin1(Pkce::randomUrlSafeToken(32));
    if (m_verifier.isEmpty() || m_expectedState.isEmpty()) {
        fail({QStringLiteral("rng_failed"),
              tr("Sign-in could not start: no secure random numbers available."),
              {}});
        return;
    }

    auto *server = new LoopbackRedirectServer(this);
    m_server = server;
    server->setExpectedState(m_expectedState);
    server->setTimeout(m_settings.callbackTimeout);
    connect(server, &LoopbackRedirectServer::finished, this, &AuthorizationFlow::onCallback);
    if (!server->listen()) {
        fail({QStringLiteral("loopback_unavailable"),
              tr("Sign-in could not start: no local port is available for the browser to return to."),
              {}});
        return;
    }
    m_redirectUri = server->redirectUri();

    QStringList scopes =
        m_settings.reauthenticate ? QStringList{QStringLiteral("openid")} : m_settings.scopes;
    if (!provider.scopesSupported.isEmpty()) {
        QStringList supported;
        for (const QString &scope : std::as_const(scopes)) {
            if (provider.scopesSupported.contains(scope))
                supported << scope;
        }
        if (supported.size() != scopes.size())
            qCInfo(lcAuth) << "left out" << scopes.size() - supported.size()
                           << "scopes the provider does not list";
        if (!supported.isEmpty())
            scopes = supported;
    }
    m_openIdRequested = scopes.contains(QLatin1String("openid"));
    if (m_settings.reauthenticate && !m_openIdRequested) {
        fail({QStringLiteral("reauthentication_unsupported"),
              tr("The sign-in server cannot confirm who you are (it offers no OpenID Connect)."),
              {}});
        return;
    }
    m_nonce = m_openIdRequested ? QString::fromLatin1(Pkce::randomUrlSafeToken(32)) : QString();
    const QUrl url =
        buildAuthorizationUrl(provider, m_settings.clientId, m_redirectUri, scopes, m_expectedState,
                              Pkce::challengeS256(m_verifier), m_nonce, m_settings.reauthenticate ? 0 : -1);
    setState(State::WaitingForBrowser);
    if (!m_launcher || !m_launcher->openUrl(url)) {
        fail({QStringLiteral("browser_unavailable"),
              tr("No browser could be opened. Use the option to show the sign-in address instead."),
              {}});
        return;
    }
}

void AuthorizationFlow::onCallback(const LoopbackRedirectServer::Result &result) {
    if (m_state != State::WaitingForBrowser)
        return;
    switch (result.outcome) {
    case LoopbackRedirectServer::Outcome::TimedOut:
        fail({QStringLiteral("sign_in_timeout"),
              tr("Sign-in took too long. Start it again and finish it in the browser."),
              {}});
        return;
    case LoopbackRedirectServer::Outcome::AccessDenied:
        fail({QStringLiteral("sign_in_denied"), tr("Sign-in was cancelled or refused in the browser."),
              QStringLiteral("access_denied")});
        return;
    case LoopbackRedirectServer::Outcome::ProviderError:
        fail({QStringLiteral("sign_in_provider_error"),
              tr("The sign-in server could not complete the sign-in."), result.error});
        return;
    case LoopbackRedirectServer::Outcome::Code:
        break;
    }
    // RFC 9207: an `iss` that names another issuer means a mix-up attack; a provider that
    // promises `iss` must send it.
    const bool issMismatch =
        !result.issuer.isEmpty() && withoutTrailingSlash(result.issuer) !=
                                        withoutTrailingSlash(m_provider.issuer.toString(QUrl::FullyEncoded));
    if (issMismatch || (result.issuer.isEmpty() && m_provider.authorizationResponseIssParameterSupported)) {
        fail({QStringLiteral("oidc_issuer_mismatch"),
              tr("The sign-in answer came from a different server. Sign-in was stopped."),
              QStringLiteral("iss")});
        return;
    }

    setState(State::ExchangingCode);
    if (m_tokenClient)
        m_tokenClient->deleteLater();
    m_tokenClient = new OAuthTokenClient(m_transport, m_provider, m_settings.clientId, this);
    const quint64 generation = m_generation;
    m_tokenClient->exchangeCode(result.code, m_verifier, m_redirectUri,
                                [this, generation](const OAuthTokenClient::Result &exchange) {
                                    if (generation != m_generation || m_state != State::ExchangingCode)
                                        return;
                                    if (!exchange.ok()) {
                                        fail(exchange.error);
                                        return;
                                    }
                                    if (m_openIdRequested)
                                        verifyIdToken(exchange.tokens);
                                    else
                                        succeed(exchange.tokens);
                                });
}

void AuthorizationFlow::discardTokens(const TokenSet &tokens,
                                      std::function<void(const UserMessage &error)> done) {
    if (tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty()) {
        if (done)
            done({});
        return;
    }
    // A client of its own: a sign-in started meanwhile replaces m_tokenClient.
    auto *client = new OAuthTokenClient(m_transport, m_provider, m_settings.clientId, this);
    // The refresh token first: revoking it ends the whole sign-in's family on servers that
    // tie access tokens to it; the access token then goes in any case.
    auto revokeAccess = [client, token = tokens.accessToken, done](const UserMessage &refreshError) {
        auto finish = [client, done, refreshError](const UserMessage &accessError) {
            client->deleteLater();
            if (done)
                done(accessError.isError() ? accessError : refreshError);
        };
        if (token.isEmpty())
            finish({});
        else
            client->revoke(token, QStringLiteral("access_token"), finish);
    };
    if (tokens.refreshToken.isEmpty())
        revokeAccess({});
    else
        client->revoke(tokens.refreshToken, QStringLiteral("refresh_token"), revokeAccess);
}

// OIDC Core §3.1.3.7: the ID token must be signed by a key of the issuer's JWKS and name this
// issuer, this client, a valid time and our nonce, or the sign-in stops before any token is kept.
void AuthorizationFlow::verifyIdToken(const TokenSet &tokens) {
    const auto refuse = [this](const QString &detail) {
        fail({QStringLiteral("id_token_invalid"),
              tr("The sign-in server's proof of identity could not be verified. Sign-in was stopped."),
              detail});
    };
    if (tokens.idToken.isEmpty()) {
        refuse(QStringLiteral("id_token_missing"));
        return;
    }
    if (m_provider.jwksUri.isEmpty()) {
        refuse(QStringLiteral("jwks_uri_missing"));
        return;
    }
    const quint64 generation = m_generation;
    AuthHttp::get(m_transport, m_provider.jwksUri, {{"Accept", "application/json"}}, this,
                  [this, generation, tokens, refuse](const AuthHttpResponse &response) {
                      if (generation != m_generation || m_state != State::ExchangingCode)
                          return;
                      if (!response.ok()) {
                          refuse(response.error.isError()
                                     ? response.error.code
                                     : QStringLiteral("jwks HTTP %1").arg(response.status));
                          return;
                      }
                      IdTokenValidator::Expectations expected;
                      expected.issuer = m_provider.issuer.toString(QUrl::FullyEncoded);
                      expected.clientId = m_settings.clientId;
                      expected.nonce = m_nonce;
                      expected.nowSecs = QDateTime::currentSecsSinceEpoch();
                      if (m_settings.reauthenticate)
                          expected.maxAgeSecs = 0; // auth_time must be now (within the leeway)
                      const IdTokenValidator::Result checked = IdTokenValidator::validate(
                          tokens.idToken, QJsonDocument::fromJson(response.body).object(), expected);
                      if (!checked.ok) {
                          refuse(checked.error);
                          return;
                      }
                      TokenSet verified = tokens;
                      verified.subject = checked.claims.subject;
                      verified.authTime = checked.claims.authTime;
                      succeed(verified);
                  });
}

void AuthorizationFlow::succeed(const TokenSet &tokens) {
    if (m_server)
        m_server->answerBrowser(true);
    cleanUp();
    qCInfo(lcAuth) << "sign-in succeeded; refresh token issued:" << !tokens.refreshToken.isEmpty();
    setState(State::Succeeded);
    TokenSet kept = tokens;
    kept.idToken.clear(); // checked; nothing after the sign-in needs it
    Q_EMIT succeeded(kept, m_provider);
}

void AuthorizationFlow::cancel() {
    if (!isRunning())
        return;
    ++m_generation;
    fail({QStringLiteral("sign_in_cancelled"), tr("Sign-in was cancelled."), {}});
}

void AuthorizationFlow::fail(const UserMessage &error) {
    // A browser that brought a code learns that the sign-in did not complete (RFC 9207 check,
    // token exchange or cancel), instead of a "signed in" page shown before the checks.
    if (m_server && m_server->isAwaitingAnswer())
        m_server->answerBrowser(false, error.message);
    cleanUp();
    qCWarning(lcAuth) << "sign-in failed:" << error.code;
    setState(State::Failed);
    Q_EMIT failed(error);
}

void AuthorizationFlow::cleanUp() {
    m_verifier.fill('\0');
    m_verifier.clear();
    m_expectedState.clear();
    m_nonce.clear();
    // Stop listening now, but keep the object until the next attempt: the browser's page may
    // still be on its way out of an answered socket.
    if (m_server)
        m_server->close();
}

} // namespace hirex::auth
