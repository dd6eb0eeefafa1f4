#include "sandbox/ChangeEndpoints.h"

#include "sandbox/Database.h"
#include "sandbox/EndpointUtil.h"
#include "sandbox/Rbac.h"
#include "sandbox/Router.h"
#include "sandbox/Services.h"

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
    QJsonArray items;
    qint64 last = after;
    bool more = false;
    while (q.next()) {
        if (items.size() == paging.limit) {
            more = true;
            break;
        }
        const qint64 seq = q.value(0).toLongLong();
        const QString entity = q.value(1).toString();
        const QString op = q.value(3).toString();
        QJsonObject item{{QStringLiteral("seq"), seq},
                         {QStringLiteral("entity"), entity},
                         {QStringLiteral("id"), q.value(2).toString()},
                         {QStringLiteral("op"), op}};
        if (op == QLatin1String("tombstone")) {
            item.insert(QStringLiteral("version"), q.value(5).toInt());
            item.insert(QStringLiteral("reason"),
                        q.value(4).isNull() ? QStringLiteral("visibility_revoked") : q.value(4).toString());
        } else {
            if (q.value(6).isNull())
                continue; // the object vanished inside this window; its tombstone follows
            const QJsonObject data = Store::assemble(q.value(2).toString(), q.value(6).toInt(),
                                                     q.value(7).toString(), q.value(8).toByteArray());
            item.insert(QStringLiteral("version"), q.value(6).toInt());
            item.insert(QStringLiteral("data"), Rbac::present(ctx.principal, entity, data));
        }
        items.append(item);
        last = seq;
    }
    if (!more) {
        // Nothing more visible inside the window: jump to its end (or the head).
        last = std::max(last, std::min(head, after + scanWindow));
        more = last < head;
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items},
                                               {QStringLiteral("next_cursor"), QString::number(last)},
                                               {QStringLiteral("has_more"), more}});
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
