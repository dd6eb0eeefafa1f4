#include "app/hirexctl/CtlContext.h"

#include "app/hirexctl/ExitCode.h"
#include "app/hirexctl/PassphrasePrompt.h"
#include "core/Version.h"
#include "core/auth/AuthTransport.h"
#include "core/auth/SessionManager.h"
#include "core/store/CacheSecretStore.h"
#include "core/store/KeychainSecretStore.h"
#include "core/store/LocalCache.h"
#include "core/store/ProfileIdentity.h"
#include "core/store/SecretStoreProbe.h"
#include "core/sync/SyncHttp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>
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

    QFile file(m_profileDir + QStringLiteral("/profile.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        m_server = QUrl(o.value(QLatin1String("server")).toString());
        m_issuer = QUrl(o.value(QLatin1String("issuer")).toString());
        m_clientId = o.value(QLatin1String("client_id")).toString(m_clientId);
        m_caFile = o.value(QLatin1String("ca_file")).toString();
        for (const QJsonValue &pin : o.value(QLatin1String("spki_pins")).toArray())
            m_spkiPins.append(pin.toString());
        m_allowLoopbackHttp = o.value(QLatin1String("insecure_loopback_http")).toBool();
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
    QJsonObject o{{QStringLiteral("server"), m_server.toString()},
                  {QStringLiteral("client_id"), m_clientId},
                  {QStringLiteral("ca_file"), m_caFile}};
    if (!m_issuer.isEmpty())
        o.insert(QStringLiteral("issuer"), m_issuer.toString());
    if (!m_spkiPins.isEmpty())
        o.insert(QStringLiteral("spki_pins"), QJsonArray::fromStringList(m_spkiPins));
    if (m_allowLoopbackHttp)
        o.insert(QStringLiteral("insecure_loopback_http"), true);
    QSaveFile file(m_profileDir + QStringLiteral("/profile.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit()) {
        *error = UserMessage{QStringLiteral("profile_unwritable"), tr("The profile cannot be saved."),
                             file.errorString()};
        return false;
    }
    return true;
}

auth::SessionManager *CtlContext::session() {
    if (!m_session) {
        m_session =
            new auth::SessionManager(auth::AuthTransport::fromPolicy(m_network, m_policy), m_secrets, this);
        auth::SessionManager::Settings s;
        s.profile = m_profileName;
        s.lockDir = m_profileDir;
        s.issuer = issuer();
        s.clientId = m_clientId;
        s.apiBaseUrl = m_server;
        s.device = {QHostInfo::localHostName(), QStringLiteral("linux"), QLatin1String(hirex::kVersion)};
        m_session->setSettings(s);
        m_session->setWipeHook([this](auth::SessionManager::Callback done) {
            store::LocalCache *c = cache();
            connect(
                c, &store::LocalCache::resetDone, this, [done] { done({}); }, Qt::SingleShotConnection);
            connect(
                c, &store::LocalCache::failed, this,
                [done](const store::CacheError &e) { done(e.toUserMessage()); }, Qt::SingleShotConnection);
            c->reset();
        });
    }
    return m_session;
}

store::LocalCache *CtlContext::cache() {
    // The cache's key is looked up in the keychain: "no keychain" is how LocalCache knows to
    // ask for a passphrase.
    if (!m_cache)
        m_cache = new store::LocalCache(m_profileDir, m_profileName, m_keychain, this);
    return m_cache;
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
