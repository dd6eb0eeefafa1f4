#pragma once

#include "core/api/TransportPolicy.h"
#include "core/store/ProfileIdentity.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace hirex::auth {
class SessionManager;
}
namespace hirex::api {
class ApiClient;
}
namespace hirex::store {
class LocalCache;
class SecretStore;
} // namespace hirex::store

namespace hirex::session {

// Everything that belongs to one server and its profile, built together and thrown away
// together, by both front ends: the encrypted cache, the session (with wherever its secrets
// live) and the API client on top of it. The objects that hang off them (the idle lock, the
// passphrase flow) take this object as their parent, so they go with it.
//
// Signing in to another server builds a new ProfileSession; the old one is deleted with every
// connection to it. Nothing of one server's session can reach another: no access token sent to
// the old server, no old profile's cache opened for the new one. The session's settings (profile
// name, lock folder, API base, issuer) are derived here from the one server and profile, so the
// two front ends cannot disagree about them.
class ProfileSession : public QObject {
    Q_OBJECT
public:
    struct SignIn {
        QUrl issuer;      // empty: the server is its own authorization server
        QString clientId; // empty: the default
    };

    // `keychain` (the OS keychain store, shared by every profile: entries are named per
    // profile) must outlive this object.
    ProfileSession(const QUrl &server, const store::ProfileIdentity &identity, store::SecretStore *keychain,
                   QObject *parent = nullptr);
    ~ProfileSession() override;

    QUrl server() const { return m_server; }
    const store::ProfileIdentity &identity() const { return m_identity; }
    QString directory() const { return m_identity.directory; }
    QString name() const { return m_identity.name; }

    store::LocalCache *cache() const { return m_cache; }
    // Null until createSession(): where the secrets live is known only after the keychain probe.
    auth::SessionManager *session() const { return m_session; }
    api::ApiClient *api() const { return m_api; }

    // `secrets` (the keychain or the cache's own store) must outlive this object.
    void createSession(QNetworkAccessManager *network, const api::TransportPolicy &policy,
                       store::SecretStore *secrets, const SignIn &signIn);

    static QString devicePlatform();

private:
    QUrl m_server;
    store::ProfileIdentity m_identity;
    store::LocalCache *m_cache;
    auth::SessionManager *m_session = nullptr;
    api::ApiClient *m_api = nullptr;
};

} // namespace hirex::session
