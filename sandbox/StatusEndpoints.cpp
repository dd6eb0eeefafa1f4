#include "sandbox/StatusEndpoints.h"

#include "sandbox/AuditLog.h"
#include "sandbox/Clock.h"
#include "sandbox/Database.h"
#include "sandbox/EndpointUtil.h"
#include "sandbox/Rbac.h"
#include "sandbox/Router.h"
#include "sandbox/Services.h"
#include "sandbox/TokenService.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace hirex::sandbox {

namespace {

QJsonObject tenant(Services &s) {
    return QJsonDocument::fromJson(s.db.meta(QStringLiteral("tenant")).toUtf8()).object();
}

HttpResponse me(Services &s, RequestContext &ctx) {
    const Principal &p = ctx.principal;
    const auto user = s.store.get(QStringLiteral("user"), p.userId);
    QStringList perms(p.permissions.begin(), p.permissions.end());
    perms.sort();
    return HttpResponse::json(
        200,
        QJsonObject{
            {QStringLiteral("user"), user.value_or(QJsonObject{})},
            {QStringLiteral("tenant"), tenant(s)},
            {QStringLiteral("permissions"), Json::fromStringList(perms)},
            {QStringLiteral("visibility"),
             QJsonObject{{QStringLiteral("scope"), p.scope},
                         {QStringLiteral("hidden_fields"), Json::fromStringList(p.hiddenFields)}}},
            {QStringLiteral("session"), QJsonObject{{QStringLiteral("federated"), p.federated},
                                                    {QStringLiteral("amr"), Json::fromStringList(p.amr)},
                                                    {QStringLiteral("expires_at"),
                                                     Json::iso(QDateTime::fromSecsSinceEpoch(p.expiresAt))}}},
        });
}

HttpResponse registerDevice(Services &s, RequestContext &ctx) {
    QJsonArray errors;
    EndpointUtil::requireString(ctx.body, QStringLiteral("name"), &errors, 1, 200);
    EndpointUtil::requireEnum(ctx.body, QStringLiteral("platform"),
                              {QStringLiteral("linux"), QStringLiteral("windows"), QStringLiteral("macos")},
                              &errors);
    EndpointUtil::requireString(ctx.body, QStringLiteral("app_version"), &errors, 1, 50);
    if (!errors.isEmpty())
        return Problem::validation(ctx.request.path, errors);
    const QString now = Json::iso(s.clock.now());
    const QString id = Json::randomId(QStringLiteral("dev_"));
    const QJsonObject device = s.store.create(
        QStringLiteral("device"), id,
        QJsonObject{{QStringLiteral("user_id"), ctx.principal.userId},
                    {QStringLiteral("name"), ctx.body.value(QStringLiteral("name")).toString()},
                    {QStringLiteral("platform"), ctx.body.value(QStringLiteral("platform")).toString()},
                    {QStringLiteral("app_version"), ctx.body.value(QStringLiteral("app_version")).toString()},
                    {QStringLiteral("registered_at"), now},
                    {QStringLiteral("last_seen_at"), now},
                    {QStringLiteral("status"), QStringLiteral("active")},
                    {QStringLiteral("wipe_requested"), false}});
    // The sign-in session now belongs to this device: revoking the device ends it.
    s.tokens.bindDevice(ctx.principal.familyId, id);
    return Concurrency::object(201, device);
}

HttpResponse revokeDevice(Services &s, RequestContext &ctx) {
    auto device = s.store.get(QStringLiteral("device"), ctx.param(QStringLiteral("id")));
    if (!device)
        return Problem::notFound(ctx.request.path);
    if (auto pre = Concurrency::checkIfMatch(ctx.request, device->value(QStringLiteral("version")).toInt()))
        return *pre;
    QJsonArray errors;
    EndpointUtil::requireBool(ctx.body, QStringLiteral("wipe"), &errors);
    if (!errors.isEmpty())
        return Problem::validation(ctx.request.path, errors);
    device->insert(QStringLiteral("status"), QStringLiteral("revoked"));
    device->insert(QStringLiteral("wipe_requested"), ctx.body.value(QStringLiteral("wipe")).toBool());
    return Concurrency::object(200, s.store.update(QStringLiteral("device"),
                                                   device->value(QStringLiteral("id")).toString(), *device));
}

} // namespace

void StatusEndpoints::registerRoutes(Router &router, Services &s) {
    router.addPublic("GET", QStringLiteral("/v1/status"), [&s](RequestContext &) {
        QJsonArray components{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("api")},
                        {QStringLiteral("status"), QStringLiteral("ok")}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("database")},
                        {QStringLiteral("status"), QStringLiteral("ok")}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("auth")},
                        {QStringLiteral("status"), QStringLiteral("ok")}},
        };
        return HttpResponse::json(
            200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                             {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                             {QStringLiteral("time"), Json::iso(s.clock.now())},
                             {QStringLiteral("components"), components}});
    });
    router.add("GET", QStringLiteral("/v1/me"), {}, [&s](RequestContext &ctx) { return me(s, ctx); });
    router.add("POST", QStringLiteral("/v1/devices"), {},
               [&s](RequestContext &ctx) { return registerDevice(s, ctx); });
    router.add("GET", QStringLiteral("/v1/admin/devices"), QStringLiteral("admin.devices"),
               [&s](RequestContext &ctx) {
                   EndpointUtil::Paging paging;
                   if (auto bad = EndpointUtil::paging(ctx, &paging))
                       return *bad;
                   bool ok = true;
                   const Page page =
                       s.store.list(QStringLiteral("device"), {}, {}, paging.cursor, paging.limit, &ok);
                   return ok ? EndpointUtil::page(page) : EndpointUtil::badCursor(ctx);
               });
    router.add("POST", QStringLiteral("/v1/admin/devices/{id}/revoke"), QStringLiteral("admin.devices"),
               [&s](RequestContext &ctx) { return revokeDevice(s, ctx); });
}

} // namespace hirex::sandbox
