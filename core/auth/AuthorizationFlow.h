#pragma once

#include "core/auth/AuthTransport.h"
#include "core/auth/LoopbackRedirectServer.h"
#include "core/auth/OidcProviderMetadata.h"
#include "core/auth/TokenSet.h"
#include "core/util/UserMessage.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

namespace hirex::auth {

class BrowserLauncher;
class OAuthTokenClient;
class OidcDiscovery;

// One interactive sign-in (RFC 8252 native app flow): OIDC discovery of the configured issuer,
// PKCE S256 + state, a loopback redirect listener, the browser, then the code exchange.
// Nothing here is specific to the Hirex sandbox: any standards-compliant OIDC provider works.
//
// Typical wiring:
//   AuthorizationFlow flow(transport, &launcher);
//   flow.setSettings({issuer, clientId});
//   connect(&flow, &AuthorizationFlow::succeeded, &session, &SessionManager::beginSession);
//   connect(&flow, &AuthorizationFlow::failed, ui, ...);
//   flow.start();
class AuthorizationFlow : public QObject {
    Q_OBJECT

public:
    struct Settings {
        QUrl issuer;
        // The Hirex API the tokens are for. When set, its RFC 9728 metadata must list `issuer`
        // as an authorization server, or the sign-in stops before the browser opens: a token
        // from an issuer the API does not trust is never sent to it.
        QUrl resource;
        QString clientId = QStringLiteral("hirex-desktop");
        // Scopes to ask for; those a provider does not list in scopes_supported are left out.
        QStringList scopes = {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                              QStringLiteral("offline_access"), QStringLiteral("hirex")};
        std::chrono::milliseconds callbackTimeout = LoopbackRedirectServer::kDefaultTimeout;
        // Proving the user again (unlocking the idle lock) rather than signing in: the provider
        // is asked to authenticate afresh (prompt=login, max_age=0, OIDC Core §3.1.2.1), only
        // `openid` is asked for (nothing to keep: no refresh token), and the ID token's auth_time
        // must be fresh. The caller checks that TokenSet::subject is the signed-in user.
        bool reauthenticate = false;
    };

    enum class State { Idle, Discovering, WaitingForBrowser, ExchangingCode, Succeeded, Failed };
    Q_ENUM(State)

    // `launcher` must outlive the flow. The transport's allowLoopbackHttp also governs the issuer.
    AuthorizationFlow(AuthTransport transport, BrowserLauncher *launcher, QObject *parent = nullptr);
    ~AuthorizationFlow() override;

    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    State state() const { return m_state; }
    bool isRunning() const;

    // Starts a sign-in; ignored while one is running. Exactly one of succeeded() / failed()
    // follows, on the event loop.
    void start();
    // Abandons a running sign-in: the listener closes and failed() reports "sign_in_cancelled".
    void cancel();
    // Revokes (RFC 7009) the tokens of a sign-in whose result the caller does not keep, such as
    // the fresh authentication that only proves who unlocks the app: left alone, its access
    // token would stay valid until it expires. Fire and forget: `done`, if given, hears whether
    // the server confirmed, and nothing else depends on it.
    void discardTokens(const TokenSet &tokens, std::function<void(const UserMessage &error)> done = {});

    // The authorization request URL (RFC 6749 §4.1.1 + RFC 7636 §4.3); public for tests.
    static QUrl buildAuthorizationUrl(const OidcProviderMetadata &provider, const QString &clientId,
                                      const QUrl &redirectUri, const QStringList &scopes,
                                      const QString &state, const QByteArray &codeChallenge,
                                      const QString &nonce = {}, qint64 maxAgeSecs = -1);

Q_SIGNALS:
    void stateChanged(hirex::auth::AuthorizationFlow::State state);
    // The provider metadata comes along so the session manager can refresh and revoke.
    void succeeded(const hirex::auth::TokenSet &tokens, const hirex::auth::OidcProviderMetadata &provider);
    void failed(const hirex::UserMessage &error);

private:
    void setState(State state);
    void checkResource(std::function<void()> then);
    void discover();
    void onDiscovered(const OidcProviderMetadata &provider);
    void onCallback(const LoopbackRedirectServer::Result &result);
    void verifyIdToken(const TokenSet &tokens);
    void succeed(const TokenSet &tokens);
    void fail(const UserMessage &error);
    void cleanUp();

    AuthTransport m_transport;
    BrowserLauncher *m_launcher;
    Settings m_settings;
    State m_state = State::Idle;
    OidcDiscovery *m_discovery = nullptr;
    QPointer<LoopbackRedirectServer> m_server;
    QPointer<OAuthTokenClient> m_tokenClient;
    OidcProviderMetadata m_provider;
    QByteArray m_verifier; // wiped when the flow ends
    QString m_expectedState;
    QString m_nonce; // OIDC: must come back in the ID token
    bool m_openIdRequested = false;
    QUrl m_redirectUri;
    quint64 m_generation = 0; // tells answers of an abandoned attempt from the current one
};

} // namespace hirex::auth

Q_DECLARE_METATYPE(hirex::auth::TokenSet)
Q_DECLARE_METATYPE(hirex::auth::OidcProviderMetadata)
