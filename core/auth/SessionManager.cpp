#include "core/auth/SessionManager.h"

#include "core/api/ApiUrl.h"
#include "core/api/Reachability.h"
#include "core/auth/AuthHttp.h"
#include "core/auth/AuthLogging.h"
#include "core/auth/OAuthTokenClient.h"
#include "core/auth/OidcDiscovery.h"
#include "core/auth/Pkce.h"
#include "core/store/SecretStore.h"
#include "core/store/SecureBytes.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

namespace hirex::auth {

using store::SecretStore;

namespace {

constexpr std::chrono::milliseconds kRefreshLockWait{50};
constexpr std::chrono::milliseconds kRefreshLockRetry{200};
constexpr std::chrono::minutes kStaleRefreshLock{2};

UserMessage secretStoreError(SecretStore::Error error, const QString &message) {
    QString code;
    switch (error) {
    case SecretStore::Error::None:
        return {};
    case SecretStore::Error::NotFound:
        code = QStringLiteral("secret_not_found");
        break;
    case SecretStore::Error::AccessDenied:
        code = QStringLiteral("keychain_denied");
        break;
    case SecretStore::Error::NoBackend:
        code = QStringLiteral("keychain_unavailable");
        break;
    case SecretStore::Error::Timeout:
        code = QStringLiteral("keychain_timeout");
        break;
    case SecretStore::Error::Other:
        code = QStringLiteral("keychain_error");
        break;
    }
    return {code, message, {}};
}

} // namespace

SessionManager::SessionManager(AuthTransport transport, store::SecretStore *secrets, QObject *parent)
    : AccessTokenProvider(parent)
    , m_transport(std::move(transport))
    , m_secrets(secrets)
    , m_discovery(new OidcDiscovery(m_transport, this))
    , m_refreshTimer(new QTimer(this)) {
    qRegisterMetaType<UserMessage>();
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcAuth) << "refreshing before expiry";
        refreshAccessToken([](bool, const UserMessage &) {});
    });
}

SessionManager::~SessionManager() {
    forgetTokens();
}

void SessionManager::setSettings(const Settings &settings) {
    m_settings = settings;
    if (m_settings.profile.isEmpty())
        m_settings.profile = QStringLiteral("default");
    if (m_settings.apiBaseUrl.isEmpty())
        m_settings.apiBaseUrl = m_settings.issuer;
}

QString SessionManager::refreshTokenKey(const QString &profile) {
    return QStringLiteral("refresh-token/") + profile;
}

QString SessionManager::deviceIdKey(const QString &profile) {
    return QStringLiteral("device-id/") + profile;
}

QString SessionManager::accessToken() const {
    return m_state == State::SignedIn ? m_tokens.accessToken : QString();
}

QString SessionManager::deviceId() const {
    return m_deviceId;
}

void SessionManager::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SessionManager::forgetTokens() {
    // fill() on a shared string would detach and zero a fresh copy: wipe only what is ours alone.
    store::wipeString(m_tokens.accessToken);
    store::wipeString(m_tokens.refreshToken);
    m_tokens = {};
    m_unstoredRotation = false;
    m_refreshTimer->stop();
    m_refreshDue = QDeadlineTimer(QDeadlineTimer::Forever);
}

void SessionManager::ensureTokenClient() {
    if (m_tokenClient && m_tokenClient->provider().tokenEndpoint == m_provider.tokenEndpoint &&
        m_tokenClient->clientId() == m_settings.clientId) {
        return;
    }
    if (m_tokenClient)
        m_tokenClient->deleteLater();
    m_tokenClient = new OAuthTokenClient(m_transport, m_provider, m_settings.clientId, this);
}

void SessionManager::withProvider(Callback done) {
    if (m_provider.isValid()) {
        QMetaObject::invokeMethod(
            this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    m_discovery->discover(m_settings.issuer, [this, done](const OidcDiscovery::Result &result) {
        if (result.ok())
            m_provider = result.metadata;
        done(result.message);
    });
}

void SessionManager::applyTokens(const TokenSet &tokens) {
    const QString keptRefreshToken = m_tokens.refreshToken;
    m_tokens = tokens;
    // RFC 6749 §6: a refresh answer without a new refresh token keeps the old one valid.
    if (m_tokens.refreshToken.isEmpty())
        m_tokens.refreshToken = keptRefreshToken;
    scheduleRefresh();
}

void SessionManager::scheduleRefresh() {
    using std::chrono::milliseconds;
    const milliseconds lifetime{m_tokens.expiresIn * 1000};
    const milliseconds margin = std::min(m_settings.refreshMargin, lifetime / 4);
    const milliseconds delay = std::max(lifetime - margin, milliseconds{500});
    armRefreshTimer(delay);
    qCDebug(lcAuth) << "next refresh in" << delay.count() << "ms";
}

void SessionManager::armRefreshTimer(std::chrono::milliseconds delay) {
    m_refreshDue = QDeadlineTimer(delay);
    if (!m_paused)
        m_refreshTimer->start(delay);
}

void SessionManager::pauseRefresh() {
    if (m_paused)
        return;
    m_paused = true;
    m_refreshTimer->stop(); // m_refreshDue remembers when it was due
    qCInfo(lcAuth) << "token refresh paused";
}

void SessionManager::resumeRefresh() {
    if (!m_paused)
        return;
    m_paused = false;
    qCInfo(lcAuth) << "token refresh resumed";
    storeUnstoredRotation();
    if (m_refreshing)
        return; // the one on the wire re-arms the timer when it lands
    if (!m_refreshWaiters.isEmpty()) {
        startRefresh(); // asked for while locked
        return;
    }
    if (!m_refreshDue.isForever())
        m_refreshTimer->start(std::chrono::milliseconds(std::max<qint64>(0, m_refreshDue.remainingTime())));
}

void SessionManager::beginSession(const TokenSet &tokens, const OidcProviderMetadata &provider) {
    ++m_generation;
    const quint64 generation = m_generation;
    m_provider = provider;
    ensureTokenClient();
    forgetTokens();
    applyTokens(tokens);
    setState(State::SignedIn);

    QPointer<SessionManager> self(this);
    auto afterStore = [self, generation](const UserMessage &storeError) {
        if (!self || generation != self->m_generation)
            return;
        if (storeError.isError())
            Q_EMIT self->sessionWarning(storeError);
        self->ensureDevice([self, generation](const UserMessage &deviceError) {
            if (!self || generation != self->m_generation)
                return;
            if (deviceError.isError())
                Q_EMIT self->sessionWarning(deviceError);
            qCInfo(lcAuth) << "session started; device registered:" << !self->m_deviceId.isEmpty();
            Q_EMIT self->accessTokenChanged();
            Q_EMIT self->signedIn();
        });
    };
    if (m_tokens.refreshToken.isEmpty()) {
        qCWarning(lcAuth)
            << "provider issued no refresh token: the session ends when the access token expires";
        const UserMessage notKept{
            QStringLiteral("session_not_kept"),
            tr("The server issued no refresh token, so this sign-in is not kept: the session ends when "
               "the program closes."),
            {}};
        QMetaObject::invokeMethod(
            this, [afterStore, notKept] { afterStore(notKept); }, Qt::QueuedConnection);
        return;
    }
    if (!m_secrets) {
        QMetaObject::invokeMethod(
            this,
            [afterStore] {
                afterStore({QStringLiteral("keychain_unavailable"), tr("No keychain is set up."), {}});
            },
            Qt::QueuedConnection);
        return;
    }
    m_secrets->writeSecret(refreshTokenKey(m_settings.profile), m_tokens.refreshToken.toUtf8(),
                           [afterStore](SecretStore::Error error, const QString &message) {
                               afterStore(secretStoreError(error, message));
                           });
}

void SessionManager::ensureDevice(Callback done) {
    if (!m_settings.registerDevice || !m_deviceId.isEmpty() || !m_secrets) {
        QMetaObject::invokeMethod(
            this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    QPointer<SessionManager> self(this);
    m_secrets->readSecret(
        deviceIdKey(m_settings.profile),
        [self, done](SecretStore::Error error, const QByteArray &secret, const QString &message) {
            if (!self)
                return;
            if (error == SecretStore::Error::None && !secret.isEmpty()) {
                self->m_deviceId = QString::fromUtf8(secret);
                done({});
            } else if (error == SecretStore::Error::NotFound) {
                // Registration needs a bearer token: a restored session has one only after its
                // first refresh, which calls ensureDevice() again.
                if (self->m_tokens.accessToken.isEmpty())
                    done({});
                else
                    self->registerDevice(Pkce::randomUrlSafeToken(16), 0, done);
            } else {
                done(secretStoreError(error, message));
            }
        });
}

void SessionManager::registerDevice(const QByteArray &idempotencyKey, int attempt, Callback done) {
    const QUrl url = api::ApiUrl::join(m_settings.apiBaseUrl, QStringLiteral("/v1/devices"));
    const QJsonObject body{{QStringLiteral("name"), m_settings.device.name},
                           {QStringLiteral("platform"), m_settings.device.platform},
                           {QStringLiteral("app_version"), m_settings.device.appVersion}};
    const AuthHttp::Headers headers = {
        {QByteArrayLiteral("Authorization"), "Bearer " + m_tokens.accessToken.toUtf8()},
        // A retried registration must not create a second device: every attempt sends one key.
        {QByteArrayLiteral("Idempotency-Key"), idempotencyKey},
    };
    const quint64 generation = m_generation;
    AuthHttp::postJson(
        m_transport, url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, this,
        [this, done, generation, idempotencyKey, attempt](const AuthHttpResponse &response) {
            if (generation != m_generation)
                return;
            // Network trouble, an overloaded or restarting server: try again a
            // few times, each wait twice the last, then give up with a warning.
            const bool transient = response.error.isError() ? api::meansUnreachable(response.error)
                                                            : api::meansUnreachable(response.status);
            if (transient && attempt + 1 < m_settings.deviceRegistrationAttempts) {
                const auto delay = m_settings.deviceRegistrationRetryDelay * (1 << attempt);
                qCInfo(lcAuth) << "device registration failed for now; retrying in" << delay.count() << "ms";
                QTimer::singleShot(delay, this, [this, done, generation, idempotencyKey, attempt] {
                    if (generation == m_generation)
                        registerDevice(idempotencyKey, attempt + 1, done);
                });
                return;
            }
            if (response.error.isError()) {
                done(response.error);
                return;
            }
            const QJsonObject object = QJsonDocument::fromJson(response.body).object();
            const QString id = object.value(QLatin1String("id")).toString();
            if (!response.ok() || id.isEmpty() || id.size() > 256) {
                qCWarning(lcAuth) << "device registration failed, HTTP" << response.status;
                done({QStringLiteral("device_registration_failed"),
                      tr("This computer could not be registered with the server."),
                      QStringLiteral("HTTP %1").arg(response.status)});
                return;
            }
            m_deviceId = id;
            qCInfo(lcAuth) << "device registered:" << id;
            if (!m_secrets) {
                done({});
                return;
            }
            m_secrets->writeSecret(deviceIdKey(m_settings.profile), id.toUtf8(),
                                   [done](SecretStore::Error error, const QString &message) {
                                       done(secretStoreError(error, message));
                                   });
        });
}

void SessionManager::restoreSession(Callback done) {
    if (!m_secrets) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done({QStringLiteral("keychain_unavailable"), tr("No keychain is set up."), {}});
            },
            Qt::QueuedConnection);
        return;
    }
    ++m_generation;
    const quint64 generation = m_generation;
    forgetTokens();
    setState(State::Restoring);
    QPointer<SessionManager> self(this);
    auto fail = [self, done](const UserMessage &error) {
        if (self && self->m_state == State::Restoring)
            self->setState(State::SignedOut);
        done(error);
    };
    m_secrets->readSecret(refreshTokenKey(m_settings.profile), [self, generation, done,
                                                                fail](SecretStore::Error error,
                                                                      const QByteArray &secret,
                                                                      const QString &message) {
        if (!self || generation != self->m_generation)
            return;
        if (error == SecretStore::Error::NotFound ||
            (error == SecretStore::Error::None && secret.isEmpty())) {
            qCInfo(lcAuth) << "no stored session";
            fail({QStringLiteral("no_session"), tr("Sign in to continue."), {}});
            return;
        }
        if (error != SecretStore::Error::None) {
            fail(secretStoreError(error, message));
            return;
        }
        self->m_tokens.refreshToken = QString::fromUtf8(secret);
        self->ensureDevice([self, generation, done, fail](const UserMessage &deviceError) {
            if (!self || generation != self->m_generation)
                return;
            if (deviceError.isError())
                Q_EMIT self->sessionWarning(deviceError);
            self->withProvider([self, generation, done, fail](const UserMessage &providerError) {
                if (!self || generation != self->m_generation)
                    return;
                if (providerError.isError()) {
                    fail(providerError);
                    return;
                }
                self->refreshAccessToken([self, done, fail](bool refreshed, const UserMessage &refreshError) {
                    if (!self)
                        return;
                    if (!refreshed) {
                        fail(refreshError);
                        return;
                    }
                    qCInfo(lcAuth) << "session restored";
                    self->registerAfterRestore(done);
                });
            });
        });
    });
}

// A restored session has a bearer token only after its first refresh: a device not registered
// yet is registered now, in the background (the session works without, as after a failure).
void SessionManager::registerAfterRestore(const Callback &done) {
    done({});
    const quint64 generation = m_generation;
    QPointer<SessionManager> self(this);
    ensureDevice([self, generation](const UserMessage &deviceError) {
        if (!self || generation != self->m_generation)
            return;
        if (deviceError.isError())
            Q_EMIT self->sessionWarning(deviceError);
        qCInfo(lcAuth) << "after restore, device registered:" << !self->m_deviceId.isEmpty();
    });
}

void SessionManager::refreshAccessToken(RefreshCallback done) {
    m_refreshWaiters.append(std::move(done));
    if (m_refreshing)
        return; // one refresh answers every caller
    if (m_paused) {
        qCInfo(lcAuth) << "refresh asked for while paused; it waits for resumeRefresh()";
        return;
    }
    if (m_tokens.refreshToken.isEmpty() || !m_provider.isValid()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                const UserMessage reason{QStringLiteral("session_expired"),
                                         tr("Your session has ended. Sign in again to continue."),
                                         {}};
                if (m_state == State::SignedIn)
                    endSession(reason);
                finishRefresh(false, reason);
            },
            Qt::QueuedConnection);
        return;
    }
    startRefresh();
}

void SessionManager::startRefresh() {
    m_refreshing = true;
    m_refreshTimer->stop();
    m_refreshDue = QDeadlineTimer(QDeadlineTimer::Forever);
    lockThenRefresh();
}

void SessionManager::lockThenRefresh() {
    if (m_settings.lockDir.isEmpty()) {
        sendRefresh();
        return;
    }
    if (!m_refreshLock) {
        m_refreshLock =
            std::make_unique<QLockFile>(QDir(m_settings.lockDir).filePath(QStringLiteral("refresh.lock")));
        // Longer than any refresh (its requests time out well before): a lock this old is left by a
        // hung process. A dead holder's lock is detected at once from its pid.
        m_refreshLock->setStaleLockTime(kStaleRefreshLock);
    }
    // Only a short wait: this runs on the GUI thread. While another process refreshes, try again
    // from the event loop.
    if (!m_refreshLock->tryLock(kRefreshLockWait)) {
        if (m_refreshLock->error() == QLockFile::LockFailedError) {
            const quint64 generation = m_generation;
            QTimer::singleShot(kRefreshLockRetry, this, [this, generation] {
                if (generation != m_generation) {
                    finishRefresh(false,
                                  {QStringLiteral("session_ended"), tr("The session ended meanwhile."), {}});
                    return;
                }
                lockThenRefresh();
            });
            return;
        }
        // An unusable profile directory: refresh unlocked rather than not at all.
        qCWarning(lcAuth) << "refresh lock unavailable:" << m_refreshLock->error();
        m_refreshLock.reset();
    }
    rereadThenRefresh();
}

void SessionManager::storeUnstoredRotation() {
    if (!m_unstoredRotation || !m_secrets || m_state != State::SignedIn || m_tokens.refreshToken.isEmpty())
        return;
    const quint64 generation = m_generation;
    QPointer<SessionManager> self(this);
    m_secrets->writeSecret(refreshTokenKey(m_settings.profile), m_tokens.refreshToken.toUtf8(),
                           [self, generation](SecretStore::Error error, const QString &) {
                               if (!self || generation != self->m_generation)
                                   return;
                               if (error != SecretStore::Error::None) {
                                   qCWarning(lcAuth)
                                       << "the rotated refresh token is still not stored:" << error;
                                   return;
                               }
                               qCInfo(lcAuth) << "rotated refresh token stored after the unlock";
                               self->m_unstoredRotation = false;
                           });
}

void SessionManager::rereadThenRefresh() {
    if (!m_secrets || m_unstoredRotation) {
        // Without a store, or when ours is newer than the stored one (see storeUnstoredRotation()):
        // the stored token is used up, and re-reading it would send a reuse.
        sendRefresh();
        return;
    }
    // Under the lock: another process on this profile may have rotated the token since we read
    // it. Ours is then already used, and sending it again would be a reuse; take the stored one.
    const quint64 generation = m_generation;
    QPointer<SessionManager> self(this);
    m_secrets->readSecret(refreshTokenKey(m_settings.profile), [self, generation](SecretStore::Error error,
                                                                                  const QByteArray &secret,
                                                                                  const QString &) {
        if (!self)
            return;
        if (generation != self->m_generation) {
            self->finishRefresh(false,
                                {QStringLiteral("session_ended"), tr("The session ended meanwhile."), {}});
            return;
        }
        if (error == SecretStore::Error::None && !secret.isEmpty()) {
            QString stored = QString::fromUtf8(secret);
            if (stored != self->m_tokens.refreshToken) {
                qCInfo(lcAuth) << "refresh token rotated by another process; using it";
                store::wipeString(self->m_tokens.refreshToken);
                self->m_tokens.refreshToken = std::exchange(stored, QString());
            } else {
                store::wipeString(stored);
            }
        }
        self->sendRefresh();
    });
}

void SessionManager::sendRefresh() {
    ensureTokenClient();
    AuthHttp::Headers headers;
    if (!m_deviceId.isEmpty())
        headers.append({QByteArrayLiteral("X-Hirex-Device"), m_deviceId.toUtf8()});
    m_tokenClient->setExtraHeaders(headers);
    const quint64 generation = m_generation;
    QPointer<SessionManager> self(this);
    m_tokenClient->refresh(m_tokens.refreshToken, [self, generation](const OAuthTokenClient::Result &result) {
        if (!self)
            return;
        if (generation != self->m_generation) {
            self->finishRefresh(false,
                                {QStringLiteral("session_ended"), tr("The session ended meanwhile."), {}});
            return;
        }
        switch (result.failure) {
        case OAuthTokenClient::Failure::None:
            break;
        case OAuthTokenClient::Failure::InvalidGrant:
            qCWarning(lcAuth) << "refresh token rejected (revoked, expired or reused)";
            self->endSession(result.error);
            self->finishRefresh(false, result.error);
            return;
        case OAuthTokenClient::Failure::DeviceRevoked:
            self->finishRefresh(false, result.error);
            self->handleDeviceRevoked();
            return;
        default:
            // Network, server or configuration trouble: keep the session, try again later.
            if (self->m_state == State::SignedIn)
                self->armRefreshTimer(self->m_settings.retryDelay);
            self->finishRefresh(false, result.error);
            return;
        }

        // Rotation: the new refresh token must be safe in the keychain before the new access
        // token is used, or a crash in between would leave only an already-used token stored.
        const TokenSet tokens = result.tokens;
        const bool rotated =
            !tokens.refreshToken.isEmpty() && tokens.refreshToken != self->m_tokens.refreshToken;
        auto apply = [self, generation, tokens, rotated](const UserMessage &storeError) {
            if (!self)
                return;
            if (generation != self->m_generation) {
                self->finishRefresh(
                    false, {QStringLiteral("session_ended"), tr("The session ended meanwhile."), {}});
                return;
            }
            if (storeError.isError()) {
                qCWarning(lcAuth) << "storing the rotated refresh token failed:" << storeError.code;
                Q_EMIT self->sessionWarning(storeError);
            }
            // The old token is used up: if the new one is not stored, it is the only valid one,
            // and storing it is retried when the app unlocks (a refresh that was on the wire when
            // a passphrase cache locked lands in a closed cache).
            if (rotated)
                self->m_unstoredRotation = storeError.isError();
            self->applyTokens(tokens);
            const bool wasSignedIn = self->m_state == State::SignedIn;
            self->setState(State::SignedIn);
            qCInfo(lcAuth) << "access token refreshed; expires in" << tokens.expiresIn << "s";
            Q_EMIT self->accessTokenChanged();
            if (!wasSignedIn)
                Q_EMIT self->signedIn();
            self->finishRefresh(true, {});
        };
        if (!rotated || !self->m_secrets) {
            apply({});
            return;
        }
        self->m_secrets->writeSecret(refreshTokenKey(self->m_settings.profile), tokens.refreshToken.toUtf8(),
                                     [apply](SecretStore::Error error, const QString &message) {
                                         apply(secretStoreError(error, message));
                                     });
    });
}

void SessionManager::finishRefresh(bool refreshed, const UserMessage &error) {
    m_refreshing = false;
    m_refreshLock.reset(); // unlocks: the rotated token (if any) is stored by now
    const QList<RefreshCallback> waiters = std::exchange(m_refreshWaiters, {});
    for (const RefreshCallback &waiter : waiters) {
        if (waiter)
            waiter(refreshed, error);
    }
}

void SessionManager::endSession(const UserMessage &reason) {
    // Only the dead tokens go: the cache, the outbox and the device id stay, so queued work is
    // sent after the user signs in again.
    ++m_generation;
    forgetTokens();
    setState(State::SignInRequired);
    if (m_secrets)
        m_secrets->deleteSecret(refreshTokenKey(m_settings.profile),
                                [](SecretStore::Error, const QString &) {});
    Q_EMIT accessTokenChanged();
    Q_EMIT signInRequired(reason);
}

void SessionManager::reportDeviceRevoked() {
    if (m_state == State::SignedOut || m_state == State::SigningOut)
        return;
    handleDeviceRevoked();
}

void SessionManager::handleDeviceRevoked() {
    qCWarning(lcAuth) << "device revoked by the server; wiping local data";
    ++m_generation;
    forgetTokens();
    m_deviceId.clear();
    setState(State::SignInRequired);
    Q_EMIT accessTokenChanged();
    if (m_secrets) {
        m_secrets->deleteSecret(refreshTokenKey(m_settings.profile),
                                [](SecretStore::Error, const QString &) {});
        m_secrets->deleteSecret(deviceIdKey(m_settings.profile), [](SecretStore::Error, const QString &) {});
    }
    const UserMessage reason{QStringLiteral("device_revoked"),
                             tr("This computer was signed out by your administrator and its local data was "
                                "removed. Sign in again to continue."),
                             {}};
    QPointer<SessionManager> self(this);
    auto announce = [self, reason](const UserMessage &wipeError) {
        if (!self)
            return;
        if (wipeError.isError())
            Q_EMIT self->sessionWarning(wipeError);
        Q_EMIT self->signInRequired(reason);
    };
    if (m_wipeHook)
        m_wipeHook(announce);
    else
        QMetaObject::invokeMethod(
            this, [announce] { announce({}); }, Qt::QueuedConnection);
}

void SessionManager::signOut(SignOutMode mode, Callback done) {
    ++m_generation;
    const quint64 generation = m_generation;
    m_refreshTimer->stop();
    setState(State::SigningOut);
    const QString accessToken = m_tokens.accessToken;
    const QString refreshToken = m_tokens.refreshToken;
    forgetTokens();
    Q_EMIT accessTokenChanged();
    QPointer<SessionManager> self(this);

    // Runs after revocation: local clean-up, which always happens.
    auto finishLocally = [self, mode, done, generation](const UserMessage &revokeError) {
        if (!self || generation != self->m_generation)
            return;
        auto completed = [self, done, revokeError, generation](const UserMessage &wipeError) {
            if (!self || generation != self->m_generation)
                return;
            self->setState(State::SignedOut);
            qCInfo(lcAuth) << "signed out; revocation error:" << revokeError.code;
            Q_EMIT self->signedOut();
            done(revokeError.isError() ? revokeError : wipeError);
        };
        auto afterDelete = [self, mode, completed](SecretStore::Error, const QString &) {
            if (!self)
                return;
            if (mode == SignOutMode::KeepLocalData) {
                completed({});
                return;
            }
            self->m_deviceId.clear();
            auto wipe = [self, completed](SecretStore::Error, const QString &) {
                if (!self)
                    return;
                if (self->m_wipeHook)
                    self->m_wipeHook(completed);
                else
                    completed({});
            };
            if (self->m_secrets)
                self->m_secrets->deleteSecret(deviceIdKey(self->m_settings.profile), wipe);
            else
                wipe(SecretStore::Error::None, {});
        };
        if (self->m_secrets)
            self->m_secrets->deleteSecret(refreshTokenKey(self->m_settings.profile), afterDelete);
        else
            afterDelete(SecretStore::Error::None, {});
    };

    // Revokes `token` (refresh first: RFC 7009 §2.1 says that also ends its access tokens).
    auto revokeBoth = [self, accessToken, finishLocally](const QString &storedRefreshToken) {
        if (!self)
            return;
        if (storedRefreshToken.isEmpty() && accessToken.isEmpty()) {
            finishLocally({});
            return;
        }
        self->withProvider(
            [self, accessToken, storedRefreshToken, finishLocally](const UserMessage &providerError) {
                if (!self)
                    return;
                if (providerError.isError()) {
                    finishLocally(providerError);
                    return;
                }
                self->ensureTokenClient();
                QPointer<OAuthTokenClient> client = self->m_tokenClient;
                client->revoke(storedRefreshToken, QStringLiteral("refresh_token"),
                               [client, accessToken, finishLocally](const UserMessage &refreshRevokeError) {
                                   if (!client)
                                       return;
                                   client->revoke(
                                       accessToken, QStringLiteral("access_token"),
                                       [refreshRevokeError, finishLocally](const UserMessage &accessError) {
                                           finishLocally(refreshRevokeError.isError() ? refreshRevokeError
                                                                                      : accessError);
                                       });
                               });
            });
    };

    if (!refreshToken.isEmpty() || !m_secrets) {
        revokeBoth(refreshToken);
        return;
    }
    // Not signed in (for example the restore failed offline): revoke what the keychain holds.
    m_secrets->readSecret(refreshTokenKey(m_settings.profile),
                          [revokeBoth](SecretStore::Error error, const QByteArray &secret, const QString &) {
                              revokeBoth(error == SecretStore::Error::None ? QString::fromUtf8(secret)
                                                                           : QString());
                          });
}

} // namespace hirex::auth
