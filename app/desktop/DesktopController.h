#pragma once

#include "app/desktop/DesktopOptions.h"
#include "app/desktop/PassphraseFlow.h"
#include "core/api/TransportPolicy.h"
#include "core/auth/AuthorizationFlow.h"
#include "core/domain/Job.h"
#include "core/store/IdleLock.h"
#include "core/store/ProfileIdentity.h"
#include "core/store/UnlockPin.h"
#include "core/util/UserMessage.h"
#include "models/UnlockPresenter.h"

#include <QFuture>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace hirex::auth {
class AuthorizationFlow;
class BrowserLauncher;
class SessionManager;
} // namespace hirex::auth
namespace hirex::store {
class KeychainSecretStore;
class LocalCache;
class UnlockPin;
class SecretStore;
struct CacheError;
} // namespace hirex::store
namespace hirex::api {
class ApiClient;
}
namespace hirex::models {
class AdminDevicesPresenter;
class ConflictsPresenter;
class CandidatesPresenter;
class DesktopBrowserLauncher;
class JobListModel;
class ReviewsPresenter;
class SettingsPresenter;
class SignInPresenter;
class SyncStatusPresenter;
class WorkspaceContext;
class UnlockPresenter;
} // namespace hirex::models
namespace hirex::ui {
class MainWindow;
}

namespace hirex::session {
class ProfileSession;
}
namespace hirex::sync {
class SyncWorker;
}

namespace hirex::app {

class DesktopSync;
class SessionLockWatcher;

// Wires the layers of hirex-desktop together for one profile: transport policy, keychain,
// sign-in flow, session, encrypted cache, API client, and the window's pages. It holds no
// logic of its own beyond deciding which page to show.
//
// Where the session's secrets live is decided at the first start(): in the OS keychain, or,
// when there is none (or the profile already has a passphrase cache), inside the cache, which
// then opens first with a passphrase (PassphraseFlow) and only then restores the session.
class DesktopController : public QObject {
    Q_OBJECT

public:
    DesktopController(DesktopOptions options, ui::MainWindow *window, models::SignInPresenter *signIn,
                      models::JobListModel *jobs, QObject *parent = nullptr);
    ~DesktopController() override;

    // Builds the transport policy (reads --ca-file). On failure returns the reason to show.
    UserMessage initialise();
    // Restores a stored session, or shows the sign-in page (and starts sign-in with --sign-in).
    // Without a keychain it first asks for the passphrase of the cache.
    void start();

    bool usesPassphrase() const { return m_passphrase != nullptr; }
    // The current server's profile (tests: what a server switch rebuilt).
    const session::ProfileSession *profile() const { return m_profile.get(); }

    // Test seam: the "browser" of sign-in (the system browser by default). Call before
    // initialise(); not owned, must outlive this object.
    void setBrowserLauncher(auth::BrowserLauncher *launcher) { m_browser = launcher; }

    // The working set for the screens (the board, the candidates view): its read connection,
    // the worker's change signals and when it is ready. Lives as long as this object; its
    // contents follow the current profile.
    models::WorkspaceContext *workspace() const { return m_workspace; }
    // The candidates view's presenter (section Candidates), over the same read connection.
    models::CandidatesPresenter *candidates() const { return m_candidates; }
    models::ReviewsPresenter *reviews() const { return m_reviews; }
    // Admin > Devices; null until /v1/me first grants an admin permission.
    models::AdminDevicesPresenter *adminDevices() const { return m_adminDevices; }
    // The status bar's state.
    models::SyncStatusPresenter *syncStatus() const { return m_syncStatus; }
    // The outbox's conflicts and refused changes (the conflicts dialog, the message bar).
    models::ConflictsPresenter *conflicts() const { return m_conflicts; }
    // The current profile's sync worker; null before a session exists.
    sync::SyncWorker *syncWorker() const;
    // The idle lock of the current profile; locked() and unlocked() are where whatever holds
    // candidate data (the sync worker, read models) stops and starts again.
    store::IdleLock *idleLock() const { return m_idleLock; }
    // Follows the desktop session's lock (tests point it at stand-in services).
    SessionLockWatcher *sessionLockWatcher() const { return m_sessionLock; }
    // Keychain mode: the optional unlock PIN of the current profile (null in passphrase mode or
    // before the keychain was chosen). `done` gets the error, if any.
    void setUnlockPin(const QString &pin, const std::function<void(const UserMessage &)> &done);
    void clearUnlockPin(const std::function<void(const UserMessage &)> &done);
    // Tests: the launcher of the browser unlock (the flow of the lock, never the sign-in's).
    void setUnlockBrowserForTesting(auth::BrowserLauncher *launcher);
    // Between initialise() and start(): the system CA parse the session restore waits for.
    void setSystemCasParsedForTesting(QFuture<void> parsed) { m_systemCasParsed = std::move(parsed); }
    models::UnlockPresenter *unlockPresenter() const { return m_unlock; }
    // Settings → everything (the Settings section's presenter; its page is in the workspace).
    models::SettingsPresenter *settings() const { return m_settings; }
    store::UnlockPin *unlockPin() const { return m_unlockPin; }

Q_SIGNALS:
    // The user cancelled the passphrase dialog at start-up: the app ends, nothing was written.
    void quitRequested();

private:
    void chooseSecretStore();
    void onKeychainUnavailable();
    void startPassphraseMode();
    void createSession(store::SecretStore *secrets);
    void restoreOrSignIn();
    void restoreSession();
    void openCacheAheadOfTheSession();
    void onCacheOpened();
    void onPassphraseCancelled();
    void onLocalDataReset();
    void reopenWipedPassphraseCache();
    void startSignIn();
    void onSignedIn();
    void onSignInRequired(const UserMessage &reason);
    void openCache();
    void onCacheFailed(const store::CacheError &error);
    void onIntegrityChecked(const store::CacheError &result);
    void showWorkspaceLoading();
    void loadWorkspace();
    void loadJobs(const QString &cursor, QList<domain::Job> soFar);
    void signOut(bool removeLocalData);
    void setUpIdleLock();
    void setUpUnlock();
    void onLocked();
    void onUnlockRequested();
    void onUnlockProven();
    bool stayLockedAtStart();
    void forgetLock();
    auth::AuthorizationFlow::Settings signInSettings() const;
    void wipeCache(const std::function<void(const UserMessage &)> &done);
    QString profileDir() const;
    QString profileName() const;
    void buildProfile();
    UserMessage checkProfileFolder() const;
    void recordServer();
    void switchServer(const QUrl &server);
    // Settings: the store of network, lock and working-set choices, wired to this profile.
    void wireSettings();
    void onServerChangeRequested(const QUrl &server);
    void switchServerFromSettings(const QUrl &server);
    void applyProxy();
    store::ProfileIdentity profileIdentity() const;
    store::LocalCache *cache() const;
    auth::SessionManager *session() const;
    api::ApiClient *api() const;

    // The working set inside the app (DesktopSync): started whenever the cache opens, stopped
    // before it closes and before the session ends.
    bool confirmLosingQueuedChanges();
    void wireBoard();
    void wireConflicts();
    void wireCandidates();
    void wireReviews();
    // Admin: the page is made and listed once /v1/me has an admin permission; it talks to the
    // API only (online), and its list is dropped on sign-out and lock.
    void updateAdmin(bool allowed);
    void reloadJobsFromCache();
    void createSync();
    void startSync();
    void stopSyncThen(std::function<void()> then);
    void resetCacheAfterSync();
    void openOffline(const UserMessage &reason);
    void scheduleOfflineRestore();
    void retryOfflineRestore();

    DesktopOptions m_options;
    ui::MainWindow *m_window;
    models::SignInPresenter *m_signIn;
    models::JobListModel *m_jobs;
    QNetworkAccessManager m_network;
    api::TransportPolicy m_policy;
    QFuture<void> m_systemCasParsed; // valid when the policy needs the system CAs parsed
    bool m_restoreWaitsForCas = false;
    quint64 m_profileGeneration = 0; // bumped by buildProfile(): a wait of an older profile is dropped
    std::unique_ptr<models::DesktopBrowserLauncher> m_launcher;
    auth::BrowserLauncher *m_browser = nullptr; // the launcher in use: m_launcher unless a test's
    models::WorkspaceContext *m_workspace;
    models::SyncStatusPresenter *m_syncStatus;
    models::ConflictsPresenter *m_conflicts;
    models::CandidatesPresenter *m_candidates = nullptr;
    models::ReviewsPresenter *m_reviews = nullptr;
    models::AdminDevicesPresenter *m_adminDevices = nullptr;
    store::KeychainSecretStore *m_keychain = nullptr;
    auth::AuthorizationFlow *m_flow = nullptr;
    auth::AuthorizationFlow *m_unlockFlow = nullptr; // proves the user again; never starts a session
    SessionLockWatcher *m_sessionLock = nullptr;
    // The current server's cache, session and API client; rebuilt on a server switch.
    std::unique_ptr<session::ProfileSession> m_profile;
    // Children of m_profile, so they go with it.
    QPointer<PassphraseFlow> m_passphrase; // set in passphrase mode only
    QPointer<store::IdleLock> m_idleLock;
    QPointer<DesktopSync> m_sync;
    // Offline start: the stored session is restored again when the server may be back.
    QTimer *m_offlineRestore = nullptr;
    int m_offlineRestoreDelayMs = 0;
    bool m_offline = false;
    bool m_workingOnlineOnly = false;           // the user chose to go on without the cache that failed
    bool m_cacheOpeningAhead = false;           // opened while the session is restored; fails quietly
    QPointer<store::UnlockPin> m_unlockPin;     // keychain mode only
    QPointer<models::UnlockPresenter> m_unlock; // keychain mode only
    QMetaObject::Connection m_signOutWhenSent;  // a sign-out waiting for the outbox to drain
    QMetaObject::Connection m_switchWhenSent;   // a server switch waiting for the outbox to drain
    models::SettingsPresenter *m_settings;
    bool m_signInWhenReady = false;
    bool m_lockedAtStart = false; // the session waits for the unlock before it is restored
    bool m_wipingCache = false;   // a wipe's failed() is not a failure to open
};

} // namespace hirex::app
