#include "sandbox/ApplicationEndpoints.h"

#include "sandbox/Clock.h"
#include "sandbox/EndpointUtil.h"
#include "sandbox/Rbac.h"
#include "sandbox/Router.h"
#include "sandbox/Services.h"

namespace hirex::sandbox {

namespace {

const QString kApp = QStringLiteral("application");

struct Loaded {
    QJsonObject app;
    QJsonArray stages;
};

// Loads a visible application and checks If-Match; on failure fills *problem.
std::optional<Loaded> loadForChange(Services &s, const RequestContext &ctx, HttpResponse *problem) {
    const auto app = s.store.get(kApp, ctx.param(QStringLiteral("id")), Rbac::filter(ctx.principal, kApp));
    if (!app) {
        *problem = Problem::notFound(ctx.request.path);
        return std::nullopt;
    }
    if (auto pre = Concurrency::checkIfMatch(ctx.request, app->value(QStringLiteral("version")).toInt())) {
        *problem = *pre;
        return std::nullopt;
    }
    const auto pipe =
        s.store.get(QStringLiteral("pipeline"), app->value(QStringLiteral("pipeline_id")).toString());
    return Loaded{*app, pipe ? pipe->value(QStringLiteral("stages")).toArray() : QJsonArray{}};
}

HttpResponse notActive(const RequestContext &ctx, const QJsonObject &app) {
    return Problem::make(409, QStringLiteral("conflict"),
                         QStringLiteral("The application is ") +
                             app.value(QStringLiteral("status")).toString() +
                             QStringLiteral("; only active applications can change."),
                         ctx.request.path);
}

HttpResponse list(Services &s, RequestContext &ctx) {
    EndpointUtil::Paging paging;
    if (auto bad = EndpointUtil::paging(ctx, &paging))
        return *bad;
    QStringList filters{Rbac::filter(ctx.principal, kApp)};
    QVariantList binds;
    const auto eq = [&](const QString &param, const QString &column) {
        const QString v = ctx.request.queryValue(param);
        if (!v.isEmpty()) {
            filters.append(column + QStringLiteral(" = ?"));
            binds.append(v);
        }
    };
    eq(QStringLiteral("job_id"), QStringLiteral("job_id"));
    eq(QStringLiteral("stage_id"), QStringLiteral("stage_id"));
    eq(QStringLiteral("candidate_id"), QStringLiteral("candidate_id"));
    const QString status = ctx.request.queryValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        static const QStringList statuses{QStringLiteral("active"), QStringLiteral("rejected"),
                                          QStringLiteral("hired"), QStringLiteral("withdrawn")};
        if (!statuses.contains(status))
            return Problem::validation(ctx.request.path, QStringLiteral("status"),
                                       QStringLiteral("unknown status"));
        filters.append(QStringLiteral("status = ?"));
        binds.append(status);
    }
    bool ok = true;
    Page page = s.store.list(kApp, QStringLiteral("(") + filters.join(QStringLiteral(") AND (")) + u')',
                             binds, paging.cursor, paging.limit, &ok);
    if (ok && !Rbac::presentsUnchanged(ctx.principal, kApp)) {
        // Anonymised screening: each application names its candidate by the label.
        for (qsizetype i = 0; i < page.items.size(); ++i)
            page.items[i] = Rbac::present(ctx.principal, kApp, page.items.at(i).toObject());
    }
    return ok ? EndpointUtil::page(page) : EndpointUtil::badCursor(ctx);
}

HttpResponse move(Services &s, RequestContext &ctx) {
    HttpResponse problem;
    auto loaded = loadForChange(s, ctx, &problem);
    if (!loaded)
        return problem;
    QJsonArray errors;
    EndpointUtil::requireString(ctx.body, QStringLiteral("stage_id"), &errors, 1, 64);
    if (!errors.isEmpty())
        return Problem::validation(ctx.request.path, errors);
    QJsonObject &app = loaded->app;
    if (app.value(QStringLiteral("status")).toString() != QLatin1String("active"))
        return notActive(ctx, app);
    const QString target = ctx.body.value(QStringLiteral("stage_id")).toString();
    QJsonObject stage;
    for (const auto &st : loaded->stages) {
        if (st.toObject().value(QStringLiteral("id")).toString() == target)
            stage = st.toObject();
    }
    if (stage.isEmpty())
        return Problem::validation(ctx.request.path, QStringLiteral("stage_id"),
                                   QStringLiteral("not a stage of this application's pipeline"));
    if (stage.value(QStringLiteral("kind")).toString() == QLatin1String("hired"))
        return Problem::validation(ctx.request.path, QStringLiteral("stage_id"),
                                   QStringLiteral("use the hire action to move into the hired stage"));
    if (target == app.value(QStringLiteral("stage_id")).toString())
        return Problem::validation(ctx.request.path, QStringLiteral("stage_id"),
                                   QStringLiteral("the application is already in this stage"));
    const QDateTime now = s.clock.now();
    app.insert(QStringLiteral("stage_id"), target);
    app.insert(QStringLiteral("stage_entered_at"), Json::iso(now));
    const QJsonValue sla = stage.value(QStringLiteral("sla_days"));
    if (!app.value(QStringLiteral("assigned_reviewer_ids")).toArray().isEmpty())
        app.insert(QStringLiteral("review_due_at"), Json::iso(now.addDays(sla.isDouble() ? sla.toInt() : 5)));
    return Concurrency::object(
        200, Rbac::present(ctx.principal, kApp,
                           s.store.update(kApp, app.value(QStringLiteral("id")).toString(), app)));
}

HttpResponse reject(Services &s, RequestContext &ctx) {
    HttpResponse problem;
    auto loaded = loadForChange(s, ctx, &problem);
    if (!loaded)
        return problem;
    QJsonArray errors;
    EndpointUtil::requireEnum(ctx.body, QStringLiteral("reason_code"),
                              {QStringLiteral("skills"), QStringLiteral("experience"),
                               QStringLiteral("withdrew"), QStringLiteral("position_filled"),
                               QStringLiteral("other")},
                              &errors);
    const bool other = ctx.body.value(QStringLiteral("reason_code")).toString() == QLatin1String("other");
    EndpointUtil::requireString(ctx.body, QStringLiteral("reason_text"), &errors, other ? 1 : 0, 2000, other);
    EndpointUtil::humanConfirmation(ctx.body, &errors);
    if (!errors.isEmpty())
        return Problem::validation(ctx.request.path, errors);
    QJsonObject &app = loaded->app;
    if (app.value(QStringLiteral("status")).toString() != QLatin1String("active"))
        return notActive(ctx, app);
    const QJsonObject hc = ctx.body.value(QStringLiteral("human_confirmation")).toObject();
    const QJsonValue text = ctx.body.value(QStringLiteral("reason_text"));
    app.insert(QStringLiteral("status"), QStringLiteral("rejected"));
    app.insert(
        QStringLiteral("rejection"),
        QJsonObject{{QStringLiteral("reason_code"), ctx.body.value(QStringLiteral("reason_code"))},
                    {QStringLiteral("reason_text"), text.isString() ? text : QJsonValue()},
                    {QStringLiteral("decided_by"), ctx.principal.userId},
                    {QStringLiteral("decided_at"), Json::iso(s.clock.now())},
                    {QStringLiteral("ai_insights_shown"), hc.value(QStringLiteral("ai_insights_shown"))}});
    app.insert(QStringLiteral("review_due_at"), QJsonValue());
    return Concurrency::object(
        200, Rbac::present(ctx.principal, kApp,
                           s.store.update(kApp, app.value(QStringLiteral("id")).toString(), app)));
}

HttpResponse hire(Services &s, RequestContext &ctx) {
    HttpResponse problem;
    auto loaded = loadForChange(s, ctx, &problem);
    if (!loaded)
        return problem;
    QJsonArray errors;
    EndpointUtil::humanConfirmation(ctx.body, &errors);
    if (!errors.isEmpty())
        return Problem::validation(ctx.request.path, errors);
    QJsonObject &app = loaded->app;
    if (app.value(QStringLiteral("status")).toString() != QLatin1String("active"))
        return notActive(ctx, app);
    QString hiredStage;
    for (const auto &st : loaded->stages) {
        if (st.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("hired"))
            hiredStage = st.toObject().value(QStringLiteral("id")).toString();
    }
    const QString now = Json::iso(s.clock.now());
    app.insert(QStringLiteral("status"), QStringLiteral("hired"));
    if (!hiredStage.isEmpty()) {
        app.insert(QStringLiteral("stage_id"), hiredStage);
        app.insert(QStringLiteral("stage_entered_at"), now);
    }
    app.insert(QStringLiteral("hired_at"), now);
    app.insert(QStringLiteral("review_due_at"), QJsonValue());
    return Concurrency::object(
        200, Rbac::present(ctx.principal, kApp,
                           s.store.update(kApp, app.value(QStringLiteral("id")).toString(), app)));
}

} // namespace

void ApplicationEndpoints::registerRoutes(Router &router, Services &s) {
    const QString read = QStringLiteral("applications.read");
    router.add("GET", QStringLiteral("/v1/applications"), read,
               [&s](RequestContext &c) { return list(s, c); });
    router.add("GET", QStringLiteral("/v1/applications/{id}"), read, [&s](RequestContext &ctx) {
        const auto app =
            s.store.get(kApp, ctx.param(QStringLiteral("id")), Rbac::filter(ctx.principal, kApp));
        return app ? Concurrency::object(200, Rbac::present(ctx.principal, kApp, *app))
                   : Problem::notFound(ctx.request.path);
    });
    router.add("POST", QStringLiteral("/v1/applications/{id}/move"), QStringLiteral("applications.move"),
               [&s](RequestContext &c) { return move(s, c); });
    router.add("POST", QStringLiteral("/v1/applications/{id}/reject"), QStringLiteral("applications.reject"),
               [&s](RequestContext &c) { return reject(s, c); });
    router.add("POST", QStringLiteral("/v1/applications/{id}/hire"), QStringLiteral("applications.hire"),
               [&s](RequestContext &c) { return hire(s, c); });
}

} // namespace hirex::sandbox
