#pragma once

#include "app/hirexctl/CtlOptions.h"
#include "core/api/TransportPolicy.h"
#include "core/store/CacheError.h"
#include "core/util/UserMessage.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace hirex::auth {
class SessionManager;
}
namespace hirex::store {
class KeychainSecretStore;
class LocalCache;
class SecretStore;
} // namespace hirex::store
namespace hirex::sync {
class SyncHttp;
}
namespace hirex::session {
class ProfileSession;
}

namespace hirex::ctl {

// Everything one hirexctl run needs, built from the options and the profile:
//   <profile>/profile.json  server, issuer, client id, CA file (no secrets)
//   <profile>/cache.db      the encrypted cache (core/store LocalCache)
// Secrets live in the OS keychain under names that include the profile name, which is derived
// from the profile directory, so two profiles never share a key or a refresh token.
// Without a keychain (or once the profile has <profile>/cache.kdf.json) the cache is keyed by a
// passphrase and keeps the refresh token and device id itself (CacheSecretStore): then
// prepareSecrets() opens the cache before anything else needs a secret.
class CtlContext : public QObject {
    Q_OBJECT

public:
    explicit CtlContext(const CtlOptions &options, QObject *parent = nullptr);
    ~CtlContext() override;

    // Loads profile.json, applies the command-line overrides, builds the transport. On failure
    // returns an exit code (Usage, Network for an unreadable CA file...) with a message.
    std::optional<int> prepare(UserMessage *error);
    bool saveProfile(UserMessage *error) const;
    bool hasServer() const { return m_server.isValid() && !m_server.isEmpty(); }

    QString profileDir() const { return m_profileDir; }
    QString profileName() const { return m_profileName; }
    QUrl server() const { return m_server; }
    QUrl issuer() const { return m_issuer.isEmpty() ? m_server : m_issuer; }
    QString clientId() const { return m_clientId; }
    const api::TransportPolicy &policy() const { return m_policy; }

    QNetworkAccessManager *network() const { return m_network; }
    store::SecretStore *secrets() const { return m_secrets; }
    bool usesPassphrase() const { return m_usesPassphrase; }

    // Decides where the secrets live (keychain probe) and, in passphrase mode, obtains the
    // passphrase (PassphrasePrompt) and opens the cache with it, unless `mayCreate` is false and
    // there is no cache yet (nothing to unlock: no session either). On failure `done` gets the
    // error and its exit code (CacheProblem for a wrong or missing passphrase).
    void prepareSecrets(bool mayCreate, std::function<void(const UserMessage &error, int exitCode)> done);
    session::ProfileSession *profile();
    auth::SessionManager *session();
    store::LocalCache *cache();
    sync::SyncHttp *http();

    // Signs in from the stored refresh token. `done` gets no error when signed in.
    void restoreSession(std::function<void(const UserMessage &)> done);
    // Opens the encrypted cache (creates it and its key on first use).
    void openCache(std::function<void(const store::CacheError &)> done);

    // The exit code for an error from any layer (see ExitCode.h).
    static int exitCodeFor(const UserMessage &error);

private:
    void startPassphraseMode(bool mayCreate, std::function<void(const UserMessage &, int)> done);

    CtlOptions m_options;
    QString m_profileDir;
    QString m_profileName;
    QUrl m_server;
    QUrl m_issuer;
    QString m_clientId = QStringLiteral("hirex-desktop");
    QString m_caFile;
    QStringList m_spkiPins;
    bool m_allowLoopbackHttp = false;
    api::TransportPolicy m_policy;
    QNetworkAccessManager *m_network;
    store::KeychainSecretStore *m_keychain;
    store::SecretStore *m_secrets;
    bool m_usesPassphrase = false;
    session::ProfileSession *m_profile = nullptr;
    sync::SyncHttp *m_http = nullptr;
};

} // namespace hirex::ctl
