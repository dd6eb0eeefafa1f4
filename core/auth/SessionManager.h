#pragma once

#include "core/auth/AccessTokenProvider.h"
#include "core/auth/AuthTransport.h"
#include "core/auth/OidcProviderMetadata.h"
#include "core/auth/TokenSet.h"
#include "core/util/UserMessage.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QList>
#include <QLockFile>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QTimer;

namespace hirex::store {
class SecretStore;
}

namespace hirex::auth {

class OAuthTokenClient;
class OidcDiscovery;

// The signed-in session of one profile. The access token lives only in memory; the refresh
// token lives in the SecretStore under "refresh-token/<profile>", the device id under
// "device-id/<profile>". Refreshes shortly before expiry and when the API client asks after a
// 401; stores a rotated refresh token before using the new access token. A revoked or reused
// refresh token ends the session with signInRequired() and touches nothing else (the outbox
// keeps its queued work). A revoked device also wipes local data through the wipe hook.
//
// Wiring in the app:
//   SessionManager session(transport, secretStore);
//   session.setSettings({profile, issuer, clientId, apiBaseUrl, {deviceName, platform, version}});
//   session.setWipeHook([cache](auto done) { cache->reset(); done({}); });
//   ApiClient api(..., &session);                       // uses accessToken()/deviceId()/refresh
//   connect(&flow, &AuthorizationFlow::succeeded, &session, &SessionManager::beginSession);
//   connect(&session, &SessionManager::signInRequired, ui, &showSignIn);
//   session.restoreSession([](const UserMessage &e) { /* e.code "no_session": show sign-in */ });
class SessionManager : public AccessTokenProvider {
    Q_OBJECT

public:
    struct DeviceInfo {
        QString name;       // e.g. the host name; shown to admins
        QString platform;   // e.g. "linux"
        QString appVersion; // e.g. "0.1.0"
    };

    struct Settings {
        QString profile = QStringLiteral("default");
        QUrl issuer; // for discovery when restoring a session
        QString clientId = QStringLiteral("hirex-desktop");
        QUrl apiBaseUrl; // the Hirex server; defaults to the issuer
        DeviceInfo device;
        bool registerDevice = true;                     // off for a plain OIDC provider without /v1
        std::chrono::milliseconds refreshMargin{60000}; // at most a quarter of the token lifetime
        std::chrono::milliseconds retryDelay{30000};    // after a refresh failed for network reasons
        // Device registration after network trouble or a 429/5xx: this many attempts in all, the
        // waits between them doubling from this delay.
        int deviceRegistrationAttempts = 4;
        std::chrono::milliseconds deviceRegistrationRetryDelay{2000};
        // The profile directory, for refresh.lock: processes sharing a profile (the app,
        // `hirexctl sync`, `sync --watch`) refresh one at a time, or the second refresh would
        // reuse a rotated token and the server would revoke the whole token family. Empty: no lock.
        QString lockDir;
    };

    enum class State { SignedOut, Restoring, SignedIn, SignInRequired, SigningOut };
    Q_ENUM(State)

    enum class SignOutMode {
        KeepLocalData,   // revoke tokens, forget the refresh token; the cache stays for next time
        RemoveLocalData, // also wipe the cache and its key (wipe hook) and forget the device id
    };
    Q_ENUM(SignOutMode)

    using Callback = std::function<void(const UserMessage &error)>;
    using WipeHook = std::function<void(Callback done)>;

    SessionManager(AuthTransport transport, store::SecretStore *secrets, QObject *parent = nullptr);
    ~SessionManager() override;

    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    // Called to wipe the local cache and its key (core/store's LocalCache::reset); it must
    // answer `done` exactly once.
    void setWipeHook(WipeHook hook) { m_wipeHook = std::move(hook); }

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    // False when the provider issued no refresh token: the session then ends with the process.
    bool isPersistent() const { return !m_tokens.refreshToken.isEmpty(); }
    const OidcProviderMetadata &provider() const { return m_provider; }

    static QString refreshTokenKey(const QString &profile);
    static QString deviceIdKey(const QString &profile);

    // AccessTokenProvider
    QString accessToken() const override;
    QString deviceId() const override;
    void refreshAccessToken(RefreshCallback done) override;

    // Starts a session from a completed sign-in: stores the refresh token, registers the device
    // on first sign-in, then emits signedIn(). Problems that do not stop the session (keychain
    // write failed, registration failed) come as sessionWarning().
    void beginSession(const hirex::auth::TokenSet &tokens, const hirex::auth::OidcProviderMetadata &provider);
    // At start-up: reads the refresh token from the SecretStore and refreshes. `done` gets no
    // error when signed in, code "no_session" when nothing is stored, or the failure.
    void restoreSession(Callback done);
    // Revokes the tokens at the provider (RFC 7009) and deletes the stored refresh token; the
    // local sign-out completes even when revocation fails (then `done` gets that error).
    void signOut(SignOutMode mode, Callback done);
    // The API client got 401 device_revoked: wipe local data, then ask for sign-in.
    void reportDeviceRevoked();

    // While the app is locked no refresh is sent: neither the one due before expiry nor one a
    // caller asks for (refreshAccessToken() then waits). The user is away, and in passphrase
    // mode a rotated refresh token could not even be stored in the closed cache. A refresh
    // already on the wire finishes; if its rotated token could not be stored, resumeRefresh()
    // stores it first (until then no stored token is re-read: it is used up). resumeRefresh()
    // sends whatever fell due meanwhile at once and re-arms the timer for the rest.
    void pauseRefresh();
    void resumeRefresh();
    bool isRefreshPaused() const { return m_paused; }

Q_SIGNALS:
    void stateChanged(hirex::auth::SessionManager::State state);
    void signedIn();
    void signedOut();
    void sessionWarning(const hirex::UserMessage &warning);

private:
    void setState(State state);
    void ensureTokenClient();
    void applyTokens(const TokenSet &tokens);
    void scheduleRefresh();
    void armRefreshTimer(std::chrono::milliseconds delay);
    void startRefresh();
    void lockThenRefresh();
    void rereadThenRefresh();
    void storeUnstoredRotation();
    void sendRefresh();
    void finishRefresh(bool refreshed, const UserMessage &error);
    void ensureDevice(Callback done);
    void registerDevice(const QByteArray &idempotencyKey, int attempt, Callback done);
    void registerAfterRestore(const Callback &done);
    void endSession(const UserMessage &reason);
    void handleDeviceRevoked();
    void withProvider(Callback done);
    void forgetTokens();

    AuthTransport m_transport;
    QPointer<store::SecretStore> m_secrets;
    Settings m_settings;
    WipeHook m_wipeHook;
    State m_state = State::SignedOut;
    OidcProviderMetadata m_provider;
    OidcDiscovery *m_discovery = nullptr;
    QPointer<OAuthTokenClient> m_tokenClient;
    TokenSet m_tokens; // memory only
    QString m_deviceId;
    QTimer *m_refreshTimer = nullptr;
    QDeadlineTimer m_refreshDue{QDeadlineTimer::Forever}; // when the timer fires, paused or not
    bool m_paused = false;
    bool m_refreshing = false;
    std::unique_ptr<QLockFile> m_refreshLock; // held from before the refresh until its token is stored
    QList<RefreshCallback> m_refreshWaiters;
    bool m_unstoredRotation = false; // the rotated refresh token in memory could not be stored
    quint64 m_generation = 0;        // bumped when a session ends, so late answers are dropped
};

} // namespace hirex::auth
