#pragma once

#include "core/auth/AccessTokenProvider.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncProgress.h"
#include "core/sync/SyncWorker.h"
#include "core/util/UserMessage.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>

namespace hirex::api {
class ApiClient;
}
namespace hirex::store {
class SqlCipherDatabase;
}
namespace hirex::models {

// What the status bar says about the working set, as text ready to show: online or offline,
// the sync's progress ("Syncing 12,000 of 40,000 (30%), about 1 min left"), queued changes,
// open conflicts, the last sync (relative, kept current) and the service's own status
// (GET /v1/status, polled). No widgets: ui/SyncStatusBar only shows these strings.
//
// Inputs: the sync worker's signals (setWorker), the GUI's read connection for the outbox's
// counts (setReadDatabase; two indexed counts, read again when the outbox says it changed,
// holding no statement open, so the connection may close at any time after
// setReadDatabase(nullptr)), and the API client for the service status (setApiClient). Each
// input may be absent: without a worker the app is "not syncing", without an API client the
// service status is not asked for.
class SyncStatusPresenter : public QObject {
    Q_OBJECT

public:
    enum class Connection { NotSyncing, Online, Offline };
    Q_ENUM(Connection)
    enum class Service { Unknown, Ok, Degraded, Maintenance, Unreachable };
    Q_ENUM(Service)

    using Clock = std::function<QDateTime()>;

    explicit SyncStatusPresenter(QObject *parent = nullptr);
    ~SyncStatusPresenter() override;

    // The worker of the current profile, or null (signed out, locked). Not owned.
    void setWorker(sync::SyncWorker *worker);
    // The GUI's read connection to the cache, or null before it closes. Not owned.
    void setReadDatabase(const store::SqlCipherDatabase *db);
    // Polls GET /v1/status now and every servicePollInterval() while set. Not owned.
    void setApiClient(api::ApiClient *api);
    void setServicePollInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds servicePollInterval() const;
    // For tests: the time "now" for relative times (default: the system clock, UTC).
    void setClock(Clock clock);
    // The relative "last sync" text is recomputed this often.
    void setRelativeTimeRefresh(std::chrono::milliseconds interval);

    // Inputs, also driven by the worker's signals (public for tests and for the cache's last
    // sync time at start-up).
    void setOnline(bool online);
    void setRunning(bool running);
    void setSyncState(sync::SyncEngine::State state);
    void setProgress(const sync::SyncProgress &progress);
    void finishCycle(const UserMessage &error);
    void setLastSync(const QDateTime &when);
    void setCounts(int queued, int conflicts, int refused);
    void setServiceStatus(Service service, const QString &version = {});
    // Reads the outbox's counts and the stored last sync time again from the read connection.
    void refreshFromDatabase();
    // The language changed: the texts are computed when asked, so this only announces them.
    void retranslate();

    // Outputs.
    bool isRunning() const { return m_running; }
    Connection connection() const;
    QString connectionText() const;
    QString syncText() const;
    // The first sync's progress bar: shown while a first sync runs; percent -1 = not yet known.
    bool isProgressVisible() const;
    int progressPercent() const { return m_progress.percent; }
    int queuedCount() const { return m_queued; }
    QString queuedText() const;
    int conflictCount() const { return m_conflicts; }
    QString conflictsText() const;
    int refusedCount() const { return m_refused; }
    // "2 changes refused": changes the server refused for good, undone, not yet dismissed.
    QString refusedText() const;
    QDateTime lastSync() const { return m_lastSync; }
    QString lastSyncText() const;
    Service service() const { return m_service; }
    QString serviceText() const;

    // "Syncing 12,000 of 40,000 (30%), about 1 min left", from a worker's progress.
    static QString progressText(const sync::SyncProgress &progress);
    static QString etaText(int seconds);
    // "just now", "5 minutes ago", ... relative to `now`.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);

Q_SIGNALS:
    // Any output changed.
    void changed();

private:
    void pollService();
    void notify();

    QPointer<sync::SyncWorker> m_worker;
    QList<QMetaObject::Connection> m_workerConnections;
    const store::SqlCipherDatabase *m_db = nullptr;
    QPointer<api::ApiClient> m_api;
    Clock m_clock;
    QTimer m_serviceTimer;
    QTimer m_relativeTimer;
    bool m_servicePolling = false;

    bool m_running = false;
    bool m_online = true;
    sync::SyncEngine::State m_state = sync::SyncEngine::State::Idle;
    sync::SyncProgress m_progress;
    bool m_cycleDone = false;   // a cycle ended since the worker started
    bool m_seenSyncing = false; // a cycle began since the worker started
    UserMessage m_cycleError;
    QDateTime m_lastSync;
    int m_queued = 0;
    int m_conflicts = 0;
    int m_refused = 0;
    Service m_service = Service::Unknown;
    QString m_serviceVersion;
};

} // namespace hirex::models
