#include "core/sync/SyncWorker.h"

#include "core/auth/AccessTokenProvider.h"
#include "core/store/Transaction.h"
#include "core/sync/RelayedTokenProvider.h"
#include "core/sync/SyncHttp.h"
#include "core/sync/SyncLog.h"
#include "core/sync/WorkingSet.h"

#include <QCoreApplication>
#include <QThread>

#include <utility>

namespace hirex::sync {

SyncWorker::SyncWorker(auth::AccessTokenProvider *session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    qRegisterMetaType<UserMessage>();
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncEngine::State>();
    qRegisterMetaType<EntityChanges>();
    if (m_session)
        connect(m_session, &auth::AccessTokenProvider::accessTokenChanged, this, &SyncWorker::pushToken);
}

SyncWorker::~SyncWorker() {
    stop();
    // The one wait across threads: each retiring worker has at most its shutdown to run (the
    // engine commits the pages it applied, then the connection closes).
    for (const Retiring &r : std::as_const(m_retiring)) {
        r.thread->wait();
        delete r.core;
        delete r.thread;
    }
}

void SyncWorker::start(std::unique_ptr<store::SqlCipherDatabase> db, const SyncWorkerConfig &config) {
    stop();
    ++m_generation;
    m_state = SyncEngine::State::Idle;
    m_online = true;
    m_progress = {};
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("hirex-sync"));
    m_core = new SyncWorkerCore(std::move(db), config);
    m_core->moveToThread(m_thread);
    m_thread->start();
    const quint64 generation = m_generation;
    SyncWorkerCore *core = m_core;
    QMetaObject::invokeMethod(
        core,
        [this, core, generation] {
            core->build();
            if (!core->isBuilt()) {
                qCWarning(lcSync) << "sync worker: no open database; not started";
                return;
            }
            wireSignals(core, generation);
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (generation != m_generation)
                        return;
                    pushToken();
                    Q_EMIT started();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SyncWorker::stop() {
    if (!m_thread)
        return;
    ++m_generation;
    m_pendingChanges = {};
    Retiring retiring{std::exchange(m_thread, nullptr), std::exchange(m_core, nullptr)};
    SyncWorkerCore *core = retiring.core;
    m_retiring.append(retiring);
    // Connected before the shutdown is posted: the worker thread may run it and finish before
    // this thread gets back here, and a finished() emitted before the connect was never heard
    // (the sign-out then waited for ever; seen in the asan run of tst_desktopsync).
    connect(retiring.thread, &QThread::finished, this, [this, retiring] {
        for (qsizetype i = 0; i < m_retiring.size(); ++i) {
            if (m_retiring.at(i).thread == retiring.thread) {
                m_retiring.removeAt(i);
                break;
            }
        }
        // The thread has ended, so nothing of the core runs any more (its children went in
        // shutdown(), on the thread).
        delete retiring.core;
        retiring.thread->deleteLater();
        Q_EMIT stopped();
    });
    QMetaObject::invokeMethod(
        core,
        [core] {
            core->shutdown();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    if (m_afterShutdownPosted)
        m_afterShutdownPosted(retiring.thread);
}

void SyncWorker::post(std::function<void(SyncWorkerCore *core)> work) {
    if (!m_core)
        return;
    SyncWorkerCore *core = m_core;
    QMetaObject::invokeMethod(
        core,
        [core, work = std::move(work)] {
            if (core->isBuilt())
                work(core);
        },
        Qt::QueuedConnection);
}

void SyncWorker::answer(quint64 generation, std::function<void()> then) {
    // Called on the worker thread. `this` outlives the worker (the destructor joins it), and
    // events posted to it are dropped if it goes first.
    QMetaObject::invokeMethod(
        this,
        [this, generation, then = std::move(then)] {
            if (generation == m_generation)
                then();
        },
        Qt::QueuedConnection);
}

void SyncWorker::wireSignals(SyncWorkerCore *core, quint64 generation) {
    // Called on the worker thread; `this` lives on the GUI thread, so every connection below is
    // queued and runs there. The generation drops what an old run still had in flight.
    SyncEngine *engine = core->engine();
    Outbox *outbox = core->outbox();
    auto current = [this, generation] {
        return generation == m_generation;
    };
    connect(engine, &SyncEngine::stateChanged, this, [this, current](SyncEngine::State state) {
        if (!current())
            return;
        m_state = state;
        Q_EMIT stateChanged(state);
    });
    connect(engine, &SyncEngine::onlineChanged, this, [this, current](bool online) {
        if (!current())
            return;
        m_online = online;
        Q_EMIT onlineChanged(online);
    });
    connect(engine, &SyncEngine::progressChanged, this, [this, current](const SyncProgress &progress) {
        if (!current())
            return;
        m_progress = progress;
        Q_EMIT progressChanged(progress);
    });
    connect(engine, &SyncEngine::dataChanged, this, [this, current](int applied, int deleted) {
        if (current())
            Q_EMIT dataChanged(applied, deleted);
    });
    connect(engine, &SyncEngine::entitiesChanged, this, [this, current](const EntityChanges &changes) {
        if (current())
            collectChanges(changes);
    });
    connect(engine, &SyncEngine::cycleFinished, this, [this, current](const UserMessage &error) {
        if (!current())
            return;
        flushChanges(); // whoever reacts to the end of a cycle sees its changes applied first
        Q_EMIT cycleFinished(error);
    });
    connect(outbox, &Outbox::changed, this, [this, current] {
        if (current())
            Q_EMIT outboxChanged();
    });
    connect(outbox, &Outbox::conflictDetected, this, [this, current](qint64 id) {
        if (current())
            Q_EMIT conflictDetected(id);
    });
    connect(outbox, &Outbox::changeFailed, this, [this, current](qint64 seq, const UserMessage &reason) {
        if (current())
            Q_EMIT changeFailed(seq, reason);
    });
    connect(outbox, &Outbox::entitiesChanged, this, [this, current](const EntityChanges &changes) {
        if (current())
            collectChanges(changes);
    });
    connect(outbox, &Outbox::changesDropped, this, [this, current](const QString &entity, int count) {
        if (current())
            Q_EMIT changesDropped(entity, count);
    });
    connect(core->http(), &SyncHttp::deviceRevoked, this, [this, current](const api::ApiError &error) {
        if (current())
            Q_EMIT deviceRevoked(error);
    });
    connect(core->tokens(), &RelayedTokenProvider::refreshRequested, this, [this, current] {
        if (current())
            refreshForWorker();
    });
}

void SyncWorker::collectChanges(const EntityChanges &changes) {
    m_pendingChanges.merge(changes);
    if (m_changesPosted)
        return;
    m_changesPosted = true;
    // After every signal already queued for this turn: one update per turn, not per batch.
    QMetaObject::invokeMethod(this, &SyncWorker::flushChanges, Qt::QueuedConnection);
}

void SyncWorker::flushChanges() {
    m_changesPosted = false;
    const EntityChanges turn = std::exchange(m_pendingChanges, {});
    if (!turn.isEmpty())
        Q_EMIT entitiesChanged(turn);
}

void SyncWorker::pushToken() {
    const QString token = m_session ? m_session->accessToken() : QString();
    const QString device = m_session ? m_session->deviceId() : QString();
    post([token, device](SyncWorkerCore *core) { core->tokens()->update(token, device); });
}

void SyncWorker::refreshForWorker() {
    const quint64 generation = m_generation;
    auto finish = [this, generation](bool refreshed, const UserMessage &error) {
        if (generation != m_generation)
            return;
        const QString token = m_session ? m_session->accessToken() : QString();
        const QString device = m_session ? m_session->deviceId() : QString();
        post([refreshed, error, token, device](SyncWorkerCore *core) {
            core->tokens()->finishRefresh(refreshed, error, token, device);
        });
    };
    if (!m_session) {
        finish(false, UserMessage{QStringLiteral("signed_out"), tr("You are signed out."), {}});
        return;
    }
    m_session->refreshAccessToken(finish);
}

void SyncWorker::syncNow() {
    post([](SyncWorkerCore *core) { core->engine()->syncNow(); });
}

void SyncWorker::startLive() {
    post([](SyncWorkerCore *core) { core->engine()->startLive(); });
}

void SyncWorker::pause() {
    post([](SyncWorkerCore *core) { core->engine()->pause(); });
}

void SyncWorker::resume() {
    post([](SyncWorkerCore *core) { core->engine()->resume(); });
}

void SyncWorker::resyncWorkingSet() {
    post([](SyncWorkerCore *core) { core->engine()->resyncWorkingSet(); });
}

namespace {
UserMessage notRunning() {
    return UserMessage{
        QStringLiteral("sync_stopped"),
        QCoreApplication::translate("SyncWorker", "The local copy is closed (signed out or locked)."),
        {}};
}
} // namespace

void SyncWorker::enqueue(const OutboxChange &change, EnqueueCallback done) {
    if (!m_core) {
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done(0, notRunning()); }, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_generation;
    post([this, generation, change, done](SyncWorkerCore *core) {
        UserMessage error;
        qint64 seq = 0;
        if (!core->engine()->releaseWriteLock()) {
            error = UserMessage{QStringLiteral("outbox_write_failed"),
                                tr("The change could not be saved on this computer. Try again."),
                                {}};
        } else {
            seq = core->outbox()->enqueue(change, &error);
            if (seq > 0)
                core->engine()->syncNow(); // a cycle replays the outbox first
        }
        answer(generation, [this, done, seq, error, entity = change.entity, id = change.entityId] {
            if (seq > 0) {
                EntityChanges local; // the optimistic row is in the cache now
                local.addWritten(entity, id);
                collectChanges(local);
            }
            if (done)
                done(seq, error);
        });
    });
}

void SyncWorker::resolveConflict(qint64 conflictId, Outbox::Resolution resolution, ResultCallback done) {
    if (!m_core) {
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done(notRunning()); }, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_generation;
    post([this, generation, conflictId, resolution, done](SyncWorkerCore *core) {
        UserMessage error;
        if (!core->engine()->releaseWriteLock()) {
            error = UserMessage{QStringLiteral("outbox_write_failed"),
                                tr("The change could not be saved on this computer. Try again."),
                                {}};
        } else if (core->outbox()->resolveConflict(conflictId, resolution, &error)) {
            core->engine()->syncNow(); // "keep mine" queues the change again
        }
        answer(generation, [done, error] {
            if (done)
                done(error);
        });
    });
}

void SyncWorker::dismissFailed(qint64 seq, ResultCallback done) {
    if (!m_core) {
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done(notRunning()); }, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_generation;
    post([this, generation, seq, done](SyncWorkerCore *core) {
        UserMessage error;
        if (!core->engine()->releaseWriteLock() || !core->outbox()->dismissFailed(seq)) {
            error = UserMessage{QStringLiteral("outbox_write_failed"),
                                tr("The failed change could not be removed. Try again."),
                                {}};
        }
        answer(generation, [done, error] {
            if (done)
                done(error);
        });
    });
}

void SyncWorker::withdraw(qint64 seq, WithdrawCallback done) {
    if (!m_core) {
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done(OutboxWithdrawal::WriteFailed, notRunning()); }, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_generation;
    post([this, generation, seq, done](SyncWorkerCore *core) {
        UserMessage error;
        OutboxWithdrawal result = OutboxWithdrawal::WriteFailed;
        if (!core->engine()->releaseWriteLock()) {
            error = UserMessage{QStringLiteral("outbox_write_failed"),
                                tr("The change could not be taken back on this computer. Try again."),
                                {}};
        } else {
            result = core->outbox()->withdraw(seq, &error);
        }
        // The restored row reaches the board through the outbox's entitiesChanged (wireSignals).
        answer(generation, [done, result, error] {
            if (done)
                done(result, error);
        });
    });
}

void SyncWorker::fetchOnDemand(const QString &entity, const QString &id, ResultCallback done) {
    if (!m_core) {
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done(notRunning()); }, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_generation;
    post([this, generation, entity, id, done](SyncWorkerCore *core) {
        core->engine()->fetchOnDemand(entity, id, [this, generation, done](const UserMessage &error) {
            answer(generation, [done, error] {
                if (done)
                    done(error);
            });
        });
    });
}

void SyncWorker::setWorkingSet(bool keepEverything, const QStringList &pinned, ResultCallback done) {
    if (!m_core) {
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done(notRunning()); }, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_generation;
    post([this, generation, keepEverything, pinned, done](SyncWorkerCore *core) {
        UserMessage error{QStringLiteral("working_set_write_failed"),
                          tr("The pinned pipelines could not be saved on this computer. Try again."),
                          {}};
        if (core->engine()->releaseWriteLock()) {
            const store::SqlCipherDatabase *db = core->database();
            WorkingSet ws(db);
            ws.load();
            store::Transaction txn(*db);
            bool ok = txn.isActive();
            const QStringList before = ws.pinnedPipelines();
            for (const QString &id : before)
                if (ok && !pinned.contains(id))
                    ok = ws.unpin(id);
            for (const QString &id : pinned)
                if (ok && !before.contains(id))
                    ok = ws.pin(id);
            ok = ok && ws.setKeepEverything(keepEverything);
            if (ok && txn.commit().isEmpty()) {
                error = {};
                core->engine()->resyncWorkingSet(); // the cycle reloads the working set
                core->engine()->syncNow();
            } else {
                txn.rollback();
            }
        }
        answer(generation, [done, error] {
            if (done)
                done(error);
        });
    });
}

} // namespace hirex::sync
