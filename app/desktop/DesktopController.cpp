#include "app/desktop/DesktopController.h"

#include "app/desktop/DesktopSync.h"
#include "app/desktop/PassphraseFlow.h"
#include "app/desktop/SessionLockWatcher.h"
#include "app/desktop/UserActivityFilter.h"
#include "core/api/ApiClient.h"
#include "core/api/Reachability.h"
#include "core/auth/AuthTransport.h"
#include "core/auth/AuthorizationFlow.h"
#include "core/auth/SessionManager.h"
#include "core/read/CachedJobs.h"
#include "core/session/ProfileSession.h"
#include "core/store/CacheError.h"
#include "core/store/IdleLock.h"
#include "core/store/KeychainSecretStore.h"
#include "core/store/LocalCache.h"
#include "core/store/LockMarker.h"
#include "core/store/ProfileIdentity.h"
#include "core/store/ProfileRecord.h"
#include "core/store/SecretStoreProbe.h"
#include "core/store/UnlockPin.h"
#include "core/sync/SyncWorker.h"
#include "models/AdminDevicesPresenter.h"
#include "models/BoardPresenter.h"
#include "models/CandidatesPresenter.h"
#include "models/ConflictsPresenter.h"
#include "models/DesktopBrowserLauncher.h"
#include "models/JobListModel.h"
#include "models/ReviewsPresenter.h"
#include "models/SettingsPresenter.h"
#include "models/SignInPresenter.h"
#include "models/SyncStatusPresenter.h"
#include "models/UnlockPresenter.h"
#include "models/WorkspaceContext.h"
#include "ui/AdminDevicesView.h"
#include "ui/AdminPage.h"
#include "ui/CandidatesPage.h"
#include "ui/LockedPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/ReviewsPage.h"
#include "ui/SettingsPage.h"
#include "ui/SyncStatusBar.h"
#include "ui/WorkspacePage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcDesktop, "hirex.app.desktop")

namespace hirex::app {

DesktopController::DesktopController(DesktopOptions options, ui::MainWindow *window,
                                     models::SignInPresenter *signIn, models::JobListModel *jobs,
                                     QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_window(window)
    , m_signIn(signIn)
    , m_jobs(jobs)
    , m_launcher(std::make_unique<models::DesktopBrowserLauncher>())
    , m_workspace(new models::WorkspaceContext(this))
    , m_syncStatus(new models::SyncStatusPresenter(this))
    , m_conflicts(new models::ConflictsPresenter(this))
    , m_offlineRestore(new QTimer(this))
    , m_settings(new models::SettingsPresenter(this)) {
    connect(m_window, &ui::MainWindow::signInRequested, this, &DesktopController::startSignIn);
    connect(m_window, &ui::MainWindow::signOutRequested, this, &DesktopController::signOut);
    m_window->setSyncStatusBar(new ui::SyncStatusBar(m_syncStatus));
    m_offlineRestore->setSingleShot(true);
    connect(m_offlineRestore, &QTimer::timeout, this, &DesktopController::retryOfflineRestore);
    connect(m_window, &ui::MainWindow::unlockRequested, this, &DesktopController::onUnlockRequested);
    // The status line's job count follows the picker (the cache's jobs arrive as the sync runs).
    connect(m_jobs, &QAbstractItemModel::modelReset, m_window->workspacePage(),
            &ui::WorkspacePage::refreshStatusText);
    wireBoard();
    wireConflicts();
    wireCandidates();
    wireReviews();
    wireSettings();
}

DesktopController::~DesktopController() = default;

UserMessage DesktopController::initialise() {
    api::TransportSettings settings;
    settings.caFile = m_options.caFile;
    settings.spkiPins = m_options.spkiPins;
    settings.allowLoopbackHttp = m_options.allowLoopbackHttp;
    api::ApiError policyError;
    // Settings → Network of this profile fill in what the command line left out.
    m_settings->setProfile(profileIdentity().name, m_options.server);
    api::TransportSettings stored = settings;
    m_settings->fillTransportSettings(&stored);
    auto policy = api::TransportPolicy::create(stored, &policyError);
    if (!policy && (stored.caFile != settings.caFile || stored.spkiPins != settings.spkiPins)) {
        // A stored CA file that has gone since must not keep Hirex from starting: the page says
        // why it is not used, and the command line's settings apply.
        qCWarning(lcDesktop) << "stored network settings not used:" << policyError.code;
        m_settings->setNetworkProblem(
            tr("The saved network settings are not used: %1").arg(policyError.toUserMessage().message));
        policy = api::TransportPolicy::create(settings, &policyError);
    }
    if (!policy)
        return policyError.toUserMessage();
    m_policy = *policy;
    if (!m_policy.extraCaCertificates().isEmpty() || !m_policy.settings().spkiPins.isEmpty())
        m_systemCasParsed = api::TransportPolicy::preloadSystemCaCertificates(); // off the GUI thread
    applyProxy();

    m_keychain = new store::KeychainSecretStore(this);
    m_flow = new auth::AuthorizationFlow(auth::AuthTransport::fromPolicy(&m_network, m_policy),
                                         m_browser ? m_browser : m_launcher.get(), this);
    connect(m_flow, &auth::AuthorizationFlow::failed, this,
            [this](const UserMessage &error) { m_signIn->markFailed(error.message); });
    connect(m_flow, &auth::AuthorizationFlow::succeeded, this,
            [this](const auth::TokenSet &tokens, const auth::OidcProviderMetadata &) {
                if (m_idleLock && !tokens.subject.isEmpty())
                    m_idleLock->setSubject(tokens.subject); // whom a later unlock must prove
            });
    m_unlockFlow = new auth::AuthorizationFlow(auth::AuthTransport::fromPolicy(&m_network, m_policy),
                                               m_launcher.get(), this);
    m_sessionLock = new SessionLockWatcher(this);
    m_sessionLock->watchDesktop();
    if (const UserMessage refused = checkProfileFolder(); refused.isError())
        return refused;
    buildProfile();
    return {};
}

// A folder given with --profile-dir holds one server's data and stored sign-in. Used with
// another --server, that sign-in would be offered to the wrong issuer and the wrong cache
// opened, so it is refused before anything is read from it.
UserMessage DesktopController::checkProfileFolder() const {
    if (m_options.profileDir.isEmpty())
        return {};
    const QString dir = store::ProfileIdentity::forDirectory(m_options.profileDir).directory;
    QString error;
    const std::optional<store::ProfileRecord> record = store::ProfileRecord::load(dir, &error);
    if (!error.isEmpty()) {
        return UserMessage{QStringLiteral("profile_unreadable"),
                           tr("The profile folder's settings (profile.json) cannot be read. Fix or "
                              "remove the file, or choose another --profile-dir."),
                           error};
    }
    if (record && !record->server.isEmpty() && !record->belongsTo(m_options.server)) {
        return UserMessage{QStringLiteral("profile_other_server"),
                           tr("The profile folder %1 belongs to %2. Start with --server %2, or choose "
                              "another --profile-dir for %3.")
                               .arg(QDir::toNativeSeparators(dir), record->server.toDisplayString(),
                                    m_options.server.toDisplayString()),
                           {}};
    }
    return {};
}

store::ProfileIdentity DesktopController::profileIdentity() const {
    if (!m_options.profileDir.isEmpty())
        return store::ProfileIdentity::forDirectory(m_options.profileDir);
    const QString root = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return store::ProfileIdentity::forDirectory(
        store::ProfileIdentity::directoryForServer(root, m_options.server));
}

// The cache, session and API client of the current server, and what hangs off them.
void DesktopController::buildProfile() {
    ++m_profileGeneration;
    m_workingOnlineOnly = false;
    m_restoreWaitsForCas = false;      // the new profile's restore waits afresh
    m_settings->setUnlockPin(nullptr); // the PIN belongs to the profile: set up with its keychain
    m_profile = std::make_unique<session::ProfileSession>(m_options.server, profileIdentity(), m_keychain);
    m_settings->setProfile(profileName(), m_options.server);
    m_reviews->setUserId({}); // another server's account until /v1/me says otherwise
    applyProxy();
    cache()->setOpensWorkerConnection(true); // the sync worker's own connection (DesktopSync)
    connect(cache(), &store::LocalCache::opened, this, &DesktopController::onCacheOpened);
    setUpIdleLock();
    connect(cache(), &store::LocalCache::failed, this, &DesktopController::onCacheFailed);
    connect(cache(), &store::LocalCache::integrityChecked, this, &DesktopController::onIntegrityChecked);
}

// Another server is another profile: the old one goes as a whole, with every connection to it,
// before anything of the new server is touched.
void DesktopController::switchServer(const QUrl &server) {
    qCInfo(lcDesktop) << "switching to another server: building its profile";
    m_offlineRestore->stop();
    m_offline = false;
    m_profile.reset(); // its sync worker first (DesktopSync is the newest child)
    m_options.server = server;
    m_signInWhenReady = true; // the user asked to sign in: go on once the profile is ready
    buildProfile();
    start();
}

// The session, and the API client on top of it, exist once the place of the secrets is known.
void DesktopController::createSession(store::SecretStore *secrets) {
    m_profile->createSession(&m_network, m_policy, secrets, {m_options.issuer, m_options.clientId});
    session()->setWipeHook([this](const auth::SessionManager::Callback &done) { wipeCache(done); });
    connect(m_flow, &auth::AuthorizationFlow::succeeded, session(), &auth::SessionManager::beginSession);
    connect(session(), &auth::SessionManager::signedIn, this, &DesktopController::onSignedIn);
    connect(session(), &auth::SessionManager::signInRequired, this, &DesktopController::onSignInRequired);
    connect(session(), &auth::SessionManager::sessionWarning, this, [this](const UserMessage &warning) {
        m_window->workspacePage()->setStatusText(warning.message);
    });
    createSync();
}

store::LocalCache *DesktopController::cache() const {
    return m_profile->cache();
}

auth::SessionManager *DesktopController::session() const {
    return m_profile->session();
}

api::ApiClient *DesktopController::api() const {
    return m_profile->api();
}

QString DesktopController::profileName() const {
    return m_profile->name();
}

QString DesktopController::profileDir() const {
    return m_profile->directory();
}

void DesktopController::start() {
    QDir().mkpath(profileDir());
    recordServer();
    if (!session()) {
        chooseSecretStore(); // then restoreOrSignIn()
        return;
    }
    restoreOrSignIn();
}

// The folder says whose it is (see checkProfileFolder()); hirexctl's settings in it are kept.
void DesktopController::recordServer() {
    QString error;
    std::optional<store::ProfileRecord> record = store::ProfileRecord::load(profileDir(), &error);
    if (!error.isEmpty() || (record && record->belongsTo(m_options.server)))
        return; // unreadable (never replaced) or already right
    store::ProfileRecord fresh = record.value_or(store::ProfileRecord{});
    fresh.server = m_options.server;
    if (!fresh.save(profileDir(), &error))
        qCWarning(lcDesktop) << "profile record not saved:" << error;
}

void DesktopController::chooseSecretStore() {
    m_signIn->markRestoring();
    store::SecretStoreProbe::choose(cache()->kdfPath(), cache()->databasePath(), m_keychain,
                                    [this](store::SecretStoreProbe::Home home) {
                                        if (home == store::SecretStoreProbe::Home::Unavailable) {
                                            onKeychainUnavailable();
                                            return;
                                        }
                                        if (home == store::SecretStoreProbe::Home::PassphraseCache) {
                                            startPassphraseMode();
                                            return;
                                        }
                                        createSession(m_keychain);
                                        setUpUnlock();
                                        if (stayLockedAtStart())
                                            return;
                                        restoreOrSignIn();
                                    });
}

void DesktopController::onKeychainUnavailable() {
    // The cache's key is in the keychain: only the keychain can open it, so wait for it.
    const auto answer = ui::MessageBox::warning(
        m_window, tr("The keychain is not answering"),
        tr("The keychain that holds the key of your local cache did not answer. Make sure it is "
           "running and unlocked, then try again."),
        QMessageBox::Retry | QMessageBox::Close, QMessageBox::Retry);
    if (answer == QMessageBox::Retry) {
        chooseSecretStore();
        return;
    }
    Q_EMIT quitRequested();
}

void DesktopController::startPassphraseMode() {
    qCInfo(lcDesktop) << "no keychain: the local cache opens with a passphrase and keeps the sign-in";
    m_passphrase = new PassphraseFlow(cache(), m_window, m_profile.get());
    connect(m_passphrase, &PassphraseFlow::cancelled, this, &DesktopController::onPassphraseCancelled);
    connect(m_passphrase, &PassphraseFlow::localDataReset, this, &DesktopController::onLocalDataReset);
    createSession(m_passphrase->secrets());
    m_signIn->markRestoring();
    // Locked when it last ran: the passphrase is the proof, but a cancel stays on the locked page.
    stayLockedAtStart();
    cache()->open(); // passphraseRequired -> dialog -> opened() -> onCacheOpened()
}

void DesktopController::onPassphraseCancelled() {
    if (m_window->isShowingLocked()) {
        m_window->lockedPage()->setBusy(false); // stay locked; Unlock asks again
        return;
    }
    Q_EMIT quitRequested();
}

void DesktopController::onLocalDataReset() {
    // The stored sign-in went with the cache; end the one in memory too (revokes its tokens).
    m_jobs->setJobs({});
    m_signIn->reset();
    if (session()->isSignedIn())
        session()->signOut(auth::SessionManager::SignOutMode::KeepLocalData, [](const UserMessage &) {});
    m_window->showSignIn();
}

void DesktopController::onCacheOpened() {
    m_workingOnlineOnly = false;
    if (m_passphrase && !session()->isSignedIn()) {
        // Passphrase mode opens the cache before the session: now the session can be restored.
        if (session()->state() != auth::SessionManager::State::Restoring)
            restoreOrSignIn();
        if (!m_offline)
            return;
    }
    if (std::exchange(m_cacheOpeningAhead, false) && !m_offline && !session()->isSignedIn()) {
        // Opened ahead of the session: the board shows the cache now, the rest once signed in.
        // Restoring, or about to (its first request waits for the system CAs): a restore that
        // finds no session closes the cache again.
        if (session()->state() == auth::SessionManager::State::Restoring || m_restoreWaitsForCas) {
            showWorkspaceLoading();
            m_workspace->open(cache()->database(), nullptr);
        }
        return;
    }
    loadWorkspace();
    startSync();
}

// A keychain profile's second start opens its cache while the session is restored, so the
// board shows what was synced as soon as the keychain gives the key, not after the sign-in
// server has answered (discovery and refresh took 250 ms on loopback; more over a real
// network). Nothing is sent before the session is back: the worker starts then. A locked
// profile, a passphrase profile and a first start (no cache yet) wait as before.
void DesktopController::openCacheAheadOfTheSession() {
    if (m_passphrase || (m_idleLock && m_idleLock->isLocked()))
        return;
    if (cache()->state() != store::LocalCache::State::Closed || !QFileInfo::exists(cache()->databasePath()))
        return;
    m_cacheOpeningAhead = true;
    cache()->open();
}

void DesktopController::restoreOrSignIn() {
    if (m_options.server.isEmpty()) {
        m_signIn->reset();
        m_window->showSignIn();
        return;
    }
    m_signIn->markRestoring();
    openCacheAheadOfTheSession();
    if (m_systemCasParsed.isValid() && !m_systemCasParsed.isFinished()) {
        // The restore's first request needs the system CAs parsed (an extra CA or a pin): made
        // now, it would wait for the parse on the GUI thread, and the cache opened ahead would
        // not paint until then. It goes once the parse is done; the window paints meanwhile.
        // A switch to another server meanwhile builds another profile, whose session may not
        // exist yet when the parse ends: that profile restores on its own.
        if (!std::exchange(m_restoreWaitsForCas, true))
            m_systemCasParsed.then(this, [this, generation = m_profileGeneration] {
                if (generation != m_profileGeneration)
                    return;
                m_restoreWaitsForCas = false;
                restoreSession();
            });
        return;
    }
    restoreSession();
}

void DesktopController::restoreSession() {
    session()->restoreSession([this](const UserMessage &error) {
        if (!error.isError())
            return; // signedIn() follows
        if (api::meansUnreachable(error)) {
            openOffline(error);
            return;
        }
        // No session: what the cache showed ahead of it goes (the worker never started).
        if (!m_passphrase && (cache()->state() == store::LocalCache::State::Open ||
                              cache()->state() == store::LocalCache::State::Opening))
            cache()->lock();
        m_signIn->reset();
        if (error.code != QStringLiteral("no_session"))
            m_signIn->markFailed(error.message);
        m_window->showSignIn();
        // --sign-in, or the user asked to sign in to the server whose profile was just built.
        if (m_options.signInAtStart || std::exchange(m_signInWhenReady, false))
            startSignIn();
    });
}

void DesktopController::startSignIn() {
    if (!m_signIn->canSignIn() || !session())
        return; // no session yet: the keychain probe or the passphrase comes first
    const QUrl server = m_signIn->serverUrl();
    if (server != m_options.server) {
        if (!m_options.profileDir.isEmpty()) {
            // --profile-dir names one folder, and it belongs to the server it was started with.
            m_signIn->markFailed(tr("This window keeps its data in the profile folder given with "
                                    "--profile-dir, which belongs to %1. Start Hirex without "
                                    "--profile-dir to sign in to another server.")
                                     .arg(m_options.server.toDisplayString()));
            return;
        }
        // After this call returns: the sign-in page's signal is still being delivered.
        QMetaObject::invokeMethod(
            this, [this, server] { switchServer(server); }, Qt::QueuedConnection);
        return;
    }
    auth::AuthorizationFlow::Settings settings;
    settings.issuer = m_options.issuer.isEmpty() ? server : m_options.issuer;
    settings.resource = server; // RFC 9728: the API must list the issuer
    settings.clientId = m_options.clientId;
    m_flow->setSettings(settings);
    m_signIn->markWaitingForBrowser();
    m_flow->start();
}

void DesktopController::onSignedIn() {
    qCInfo(lcDesktop) << "signed in; opening the local cache";
    m_offlineRestore->stop();
    m_offlineRestoreDelayMs = 0;
    m_offline = false;
    m_signIn->markSignedIn();
    openCache();
}

void DesktopController::onSignInRequired(const UserMessage &reason) {
    m_offlineRestore->stop();
    m_offline = false;
    if (m_sync)
        m_sync->stop(); // nothing more can be sent for this session; the outbox keeps its changes
    m_signIn->reset();
    m_signIn->markFailed(reason.message);
    m_window->showSignIn();
    reopenWipedPassphraseCache(); // a revoked device wipes the cache first
}

void DesktopController::reopenWipedPassphraseCache() {
    // Without a keychain the next sign-in needs a cache to keep it in: after a wipe, ask for a
    // new passphrase at once.
    if (m_passphrase && !QFileInfo::exists(cache()->kdfPath()) &&
        cache()->state() == store::LocalCache::State::Closed)
        cache()->open();
}

void DesktopController::openCache() {
    cache()->open();
}

// Sign-out with removal and a revoked device wipe the cache: reset() answers resetDone() or,
// when a file cannot be wiped or the key not deleted, failed(). The session must hear either,
// or it never leaves the signing-out state; the user must hear a failure, since local data
// they asked to remove is still there.
void DesktopController::wipeCache(const std::function<void(const UserMessage &)> &done) {
    m_wipingCache = true;
    // Whichever signal comes first ends the wipe; the other connection must not outlive it.
    auto connections = std::make_shared<std::pair<QMetaObject::Connection, QMetaObject::Connection>>();
    auto finish = [this, done, connections](const UserMessage &error) {
        disconnect(connections->first);
        disconnect(connections->second);
        m_wipingCache = false;
        done(error);
    };
    connections->first = connect(cache(), &store::LocalCache::resetDone, this, [finish] { finish({}); });
    connections->second =
        connect(cache(), &store::LocalCache::failed, this, [this, finish](const store::CacheError &error) {
            qCWarning(lcDesktop) << "wiping the local cache failed:" << error.code();
            ui::MessageBox::warning(m_window, tr("The local data could not be removed"),
                                    tr("Hirex could not delete the local cache on this computer: %1\n\n"
                                       "You are signed out. Delete the profile folder %2 by hand.")
                                        .arg(error.message(), QDir::toNativeSeparators(profileDir())));
            finish({QStringLiteral("cache_reset_failed"), error.message(), {}});
        });
    resetCacheAfterSync();
}

// After an unclean shutdown LocalCache checks the file in the background while the app is in
// use; damage found then gets the same offer as a cache that cannot be opened.
void DesktopController::onIntegrityChecked(const store::CacheError &result) {
    if (!result.isError() || m_wipingCache)
        return;
    qCWarning(lcDesktop) << "background integrity check found damage:" << result.code();
    QString text = result.message();
    text += QStringLiteral("\n\n");
    text += tr("Reset local cache deletes the encrypted copy on this computer and downloads your data "
               "from the server again. Changes that have not reached the server yet are lost.");
    const auto answer =
        ui::MessageBox::warning(m_window, tr("The local cache is damaged"), text,
                                QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Reset) {
        connect(cache(), &store::LocalCache::resetDone, this, &DesktopController::openCache,
                Qt::SingleShotConnection);
        resetCacheAfterSync();
    } else {
        m_window->workspacePage()->setStatusText([] {
            return tr("The local cache is damaged. Hirex offers to reset it again at the next start.");
        });
    }
}

void DesktopController::onCacheFailed(const store::CacheError &error) {
    if (m_wipingCache)
        return; // wipeCache() answers this one
    qCWarning(lcDesktop) << "local cache failed:" << error.code();
    if (std::exchange(m_cacheOpeningAhead, false)) {
        // Quietly: the session's own open after sign-in (or the offline start) tries again and
        // asks the user then, with the whole picture.
        return;
    }
    if (m_passphrase && error.kind == store::CacheError::Kind::WrongKey) {
        m_passphrase->retryAfterWrongPassphrase();
        return;
    }
    if (m_window->isShowingLocked() && error.offersRetry()) {
        // A locked keychain or a cancelled prompt: stay locked, the Unlock button tries again.
        m_window->lockedPage()->setMessage(error.message());
        m_window->lockedPage()->setBusy(false);
        return;
    }
    QString text = error.message();
    QMessageBox::StandardButtons buttons = QMessageBox::Reset | QMessageBox::Cancel;
    if (error.offersRetry())
        buttons |= QMessageBox::Retry;
    text += QStringLiteral("\n\n");
    text += tr("Reset local cache deletes the encrypted copy on this computer and downloads your data "
               "from the server again. Changes that have not reached the server yet are lost.");
    const auto answer = ui::MessageBox::warning(m_window, tr("The local cache cannot be opened"), text,
                                                buttons, QMessageBox::Cancel);
    if (answer == QMessageBox::Retry) {
        openCache();
    } else if (answer == QMessageBox::Reset) {
        connect(cache(), &store::LocalCache::resetDone, this, &DesktopController::openCache,
                Qt::SingleShotConnection);
        resetCacheAfterSync();
    } else {
        m_workingOnlineOnly = true; // says so once the jobs are loaded, instead of their count
        loadWorkspace();
    }
}

void DesktopController::showWorkspaceLoading() {
    m_window->showWorkspace();
    m_window->workspacePage()->setStatusText([] { return tr("Loading your workspace…"); });
}

void DesktopController::loadWorkspace() {
    showWorkspaceLoading();
    api()->me([this](const api::ApiResult<domain::Me> &result) {
        qCInfo(lcDesktop) << "me loaded:" << result.ok() << result.error.code;
        if (m_idleLock && m_idleLock->isLocked())
            return; // locked meanwhile: nothing of it goes on screen
        if (!result.ok()) {
            if (m_offline) {
                // Calm, not an error: the status bar says offline, and the work goes on locally.
                m_window->workspacePage()->setStatusText([] {
                    return tr("Offline: you are working with the copy on this computer. Changes are sent "
                              "when the server can be reached again.");
                });
                return;
            }
            m_window->workspacePage()->setStatusText(result.error.toUserMessage().message);
            return;
        }
        const domain::Me &me = *result.value;
        if (m_idleLock && m_idleLock->subject().isEmpty())
            m_idleLock->setSubject(me.user.id); // the Hirex user id is the OIDC subject
        m_window->workspacePage()->setAccount(me.user.name.value_or(me.user.id), me.tenant.name,
                                              me.tenant.region, me.session.federated);
        updateAdmin(std::any_of(me.permissions.cbegin(), me.permissions.cend(),
                                [](const QString &p) { return p.startsWith(u"admin."); }));
        m_candidates->setVisibility(me.visibility.hiddenFields,
                                    me.can(QStringLiteral("candidates.read_pii")));
        m_reviews->setUserId(me.user.id); // whose scorecards "My reviews" lists
        loadJobs(QString(), {});
    });
}

void DesktopController::loadJobs(const QString &cursor, QList<domain::Job> soFar) {
    api()->jobs(cursor, 200, [this, soFar](const api::ApiResult<domain::Page<domain::Job>> &result) mutable {
        if (m_idleLock && m_idleLock->isLocked())
            return; // locked meanwhile: the jobs stay off screen and out of memory
        if (!result.ok()) {
            m_window->workspacePage()->setStatusText(result.error.toUserMessage().message);
            return;
        }
        soFar += result.value->items;
        qCInfo(lcDesktop) << "jobs loaded:" << soFar.size();
        if (result.value->hasMore()) {
            loadJobs(*result.value->nextCursor, std::move(soFar));
            return;
        }
        // Once the working set is open the picker lists the cache's jobs (offline too), and the
        // count says what the picker lists: the cache's jobs, not the server's first answer.
        if (!m_workspace->isReady())
            m_jobs->setJobs(std::move(soFar));
        if (m_workingOnlineOnly) {
            m_window->workspacePage()->setStatusText(
                [] { return tr("Working online only: the local cache is not open."); });
            return;
        }
        m_window->workspacePage()->setStatusText([jobs = QPointer<models::JobListModel>(m_jobs)] {
            return tr("%n job(s) you can work on.", nullptr, jobs ? jobs->rowCount() : 0);
        });
    });
}

void DesktopController::setUpIdleLock() {
    m_idleLock = new store::IdleLock(cache(), m_profile.get());
    int minutes = m_options.idleLockMinutes;
    if (minutes < 0)
        minutes = QSettings().value(QStringLiteral("security/idleLockMinutes"), 15).toInt();
    m_idleLock->setTimeout(std::chrono::minutes(qMax(0, minutes)));
    QCoreApplication::instance()->installEventFilter(
        new UserActivityFilter([lock = m_idleLock.data()] { lock->noteActivity(); }, m_profile.get()));

    m_idleLock->setMarkerDirectory(profileDir()); // a lock survives a restart
    connect(m_window, &ui::MainWindow::lockRequested, m_idleLock, &store::IdleLock::lockNow);
    if (m_sessionLock)
        connect(m_sessionLock, &SessionLockWatcher::lockRequested, m_idleLock, &store::IdleLock::lockNow);
    connect(m_idleLock, &store::IdleLock::locked, this, &DesktopController::onLocked);
    connect(m_idleLock, &store::IdleLock::unlocked, this, [this] {
        if (session())
            session()->resumeRefresh();
    });
}

void DesktopController::onLocked() {
    // The user is away: no token is refreshed (in passphrase mode a rotated one could not be
    // stored in the closed cache) until they prove themselves again.
    if (session())
        session()->pauseRefresh();
    m_jobs->setJobs({}); // nothing of the working set stays on screen or in memory
    if (m_adminDevices)
        m_adminDevices->clear();
    m_window->lockedPage()->setMode(m_passphrase ? ui::LockedPage::Mode::Passphrase
                                                 : ui::LockedPage::Mode::Keychain);
    m_window->lockedPage()->setMessage(QString());
    if (m_unlock) {
        m_unlock->setSignInSettings(signInSettings());
        m_unlock->reset();
    }
    m_window->showLocked();
}

// A profile locked when the app last ran starts on the locked page. In keychain mode nothing is
// restored until the user proves themselves (the keychain would hand out the refresh token and
// the cache key to anybody); in passphrase mode the passphrase dialog that follows is the proof.
bool DesktopController::stayLockedAtStart() {
    if (!m_idleLock || !m_idleLock->isLocked())
        return false;
    qCInfo(lcDesktop) << "the profile was locked when Hirex last ran";
    m_lockedAtStart = true;
    if (const auto marker = store::LockMarker::load(profileDir()))
        m_idleLock->setSubject(marker->subject);
    onLocked();
    return true;
}

// The locked page's controls. In keychain mode the keychain would open the cache for anybody,
// so the locked page asks UnlockPresenter for a proof first.
void DesktopController::setUpUnlock() {
    if (m_unlock || m_passphrase)
        return;
    m_unlockPin = new store::UnlockPin(m_keychain, profileName(), m_profile.get());
    m_unlock = new models::UnlockPresenter(m_unlockFlow, m_unlockPin, profileDir(), m_profile.get());
    m_settings->setUnlockPin(m_unlockPin);
    m_unlock->setSignInSettings(signInSettings());
    ui::LockedPage *page = m_window->lockedPage();
    connect(m_unlock, &models::UnlockPresenter::changed, page, [this, page] {
        // Asked again on a language change: the presenter's message follows the switch.
        page->setMessage([unlock = QPointer<models::UnlockPresenter>(m_unlock)] {
            return unlock ? unlock->message() : QString();
        });
        page->setBusy(m_unlock->isBusy());
        page->setPinAvailable(m_unlock->isPinAvailable());
    });
    connect(m_unlock, &models::UnlockPresenter::proven, this, &DesktopController::onUnlockProven);
    connect(page, &ui::LockedPage::browserUnlockRequested, m_unlock,
            &models::UnlockPresenter::unlockWithBrowser);
    connect(page, &ui::LockedPage::pinUnlockRequested, m_unlock, &models::UnlockPresenter::unlockWithPin);
}

void DesktopController::onUnlockRequested() {
    if (!m_idleLock || !m_idleLock->isLocked())
        return;
    if (!m_passphrase) {
        if (m_unlock)
            m_unlock->unlockWithBrowser(); // never the keychain's key without a proof
        return;
    }
    m_window->lockedPage()->setBusy(true);
    m_idleLock->unlock(); // the passphrase dialog; opened() then loads the workspace again
}

void DesktopController::onUnlockProven() {
    m_window->lockedPage()->setBusy(true);
    if (!std::exchange(m_lockedAtStart, false)) {
        m_idleLock->unlock(); // opened() loads the workspace again
        return;
    }
    // Locked at start: the session was not restored yet. Restoring it is a refresh, which the
    // lock paused; its signedIn() opens the cache, which ends the lock (and removes the marker).
    if (session())
        session()->resumeRefresh();
    restoreOrSignIn();
}

auth::AuthorizationFlow::Settings DesktopController::signInSettings() const {
    auth::AuthorizationFlow::Settings settings;
    settings.issuer = m_options.issuer.isEmpty() ? m_options.server : m_options.issuer;
    settings.resource = m_options.server;
    if (!m_options.clientId.isEmpty())
        settings.clientId = m_options.clientId;
    return settings;
}

void DesktopController::setUnlockPin(const QString &pin,
                                     const std::function<void(const UserMessage &)> &done) {
    if (!m_unlockPin) {
        done({QStringLiteral("pin_unavailable"),
              tr("An unlock PIN is only for profiles whose key is in the keychain; a passphrase "
                 "profile unlocks with its passphrase."),
              {}});
        return;
    }
    m_unlockPin->set(pin, done);
}

void DesktopController::clearUnlockPin(const std::function<void(const UserMessage &)> &done) {
    if (!m_unlockPin) {
        done({});
        return;
    }
    m_unlockPin->clear(done);
}

// The local data goes: the lock has nothing left to protect, and the unlock PIN goes with the
// profile's other secrets.
void DesktopController::forgetLock() {
    if (!store::LockMarker::remove(profileDir()))
        qCWarning(lcDesktop) << "the lock marker could not be removed";
    m_lockedAtStart = false;
    if (m_unlockPin)
        m_unlockPin->clear([](const UserMessage &error) {
            if (error.isError())
                qCWarning(lcDesktop) << "the unlock PIN could not be removed:" << error.code;
        });
}

void DesktopController::setUnlockBrowserForTesting(auth::BrowserLauncher *launcher) {
    delete m_unlockFlow;
    m_unlockFlow =
        new auth::AuthorizationFlow(auth::AuthTransport::fromPolicy(&m_network, m_policy), launcher, this);
}

void DesktopController::signOut(bool removeLocalData) {
    if (!session())
        return;
    if (m_idleLock && m_idleLock->isLocked() && !removeLocalData)
        return; // somebody else could then sign in to this cache; removing it is allowed
    if (removeLocalData && !confirmLosingQueuedChanges())
        return;
    if (removeLocalData)
        forgetLock();
    disconnect(m_signOutWhenSent);
    m_offlineRestore->stop();
    m_offline = false;
    // The worker stops first: nothing is sent with tokens that are being revoked, and queued
    // changes stay in the outbox for the next sign-in (unless the local data goes).
    stopSyncThen([this, removeLocalData] {
        if (!session())
            return;
        using Mode = auth::SessionManager::SignOutMode;
        session()->signOut(removeLocalData ? Mode::RemoveLocalData : Mode::KeepLocalData,
                           [this](const UserMessage &error) {
                               m_jobs->setJobs({});
                               m_reviews->setUserId({});
                               updateAdmin(false); // the admin's list leaves memory with the session
                               m_signIn->reset();
                               if (error.isError())
                                   m_signIn->markFailed(error.message);
                               m_window->showSignIn();
                               reopenWipedPassphraseCache();
                           });
    });
}

// Removing the local data removes the outbox: changes that have not reached the server are
// counted and the user chooses to wait for them (sign-out follows once they are sent) or to
// lose them. True: go on now.
bool DesktopController::confirmLosingQueuedChanges() {
    const int queued = m_syncStatus->queuedCount();
    if (queued <= 0 || m_signOutWhenSent)
        return true;
    const auto answer = ui::MessageBox::question(
        m_window, tr("Changes not sent yet"),
        tr("%n change(s) made on this computer have not reached the server yet. Removing the local data "
           "now loses them.",
           nullptr, queued),
        QMessageBox::Retry | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Retry,
        {{QMessageBox::Retry, tr("&Wait, Then Sign Out")},
         {QMessageBox::Discard, tr("&Lose Them and Sign Out")}});
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Retry) {
        m_window->workspacePage()->setStatusText(
            [] { return tr("You are signed out as soon as the queued changes have reached the server."); });
        m_signOutWhenSent = connect(m_syncStatus, &models::SyncStatusPresenter::changed, this, [this] {
            if (m_syncStatus->queuedCount() > 0)
                return;
            disconnect(m_signOutWhenSent);
            m_signOutWhenSent = {};
            signOut(true);
        });
    }
    return false;
}

// ---- The board on the working set --------------------------------------------------------

// The board reads the GUI's connection while the workspace is ready, applies the worker's
// change signals as row updates, and queues moves through the worker's outbox. Its job picker
// lists the jobs of the cache, so it works offline and shows only synced pipelines.
void DesktopController::wireBoard() {
    models::BoardPresenter *board = m_window->boardPresenter();
    // The board opens on the job it showed last in this profile (an id, no candidate data).
    const auto lastJobKey = [this] {
        return QStringLiteral("board/%1/lastJob").arg(profileName());
    };
    connect(board, &models::BoardPresenter::currentJobChanged, this, [lastJobKey](const QString &jobId) {
        if (!jobId.isEmpty())
            QSettings().setValue(lastJobKey(), jobId);
    });
    connect(m_workspace, &models::WorkspaceContext::ready, this, [this, board, lastJobKey] {
        if (board->currentJobId().isEmpty())
            board->setPreferredJob(QSettings().value(lastJobKey()).toString());
        reloadJobsFromCache();
        board->setDatabase(m_workspace->database());
        m_window->setWorkspaceDatabase(m_workspace->database()); // palette, candidate panel
        m_settings->loadWorkingSet(m_workspace->database());
    });
    connect(m_workspace, &models::WorkspaceContext::closing, this, [this, board] {
        // Before the connection closes: the board holds statements on it and candidate data.
        board->setDatabase(nullptr);
        m_window->setWorkspaceDatabase(nullptr);
        m_settings->loadWorkingSet(nullptr);
        m_jobs->setJobs({});
    });
    connect(m_workspace, &models::WorkspaceContext::entitiesChanged, this,
            [this, board](const sync::EntityChanges &changes) {
                if (changes.touches(QStringLiteral("job"))) {
                    reloadJobsFromCache();
                    m_settings->loadWorkingSet(m_workspace->database());
                }
                board->applyChanges(changes);
                m_window->applyWorkspaceChanges(changes);
            });
    board->setEnqueue([this](const sync::OutboxChange &change) {
        sync::SyncWorker *worker = m_workspace->worker();
        if (!worker) {
            m_window->workspacePage()->setStatusText(
                [] { return tr("The change could not be queued: sync is not running."); });
            return;
        }
        QPointer<DesktopController> self(this);
        worker->enqueue(change, [self](qint64, const UserMessage &error) {
            if (self && error.isError())
                self->m_window->workspacePage()->setStatusText(error.message);
        });
    });
    connect(board, &models::BoardPresenter::moveFailed, this,
            [this](const QString &message) { m_window->workspacePage()->setStatusText(message); });
    // Undo needs each move's outbox seq, and takes a move still queued back out of the outbox.
    board->setUndoableQueue(
        [this](const sync::OutboxChange &change, std::function<void(qint64)> queued) {
            sync::SyncWorker *worker = m_workspace->worker();
            if (!worker) {
                m_window->workspacePage()->setStatusText(
                    [] { return tr("The change could not be queued: sync is not running."); });
                queued(0);
                return;
            }
            QPointer<DesktopController> self(this);
            worker->enqueue(change, [self, queued](qint64 seq, const UserMessage &error) {
                if (self && error.isError())
                    self->m_window->workspacePage()->setStatusText(error.message);
                queued(seq);
            });
        },
        [this](qint64 seq, std::function<void(sync::OutboxWithdrawal, const QString &)> done) {
            sync::SyncWorker *worker = m_workspace->worker();
            if (!worker) {
                done(sync::OutboxWithdrawal::WriteFailed,
                     tr("The move cannot be undone: sync is not running."));
                return;
            }
            worker->withdraw(seq, [done](sync::OutboxWithdrawal result, const UserMessage &error) {
                done(result, error.message);
            });
        });
    connect(board, &models::BoardPresenter::notice, this,
            [this](const QString &message) { m_window->workspacePage()->setStatusText(message); });
}

// The conflicts dialog and the message bar read the outbox on the GUI's connection while the
// workspace is ready and act through the worker; before the connection closes they let go.
void DesktopController::wireConflicts() {
    m_window->setConflictsPresenter(m_conflicts);
    connect(m_workspace, &models::WorkspaceContext::ready, this, [this] {
        m_conflicts->setWorker(m_workspace->worker());
        m_conflicts->setDatabase(m_workspace->database());
    });
    connect(m_workspace, &models::WorkspaceContext::workerAttached, this,
            [this] { m_conflicts->setWorker(m_workspace->worker()); });
    connect(m_workspace, &models::WorkspaceContext::closing, this, [this] {
        m_conflicts->setDatabase(nullptr);
        m_conflicts->setWorker(nullptr);
    });
    connect(m_workspace, &models::WorkspaceContext::entitiesChanged, m_conflicts,
            &models::ConflictsPresenter::applyChanges);
}

// The candidates view reads the same connection as the board, while the workspace is ready, and
// applies the worker's changes as row updates.
void DesktopController::wireCandidates() {
    m_candidates = new models::CandidatesPresenter(this);
    m_window->workspacePage()->setSectionPage(ui::WorkspacePage::Section::Candidates,
                                              new ui::CandidatesPage(m_candidates));
    connect(m_workspace, &models::WorkspaceContext::ready, this,
            [this] { m_candidates->setDatabase(m_workspace->database()); });
    connect(m_workspace, &models::WorkspaceContext::closing, this, [this] {
        // Before the connection closes: the table and a running export hold statements on it.
        m_candidates->setDatabase(nullptr);
    });
    // A turn of its own: a first sync's batch re-reads the board's counts and the table's
    // shown rows, and the GUI should not wait for both in one turn.
    connect(m_workspace, &models::WorkspaceContext::entitiesChanged, m_candidates,
            &models::CandidatesPresenter::applyChanges, Qt::QueuedConnection);
}

// "My reviews" lists the signed-in user's scorecards from the same read connection; /v1/me
// names the user (loadWorkspace). Its rows go with the connection on lock and sign-out.
void DesktopController::wireReviews() {
    m_reviews = new models::ReviewsPresenter(this);
    auto *page = new ui::ReviewsPage(m_reviews);
    m_window->workspacePage()->setSectionPage(ui::WorkspacePage::Section::Reviews, page);
    connect(page, &ui::ReviewsPage::openCandidate, m_window, &ui::MainWindow::showCandidate);
    connect(m_workspace, &models::WorkspaceContext::ready, this,
            [this] { m_reviews->setDatabase(m_workspace->database()); });
    connect(m_workspace, &models::WorkspaceContext::closing, this, [this] {
        m_reviews->setDatabase(nullptr); // before the connection closes: it holds a statement on it
    });
    connect(m_workspace, &models::WorkspaceContext::entitiesChanged, m_reviews,
            &models::ReviewsPresenter::applyChanges);
}

void DesktopController::updateAdmin(bool allowed) {
    if (allowed && !m_adminDevices) {
        m_adminDevices = new models::AdminDevicesPresenter(this);
        auto *page = new ui::AdminPage;
        page->addScreen(new ui::AdminDevicesView(m_adminDevices));
        m_window->workspacePage()->setSectionPage(ui::WorkspacePage::Section::Admin, page);
    }
    if (m_adminDevices) {
        m_adminDevices->setOnline(!m_offline);
        m_adminDevices->setApiClient(allowed ? api() : nullptr);
    }
    m_window->workspacePage()->setAdminAllowed(allowed);
}

void DesktopController::reloadJobsFromCache() {
    const store::SqlCipherDatabase *db = m_workspace->database();
    if (!db)
        return;
    read::CachedJobs cached(db);
    QList<domain::Job> jobs = cached.all();
    if (cached.skipped() > 0)
        qCWarning(lcDesktop) << cached.skipped() << "cached job(s) could not be read";
    if (!jobs.isEmpty() || m_jobs->rowCount() == 0)
        m_jobs->setJobs(std::move(jobs));
}

// ---- The working set inside the app ------------------------------------------------------

void DesktopController::createSync() {
    m_sync = new DesktopSync(m_profile.get(), m_policy, m_workspace, m_syncStatus);
    // Offline after an offline start: when the worker hears the server again, so may the session.
    connect(m_sync, &DesktopSync::onlineChanged, this, [this](bool online) {
        if (m_adminDevices)
            m_adminDevices->setOnline(online);
        if (online && m_offline)
            retryOfflineRestore();
    });
}

sync::SyncWorker *DesktopController::syncWorker() const {
    return m_sync ? m_sync->worker() : nullptr;
}

void DesktopController::startSync() {
    if (m_sync && !(m_idleLock && m_idleLock->isLocked()))
        m_sync->start();
}

void DesktopController::stopSyncThen(std::function<void()> then) {
    if (!m_sync) {
        then();
        return;
    }
    m_sync->stop(std::move(then));
}

// The worker's connection must be closed before the files are overwritten: a commit landing
// during the wipe would write pages back into the file being removed.
void DesktopController::resetCacheAfterSync() {
    stopSyncThen([this] {
        if (m_profile)
            cache()->reset();
    });
}

// A second start without a network: the stored session cannot be refreshed, but the cache
// opens with its key from the keychain (or is open already in passphrase mode), so the
// workspace shows what was synced, edits queue in the outbox, and the session is restored again
// once the server answers.
void DesktopController::openOffline(const UserMessage &reason) {
    qCInfo(lcDesktop) << "server not reachable (" << reason.code << "): opening from the local cache";
    m_offline = true;
    if (m_adminDevices)
        m_adminDevices->setOnline(false);
    m_signIn->reset();
    scheduleOfflineRestore();
    if (cache()->state() == store::LocalCache::State::Open) {
        loadWorkspace();
        startSync();
        return;
    }
    openCache(); // opened() -> onCacheOpened() -> the workspace and the worker
}

void DesktopController::scheduleOfflineRestore() {
    // 5 s, doubling to a minute: the worker's own polling also calls retryOfflineRestore() as
    // soon as it reaches the server.
    m_offlineRestoreDelayMs = m_offlineRestoreDelayMs == 0 ? 5000 : qMin(m_offlineRestoreDelayMs * 2, 60000);
    m_offlineRestore->start(m_offlineRestoreDelayMs);
}

void DesktopController::retryOfflineRestore() {
    if (!m_offline || !session() || session()->state() == auth::SessionManager::State::Restoring)
        return;
    if (m_idleLock && m_idleLock->isLocked()) {
        scheduleOfflineRestore(); // the user is away: try again later, not now
        return;
    }
    m_offlineRestore->stop();
    session()->restoreSession([this](const UserMessage &error) {
        if (!error.isError()) {
            m_offlineRestoreDelayMs = 0;
            return; // signedIn() -> onSignedIn(): the worker gets the token and syncs
        }
        if (api::meansUnreachable(error)) {
            scheduleOfflineRestore();
            return;
        }
        // Refused for good (revoked, expired): the same as at start-up.
        m_offline = false;
        if (m_sync)
            m_sync->stop();
        m_signIn->reset();
        if (error.code != QStringLiteral("no_session"))
            m_signIn->markFailed(error.message);
        m_window->showSignIn();
    });
}

// ---- Settings ---------------------------------------------------------------------------

void DesktopController::wireSettings() {
    m_settings->setAllowLoopbackHttp(m_options.allowLoopbackHttp);
    m_window->workspacePage()->setSectionPage(ui::WorkspacePage::Section::Settings,
                                              new ui::SettingsPage(m_settings));
    connect(m_settings, &models::SettingsPresenter::serverChangeRequested, this,
            &DesktopController::onServerChangeRequested);
    connect(m_settings, &models::SettingsPresenter::proxyChanged, this, &DesktopController::applyProxy);
    connect(m_settings, &models::SettingsPresenter::idleLockMinutesChanged, this, [this](int minutes) {
        if (m_idleLock)
            m_idleLock->setTimeout(std::chrono::minutes(qMax(0, minutes)));
    });
    m_settings->setWorkingSetApplier([this](bool keepEverything, const QStringList &pinned,
                                            std::function<void(const UserMessage &)> done) {
        sync::SyncWorker *worker = m_workspace->worker();
        if (!worker) {
            done({QStringLiteral("sync_stopped"),
                  tr("The pinned pipelines can only be changed while sync is running."),
                  {}});
            return;
        }
        worker->setWorkingSet(keepEverything, pinned, std::move(done));
    });
}

// The proxy is the application's (QNetworkProxy has no per-manager default that the sync
// worker's own manager would share); it applies to connections opened from now on.
void DesktopController::applyProxy() {
    switch (m_settings->proxyMode()) {
    case models::SettingsPresenter::ProxyMode::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case models::SettingsPresenter::ProxyMode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case models::SettingsPresenter::ProxyMode::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, m_settings->proxyHost(),
                                                         quint16(m_settings->proxyPort())));
        break;
    }
}

// Another server from Settings: the same switch as signing in to another server on the sign-in
// page (the profile goes as a whole). Its queued changes stay in its outbox on this computer and
// are sent when the user comes back to it; the user hears how many and may wait for them.
void DesktopController::onServerChangeRequested(const QUrl &server) {
    if (!m_options.profileDir.isEmpty()) {
        m_settings->setServerMessage(tr("This window keeps its data in the profile folder given with "
                                        "--profile-dir, which belongs to %1. Start Hirex without "
                                        "--profile-dir to use another server.")
                                         .arg(m_options.server.toDisplayString()));
        return;
    }
    if (m_idleLock && m_idleLock->isLocked())
        return;
    disconnect(m_switchWhenSent);
    m_switchWhenSent = {};
    const int queued = m_syncStatus->queuedCount();
    if (queued > 0) {
        const auto answer = ui::MessageBox::question(
            m_window, tr("Changes not sent yet"),
            tr("%n change(s) made on this computer have not reached %1 yet. If you switch now they "
               "stay queued here and are sent only when you switch back to that server.",
               nullptr, queued)
                .arg(m_options.server.toDisplayString()),
            QMessageBox::Retry | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Retry,
            {{QMessageBox::Retry, tr("&Wait, Then Switch")}, {QMessageBox::Discard, tr("&Switch Now")}});
        if (answer == QMessageBox::Cancel) {
            m_settings->setServerMessage({});
            return;
        }
        if (answer == QMessageBox::Retry) {
            m_settings->setServerMessage(
                tr("Hirex switches to %1 as soon as the queued changes have "
                   "reached %2.")
                    .arg(server.toDisplayString(), m_options.server.toDisplayString()));
            m_switchWhenSent =
                connect(m_syncStatus, &models::SyncStatusPresenter::changed, this, [this, server] {
                    if (m_syncStatus->queuedCount() > 0)
                        return;
                    disconnect(m_switchWhenSent);
                    m_switchWhenSent = {};
                    switchServerFromSettings(server);
                });
            return;
        }
    }
    switchServerFromSettings(server);
}

void DesktopController::switchServerFromSettings(const QUrl &server) {
    m_signIn->setServerAddress(server.toString());
    m_jobs->setJobs({});
    m_window->showSignIn();
    // After this call returns: the page's signal is still being delivered.
    QMetaObject::invokeMethod(
        this, [this, server] { switchServer(server); }, Qt::QueuedConnection);
}

} // namespace hirex::app
