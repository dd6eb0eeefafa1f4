#include "sandbox/AdminPolicyEndpoints.h"

#include "sandbox/AuditLog.h"
#include "sandbox/Clock.h"
#include "sandbox/Database.h"
#include "sandbox/EndpointUtil.h"
#include "sandbox/RetentionJob.h"
#include "sandbox/Router.h"
#include "sandbox/Services.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace hirex::sandbox {

namespace {

const QString kRule = QStringLiteral("retention_rule");
const QString kGrant = QStringLiteral("support_access");
const QString kAllow = QStringLiteral("ip_allowlist");
const QString kAllowId = QStringLiteral("ipal_tenant");

HttpResponse listType(Services &s, RequestContext &ctx, const QString &type) {
    EndpointUtil::Paging paging;
    if (auto bad = EndpointUtil::paging(ctx, &paging))
        return *bad;
    bool ok = true;
    const Page page = s.store.list(type, {}, {}, paging.cursor, paging.limit, &ok);
    return ok ? EndpointUtil::page(page) : EndpointUtil::badCursor(ctx);
}

// ---- retention ---------------------------------------------------------------------------------

bool validateRule(const QJsonObject &b, QJsonArray *errors) {
    EndpointUtil::requireString(b, QStringLiteral("name"), errors, 1, 200);
    EndpointUtil::requireInt(b, QStringLiteral("period_days"), errors, 1, 3650);
    EndpointUtil::requireEnum(b, QStringLiteral("action"),
                              {QStringLiteral("delete"), QStringLiteral("anonymise")}, errors);
    EndpointUtil::requireBool(b, QStringLiteral("enabled"), errors);
    const QJsonValue scope = b.value(QStringLiteral("scope"));
    if (!scope.isObject()) {
        errors->append(Problem::fieldError(QStringLiteral("scope"), QStringLiteral("is required")));
    } else {
        const QJsonObject sc = scope.toObject();
        EndpointUtil::requireStringArray(sc, QStringLiteral("regions"), errors,
                                         {QStringLiteral("EU"), QStringLiteral("TR"), QStringLiteral("US")});
        EndpointUtil::requireStringArray(sc, QStringLiteral("pipeline_ids"), errors);
        EndpointUtil::requireStringArray(sc, QStringLiteral("candidate_statuses"), errors,
                                         {QStringLiteral("active"), QStringLiteral("rejected"),
                                          QStringLiteral("hired"), QStringLiteral("withdrawn")});
    }
    return errors->isEmpty();
}

QJsonObject ruleData(const QJsonObject &b) {
    const QJsonObject sc = b.value(QStringLiteral("scope")).toObject();
    return QJsonObject{
        {QStringLiteral("name"), b.value(QStringLiteral("name"))},
        {QStringLiteral("scope"),
         QJsonObject{{QStringLiteral("regions"), sc.value(QStringLiteral("regions"))},
                     {QStringLiteral("pipeline_ids"), sc.value(QStringLiteral("pipeline_ids"))},
                     {QStringLiteral("candidate_statuses"), sc.value(QStringLiteral("candidate_statuses"))}}},
        {QStringLiteral("period_days"), b.value(QStringLiteral("period_days")).toInt()},
        {QStringLiteral("action"), b.value(QStringLiteral("action"))},
        {QStringLiteral("enabled"), b.value(QStringLiteral("enabled"))}};
}

HttpResponse changeRule(Services &s, RequestContext &ctx, bool remove) {
    const auto rule = s.store.get(kRule, ctx.param(QStringLiteral("id")));
    if (!rule)
        return Problem::notFound(ctx.request.path);
    if (auto pre = Concurrency::checkIfMatch(ctx.request, rule->value(QStringLiteral("version")).toInt()))
        return *pre;
    const QString id = rule->value(QStringLiteral("id")).toString();
    if (remove) {
        s.store.remove(kRule, id, {});
        return HttpResponse::empty(204);
    }
    QJsonArray errors;
    if (!validateRule(ctx.body, &errors))
        return Problem::validation(ctx.request.path, errors);
    return Concurrency::object(200, s.store.update(kRule, id, ruleData(ctx.body)));
}

// ---- audit -------------------------------------------------------------------------------------

// Builds the WHERE clause of an audit query from the filter parameters; false on a bad value.
bool auditFilter(const RequestContext &ctx, QString *where, QVariantList *binds, HttpResponse *problem) {
    QStringList clauses{QStringLiteral("1")};
    for (const QString &key : {QStringLiteral("actor_id"), QStringLiteral("action"),
                               QStringLiteral("target_type"), QStringLiteral("target_id")}) {
        const QString v = ctx.request.queryValue(key);
        if (!v.isEmpty()) {
            clauses.append(key + QStringLiteral(" = ?"));
            binds->append(v);
        }
    }
    for (const auto &[key, op] : {std::pair{QStringLiteral("from"), QStringLiteral(" >= ?")},
                                  std::pair{QStringLiteral("to"), QStringLiteral(" < ?")}}) {
        const QString v = ctx.request.queryValue(key);
        if (v.isEmpty())
            continue;
        const QDateTime dt = Json::parseIso(v);
        if (!dt.isValid()) {
            *problem =
                Problem::validation(ctx.request.path, key, QStringLiteral("must be an RFC 3339 timestamp"));
            return false;
        }
        clauses.append(QStringLiteral("at") + op);
        binds->append(Json::iso(dt));
    }
    *where = clauses.join(QStringLiteral(" AND "));
    return true;
}

QJsonObject auditRow(const QSqlQuery &q) {
    QVariantList row;
    for (int i = 1; i <= 10; ++i)
        row.append(q.value(i));
    QJsonObject o = AuditLog::rowToJson(row);
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("updated_at"), o.value(QStringLiteral("at")));
    if (o.value(QStringLiteral("target_type")).isNull())
        o.insert(QStringLiteral("target_type"), QStringLiteral("tenant"));
    return o;
}

const QString kAuditColumns = QStringLiteral("SELECT seq, id, at, actor_id, actor_email, source_ip, action, "
                                             "target_type, target_id, outcome, details FROM audit");

HttpResponse listAudit(Services &s, RequestContext &ctx) {
    EndpointUtil::Paging paging;
    if (auto bad = EndpointUtil::paging(ctx, &paging))
        return *bad;
    QString where;
    QVariantList binds;
    HttpResponse problem;
    if (!auditFilter(ctx, &where, &binds, &problem))
        return problem;
    if (!paging.cursor.isEmpty()) {
        QString pos;
        bool ok = false;
        const qint64 before = Json::decodeCursor(paging.cursor, &pos) ? pos.toLongLong(&ok) : 0;
        if (!ok)
            return EndpointUtil::badCursor(ctx);
        where += QStringLiteral(" AND seq < ?");
        binds.append(before);
    }
    binds.append(paging.limit + 1);
    QSqlQuery q = s.db.exec(kAuditColumns + QStringLiteral(" WHERE ") + where +
                                QStringLiteral(" ORDER BY seq DESC LIMIT ?"),
                            binds);
    Page page;
    qint64 last = 0;
    while (q.next()) {
        if (page.items.size() == paging.limit) {
            page.nextCursor = Json::encodeCursor(QString::number(last));
            break;
        }
        last = q.value(0).toLongLong();
        page.items.append(auditRow(q));
    }
    return EndpointUtil::page(page);
}

QString csvField(const QString &v) {
    QString out = v;
    // Neutralise spreadsheet formulas and quote every field.
    if (!out.isEmpty() && QStringLiteral("=+-@").contains(out.at(0)))
        out.prepend(QLatin1Char('\''));
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

HttpResponse exportAudit(Services &s, RequestContext &ctx) {
    const QString format = ctx.request.queryValue(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return Problem::validation(ctx.request.path, QStringLiteral("format"), QStringLiteral("csv or json"));
    QString where;
    QVariantList binds;
    HttpResponse problem;
    if (!auditFilter(ctx, &where, &binds, &problem))
        return problem;
    QSqlQuery q = s.db.exec(kAuditColumns + QStringLiteral(" WHERE ") + where +
                                QStringLiteral(" ORDER BY seq DESC LIMIT 100000"),
                            binds);
    QJsonArray items;
    while (q.next())
        items.append(auditRow(q));
    s.audit.record(ctx.principal, ctx.sourceIp(), QStringLiteral("admin.audit.export"),
                   QStringLiteral("tenant"), {}, QStringLiteral("success"),
                   QJsonObject{{QStringLiteral("format"), format}});
    HttpResponse r;
    if (format == QLatin1String("json")) {
        r = HttpResponse::json(200, QJsonObject{{QStringLiteral("exported_at"), Json::iso(s.clock.now())},
                                                {QStringLiteral("items"), items}});
        r.setHeader(QByteArrayLiteral("Content-Disposition"),
                    QByteArrayLiteral("attachment; filename=\"audit.json\""));
        return r;
    }
    QString csv = QStringLiteral(
        "id,at,actor_id,actor_email,source_ip,action,target_type,target_id,outcome,details\r\n");
    for (const auto &v : items) {
        const QJsonObject o = v.toObject();
        QStringList fields;
        for (const QString &k :
             {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor_id"),
              QStringLiteral("actor_email"), QStringLiteral("source_ip"), QStringLiteral("action"),
              QStringLiteral("target_type"), QStringLiteral("target_id"), QStringLiteral("outcome")})
            fields.append(csvField(o.value(k).toString()));
        fields.append(
            csvField(QString::fromUtf8(Json::compact(o.value(QStringLiteral("details")).toObject()))));
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    r = HttpResponse::raw(200, QByteArrayLiteral("text/csv; charset=utf-8"), csv.toUtf8());
    r.setHeader(QByteArrayLiteral("Content-Disposition"),
                QByteArrayLiteral("attachment; filename=\"audit.csv\""));
    return r;
}

// ---- support access ----------------------------------------------------------------------------

QJsonObject withLiveStatus(const Services &s, QJsonObject grant) {
    // Expiry follows the test clock; the stored status only records explicit revocation.
    if (grant.value(QStringLiteral("status")).toString() == QLatin1String("active") &&
        Json::parseIso(grant.value(QStringLiteral("expires_at")).toString()) <= s.clock.now())
        grant.insert(QStringLiteral("status"), QStringLiteral("expired"));
    return grant;
}

HttpResponse listGrants(Services &s, RequestContext &ctx) {
    HttpResponse r = listType(s, ctx, kGrant);
    if (r.status != 200)
        return r;
    QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QJsonArray items;
    for (const auto &v : body.value(QStringLiteral("items")).toArray())
        items.append(withLiveStatus(s, v.toObject()));
    body.insert(QStringLiteral("items"), items);
    return HttpResponse::json(200, body);
}

HttpResponse createGrant(Services &s, RequestContext &ctx) {
    QJsonArray errors;
    EndpointUtil::requireString(ctx.body, QStringLiteral("support_member"), &errors, 1, 200);
    EndpointUtil::requireString(ctx.body, QStringLiteral("reason"), &errors, 1, 2000);
    EndpointUtil::requireInt(ctx.body, QStringLiteral("duration_hours"), &errors, 1, 24);
    if (!errors.isEmpty())
        return Problem::validation(ctx.request.path, errors);
    const QDateTime now = s.clock.now();
    const int hours = ctx.body.value(QStringLiteral("duration_hours")).toInt();
    return Concurrency::object(
        201,
        s.store.create(
            kGrant, Json::randomId(QStringLiteral("sup_")),
            QJsonObject{{QStringLiteral("support_member"), ctx.body.value(QStringLiteral("support_member"))},
                        {QStringLiteral("reason"), ctx.body.value(QStringLiteral("reason"))},
                        {QStringLiteral("granted_by"), ctx.principal.userId},
                        {QStringLiteral("granted_at"), Json::iso(now)},
                        {QStringLiteral("expires_at"), Json::iso(now.addSecs(3600LL * hours))},
                        {QStringLiteral("status"), QStringLiteral("active")},
                        {QStringLiteral("revoked_at"), QJsonValue()}}));
}

HttpResponse revokeGrant(Services &s, RequestContext &ctx) {
    auto grant = s.store.get(kGrant, ctx.param(QStringLiteral("id")));
    if (!grant)
        return Problem::notFound(ctx.request.path);
    if (auto pre = Concurrency::checkIfMatch(ctx.request, grant->value(QStringLiteral("version")).toInt()))
        return *pre;
    if (withLiveStatus(s, *grant).value(QStringLiteral("status")).toString() != QLatin1String("active"))
        return Problem::make(409, QStringLiteral("conflict"),
                             QStringLiteral("The grant is no longer active."), ctx.request.path);
    grant->insert(QStringLiteral("status"), QStringLiteral("revoked"));
    grant->insert(QStringLiteral("revoked_at"), Json::iso(s.clock.now()));
    return Concurrency::object(200,
                               s.store.update(kGrant, grant->value(QStringLiteral("id")).toString(), *grant));
}

// ---- IP allowlist ------------------------------------------------------------------------------

QJsonObject allowlistView(QJsonObject o) {
    o.remove(QStringLiteral("id"));
    return o;
}

HttpResponse putAllowlist(Services &s, RequestContext &ctx) {
    auto current = s.store.get(kAllow, kAllowId);
    if (!current)
        return Problem::notFound(ctx.request.path);
    if (auto pre = Concurrency::checkIfMatch(ctx.request, current->value(QStringLiteral("version")).toInt()))
        return *pre;
    QJsonArray errors;
    EndpointUtil::requireBool(ctx.body, QStringLiteral("enabled"), &errors);
    EndpointUtil::requireStringArray(ctx.body, QStringLiteral("cidrs"), &errors);
    QJsonArray cidrs;
    int i = 0;
    for (const auto &v : ctx.body.value(QStringLiteral("cidrs")).toArray()) {
        const QString text = v.toString().trimmed();
        const auto subnet = QHostAddress::parseSubnet(text);
        if (text.size() > 43 || subnet.second < 0 || !text.contains(QLatin1Char('/')))
            errors.append(
                Problem::fieldError(QStringLiteral("cidrs[%1]").arg(i), QStringLiteral("not a valid CIDR")));
        else
            cidrs.append(
                QString(subnet.first.toString() + QLatin1Char('/') + QString::number(subnet.second)));
        ++i;
    }
    if (!errors.isEmpty())
        return Problem::validation(ctx.request.path, errors);
    current->insert(QStringLiteral("enabled"), ctx.body.value(QStringLiteral("enabled")));
    current->insert(QStringLiteral("cidrs"), cidrs);
    const QJsonObject saved = s.store.update(kAllow, kAllowId, *current);
    return Concurrency::object(200, allowlistView(saved));
}

// ---- erasure, export, clock --------------------------------------------------------------------

HttpResponse createErasure(Services &s, RequestContext &ctx) {
    QJsonArray errors;
    EndpointUtil::requireString(ctx.body, QStringLiteral("candidate_id"), &errors, 1, 64);
    EndpointUtil::requireString(ctx.body, QStringLiteral("reason"), &errors, 1, 2000);
    if (!errors.isEmpty())
        return Problem::validation(ctx.request.path, errors);
    const QString candId = ctx.body.value(QStringLiteral("candidate_id")).toString();
    if (!s.store.get(QStringLiteral("candidate"), candId))
        return Problem::make(404, QStringLiteral("not_found"), QStringLiteral("No such candidate."),
                             ctx.request.path);
    const QString now = Json::iso(s.clock.now());
    const int tombstones = RetentionJob::eraseCandidate(s, candId, QStringLiteral("erased"));
    return Concurrency::object(
        201, s.store.create(QStringLiteral("erasure_request"), Json::randomId(QStringLiteral("era_")),
                            QJsonObject{{QStringLiteral("candidate_id"), candId},
                                        {QStringLiteral("reason"), ctx.body.value(QStringLiteral("reason"))},
                                        {QStringLiteral("requested_by"), ctx.principal.userId},
                                        {QStringLiteral("requested_at"), now},
                                        {QStringLiteral("status"), QStringLiteral("completed")},
                                        {QStringLiteral("completed_at"), now},
                                        {QStringLiteral("tombstones"), tombstones}}));
}

HttpResponse exportTenant(Services &s) {
    QJsonObject doc{{QStringLiteral("format_version"), 1},
                    {QStringLiteral("exported_at"), Json::iso(s.clock.now())},
                    {QStringLiteral("tenant"),
                     QJsonDocument::fromJson(s.db.meta(QStringLiteral("tenant")).toUtf8()).object()}};
    for (const auto &[key, type] :
         {std::pair{QStringLiteral("jobs"), QStringLiteral("job")},
          std::pair{QStringLiteral("pipelines"), QStringLiteral("pipeline")},
          std::pair{QStringLiteral("candidates"), QStringLiteral("candidate")},
          std::pair{QStringLiteral("applications"), QStringLiteral("application")},
          std::pair{QStringLiteral("evaluations"), QStringLiteral("evaluation")},
          std::pair{QStringLiteral("notes"), QStringLiteral("note")},
          std::pair{QStringLiteral("consents"), QStringLiteral("consent")},
          std::pair{QStringLiteral("users"), QStringLiteral("user")},
          std::pair{QStringLiteral("roles"), QStringLiteral("role")},
          std::pair{QStringLiteral("retention_rules"), QStringLiteral("retention_rule")}}) {
        QJsonArray items;
        for (const QJsonObject &o : s.store.all(type))
            items.append(o);
        doc.insert(key, items);
    }
    HttpResponse r = HttpResponse::json(200, doc);
    r.setHeader(QByteArrayLiteral("Content-Disposition"),
                QByteArrayLiteral("attachment; filename=\"tenant-export.json\""));
    return r;
}

QJsonObject clockView(const Services &s) {
    return QJsonObject{{QStringLiteral("offset_seconds"), s.clock.offsetSeconds()},
                       {QStringLiteral("now"), Json::iso(s.clock.now())}};
}

HttpResponse setClock(Services &s, RequestContext &ctx) {
    QJsonArray errors;
    EndpointUtil::requireInt(ctx.body, QStringLiteral("offset_seconds"), &errors, -315360000LL, 315360000LL);
    if (!errors.isEmpty())
        return Problem::validation(ctx.request.path, errors);
    const qint64 offset = static_cast<qint64>(ctx.body.value(QStringLiteral("offset_seconds")).toDouble());
    s.clock.setOffsetSeconds(offset);
    s.db.setMeta(QStringLiteral("clock_offset"), QString::number(offset));
    return HttpResponse::json(200, clockView(s));
}

} // namespace

void AdminPolicyEndpoints::registerRoutes(Router &router, Services &s) {
    const QString retention = QStringLiteral("admin.retention");
    router.add("GET", QStringLiteral("/v1/admin/retention-rules"), retention,
               [&s](RequestContext &c) { return listType(s, c, kRule); });
    router.add("POST", QStringLiteral("/v1/admin/retention-rules"), retention, [&s](RequestContext &c) {
        QJsonArray errors;
        if (!validateRule(c.body, &errors))
            return Problem::validation(c.request.path, errors);
        return Concurrency::object(
            201, s.store.create(kRule, Json::randomId(QStringLiteral("ret_")), ruleData(c.body)));
    });
    router.add("GET", QStringLiteral("/v1/admin/retention-rules/{id}"), retention, [&s](RequestContext &c) {
        const auto rule = s.store.get(kRule, c.param(QStringLiteral("id")));
        return rule ? Concurrency::object(200, *rule) : Problem::notFound(c.request.path);
    });
    router.add("PUT", QStringLiteral("/v1/admin/retention-rules/{id}"), retention,
               [&s](RequestContext &c) { return changeRule(s, c, false); });
    router.add("DELETE", QStringLiteral("/v1/admin/retention-rules/{id}"), retention,
               [&s](RequestContext &c) { return changeRule(s, c, true); });
    router.add("POST", QStringLiteral("/v1/admin/retention/run"), retention, [&s](RequestContext &) {
        const RetentionJob::Result r = s.retention->run();
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("affected"), r.affected},
                                                   {QStringLiteral("tombstones"), r.tombstones}});
    });
    const QString audit = QStringLiteral("admin.audit");
    router.add("GET", QStringLiteral("/v1/admin/audit-events"), audit,
               [&s](RequestContext &c) { return listAudit(s, c); });
    router.add("GET", QStringLiteral("/v1/admin/audit-events/export"), audit,
               [&s](RequestContext &c) { return exportAudit(s, c); });
    const QString support = QStringLiteral("admin.support_access");
    router.add("GET", QStringLiteral("/v1/admin/support-access"), support,
               [&s](RequestContext &c) { return listGrants(s, c); });
    router.add("POST", QStringLiteral("/v1/admin/support-access"), support,
               [&s](RequestContext &c) { return createGrant(s, c); });
    router.add("POST", QStringLiteral("/v1/admin/support-access/{id}/revoke"), support,
               [&s](RequestContext &c) { return revokeGrant(s, c); });
    const QString allow = QStringLiteral("admin.ip_allowlist");
    router.add("GET", QStringLiteral("/v1/admin/ip-allowlist"), allow, [&s](RequestContext &c) {
        const auto current = s.store.get(kAllow, kAllowId);
        return current ? Concurrency::object(200, allowlistView(*current))
                       : Problem::notFound(c.request.path);
    });
    router.add("PUT", QStringLiteral("/v1/admin/ip-allowlist"), allow,
               [&s](RequestContext &c) { return putAllowlist(s, c); });
    const QString erasure = QStringLiteral("admin.erasure");
    router.add("GET", QStringLiteral("/v1/admin/erasure-requests"), erasure,
               [&s](RequestContext &c) { return listType(s, c, QStringLiteral("erasure_request")); });
    router.add("POST", QStringLiteral("/v1/admin/erasure-requests"), erasure,
               [&s](RequestContext &c) { return createErasure(s, c); });
    router.add("POST", QStringLiteral("/v1/admin/export"), QStringLiteral("admin.export"),
               [&s](RequestContext &) { return exportTenant(s); });
    const QString clock = QStringLiteral("admin.test_clock");
    router.add("GET", QStringLiteral("/v1/admin/test-clock"), clock,
               [&s](RequestContext &) { return HttpResponse::json(200, clockView(s)); });
    router.add("PUT", QStringLiteral("/v1/admin/test-clock"), clock,
               [&s](RequestContext &c) { return setClock(s, c); });
}

} // namespace hirex::sandbox
