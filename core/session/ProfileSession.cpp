#include "core/session/ProfileSession.h"

#include "core/Version.h"
#include "core/api/ApiClient.h"
#include "core/auth/AuthTransport.h"
#include "core/auth/SessionManager.h"
#include "core/store/LocalCache.h"

#include <QHostInfo>

namespace hirex::session {

ProfileSession::ProfileSession(const QUrl &server, const store::ProfileIdentity &identity,
                               store::SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_identity(identity)
    // The cache's own key is always looked up in the keychain first: LocalCache tells "no
    // keychain" (passphraseRequired) from "keychain, but no key" itself.
    , m_cache(new store::LocalCache(identity.directory, identity.name, keychain, this)) {}

// Children go in reverse order of creation (QObject's own order is the other way round): the
// idle lock and the API client before the session they ask, the session before the cache.
ProfileSession::~ProfileSession() {
    const QObjectList children = this->children();
    for (auto it = children.crbegin(); it != children.crend(); ++it)
        delete *it;
}

void ProfileSession::createSession(QNetworkAccessManager *network, const api::TransportPolicy &policy,
                                   store::SecretStore *secrets, const SignIn &signIn) {
    Q_ASSERT(!m_session);
    m_session = new auth::SessionManager(auth::AuthTransport::fromPolicy(network, policy), secrets, this);
    auth::SessionManager::Settings settings;
    settings.profile = m_identity.name;
    settings.lockDir = m_identity.directory; // the refresh lock is per profile (defect 3)
    settings.issuer = signIn.issuer.isEmpty() ? m_server : signIn.issuer;
    if (!signIn.clientId.isEmpty())
        settings.clientId = signIn.clientId;
    settings.apiBaseUrl = m_server;
    settings.device = {QHostInfo::localHostName(), devicePlatform(), QLatin1String(kVersion)};
    m_session->setSettings(settings);

    m_api = new api::ApiClient(m_server, policy, m_session, this);
    connect(m_api, &api::ApiClient::deviceRevoked, m_session, &auth::SessionManager::reportDeviceRevoked);
}

QString ProfileSession::devicePlatform() {
#if defined(Q_OS_WIN)
    return QStringLiteral("windows");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macos");
#else
    return QStringLiteral("linux");
#endif
}

} // namespace hirex::session
