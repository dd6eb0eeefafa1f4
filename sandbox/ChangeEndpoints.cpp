#include "sandbox/ChangeEndpoints.h"

#include "sandbox/Database.h"
#include "sandbox/EndpointUtil.h"
#include "sandbox/Rbac.h"
#include "sandbox/Router.h"
#include "sandbox/Services.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hirex::sandbox {

namespace {

HttpResponse changes(Services &s, RequestContext &ctx) {
    EndpointUtil::Paging paging;
    if (auto bad = EndpointUtil::paging(ctx, &paging))
        return *bad;
    qint64 after = 0;
    if (!paging.cursor.isEmpty()) {
        bool ok = false;
        after = paging.cursor.toLongLong(&ok);
        if (!ok || after < 0)
            return EndpointUtil::badCursor(ctx);
    }
    // Per entity type: the caller needs its read permission; upserts also pass visibility.
    static const QStringList types{QStringLiteral("job"),        QStringLiteral("pipeline"),
                                   QStringLiteral("candidate"),  QStringLiteral("application"),
                                   QStringLiteral("evaluation"), QStringLiteral("ai_insight"),
                                   QStringLiteral("note"),       QStringLiteral("consent"),
                                   QStringLiteral("user"),       QStringLiteral("role")};
    QStringList allowed;
    for (const QString &t : types) {
        if (!ctx.principal.has(Rbac::readPermission(t)))
            continue;
        allowed.append(QStringLiteral("(c.entity = '") + t +
                       QStringLiteral("' AND (c.op = 'tombstone' OR (") +
                       Rbac::filter(ctx.principal, t, QStringLiteral("o")) + QStringLiteral(")))"));
    }
    const QString visible = allowed.isEmpty() ? QStringLiteral("0") : allowed.join(QStringLiteral(" OR "));
    // Scan at most a window of seqs so a filtered caller still advances through a large feed.
    const qint64 scanWindow = std::max<qint64>(paging.limit * 20, 5000);
    const qint64 head = s.store.latestSeq();
    QSqlQuery q =
        s.db.exec(QStringLiteral("SELECT c.seq, c.entity, c.id, c.op, c.reason, c.version, o.version, "
                                 "o.updated_at, o.data FROM changes c LEFT JOIN objects o ON o.id = c.id "
                                 "WHERE c.seq > ? AND c.seq <= ? AND (") +
                      visible + QStringLiteral(") ORDER BY c.seq LIMIT ?"),
                  {after, after + scanWindow, paging.limit + 1});
    // The page is written as bytes: parsing and re-serialising every stored object dominated the
    // cost of a feed page. Objects the caller sees unchanged are spliced in as stored; the others
    // (hidden fields) go through Rbac::present().
    QHash<QString, bool> unchanged;
    QByteArray body = QByteArrayLiteral("{\"items\":[");
    int count = 0;
    qint64 last = after;
    bool more = false;
    while (q.next()) {
        if (count == paging.limit) {
            more = true;
            break;
        }
        const qint64 seq = q.value(0).toLongLong();
        const QString entity = q.value(1).toString();
        const QString id = q.value(2).toString();
        const QString op = q.value(3).toString();
        const bool tombstone = op == QLatin1String("tombstone");
        if (!tombstone && q.value(6).isNull())
            continue; // the object vanished inside this window; its tombstone follows
        const int version = tombstone ? q.value(5).toInt() : q.value(6).toInt();
        const qsizetype mark = body.size();
        if (count > 0)
            body.append(',');
        body.append(QByteArrayLiteral("{\"seq\":") + QByteArray::number(seq) +
                    QByteArrayLiteral(",\"entity\":"));
        bool fast = Json::appendPlainString(&body, entity);
        body.append(QByteArrayLiteral(",\"id\":"));
        fast = fast && Json::appendPlainString(&body, id);
        body.append(QByteArrayLiteral(",\"op\":"));
        fast = fast && Json::appendPlainString(&body, op);
        body.append(QByteArrayLiteral(",\"version\":") + QByteArray::number(version));
        if (tombstone) {
            body.append(QByteArrayLiteral(",\"reason\":"));
            fast = fast &&
                   Json::appendPlainString(&body, q.value(4).isNull() ? QStringLiteral("visibility_revoked")
                                                                      : q.value(4).toString());
        } else {
            auto known = unchanged.constFind(entity);
            if (known == unchanged.cend())
                known = unchanged.insert(entity, Rbac::presentsUnchanged(ctx.principal, entity));
            const QByteArray data = q.value(8).toByteArray();
            body.append(QByteArrayLiteral(",\"data\":"));
            if (*known && fast && Json::appendAssembled(&body, id, version, q.value(7).toString(), data)) {
                // spliced as stored
            } else if (fast) {
                const QJsonObject object = Store::assemble(id, version, q.value(7).toString(), data);
                body.append(QJsonDocument(Rbac::present(ctx.principal, entity, object))
                                .toJson(QJsonDocument::Compact));
            }
        }
        if (!fast) {
            // Something needs escaping: serialise this item through QJson.
            body.truncate(mark);
            QJsonObject item{{QStringLiteral("seq"), seq},
                             {QStringLiteral("entity"), entity},
                             {QStringLiteral("id"), id},
                             {QStringLiteral("op"), op},
                             {QStringLiteral("version"), version}};
            if (tombstone) {
                item.insert(QStringLiteral("reason"), q.value(4).isNull()
                                                          ? QStringLiteral("visibility_revoked")
                                                          : q.value(4).toString());
            } else {
                const QJsonObject object =
                    Store::assemble(id, version, q.value(7).toString(), q.value(8).toByteArray());
                item.insert(QStringLiteral("data"), Rbac::present(ctx.principal, entity, object));
            }
            if (count > 0)
                body.append(',');
            body.append(QJsonDocument(item).toJson(QJsonDocument::Compact));
        } else {
            body.append('}');
        }
        ++count;
        last = seq;
    }
    if (!more) {
        // Nothing more visible inside the window: jump to its end (or the head).
        last = std::max(last, std::min(head, after + scanWindow));
        more = last < head;
    }
    body.append(QByteArrayLiteral("],\"next_cursor\":\"") + QByteArray::number(last) +
                QByteArrayLiteral("\",\"has_more\":") +
                (more ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) + '}');
    return HttpResponse::raw(200, QByteArrayLiteral("application/json"), body);
}

} // namespace

void ChangeEndpoints::registerRoutes(Router &router, Services &s) {
    router.add("GET", QStringLiteral("/v1/changes"), {},
               [&s](RequestContext &ctx) { return changes(s, ctx); });
    router.add("GET", QStringLiteral("/v1/changes/stream"), {}, [](RequestContext &) {
        HttpResponse r;
        r.status = 200;
        r.stream = true;
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream")});
        return r;
    });
}

} // namespace hirex::sandbox
