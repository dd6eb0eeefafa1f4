#include "app/hirexctl/CtlContext.h"

#include "app/hirexctl/ExitCode.h"
#include "app/hirexctl/PassphrasePrompt.h"
#include "core/auth/SessionManager.h"
#include "core/session/ProfileSession.h"
#include "core/store/CacheSecretStore.h"
#include "core/store/KeychainSecretStore.h"
#include "core/store/LocalCache.h"
#include "core/store/ProfileIdentity.h"
#include "core/store/ProfileRecord.h"
#include "core/store/SecretStoreProbe.h"
#include "core/sync/SyncHttp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace hirex::ctl {

CtlContext::CtlContext(const CtlOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_keychain(new store::KeychainSecretStore(this))
    , m_secrets(m_keychain) {}

CtlContext::~CtlContext() = default;

std::optional<int> CtlContext::prepare(UserMessage *error) {
    m_profileDir = m_options.profileDir;
    if (m_profileDir.isEmpty())
        m_profileDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                       QStringLiteral("/hirex/hirexctl");
    const store::ProfileIdentity identity = store::ProfileIdentity::forDirectory(m_profileDir);
    m_profileDir = identity.directory;
    m_profileName = identity.name;
    if (!QDir().mkpath(m_profileDir)) {
        *error = UserMessage{QStringLiteral("profile_unwritable"),
                             tr("The profile folder cannot be created."), m_profileDir};
        return Failure;
    }
    QFile::setPermissions(m_profileDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QString recordError;
    if (const auto record = store::ProfileRecord::load(m_profileDir, &recordError)) {
        m_server = record->server;
        m_issuer = record->issuer;
        if (!record->clientId.isEmpty())
            m_clientId = record->clientId;
        m_caFile = record->caFile;
        m_spkiPins = record->spkiPins;
        m_allowLoopbackHttp = record->allowLoopbackHttp;
    } else if (!recordError.isEmpty()) {
        *error = UserMessage{QStringLiteral("profile_unreadable"),
                             tr("The profile settings (profile.json) cannot be read. Fix or remove the "
                                "file, or use another --profile."),
                             recordError};
        return Failure;
    }
    if (!m_options.server.isEmpty())
        m_server = QUrl(m_options.server);
    if (!m_options.issuer.isEmpty())
        m_issuer = QUrl(m_options.issuer);
    if (!m_options.clientId.isEmpty())
        m_clientId = m_options.clientId;
    if (!m_options.caFile.isEmpty())
        m_caFile = QFileInfo(m_options.caFile).absoluteFilePath();
    if (!m_options.spkiPins.isEmpty())
        m_spkiPins = m_options.spkiPins; // given pins replace the saved ones, never add to them
    if (m_options.allowLoopbackHttp)
        m_allowLoopbackHttp = true;

    api::TransportSettings settings;
    settings.caFile = m_caFile;
    settings.spkiPins = m_spkiPins;
    settings.allowLoopbackHttp = m_allowLoopbackHttp;
    api::ApiError apiError;
    std::optional<api::TransportPolicy> policy = api::TransportPolicy::create(settings, &apiError);
    if (!policy) {
        *error = apiError.toUserMessage();
        return Network;
    }
    m_policy = *policy;
    return std::nullopt;
}

bool CtlContext::saveProfile(UserMessage *error) const {
    store::ProfileRecord record;
    record.server = m_server;
    record.issuer = m_issuer;
    record.clientId = m_clientId;
    record.caFile = m_caFile;
    record.spkiPins = m_spkiPins;
    record.allowLoopbackHttp = m_allowLoopbackHttp;
    QString detail;
    if (!record.save(m_profileDir, &detail)) {
        *error =
            UserMessage{QStringLiteral("profile_unwritable"), tr("The profile cannot be saved."), detail};
        return false;
    }
    return true;
}

// One ProfileSession for the profile and its server, as in the desktop app: the cache, the
// session with settings derived from them, and nothing of another server. Built once prepare()
// knows the server.
session::ProfileSession *CtlContext::profile() {
    if (!m_profile) {
        store::ProfileIdentity identity{m_profileDir, m_profileName};
        m_profile = new session::ProfileSession(m_server, identity, m_keychain, this);
    }
    return m_profile;
}

auth::SessionManager *CtlContext::session() {
    if (!profile()->session()) {
        profile()->createSession(m_network, m_policy, m_secrets, {m_issuer, m_clientId});
        profile()->session()->setWipeHook([this](auth::SessionManager::Callback done) {
            store::LocalCache *c = cache();
            connect(
                c, &store::LocalCache::resetDone, this, [done] { done({}); }, Qt::SingleShotConnection);
            connect(
                c, &store::LocalCache::failed, this,
                [done](const store::CacheError &e) { done(e.toUserMessage()); }, Qt::SingleShotConnection);
            c->reset();
        });
    }
    return profile()->session();
}

store::LocalCache *CtlContext::cache() {
    // The cache's key is looked up in the keychain: "no keychain" is how LocalCache knows to
    // ask for a passphrase.
    return profile()->cache();
}

void CtlContext::prepareSecrets(bool mayCreate, std::function<void(const UserMessage &, int)> done) {
    store::SecretStoreProbe::choose(cache()->kdfPath(), cache()->databasePath(), m_keychain,
                                    [this, mayCreate, done](store::SecretStoreProbe::Home home) {
                                        if (home == store::SecretStoreProbe::Home::Unavailable) {
                                            done(UserMessage{QStringLiteral("keychain_unavailable"),
                                                             tr("The keychain that holds the key of the "
                                                                "local cache did not answer. Try again."),
                                                             {}},
                                                 CacheProblem);
                                            return;
                                        }
                                        if (home == store::SecretStoreProbe::Home::PassphraseCache) {
                                            startPassphraseMode(mayCreate, done);
                                            return;
                                        }
                                        done({}, Ok);
                                    });
}

void CtlContext::startPassphraseMode(bool mayCreate, std::function<void(const UserMessage &, int)> done) {
    m_usesPassphrase = true;
    store::LocalCache *c = cache();
    // Closed until unlocked: every secret read before that answers "locked".
    m_secrets = new store::CacheSecretStore(c, this);
    if (!mayCreate && !QFileInfo::exists(c->databasePath())) {
        done({}, Ok); // no cache: nothing stored, nothing to unlock
        return;
    }
    auto finished = std::make_shared<bool>(false);
    auto finish = [done, finished](const UserMessage &error, int code) {
        if (!*finished) {
            *finished = true;
            done(error, code);
        }
    };
    connect(c, &store::LocalCache::passphraseRequired, this, [this, c, finish, finished](bool newCache) {
        if (*finished)
            return; // unlocked once per run; a later request (after a wipe) is not ours to answer
        QString error;
        std::optional<QString> passphrase =
            PassphrasePrompt::obtain(m_options.passphraseFile, newCache, &error);
        if (!passphrase) {
            finish(UserMessage{QStringLiteral("cache_passphrase_missing"), error, {}}, CacheProblem);
            return;
        }
        c->openWithPassphrase(*passphrase);
        passphrase->fill(QLatin1Char('\0'));
    });
    connect(c, &store::LocalCache::opened, this, [finish] { finish({}, Ok); });
    connect(c, &store::LocalCache::failed, this, [finish](const store::CacheError &e) {
        if (e.kind == store::CacheError::Kind::WrongKey) {
            finish(
                UserMessage{e.code(), tr("Wrong passphrase: the local cache cannot be opened with it."), {}},
                CacheProblem);
            return;
        }
        finish(e.toUserMessage(), CacheProblem);
    });
    c->open();
}

sync::SyncHttp *CtlContext::http() {
    if (!m_http) {
        m_http = new sync::SyncHttp(m_policy, m_server, session(), this);
        // As in the desktop app: a revoked device forgets its sign-in (and says why).
        connect(m_http, &sync::SyncHttp::deviceRevoked, session(),
                &auth::SessionManager::reportDeviceRevoked);
    }
    return m_http;
}

void CtlContext::restoreSession(std::function<void(const UserMessage &)> done) {
    session()->restoreSession([done](const UserMessage &error) { done(error); });
}

void CtlContext::openCache(std::function<void(const store::CacheError &)> done) {
    store::LocalCache *c = cache();
    auto finished = std::make_shared<bool>(false);
    connect(c, &store::LocalCache::opened, this, [done, finished] {
        if (!*finished) {
            *finished = true;
            done({});
        }
    });
    connect(c, &store::LocalCache::failed, this, [done, finished](const store::CacheError &e) {
        if (!*finished) {
            *finished = true;
            done(e);
        }
    });
    connect(c, &store::LocalCache::passphraseRequired, this, [done, finished](bool) {
        // prepareSecrets() unlocks passphrase caches first; a request here means it did not.
        if (!*finished) {
            *finished = true;
            done(store::CacheError::make(store::CacheError::Kind::NoBackend,
                                         QStringLiteral("the cache needs a passphrase")));
        }
    });
    c->open();
}

int CtlContext::exitCodeFor(const UserMessage &error) {
    const QString &c = error.code;
    if (c.isEmpty())
        return Ok;
    if (c == u"no_session" || c == u"session_expired" || c == u"token_refused" || c == u"device_revoked" ||
        c == u"unauthorized" || c == u"invalid_token" || c == u"token_expired" || c == u"not_signed_in")
        return NotSignedIn;
    if (c.startsWith(QLatin1String("tls_")) || c == u"network" || c == u"timeout" ||
        c == u"server_unavailable" || c == u"insecure_url" || c.startsWith(QLatin1String("oidc_discovery")) ||
        c == u"service_unavailable" || c == u"internal" || c == u"rate_limited" ||
        c.startsWith(QLatin1String("ca_file")) || c == u"pin_invalid" ||
        // An HTTP error without the API's problem document: a proxy or gateway answered.
        c.startsWith(QLatin1String("http_")))
        return Network;
    if (c.startsWith(QLatin1String("keychain")) || c.startsWith(QLatin1String("cache_")))
        return CacheProblem;
    return Failure;
}

} // namespace hirex::ctl
