#include "models/SyncStatusPresenter.h"

#include "core/api/ApiClient.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/sync/SyncWorker.h"

#include <QLocale>

#include <utility>

namespace hirex::models {

namespace {
constexpr std::chrono::milliseconds kDefaultServicePoll = std::chrono::minutes(1);
constexpr std::chrono::milliseconds kDefaultRelativeRefresh = std::chrono::seconds(20);
} // namespace

SyncStatusPresenter::SyncStatusPresenter(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    m_serviceTimer.setInterval(kDefaultServicePoll);
    connect(&m_serviceTimer, &QTimer::timeout, this, &SyncStatusPresenter::pollService);
    // "2 minutes ago" must not stay "just now" for an hour.
    m_relativeTimer.setInterval(kDefaultRelativeRefresh);
    connect(&m_relativeTimer, &QTimer::timeout, this, [this] {
        if (m_lastSync.isValid())
            notify();
    });
    m_relativeTimer.start();
}

SyncStatusPresenter::~SyncStatusPresenter() = default;

void SyncStatusPresenter::setWorker(sync::SyncWorker *worker) {
    for (const QMetaObject::Connection &c : std::as_const(m_workerConnections))
        disconnect(c);
    m_workerConnections.clear();
    m_worker = worker;
    m_cycleDone = false;
    m_seenSyncing = false;
    m_cycleError = {};
    m_progress = {};
    if (!worker) {
        m_running = false;
        notify();
        return;
    }
    using sync::SyncWorker;
    m_workerConnections = {
        connect(worker, &SyncWorker::started, this, [this] { setRunning(true); }),
        connect(worker, &SyncWorker::stopped, this,
                [this] {
                    if (m_worker && !m_worker->isRunning())
                        setRunning(false);
                }),
        connect(worker, &SyncWorker::onlineChanged, this, &SyncStatusPresenter::setOnline),
        connect(worker, &SyncWorker::stateChanged, this, &SyncStatusPresenter::setSyncState),
        connect(worker, &SyncWorker::progressChanged, this, &SyncStatusPresenter::setProgress),
        connect(worker, &SyncWorker::cycleFinished, this, &SyncStatusPresenter::finishCycle),
        connect(worker, &SyncWorker::outboxChanged, this, &SyncStatusPresenter::refreshFromDatabase),
        connect(worker, &SyncWorker::conflictDetected, this, &SyncStatusPresenter::refreshFromDatabase),
        // An enqueue announces its optimistic row: the queued count goes up at once.
        connect(worker, &SyncWorker::entitiesChanged, this, &SyncStatusPresenter::refreshFromDatabase),
    };
    m_running = worker->isRunning();
    m_online = worker->isOnline();
    m_state = worker->state();
    notify();
}

void SyncStatusPresenter::setReadDatabase(const store::SqlCipherDatabase *db) {
    m_db = db;
    refreshFromDatabase();
}

void SyncStatusPresenter::setApiClient(api::ApiClient *api) {
    m_api = api;
    m_service = Service::Unknown;
    m_serviceVersion.clear();
    if (!api) {
        m_serviceTimer.stop();
        notify();
        return;
    }
    m_serviceTimer.start();
    pollService();
    notify();
}

void SyncStatusPresenter::setServicePollInterval(std::chrono::milliseconds interval) {
    m_serviceTimer.setInterval(interval);
}

std::chrono::milliseconds SyncStatusPresenter::servicePollInterval() const {
    return m_serviceTimer.intervalAsDuration();
}

void SyncStatusPresenter::setClock(Clock clock) {
    m_clock = std::move(clock);
    notify();
}

void SyncStatusPresenter::setRelativeTimeRefresh(std::chrono::milliseconds interval) {
    m_relativeTimer.setInterval(interval);
}

void SyncStatusPresenter::pollService() {
    if (!m_api || m_servicePolling)
        return; // one request at a time: a slow server does not pile up polls
    m_servicePolling = true;
    QPointer<SyncStatusPresenter> self(this);
    m_api->status([self](const api::ApiResult<domain::ServiceStatus> &result) {
        if (!self)
            return;
        self->m_servicePolling = false;
        if (!result.ok()) {
            self->setServiceStatus(Service::Unreachable);
            return;
        }
        const QString status = result.value->status;
        Service service = Service::Degraded; // an unknown word is not "all is well"
        if (status == u"ok")
            service = Service::Ok;
        else if (status == u"maintenance")
            service = Service::Maintenance;
        self->setServiceStatus(service, result.value->version);
    });
}

void SyncStatusPresenter::setOnline(bool online) {
    if (online == m_online)
        return;
    m_online = online;
    notify();
}

void SyncStatusPresenter::setRunning(bool running) {
    if (running == m_running)
        return;
    m_running = running;
    if (running)
        refreshFromDatabase();
    notify();
}

void SyncStatusPresenter::setSyncState(sync::SyncEngine::State state) {
    m_state = state;
    if (state == sync::SyncEngine::State::Syncing) {
        m_seenSyncing = true;
        if (m_cycleDone)
            m_progress.items = 0; // a new cycle: what it applies is counted afresh
    }
    if (state == sync::SyncEngine::State::Offline)
        m_online = false;
    notify();
}

void SyncStatusPresenter::setProgress(const sync::SyncProgress &progress) {
    m_progress = progress;
    notify();
}

void SyncStatusPresenter::finishCycle(const UserMessage &error) {
    m_cycleDone = true;
    m_cycleError = error;
    if (!error.isError()) {
        m_online = true;
        m_lastSync = m_clock();
        m_progress.firstSync = false; // the first sync is over: the bar goes
    }
    refreshFromDatabase();
    notify();
}

void SyncStatusPresenter::setLastSync(const QDateTime &when) {
    m_lastSync = when;
    notify();
}

void SyncStatusPresenter::setCounts(int queued, int conflicts, int refused) {
    if (queued == m_queued && conflicts == m_conflicts && refused == m_refused)
        return;
    m_queued = queued;
    m_conflicts = conflicts;
    m_refused = refused;
    notify();
}

void SyncStatusPresenter::setServiceStatus(Service service, const QString &version) {
    if (service == m_service && version == m_serviceVersion)
        return;
    m_service = service;
    m_serviceVersion = version;
    notify();
}

void SyncStatusPresenter::refreshFromDatabase() {
    if (!m_db || !m_db->isOpen())
        return;
    // Small tables with an index on state: cheap enough for every outbox change.
    const auto queued = m_db->queryInt("SELECT count(*) FROM outbox WHERE state = 'pending'", 0);
    const auto refused = m_db->queryInt("SELECT count(*) FROM outbox WHERE state = 'failed'", 0);
    const auto conflicts = m_db->queryInt("SELECT count(*) FROM conflicts WHERE resolved = 0", 0);
    setCounts(int(queued), int(conflicts), int(refused));
    if (!m_lastSync.isValid()) {
        // A second start: the last time a page of the feed was stored.
        const QDateTime stored = QDateTime::fromString(
            m_db->queryString("SELECT updated_at FROM sync_cursors WHERE feed = 'changes'"), Qt::ISODate);
        if (stored.isValid())
            setLastSync(stored);
    }
}

void SyncStatusPresenter::retranslate() {
    notify();
}

void SyncStatusPresenter::notify() {
    Q_EMIT changed();
}

SyncStatusPresenter::Connection SyncStatusPresenter::connection() const {
    if (!m_running)
        return Connection::NotSyncing;
    return m_online ? Connection::Online : Connection::Offline;
}

QString SyncStatusPresenter::connectionText() const {
    switch (connection()) {
    case Connection::NotSyncing:
        return tr("Not syncing");
    case Connection::Online:
        return tr("Online");
    case Connection::Offline:
        return tr("Offline");
    }
    return {};
}

bool SyncStatusPresenter::isProgressVisible() const {
    return m_running && m_online && m_progress.firstSync && m_state == sync::SyncEngine::State::Syncing;
}

QString SyncStatusPresenter::syncText() const {
    using State = sync::SyncEngine::State;
    if (!m_running)
        return {};
    if (!m_online || m_state == State::Offline)
        return tr("Working from the local copy");
    if (m_state == State::Paused)
        return tr("Sync paused");
    if (m_progress.firstSync && (m_state == State::Syncing || !m_cycleDone))
        return progressText(m_progress);
    // The live stream starts a short cycle for every change on the server: the text stays
    // calm ("Up to date") unless that cycle has something to apply.
    const bool quietCycle = m_cycleDone && m_progress.items == 0;
    if ((m_state == State::Syncing && !quietCycle) || (m_seenSyncing && !m_cycleDone))
        return tr("Syncing…");
    if (m_cycleDone && m_cycleError.isError())
        return tr("Sync stopped: %1").arg(m_cycleError.message);
    if (m_cycleDone)
        return tr("Up to date");
    return tr("Starting sync…");
}

QString SyncStatusPresenter::queuedText() const {
    if (m_queued <= 0)
        return {};
    return tr("%n change(s) queued", nullptr, m_queued);
}

QString SyncStatusPresenter::conflictsText() const {
    if (m_conflicts <= 0)
        return {};
    return tr("%n conflict(s)", nullptr, m_conflicts);
}

QString SyncStatusPresenter::refusedText() const {
    if (m_refused <= 0)
        return {};
    return tr("%n change(s) refused", nullptr, m_refused);
}

QString SyncStatusPresenter::lastSyncText() const {
    if (!m_lastSync.isValid())
        return tr("Not synced yet");
    return tr("Last sync %1").arg(relativeTime(m_lastSync, m_clock()));
}

QString SyncStatusPresenter::serviceText() const {
    switch (m_service) {
    case Service::Unknown:
        return {};
    case Service::Ok:
        return tr("Service: operational");
    case Service::Degraded:
        return tr("Service: degraded");
    case Service::Maintenance:
        return tr("Service: maintenance");
    case Service::Unreachable:
        return tr("Service: not reachable");
    }
    return {};
}

QString SyncStatusPresenter::progressText(const sync::SyncProgress &progress) {
    const QLocale locale;
    const QString items = locale.toString(progress.items);
    if (progress.percent < 0)
        return tr("Syncing %1 items…").arg(items);
    QString text;
    if (progress.percent > 0 && progress.percent < 100) {
        // The feed's positions give the percentage; the items seen so far give its scale.
        const qint64 total = qRound64(double(progress.items) * 100.0 / progress.percent);
        text = tr("Syncing %1 of %2 (%3%)").arg(items, locale.toString(total)).arg(progress.percent);
    } else {
        text = tr("Syncing %1 items (%2%)").arg(items).arg(progress.percent);
    }
    if (progress.etaSeconds >= 0 && progress.percent < 100)
        text = tr("%1, %2").arg(text, etaText(progress.etaSeconds));
    return text;
}

QString SyncStatusPresenter::etaText(int seconds) {
    if (seconds < 60)
        return tr("less than a minute left");
    if (seconds < 3600)
        return tr("about %n min left", nullptr, (seconds + 30) / 60);
    return tr("about %n h left", nullptr, (seconds + 1800) / 3600);
}

QString SyncStatusPresenter::relativeTime(const QDateTime &when, const QDateTime &now) {
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("on %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
}

} // namespace hirex::models
