#pragma once

#include "core/api/TransportPolicy.h"

#include <QObject>

#include <functional>

namespace hirex::models {
class SyncStatusPresenter;
class WorkspaceContext;
} // namespace hirex::models
namespace hirex::session {
class ProfileSession;
}
namespace hirex::sync {
class SyncWorker;
}

namespace hirex::app {

// The sync worker of one profile inside hirex-desktop: started on the cache's worker
// connection once the cache is open (after sign-in, a restored session, an unlock, or offline
// from the cache), stopped before the cache closes (lock, reset) and when the profile goes
// (sign-out, server switch, revoked device). It hands the worker's device_revoked to the
// session, and feeds the status bar's presenter and the screens' WorkspaceContext.
//
// A first sync runs as one cycle; the live stream (SSE, with polling while it is down) starts
// after it, so the first pages are not competing with a stream's catch-up cycles.
//
// A child of the ProfileSession (created with its session), so it goes with the profile, and
// before the cache and session it uses.
class DesktopSync : public QObject {
    Q_OBJECT

public:
    DesktopSync(session::ProfileSession *profile, const api::TransportPolicy &policy,
                models::WorkspaceContext *context, models::SyncStatusPresenter *status);
    ~DesktopSync() override;

    // The cache is open: start the worker on its worker connection, or, if it runs, sync now.
    void start();
    // Stops the worker; `done` runs once its thread has closed its connection (at once, queued,
    // when no worker runs). The screens hear WorkspaceContext::closing() first.
    void stop(std::function<void()> done = {});

    sync::SyncWorker *worker() const { return m_worker; }
    bool isRunning() const;

Q_SIGNALS:
    // The worker's own view of the connection (the app retries an offline restore on it).
    void onlineChanged(bool online);

private:
    void onStarted();
    void onCycleFinished();
    void detachScreens();

    session::ProfileSession *m_profile;
    api::TransportPolicy m_policy;
    models::WorkspaceContext *m_context;
    models::SyncStatusPresenter *m_status;
    sync::SyncWorker *m_worker;
    bool m_liveAfterCycle = false;
};

} // namespace hirex::app
