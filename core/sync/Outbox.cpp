#include "core/sync/Outbox.h"

#include "core/store/Transaction.h"
#include "core/sync/SyncLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace hirex::sync {

namespace {

QString nowIso() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString newKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Kinds whose answer is not the changed entity.
bool answersWithEntity(const QString &kind) {
    return kind != u"ai_feedback";
}

constexpr char kEntryColumns[] =
    "seq, idempotency_key, kind, method, path, body, if_match, entity, entity_id, state, "
    "attempts, last_error, user_message";

OutboxEntry entryFrom(store::Statement &s) {
    OutboxEntry e;
    e.seq = s.columnInt64(0);
    e.idempotencyKey = s.columnText(1);
    e.kind = s.columnText(2);
    e.method = s.columnText(3).toLatin1();
    e.path = s.columnText(4);
    e.body = s.columnText(5).toUtf8();
    if (!s.isNull(6))
        e.ifMatch = s.columnInt64(6);
    e.entity = s.columnText(7);
    e.entityId = s.columnText(8);
    e.state = s.columnText(9);
    e.attempts = static_cast<int>(s.columnInt64(10));
    e.lastError = s.columnText(11);
    e.userMessage = s.columnText(12);
    return e;
}

} // namespace

Outbox::Outbox(const store::SqlCipherDatabase *db, SyncHttp *http, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_http(http)
    , m_entities(db) {
    m_db->exec("PRAGMA busy_timeout = 5000");
}

qint64 Outbox::enqueue(const OutboxChange &change, UserMessage *error) {
    store::Transaction txn(*m_db);
    auto fail = [&](const QString &detail) -> qint64 {
        txn.rollback();
        qCWarning(lcSync) << "enqueue failed" << change.kind << detail;
        if (error)
            *error = UserMessage{QStringLiteral("outbox_write_failed"),
                                 tr("The change could not be saved on this computer."), detail};
        return 0;
    };
    if (!txn.isActive())
        return fail(txn.error());
    const std::optional<QJsonObject> before = m_entities.read(change.entity, change.entityId);
    QJsonObject pre{{QStringLiteral("exists"), before.has_value()}};
    if (before)
        pre.insert(QStringLiteral("row"), *before);
    if (change.optimistic &&
        m_entities.upsert(change.entity, *change.optimistic, true) == EntityStore::Upsert::Failed)
        return fail(m_entities.lastError());
    store::Statement s = m_db->prepare("INSERT INTO outbox (idempotency_key, method, path, body, if_match, "
                                       "entity, entity_id, state, created_at, "
                                       "pre_image, kind) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)");
    s.bind(1, newKey());
    s.bind(2, QString::fromLatin1(change.method));
    s.bind(3, change.path);
    s.bind(4, compact(change.body).constData());
    if (change.ifMatch)
        s.bind(5, *change.ifMatch);
    else
        s.bindNull(5);
    s.bind(6, change.entity);
    s.bind(7, change.entityId);
    s.bind(8, nowIso());
    s.bind(9, compact(pre).constData());
    s.bind(10, change.kind);
    if (!s.exec())
        return fail(s.errorMessage());
    const qint64 seq = m_db->queryInt("SELECT last_insert_rowid()", 0);
    if (const QString failed = txn.commit(); !failed.isEmpty())
        return fail(failed);
    qCInfo(lcSync) << "queued" << change.kind << "seq" << seq << change.entityId;
    Q_EMIT changed();
    return seq;
}

int Outbox::pendingCount() const {
    return static_cast<int>(m_db->queryInt("SELECT count(*) FROM outbox WHERE state = 'pending'", 0));
}

QList<OutboxEntry> Outbox::entries() const {
    const QByteArray sql = QByteArray("SELECT ") + kEntryColumns + " FROM outbox ORDER BY seq";
    store::Statement s = m_db->prepare(sql.constData());
    QList<OutboxEntry> list;
    while (s.next())
        list.append(entryFrom(s));
    return list;
}

QList<SyncConflict> Outbox::conflicts() const {
    store::Statement s = m_db->prepare("SELECT id, outbox_seq, entity, entity_id, local_json, server_json, "
                                       "server_version FROM conflicts WHERE resolved = 0 ORDER BY id");
    QList<SyncConflict> list;
    while (s.next()) {
        SyncConflict c;
        c.id = s.columnInt64(0);
        c.outboxSeq = s.columnInt64(1);
        c.entity = s.columnText(2);
        c.entityId = s.columnText(3);
        c.local = parseObject(s.columnText(4));
        c.server = parseObject(s.columnText(5));
        c.serverVersion = s.columnInt64(6);
        list.append(c);
    }
    return list;
}

std::optional<OutboxEntry> Outbox::nextPending() const {
    // In order, but an entity with an unresolved conflict holds back its later changes only.
    const QByteArray sql =
        QByteArray("SELECT ") + kEntryColumns +
        " FROM outbox o WHERE state = 'pending' AND NOT EXISTS (SELECT 1 FROM outbox c WHERE "
        "c.state = 'conflict' AND c.entity = o.entity AND c.entity_id = o.entity_id AND c.seq < "
        "o.seq) ORDER BY seq LIMIT 1";
    store::Statement s = m_db->prepare(sql.constData());
    if (!s.next())
        return std::nullopt;
    return entryFrom(s);
}

void Outbox::replay(std::function<void(const ReplayResult &)> done) {
    if (m_replaying) {
        // One replay at a time; the caller learns about the running one's end through changed().
        QMetaObject::invokeMethod(
            this,
            [done] {
                done(ReplayResult{0, 0, 0, true, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    m_replaying = true;
    m_result = ReplayResult();
    m_done = std::move(done);
    sendNext();
}

void Outbox::finish() {
    m_replaying = false;
    m_inFlight = 0;
    auto done = std::move(m_done);
    m_done = nullptr;
    Q_EMIT changed();
    if (done)
        done(m_result);
}

void Outbox::sendNext() {
    const std::optional<OutboxEntry> entry = nextPending();
    if (!entry || !m_http) {
        finish();
        return;
    }
    // Until its answer is handled (a 412 fetches the server's version first) it cannot be
    // withdrawn: the server may already have applied it.
    m_inFlight = entry->seq;
    const SyncHttp::Conditions conditions{entry->idempotencyKey, entry->ifMatch};
    const OutboxEntry copy = *entry;
    m_http->send(entry->method, entry->path, entry->body, conditions,
                 [this, copy](const HttpResult &result) { onAnswer(copy, result); });
}

void Outbox::onAnswer(const OutboxEntry &entry, const HttpResult &result) {
    using K = api::ApiError::Kind;
    if (result.ok()) {
        store::Transaction txn(*m_db);
        if (!txn.isActive()) {
            // The server has the change; it stays pending and its replay (same key) is answered
            // from the server's memory.
            stopOnWriteFailure(entry, txn.error());
            return;
        }
        EntityChanges touched;
        if (answersWithEntity(entry.kind)) {
            const QJsonObject server = QJsonDocument::fromJson(result.body).object();
            const QString serverId = server.value(QLatin1String("id")).toString();
            if (!serverId.isEmpty() && server.value(QLatin1String("version")).isDouble()) {
                if (serverId != entry.entityId) {
                    // A create: the local placeholder gives way to the server's entity, and
                    // later changes of it now address the server id.
                    m_entities.remove(entry.entity, entry.entityId);
                    touched.addRemoved(entry.entity, entry.entityId);
                    store::Statement r =
                        m_db->prepare("UPDATE outbox SET entity_id = ?, path = replace(path, ?, ?) WHERE "
                                      "entity = ? AND entity_id = ?");
                    r.bind(1, serverId)
                        .bind(2, entry.entityId)
                        .bind(3, serverId)
                        .bind(4, entry.entity)
                        .bind(5, entry.entityId);
                    r.exec();
                }
                m_entities.upsert(entry.entity, server, false);
                touched.addWritten(entry.entity, serverId);
                store::Statement u =
                    m_db->prepare("UPDATE outbox SET if_match = ? WHERE entity = ? AND entity_id = ? "
                                  "AND seq > ? AND if_match IS NOT NULL AND state = 'pending'");
                u.bind(1, server.value(QLatin1String("version")).toInteger())
                    .bind(2, entry.entity)
                    .bind(3, serverId)
                    .bind(4, entry.seq);
                u.exec();
            }
        }
        store::Statement d = m_db->prepare("DELETE FROM outbox WHERE seq = ?");
        d.bind(1, entry.seq);
        d.exec();
        if (const QString failed = txn.commit(); !failed.isEmpty()) {
            stopOnWriteFailure(entry, failed);
            return;
        }
        ++m_result.sent;
        if (!touched.isEmpty())
            Q_EMIT entitiesChanged(touched);
        qCInfo(lcSync) << "sent" << entry.kind << "seq" << entry.seq << "status" << result.status
                       << (result.replayed ? "replayed" : "");
        sendNext();
        return;
    }

    const api::ApiError &error = result.error;
    if (error.kind == K::PreconditionFailed) {
        const QString path = fetchPathFor(entry.entity, entry.entityId);
        const std::optional<qint64> reported = error.currentVersion;
        if (path.isEmpty()) {
            if (recordConflict(entry, {}, reported.value_or(0)))
                sendNext();
            return;
        }
        m_http->get(path, [this, entry, reported](const HttpResult &fetched) {
            QJsonObject server;
            if (fetched.ok())
                server = QJsonDocument::fromJson(fetched.body).object();
            const qint64 version = server.value(QLatin1String("version")).isDouble()
                                       ? server.value(QLatin1String("version")).toInteger()
                                       : reported.value_or(0);
            if (recordConflict(entry, server, version))
                sendNext();
        });
        return;
    }
    const Refusal refusal = refusalFor(error);
    if (refusal == Refusal::Retry) {
        store::Statement s =
            m_db->prepare("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?");
        s.bind(1, error.code).bind(2, entry.seq);
        s.exec();
        qCInfo(lcSync) << "replay interrupted at seq" << entry.seq << error.code << error.status;
        m_result.interrupted = true;
        m_result.error = error;
        finish();
        return;
    }
    if (!rollBack(entry, reasonFor(refusal, error)))
        return;
    ++m_result.failed;
    sendNext();
}

void Outbox::stopOnWriteFailure(const OutboxEntry &entry, const QString &detail) {
    // The entry stays as it was in the queue; the next replay tries it again.
    qCWarning(lcSync) << "outbox write failed at seq" << entry.seq << detail;
    m_result.interrupted = true;
    finish();
}

Outbox::Refusal Outbox::refusalFor(const api::ApiError &error) {
    // Only answers that no later attempt can change roll back. Everything else (no answer, 401,
    // 403 ip_not_allowed from an allowlist, 408, 421, 425, 429, 5xx, 4xx we do not know) depends
    // on the network, the session or the server's state, so the change waits for the next replay.
    switch (error.status) {
    case 404:
    case 410:
        return Refusal::Gone;
    case 400: // a malformed request, too large a body or a missing If-Match: a replay of the
    case 413: // same bytes can never succeed, and a pending entry would hold back every change
    case 428: // queued behind it
    case 409:
    case 422:
        return Refusal::RefusedByRules;
    case 403:
        return error.code == u"forbidden" ? Refusal::PermissionRevoked : Refusal::Retry;
    default:
        return Refusal::Retry;
    }
}

UserMessage Outbox::reasonFor(Refusal refusal, const api::ApiError &error) {
    UserMessage m = error.toUserMessage();
    switch (refusal) {
    case Refusal::Gone:
        m.message = tr("This change was undone: the item no longer exists on the server.");
        break;
    case Refusal::PermissionRevoked:
        m.message = tr("This change was undone: you no longer have the permission to make it.");
        break;
    case Refusal::RefusedByRules:
    case Refusal::Retry: {
        const QString why =
            error.message.isEmpty() ? api::ApiError::defaultMessage(error.kind) : error.message;
        m.message = tr("This change was undone: the server's rules refused it (%1).").arg(why);
        break;
    }
    }
    return m;
}

QString Outbox::fetchPathFor(const QString &entity, const QString &id) const {
    if (entity == u"application")
        return QStringLiteral("/v1/applications/") + id;
    if (entity == u"candidate")
        return QStringLiteral("/v1/candidates/") + id;
    if (entity == u"user")
        return QStringLiteral("/v1/admin/users/") + id;
    if (entity == u"role")
        return QStringLiteral("/v1/admin/roles/") + id;
    if (entity == u"job")
        return QStringLiteral("/v1/jobs/") + id;
    return QString(); // notes and evaluations have no single GET: the 412's current_version is kept
}

bool Outbox::recordConflict(const OutboxEntry &entry, const QJsonObject &server, qint64 serverVersion) {
    store::Transaction txn(*m_db);
    if (!txn.isActive()) {
        stopOnWriteFailure(entry, txn.error());
        return false;
    }
    const std::optional<QJsonObject> mine = m_entities.read(entry.entity, entry.entityId);
    QJsonObject local{{QStringLiteral("request"), QJsonDocument::fromJson(entry.body).object()},
                      {QStringLiteral("kind"), entry.kind}};
    if (mine)
        local.insert(QStringLiteral("optimistic"), *mine);
    store::Statement s =
        m_db->prepare("INSERT INTO conflicts (outbox_seq, entity, entity_id, local_json, server_json, "
                      "server_version, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, entry.seq).bind(2, entry.entity).bind(3, entry.entityId).bind(4, compact(local).constData());
    if (server.isEmpty())
        s.bindNull(5);
    else
        s.bind(5, compact(server).constData());
    s.bind(6, serverVersion).bind(7, nowIso());
    s.exec();
    const qint64 conflictId = m_db->queryInt("SELECT last_insert_rowid()", 0);
    store::Statement u = m_db->prepare(
        "UPDATE outbox SET state = 'conflict', last_error = 'precondition_failed' WHERE seq = ?");
    u.bind(1, entry.seq);
    u.exec();
    if (const QString failed = txn.commit(); !failed.isEmpty()) {
        stopOnWriteFailure(entry, failed);
        return false;
    }
    ++m_result.conflicts;
    qCInfo(lcSync) << "conflict" << conflictId << "seq" << entry.seq << entry.entityId << "server version"
                   << serverVersion;
    Q_EMIT conflictDetected(conflictId);
    return true;
}

bool Outbox::rollBack(const OutboxEntry &entry, const UserMessage &reason) {
    store::Transaction txn(*m_db);
    if (!txn.isActive()) {
        stopOnWriteFailure(entry, txn.error());
        return false;
    }
    store::Statement p = m_db->prepare("SELECT pre_image FROM outbox WHERE seq = ?");
    p.bind(1, entry.seq);
    const QJsonObject pre = p.next() ? parseObject(p.columnText(0)) : QJsonObject();
    EntityChanges touched;
    if (pre.value(QLatin1String("exists")).toBool()) {
        // Only a row that still exists is restored: a tombstone since then must stay a tombstone.
        if (m_entities.version(entry.entity, entry.entityId)) {
            m_entities.upsert(entry.entity, pre.value(QLatin1String("row")).toObject(), true);
            touched.addWritten(entry.entity, entry.entityId);
        }
    } else {
        m_entities.remove(entry.entity, entry.entityId);
        touched.addRemoved(entry.entity, entry.entityId);
    }
    store::Statement f = m_db->prepare("UPDATE outbox SET state = 'failed', last_error = ?, user_message = "
                                       "?, pre_image = NULL WHERE seq = ?");
    f.bind(1, reason.code).bind(2, reason.message).bind(3, entry.seq);
    f.exec();
    store::Statement later = m_db->prepare(
        "UPDATE outbox SET state = 'failed', last_error = 'earlier_change_refused', user_message = ?, "
        "pre_image = NULL WHERE entity = ? AND entity_id = ? AND seq > ? AND state IN ('pending', "
        "'conflict')");
    later.bind(1, tr("An earlier change to the same item was refused, so this one was undone too."))
        .bind(2, entry.entity)
        .bind(3, entry.entityId)
        .bind(4, entry.seq);
    later.exec();
    if (const QString failed = txn.commit(); !failed.isEmpty()) {
        stopOnWriteFailure(entry, failed);
        return false;
    }
    qCInfo(lcSync) << "rolled back" << entry.kind << "seq" << entry.seq << reason.code;
    if (!touched.isEmpty())
        Q_EMIT entitiesChanged(touched);
    Q_EMIT changeFailed(entry.seq, reason);
    return true;
}

bool Outbox::resolveConflict(qint64 conflictId, Resolution resolution, UserMessage *error) {
    store::Statement q =
        m_db->prepare("SELECT outbox_seq, entity, entity_id, server_json, server_version FROM "
                      "conflicts WHERE id = ? AND resolved = 0");
    q.bind(1, conflictId);
    if (!q.next()) {
        if (error)
            *error =
                UserMessage{QStringLiteral("conflict_not_found"), tr("This conflict no longer exists."), {}};
        return false;
    }
    const qint64 seq = q.columnInt64(0);
    const QString entity = q.columnText(1);
    const QString entityId = q.columnText(2);
    const QJsonObject server = parseObject(q.columnText(3));
    const qint64 serverVersion = q.columnInt64(4);
    q.reset();
    store::Transaction txn(*m_db);
    if (!txn.isActive()) {
        if (error)
            *error = UserMessage{QStringLiteral("outbox_write_failed"), tr("The choice could not be saved."),
                                 txn.error()};
        return false;
    }
    EntityChanges touched;
    if (resolution == Resolution::KeepMine) {
        // A new key: the refused request had no effect, and the server may remember its 412.
        store::Statement u =
            m_db->prepare("UPDATE outbox SET state = 'pending', if_match = ?, idempotency_key = ?, "
                          "attempts = 0, last_error = NULL WHERE seq = ?");
        u.bind(1, serverVersion).bind(2, newKey()).bind(3, seq);
        u.exec();
        if (!server.isEmpty()) {
            QJsonObject pre{{QStringLiteral("exists"), true}, {QStringLiteral("row"), server}};
            store::Statement p = m_db->prepare("UPDATE outbox SET pre_image = ? WHERE seq = ?");
            p.bind(1, compact(pre).constData()).bind(2, seq);
            p.exec();
        }
    } else {
        if (!server.isEmpty()) {
            m_entities.upsert(entity, server, true);
            touched.addWritten(entity, entityId);
        } else {
            store::Statement p = m_db->prepare("SELECT pre_image FROM outbox WHERE seq = ?");
            p.bind(1, seq);
            const QJsonObject pre = p.next() ? parseObject(p.columnText(0)) : QJsonObject();
            if (pre.value(QLatin1String("exists")).toBool()) {
                m_entities.upsert(entity, pre.value(QLatin1String("row")).toObject(), true);
                touched.addWritten(entity, entityId);
            } else {
                m_entities.remove(entity, entityId);
                touched.addRemoved(entity, entityId);
            }
        }
        // Later changes of the same entity were built on the dropped one: they go with it.
        store::Statement d =
            m_db->prepare("DELETE FROM outbox WHERE entity = ? AND entity_id = ? AND seq >= ? AND "
                          "state IN ('pending', 'conflict')");
        d.bind(1, entity).bind(2, entityId).bind(3, seq);
        d.exec();
    }
    store::Statement r = m_db->prepare("UPDATE conflicts SET resolved = 1 WHERE id = ?");
    r.bind(1, conflictId);
    r.exec();
    if (const QString failed = txn.commit(); !failed.isEmpty()) {
        if (error)
            *error = UserMessage{QStringLiteral("outbox_write_failed"), tr("The choice could not be saved."),
                                 failed};
        return false;
    }
    qCInfo(lcSync) << "conflict" << conflictId
                   << (resolution == Resolution::KeepMine ? "keep mine" : "take theirs");
    if (!touched.isEmpty())
        Q_EMIT entitiesChanged(touched);
    Q_EMIT changed();
    return true;
}

bool Outbox::dismissFailed(qint64 seq) {
    store::Statement d = m_db->prepare("DELETE FROM outbox WHERE seq = ? AND state = 'failed'");
    d.bind(1, seq);
    const bool ok = d.exec();
    Q_EMIT changed();
    return ok;
}

OutboxWithdrawal Outbox::withdraw(qint64 seq, UserMessage *error) {
    if (seq == m_inFlight && m_inFlight != 0)
        return OutboxWithdrawal::InFlight;
    auto fail = [&](const QString &detail) {
        qCWarning(lcSync) << "withdraw failed at seq" << seq << detail;
        if (error)
            *error = UserMessage{QStringLiteral("outbox_write_failed"),
                                 tr("The change could not be taken back on this computer."), detail};
        return OutboxWithdrawal::WriteFailed;
    };
    store::Transaction txn(*m_db);
    if (!txn.isActive())
        return fail(txn.error());
    store::Statement q =
        m_db->prepare("SELECT entity, entity_id, pre_image FROM outbox WHERE seq = ? AND state = 'pending'");
    q.bind(1, seq);
    if (!q.next())
        return OutboxWithdrawal::NotPending;
    const QString entity = q.columnText(0);
    const QString entityId = q.columnText(1);
    const QJsonObject pre = parseObject(q.columnText(2));
    q.reset();
    // A later change was built on this one's optimistic row (and its pre-image is that row).
    store::Statement later =
        m_db->prepare("SELECT count(*) FROM outbox WHERE entity = ? AND entity_id = ? AND "
                      "seq > ? AND state IN ('pending', 'conflict')");
    later.bind(1, entity).bind(2, entityId).bind(3, seq);
    if (later.next() && later.columnInt64(0) > 0)
        return OutboxWithdrawal::LaterChange;
    later.reset();
    EntityChanges touched;
    if (pre.value(QLatin1String("exists")).toBool()) {
        // As in a rollback: a tombstone since then stays a tombstone.
        if (m_entities.version(entity, entityId)) {
            if (m_entities.upsert(entity, pre.value(QLatin1String("row")).toObject(), true) ==
                EntityStore::Upsert::Failed)
                return fail(m_entities.lastError());
            touched.addWritten(entity, entityId);
        }
    } else {
        m_entities.remove(entity, entityId);
        touched.addRemoved(entity, entityId);
    }
    store::Statement d = m_db->prepare("DELETE FROM outbox WHERE seq = ? AND state = 'pending'");
    d.bind(1, seq);
    if (!d.exec())
        return fail(d.errorMessage());
    if (const QString failed = txn.commit(); !failed.isEmpty())
        return fail(failed);
    qCInfo(lcSync) << "withdrew seq" << seq << entityId;
    if (!touched.isEmpty())
        Q_EMIT entitiesChanged(touched);
    Q_EMIT changed();
    return OutboxWithdrawal::Withdrawn;
}

bool Outbox::absorbServerVersion(const QString &entity, const QJsonObject &data) {
    store::Statement s =
        m_db->prepare("SELECT seq, pre_image FROM outbox WHERE entity = ? AND entity_id = ? AND "
                      "state IN ('pending', 'conflict') ORDER BY seq LIMIT 1");
    s.bind(1, entity).bind(2, data.value(QLatin1String("id")).toString());
    if (!s.next())
        return false;
    const qint64 seq = s.columnInt64(0);
    const QJsonObject pre = parseObject(s.columnText(1));
    const qint64 preVersion =
        pre.value(QLatin1String("row")).toObject().value(QLatin1String("version")).toInteger();
    s.reset();
    if (data.value(QLatin1String("version")).toInteger() > preVersion &&
        pre.value(QLatin1String("exists")).toBool()) {
        const QJsonObject updated{{QStringLiteral("exists"), true}, {QStringLiteral("row"), data}};
        store::Statement u = m_db->prepare("UPDATE outbox SET pre_image = ? WHERE seq = ?");
        u.bind(1, compact(updated).constData()).bind(2, seq);
        u.exec();
    }
    return true;
}

int Outbox::forgetEntity(const QString &entity, const QString &id) {
    // instr(), not LIKE: an id is data, and a '%' or '_' in it must not match other entries.
    // Notes and evaluations of the item are found by its id as a segment of their path.
    const QString segment = QLatin1Char('/') + id + QLatin1Char('/');
    const char *match = "((entity = ? AND entity_id = ?) OR instr(path, ?) > 0)";
    // Failed entries were undone and reported already; only changes still waiting are news.
    const QByteArray count =
        QByteArray("SELECT count(*) FROM outbox WHERE state IN ('pending', 'conflict') AND ") + match;
    store::Statement q = m_db->prepare(count.constData());
    q.bind(1, entity).bind(2, id).bind(3, segment);
    const int dropped = q.next() ? static_cast<int>(q.columnInt64(0)) : 0;
    q.reset();
    const QByteArray erase = QByteArray("DELETE FROM outbox WHERE ") + match;
    store::Statement d = m_db->prepare(erase.constData());
    d.bind(1, entity).bind(2, id).bind(3, segment);
    d.exec();
    store::Statement c = m_db->prepare("DELETE FROM conflicts WHERE entity = ? AND entity_id = ?");
    c.bind(1, entity).bind(2, id);
    c.exec();
    if (dropped > 0) {
        qCInfo(lcSync) << "dropped" << dropped << "queued changes of an item gone from the server";
        Q_EMIT changesDropped(entity, dropped);
        Q_EMIT changed();
    }
    return dropped;
}

} // namespace hirex::sync
