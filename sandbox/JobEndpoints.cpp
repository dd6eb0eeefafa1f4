#include "sandbox/JobEndpoints.h"

#include "sandbox/EndpointUtil.h"
#include "sandbox/Rbac.h"
#include "sandbox/Router.h"
#include "sandbox/Services.h"

namespace hirex::sandbox {

namespace {

HttpResponse listOf(Services &s, RequestContext &ctx, const QString &type, QString filter,
                    QVariantList binds) {
    EndpointUtil::Paging paging;
    if (auto bad = EndpointUtil::paging(ctx, &paging))
        return *bad;
    const QString vis = Rbac::filter(ctx.principal, type);
    filter = filter.isEmpty() ? vis : QStringLiteral("(") + filter + QStringLiteral(") AND (") + vis + u')';
    bool ok = true;
    Page page = s.store.list(type, filter, binds, paging.cursor, paging.limit, &ok);
    if (!ok)
        return EndpointUtil::badCursor(ctx);
    for (auto &&v : page.items)
        v = Rbac::present(ctx.principal, type, v.toObject());
    return EndpointUtil::page(page);
}

HttpResponse getOne(Services &s, RequestContext &ctx, const QString &type) {
    const auto obj = s.store.get(type, ctx.param(QStringLiteral("id")), Rbac::filter(ctx.principal, type));
    if (!obj)
        return Problem::notFound(ctx.request.path);
    return Concurrency::object(200, Rbac::present(ctx.principal, type, *obj));
}

} // namespace

void JobEndpoints::registerRoutes(Router &router, Services &s) {
    const QString jobsRead = QStringLiteral("jobs.read");
    router.add("GET", QStringLiteral("/v1/jobs"), jobsRead, [&s](RequestContext &ctx) {
        QString filter;
        QVariantList binds;
        const QString status = ctx.request.queryValue(QStringLiteral("status"));
        if (!status.isEmpty()) {
            filter = QStringLiteral("status = ?");
            binds.append(status);
        }
        return listOf(s, ctx, QStringLiteral("job"), filter, binds);
    });
    router.add("GET", QStringLiteral("/v1/jobs/{id}"), jobsRead,
               [&s](RequestContext &ctx) { return getOne(s, ctx, QStringLiteral("job")); });
    router.add("GET", QStringLiteral("/v1/jobs/{id}/ai-insights"), QStringLiteral("ai.read"),
               [&s](RequestContext &ctx) {
                   if (!s.store.get(QStringLiteral("job"), ctx.param(QStringLiteral("id")),
                                    Rbac::filter(ctx.principal, QStringLiteral("job"))))
                       return Problem::notFound(ctx.request.path);
                   return listOf(s, ctx, QStringLiteral("ai_insight"),
                                 QStringLiteral("job_id = ? AND application_id IS NULL"),
                                 {ctx.param(QStringLiteral("id"))});
               });
    router.add("GET", QStringLiteral("/v1/pipelines"), jobsRead, [&s](RequestContext &ctx) {
        QString filter;
        QVariantList binds;
        const QString job = ctx.request.queryValue(QStringLiteral("job_id"));
        if (!job.isEmpty()) {
            filter = QStringLiteral("job_id = ?");
            binds.append(job);
        }
        return listOf(s, ctx, QStringLiteral("pipeline"), filter, binds);
    });
    router.add("GET", QStringLiteral("/v1/pipelines/{id}"), jobsRead,
               [&s](RequestContext &ctx) { return getOne(s, ctx, QStringLiteral("pipeline")); });
}

} // namespace hirex::sandbox
