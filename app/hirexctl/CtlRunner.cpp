#include "app/hirexctl/CtlRunner.h"

#include "app/hirexctl/CacheExport.h"
#include "app/hirexctl/ExitCode.h"
#include "app/hirexctl/XdgOpenLauncher.h"
#include "core/auth/AuthTransport.h"
#include "core/auth/AuthorizationFlow.h"
#include "core/auth/SessionManager.h"
#include "core/store/LocalCache.h"
#include "core/store/LockMarker.h"
#include "core/store/Transaction.h"
#include "core/sync/ChangeBuilder.h"
#include "core/sync/EntityStore.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace hirex::ctl {

namespace {

void out(const QString &text) {
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text) {
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

CtlRunner::CtlRunner(const CtlOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_context(new CtlContext(options, this))
    , m_progressOnTerminal(::isatty(::fileno(stderr)) == 1) {}

CtlRunner::~CtlRunner() {
    // The engine and outbox go before the context that owns their network and database.
    delete m_engine;
    delete m_outbox;
    delete m_flow;
    delete m_launcher;
}

void CtlRunner::start() {
    UserMessage error;
    if (const std::optional<int> code = m_context->prepare(&error)) {
        fail(error, *code);
        return;
    }
    // A profile Hirex Desktop has locked stays closed here too: the lock's promise is that
    // nobody reads or changes the working set until its user has proved themselves again, and
    // hirexctl has no such proof. Only what cannot disclose anything still works: status (which
    // then says "locked" instead of reading the cache) and logout (which only takes away).
    if (store::LockMarker::exists(m_context->profileDir()) && m_options.command != u"status" &&
        m_options.command != u"logout") {
        fail(lockedProfile(), CacheProblem);
        return;
    }
    // Without a keychain the secrets are inside the cache: it opens (login: is created) first.
    const bool mayCreateCache = m_options.command == u"login" && m_context->hasServer();
    m_context->prepareSecrets(mayCreateCache, [this](const UserMessage &secretsError, int code) {
        if (secretsError.isError()) {
            fail(secretsError, code);
            return;
        }
        run();
    });
}

void CtlRunner::run() {
    const QString &c = m_options.command;
    if (c == u"login")
        login();
    else if (c == u"sync")
        sync();
    else if (c == u"status")
        status();
    else if (c == u"export")
        exportData();
    else if (c == u"logout")
        logout();
    else if (c == u"change")
        change();
    else if (c == u"conflicts")
        conflicts();
    else if (c == u"resolve")
        resolve();
    else if (c == u"pin" || c == u"unpin")
        pin();
    else
        done(Usage);
}

void CtlRunner::interrupt(int signalNumber) {
    if (m_finished)
        return;
    if (m_options.command == u"sync" && m_options.watch) {
        done(Ok);
        return;
    }
    if (m_options.command == u"login")
        err(tr("hirexctl: sign-in interrupted; not signed in.") + QLatin1Char('\n'));
    else
        err(tr("hirexctl: interrupted before the command finished.") + QLatin1Char('\n'));
    done(128 + signalNumber);
}

void CtlRunner::done(int exitCode) {
    if (m_finished)
        return;
    m_finished = true;
    if (m_engine)
        m_engine->stop();
    Q_EMIT finished(exitCode);
}

void CtlRunner::fail(const UserMessage &error, int exitCode) {
    err(tr("hirexctl: %1").arg(error.message.isEmpty() ? error.code : error.message) + QLatin1Char('\n'));
    if (!error.detail.isEmpty())
        err(QStringLiteral("  (%1: %2)\n").arg(error.code, error.detail));
    done(exitCode >= 0 ? exitCode : CtlContext::exitCodeFor(error));
}

UserMessage CtlRunner::lockedProfile() {
    return UserMessage{QStringLiteral("profile_locked"),
                       tr("This profile is locked in Hirex Desktop. Unlock it there first: hirexctl "
                          "does not open a locked profile."),
                       {}};
}

void CtlRunner::withCache(std::function<void()> then) {
    m_context->openCache([this, then](const store::CacheError &error) {
        if (error.isError()) {
            fail(error.toUserMessage(), CacheProblem);
            return;
        }
        then();
    });
}

// ---- login -------------------------------------------------------------------------------

void CtlRunner::login() {
    if (!m_context->hasServer()) {
        fail(UserMessage{QStringLiteral("usage"), tr("The first login needs --server URL."), {}}, Usage);
        return;
    }
    UserMessage error;
    if (!m_context->saveProfile(&error)) {
        fail(error);
        return;
    }
    if (m_options.noBrowser)
        m_launcher = new auth::PrintUrlLauncher(stderr);
    else
        m_launcher = new XdgOpenLauncher(stderr);
    m_flow = new auth::AuthorizationFlow(
        auth::AuthTransport::fromPolicy(m_context->network(), m_context->policy()), m_launcher, this);
    auth::AuthorizationFlow::Settings settings;
    settings.issuer = m_context->issuer();
    settings.resource = m_context->server(); // RFC 9728: the API must list the issuer
    settings.clientId = m_context->clientId();
    m_flow->setSettings(settings);
    auth::SessionManager *session = m_context->session();
    connect(session, &auth::SessionManager::signedIn, this, [this, session] {
        if (!session->isPersistent()) {
            // Never claim a kept sign-in: the next command would find none.
            err(tr("Signed in for this run only: the server issued no refresh token, so the next "
                   "command will not be signed in.") +
                QLatin1Char('\n'));
            done(NotSignedIn);
            return;
        }
        out(tr("Signed in.") + QLatin1Char('\n'));
        done(Ok);
    });
    connect(session, &auth::SessionManager::sessionWarning, this, [](const UserMessage &w) {
        if (w.code != u"session_not_kept") // login says that itself, with its exit code
            err(tr("Warning: %1").arg(w.message) + QLatin1Char('\n'));
    });
    connect(m_flow, &auth::AuthorizationFlow::succeeded, session, &auth::SessionManager::beginSession);
    connect(m_flow, &auth::AuthorizationFlow::failed, this, [this](const UserMessage &e) { fail(e); });
    m_flow->start();
}

// ---- sync --------------------------------------------------------------------------------

void CtlRunner::sync() {
    const bool noPassphraseCache =
        m_context->usesPassphrase() && !QFileInfo::exists(m_context->cache()->databasePath());
    if (!m_context->hasServer() || noPassphraseCache) {
        fail(
            UserMessage{QStringLiteral("not_signed_in"), tr("Not signed in. Run hirexctl login first."), {}});
        return;
    }
    m_context->restoreSession([this](const UserMessage &error) {
        if (error.isError()) {
            fail(error);
            return;
        }
        withCache([this] { startEngine(); });
    });
}

void CtlRunner::startEngine() {
    const store::SqlCipherDatabase *db = m_context->cache()->database();
    m_outbox = new sync::Outbox(db, m_context->http(), this);
    m_engine = new sync::SyncEngine(db, m_context->http(), m_outbox, this);
    connect(m_engine, &sync::SyncEngine::progressChanged, this, [this] { printProgress(); });
    // A tombstone took queued changes with it; they cannot be sent any more, so say so.
    connect(m_outbox, &sync::Outbox::changesDropped, this, [this](const QString &, int count) {
        err(tr("%n queued change(s) dropped: the item no longer exists on the server.", nullptr, count) +
            QLatin1Char('\n'));
    });
    connect(
        m_context->session(), &auth::SessionManager::signInRequired, this, [this](const UserMessage &reason) {
            fail(reason.isError() ? reason
                                  : UserMessage{QStringLiteral("not_signed_in"), tr("Sign in again."), {}},
                 NotSignedIn);
        });
    connect(m_engine, &sync::SyncEngine::cycleFinished, this, [this](const UserMessage &error) {
        if (m_progressOnTerminal)
            err(QStringLiteral("\n"));
        if (m_options.watch) {
            if (error.isError())
                err(tr("Sync paused: %1 (retrying)").arg(error.message) + QLatin1Char('\n'));
            else
                out(QStringLiteral("synced cursor=%1 items=%2\n")
                        .arg(m_engine->cursor())
                        .arg(m_engine->progress().items));
            return;
        }
        if (error.isError()) {
            fail(error);
            return;
        }
        int conflicts = 0;
        int failed = 0;
        for (const sync::OutboxEntry &e : m_outbox->entries()) {
            conflicts += e.state == u"conflict";
            failed += e.state == u"failed";
        }
        out(tr("Synchronised: %1 changes received, %2 queued, %3 conflicts, %4 refused.")
                .arg(m_engine->progress().items)
                .arg(m_outbox->pendingCount())
                .arg(conflicts)
                .arg(failed) +
            QLatin1Char('\n'));
        done(conflicts || failed ? NeedsAttention : Ok);
    });
    if (m_options.watch) {
        // Hirex Desktop may lock the profile while this watch runs (idle, Lock Now, the desktop
        // session's lock): stop reading then, as the app's own worker does.
        auto *lockPoll = new QTimer(this);
        lockPoll->setInterval(LockPollMs);
        connect(lockPoll, &QTimer::timeout, this, [this] {
            if (store::LockMarker::exists(m_context->profileDir()))
                fail(lockedProfile(), CacheProblem);
        });
        lockPoll->start();
        m_engine->startLive();
    } else
        m_engine->syncNow();
}

void CtlRunner::printProgress() {
    if (!m_progressOnTerminal || !m_engine)
        return;
    const sync::SyncProgress p = m_engine->progress();
    QString line = tr("\rSyncing: %1 changes, %2 KiB").arg(p.items).arg(p.bytes / 1024);
    if (p.percent >= 0)
        line += QStringLiteral(", %1%").arg(p.percent);
    if (p.etaSeconds > 0)
        line += tr(", about %1 s left").arg(p.etaSeconds);
    err(line + QStringLiteral("   "));
}

// ---- status ------------------------------------------------------------------------------

void CtlRunner::status() {
    const QString tokenKey = auth::SessionManager::refreshTokenKey(m_context->profileName());
    m_context->secrets()->readSecret(tokenKey, [this](store::SecretStore::Error keyError,
                                                      const QByteArray &secret, const QString &) {
        // The secret itself is not needed (only whether it exists). No copy is taken: the store
        // wipes its unshared buffer after this callback; a copy's fill() would zero a detached
        // duplicate and keep the original alive.
        Q_UNUSED(secret);
        const bool signedIn = keyError == store::SecretStore::Error::None;
        QJsonObject doc{{QStringLiteral("profile"), m_context->profileDir()},
                        {QStringLiteral("server"), m_context->server().toString()},
                        {QStringLiteral("signed_in"), signedIn}};
        const bool locked = store::LockMarker::exists(m_context->profileDir());
        doc.insert(QStringLiteral("locked"), locked);
        const bool cacheExists = QFileInfo::exists(m_context->cache()->databasePath());
        auto finish = [this, doc, signedIn](QJsonObject cacheInfo, int code) mutable {
            doc.insert(QStringLiteral("cache"), cacheInfo);
            if (m_options.json) {
                out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)));
            } else {
                out(tr("Server: %1\n").arg(doc.value(QLatin1String("server")).toString()));
                out(signedIn ? tr("Signed in.\n") : tr("Not signed in.\n"));
                if (doc.value(QLatin1String("locked")).toBool()) {
                    out(tr("Locked in Hirex Desktop: the cache stays closed until it is unlocked there.\n"));
                    done(code);
                    return;
                }
                const QJsonObject counts = cacheInfo.value(QLatin1String("counts")).toObject();
                const QJsonObject outbox = cacheInfo.value(QLatin1String("outbox")).toObject();
                out(tr("Cache: %1 jobs, %2 candidates, %3 applications; last sync %4\n")
                        .arg(counts.value(QLatin1String("jobs")).toInteger())
                        .arg(counts.value(QLatin1String("candidates")).toInteger())
                        .arg(counts.value(QLatin1String("applications")).toInteger())
                        .arg(cacheInfo.value(QLatin1String("last_sync_at")).toString(tr("never"))));
                out(tr("Queued changes: %1 pending, %2 conflicts, %3 refused\n")
                        .arg(outbox.value(QLatin1String("pending")).toInteger())
                        .arg(outbox.value(QLatin1String("conflicts")).toInteger())
                        .arg(outbox.value(QLatin1String("failed")).toInteger()));
            }
            done(code != Ok ? code : (signedIn ? Ok : NotSignedIn));
        };
        if (locked) {
            finish(QJsonObject{{QStringLiteral("exists"), cacheExists},
                               {QStringLiteral("open"), false},
                               {QStringLiteral("error"), QStringLiteral("profile_locked")}},
                   CacheProblem);
            return;
        }
        if (!cacheExists) {
            finish(QJsonObject{{QStringLiteral("exists"), false}}, Ok);
            return;
        }
        m_context->openCache([this, finish](const store::CacheError &error) mutable {
            if (error.isError()) {
                finish(QJsonObject{{QStringLiteral("exists"), true},
                                   {QStringLiteral("open"), false},
                                   {QStringLiteral("error"), error.code()}},
                       CacheProblem);
                return;
            }
            const store::SqlCipherDatabase *db = m_context->cache()->database();
            QJsonObject counts;
            for (const char *table : {"jobs", "pipelines", "candidates", "applications", "evaluations",
                                      "notes", "ai_insights", "consents", "users", "roles"}) {
                const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
                counts.insert(QLatin1String(table), db->queryInt(sql.constData(), 0));
            }
            QJsonObject outbox{{QStringLiteral("pending"),
                                db->queryInt("SELECT count(*) FROM outbox WHERE state = 'pending'", 0)},
                               {QStringLiteral("conflicts"),
                                db->queryInt("SELECT count(*) FROM outbox WHERE state = 'conflict'", 0)},
                               {QStringLiteral("failed"),
                                db->queryInt("SELECT count(*) FROM outbox WHERE state = 'failed'", 0)}};
            sync::WorkingSet ws(db);
            ws.load();
            const QString lastSync =
                db->queryString("SELECT updated_at FROM sync_cursors WHERE feed = 'changes'");
            QJsonObject info{
                {QStringLiteral("exists"), true},
                {QStringLiteral("open"), true},
                {QStringLiteral("schema_version"), db->userVersion()},
                {QStringLiteral("first_sync_complete"),
                 db->queryString("SELECT value FROM settings WHERE key = 'sync.first_complete'") == u"1"},
                {QStringLiteral("cursor"),
                 db->queryString("SELECT cursor FROM sync_cursors WHERE feed = 'changes'")},
                {QStringLiteral("last_sync_at"), lastSync.isEmpty() ? QJsonValue() : QJsonValue(lastSync)},
                {QStringLiteral("counts"), counts},
                {QStringLiteral("outbox"), outbox},
                {QStringLiteral("working_set"),
                 QJsonObject{{QStringLiteral("mode"),
                              ws.keepsEverything() ? QStringLiteral("all") : QStringLiteral("pinned")},
                             {QStringLiteral("pinned_pipelines"),
                              QJsonArray::fromStringList(ws.pinnedPipelines())}}}};
            finish(info, Ok);
        });
    });
}

// ---- export ------------------------------------------------------------------------------

void CtlRunner::exportData() {
    if (!QFileInfo::exists(m_context->cache()->databasePath())) {
        fail(UserMessage{QStringLiteral("no_cache"), tr("Nothing to export: run hirexctl sync first."), {}});
        return;
    }
    withCache([this] {
        UserMessage error;
        const int rows = CacheExport::write(*m_context->cache()->database(), m_options.format,
                                            m_options.pipeline, m_options.out, &error);
        if (rows < 0) {
            fail(error);
            return;
        }
        err(tr("Exported %1 applications to %2\n").arg(rows).arg(m_options.out));
        done(Ok);
    });
}

// ---- logout ------------------------------------------------------------------------------

void CtlRunner::logout() {
    m_context->restoreSession([this](const UserMessage &) {
        // Signed in or not: sign-out deletes the stored tokens, and with --wipe the cache and key.
        const auto mode = m_options.wipe ? auth::SessionManager::SignOutMode::RemoveLocalData
                                         : auth::SessionManager::SignOutMode::KeepLocalData;
        m_context->session()->signOut(mode, [this](const UserMessage &error) {
            if (error.isError())
                err(tr("Warning: %1").arg(error.message) + QLatin1Char('\n'));
            out(m_options.wipe ? tr("Signed out; local data removed.\n") : tr("Signed out.\n"));
            done(Ok);
        });
    });
}

// ---- queued changes ------------------------------------------------------------------------

void CtlRunner::change() {
    withCache([this] {
        const store::SqlCipherDatabase *db = m_context->cache()->database();
        sync::EntityStore entities(db);
        sync::Outbox outbox(db, nullptr);
        const QStringList &a = m_options.arguments;
        const QString kind = a.at(0);
        std::optional<sync::OutboxChange> change;
        if (kind == u"note") {
            if (!entities.version(QStringLiteral("candidate"), a.at(1))) {
                fail(UserMessage{
                    QStringLiteral("not_cached"), tr("That candidate is not in the local cache."), {}});
                return;
            }
            change = sync::ChangeBuilder::addNote(a.at(1), a.at(2), QStringLiteral("team"));
        } else {
            const std::optional<QJsonObject> app = entities.read(QStringLiteral("application"), a.at(1));
            if (!app) {
                fail(UserMessage{
                    QStringLiteral("not_cached"), tr("That application is not in the local cache."), {}});
                return;
            }
            if (kind == u"move")
                change = sync::ChangeBuilder::moveApplication(*app, a.at(2));
            else if (kind == u"reject")
                change = sync::ChangeBuilder::rejectApplication(*app, a.at(2), a.value(3), {});
            else
                change = sync::ChangeBuilder::hireApplication(*app, {});
        }
        UserMessage error;
        const qint64 seq = outbox.enqueue(*change, &error);
        if (!seq) {
            fail(error);
            return;
        }
        out(QString::number(seq) + QLatin1Char('\n'));
        done(Ok);
    });
}

void CtlRunner::conflicts() {
    withCache([this] {
        sync::Outbox outbox(m_context->cache()->database(), nullptr);
        QJsonArray list;
        for (const sync::SyncConflict &c : outbox.conflicts()) {
            list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("outbox_seq"), c.outboxSeq},
                                    {QStringLiteral("entity"), c.entity},
                                    {QStringLiteral("entity_id"), c.entityId},
                                    {QStringLiteral("server_version"), c.serverVersion},
                                    {QStringLiteral("local"), c.local},
                                    {QStringLiteral("server"), c.server}});
        }
        QJsonArray failed;
        for (const sync::OutboxEntry &e : outbox.entries()) {
            if (e.state == u"failed")
                failed.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                          {QStringLiteral("kind"), e.kind},
                                          {QStringLiteral("entity_id"), e.entityId},
                                          {QStringLiteral("code"), e.lastError},
                                          {QStringLiteral("message"), e.userMessage}});
        }
        if (m_options.json) {
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("conflicts"), list},
                                                            {QStringLiteral("refused"), failed}})
                                      .toJson(QJsonDocument::Indented)));
        } else {
            for (const QJsonValue &v : std::as_const(list)) {
                const QJsonObject c = v.toObject();
                out(tr("conflict %1: %2 %3 changed on the server (version %4)\n")
                        .arg(c.value(QLatin1String("id")).toInteger())
                        .arg(c.value(QLatin1String("entity")).toString(),
                             c.value(QLatin1String("entity_id")).toString())
                        .arg(c.value(QLatin1String("server_version")).toInteger()));
            }
            for (const QJsonValue &v : std::as_const(failed)) {
                const QJsonObject f = v.toObject();
                out(tr("refused %1: %2\n")
                        .arg(f.value(QLatin1String("seq")).toInteger())
                        .arg(f.value(QLatin1String("message")).toString()));
            }
        }
        done(list.isEmpty() && failed.isEmpty() ? Ok : NeedsAttention);
    });
}

void CtlRunner::resolve() {
    withCache([this] {
        sync::Outbox outbox(m_context->cache()->database(), nullptr);
        bool ok = false;
        const qint64 id = m_options.arguments.at(0).toLongLong(&ok);
        UserMessage error;
        const auto resolution = m_options.arguments.at(1) == u"mine" ? sync::Outbox::Resolution::KeepMine
                                                                     : sync::Outbox::Resolution::TakeTheirs;
        if (!ok || !outbox.resolveConflict(id, resolution, &error)) {
            fail(error.isError() ? error : UserMessage{QStringLiteral("usage"), tr("No such conflict."), {}});
            return;
        }
        out(tr("Resolved.\n"));
        done(Ok);
    });
}

void CtlRunner::pin() {
    withCache([this] {
        const store::SqlCipherDatabase *db = m_context->cache()->database();
        sync::WorkingSet ws(db);
        ws.load();
        const QString target = m_options.arguments.at(0);
        store::Transaction txn(*db);
        bool ok = txn.isActive(); // no BEGIN (another process writing, say): no change
        if (ok && m_options.command == u"pin") {
            ok = target == u"--all" ? ws.setKeepEverything(true)
                                    : (ws.pin(target) && ws.setKeepEverything(false));
            // Newly pinned data arrives with the next sync, which re-reads the feed from the start.
            ok = ok && db->exec("DELETE FROM settings WHERE key = 'sync.first_complete'; "
                                "DELETE FROM sync_cursors WHERE feed = 'changes'");
        } else if (ok) {
            ok = ws.unpin(target);
            // The command line has no "recently used": unpinned data leaves at once.
            ws.evict(QDateTime::currentDateTimeUtc(), 0);
        }
        if (!ok || !txn.commit().isEmpty()) {
            txn.rollback();
            fail(UserMessage{QStringLiteral("cache_write_failed"),
                             tr("The working set could not be changed."),
                             {}},
                 CacheProblem);
            return;
        }
        out(tr("Working set updated. Run hirexctl sync to download pinned pipelines.\n"));
        done(Ok);
    });
}

} // namespace hirex::ctl
