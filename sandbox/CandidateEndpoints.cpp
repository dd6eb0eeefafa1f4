#include "sandbox/CandidateEndpoints.h"

#include "sandbox/AuditLog.h"
#include "sandbox/Clock.h"
#include "sandbox/CvPdfRenderer.h"
#include "sandbox/Database.h"
#include "sandbox/DemoSeeder.h"
#include "sandbox/EndpointUtil.h"
#include "sandbox/Rbac.h"
#include "sandbox/Router.h"
#include "sandbox/Services.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace hirex::sandbox {

namespace {

const QString kCandidate = QStringLiteral("candidate");

std::optional<QJsonObject> visibleCandidate(Services &s, const RequestContext &ctx) {
    return s.store.get(kCandidate, ctx.param(QStringLiteral("id")), Rbac::filter(ctx.principal, kCandidate));
}

HttpResponse listCandidates(Services &s, RequestContext &ctx) {
    EndpointUtil::Paging paging;
    if (auto bad = EndpointUtil::paging(ctx, &paging))
        return *bad;
    QStringList filters{Rbac::filter(ctx.principal, kCandidate)};
    QVariantList binds;
    const QString q = ctx.request.queryValue(QStringLiteral("q")).trimmed();
    if (q.size() > 200)
        return Problem::validation(ctx.request.path, QStringLiteral("q"),
                                   QStringLiteral("at most 200 characters"));
    if (!q.isEmpty()) {
        // Every word must match somewhere (names, email, tags, skills; tags and skills only for
        // callers who screen blind); LIKE wildcards escaped.
        for (QString word : q.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
            word.replace(QLatin1Char('%'), QStringLiteral("\\%"));
            word.replace(QLatin1Char('_'), QStringLiteral("\\_"));
            const QString like = QLatin1Char('%') + word + QLatin1Char('%');
            if (ctx.principal.anonymised) {
                // Blind screening: a name or an email must not find the person behind a label.
                filters.append(QStringLiteral("(lower(json_extract(data, '$.tags')) LIKE ? ESCAPE '\\' OR "
                                              "lower(json_extract(data, '$.skills')) LIKE ? ESCAPE '\\')"));
                binds.append(like);
                binds.append(like);
                continue;
            }
            filters.append(QStringLiteral("search LIKE ? ESCAPE '\\'"));
            binds.append(like);
        }
    }
    const QString region = ctx.request.queryValue(QStringLiteral("region"));
    if (!region.isEmpty()) {
        filters.append(QStringLiteral("json_extract(data, '$.region') = ?"));
        binds.append(region);
    }
    bool ok = true;
    std::function<QJsonObject(QJsonObject)> present;
    if (!Rbac::presentsUnchanged(ctx.principal, kCandidate)) {
        present = [&ctx](QJsonObject o) {
            return Rbac::present(ctx.principal, kCandidate, std::move(o));
        };
    }
    const JsonPage page =
        s.store.listJson(kCandidate, QStringLiteral("(") + filters.join(QStringLiteral(") AND (")) + u')',
                         binds, paging.cursor, paging.limit, &ok, present);
    if (!ok)
        return EndpointUtil::badCursor(ctx);
    if (ctx.principal.has(QStringLiteral("candidates.read_pii")))
        s.audit.record(ctx.principal, ctx.sourceIp(), QStringLiteral("candidates.list"), kCandidate, {},
                       QStringLiteral("success"), QJsonObject{{QStringLiteral("count"), page.count}});
    return EndpointUtil::page(page);
}

HttpResponse getCandidate(Services &s, RequestContext &ctx) {
    const auto cand = visibleCandidate(s, ctx);
    if (!cand)
        return Problem::notFound(ctx.request.path);
    s.audit.record(ctx.principal, ctx.sourceIp(), QStringLiteral("candidates.read"), kCandidate,
                   cand->value(QStringLiteral("id")).toString());
    return Concurrency::object(200, Rbac::present(ctx.principal, kCandidate, *cand));
}

HttpResponse getCv(Services &s, RequestContext &ctx) {
    const auto cand = visibleCandidate(s, ctx);
    if (!cand)
        return Problem::notFound(ctx.request.path);
    s.audit.record(ctx.principal, ctx.sourceIp(), QStringLiteral("candidates.cv.read"), kCandidate,
                   cand->value(QStringLiteral("id")).toString());
    HttpResponse r = HttpResponse::raw(200, QByteArrayLiteral("application/pdf"), s.cv->pdfFor(*cand));
    r.setHeader(QByteArrayLiteral("Content-Disposition"), QByteArrayLiteral("inline; filename=\"cv.pdf\""));
    return Concurrency::withEtag(r, cand->value(QStringLiteral("version")).toInt());
}

HttpResponse getParsedCv(Services &s, RequestContext &ctx) {
    const auto cand = visibleCandidate(s, ctx);
    if (!cand)
        return Problem::notFound(ctx.request.path);
    s.audit.record(ctx.principal, ctx.sourceIp(), QStringLiteral("candidates.parsed_cv.read"), kCandidate,
                   cand->value(QStringLiteral("id")).toString());
    return Concurrency::object(200, CvPdfRenderer::parsedCv(*cand));
}

HttpResponse activity(Services &s, RequestContext &ctx) {
    const auto cand = visibleCandidate(s, ctx);
    if (!cand)
        return Problem::notFound(ctx.request.path);
    EndpointUtil::Paging paging;
    if (auto bad = EndpointUtil::paging(ctx, &paging))
        return *bad;
    int offset = 0;
    if (!paging.cursor.isEmpty()) {
        QString pos;
        bool ok = false;
        if (!Json::decodeCursor(paging.cursor, &pos) || (offset = pos.toInt(&ok), !ok) || offset < 0)
            return EndpointUtil::badCursor(ctx);
    }
    const QString candId = cand->value(QStringLiteral("id")).toString();
    QList<QJsonObject> entries;
    const auto add = [&](const QString &key, const QString &at, const QJsonValue &actor, const QString &kind,
                         const QString &summary, const QString &targetType, const QString &targetId) {
        entries.append(
            QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("act_") + key)},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("updated_at"), at},
                        {QStringLiteral("at"), at},
                        {QStringLiteral("actor_id"), actor},
                        {QStringLiteral("kind"), kind},
                        {QStringLiteral("summary"), summary},
                        {QStringLiteral("target"), QJsonObject{{QStringLiteral("type"), targetType},
                                                               {QStringLiteral("id"), targetId}}}});
    };
    add(candId.mid(5) + QStringLiteral("c"), cand->value(QStringLiteral("created_at")).toString(),
        QJsonValue(), QStringLiteral("candidate.created"), QStringLiteral("Candidate added"), kCandidate,
        candId);
    for (const QJsonObject &app :
         s.store.all(QStringLiteral("application"),
                     QStringLiteral("candidate_id = ? AND (") +
                         Rbac::filter(ctx.principal, QStringLiteral("application")) + u')',
                     {candId})) {
        const QString appId = app.value(QStringLiteral("id")).toString();
        add(appId.mid(4) + QStringLiteral("s"), app.value(QStringLiteral("stage_entered_at")).toString(),
            QJsonValue(), QStringLiteral("application.stage_changed"),
            QStringLiteral("Entered a new pipeline stage"), QStringLiteral("application"), appId);
        const QJsonObject rej = app.value(QStringLiteral("rejection")).toObject();
        if (!rej.isEmpty())
            add(appId.mid(4) + QStringLiteral("r"), rej.value(QStringLiteral("decided_at")).toString(),
                rej.value(QStringLiteral("decided_by")), QStringLiteral("application.rejected"),
                QStringLiteral("Application rejected"), QStringLiteral("application"), appId);
        if (app.value(QStringLiteral("hired_at")).isString())
            add(appId.mid(4) + QStringLiteral("h"), app.value(QStringLiteral("hired_at")).toString(),
                QJsonValue(), QStringLiteral("application.hired"), QStringLiteral("Candidate hired"),
                QStringLiteral("application"), appId);
    }
    for (const QJsonObject &note : s.store.all(QStringLiteral("note"),
                                               QStringLiteral("candidate_id = ? AND (") +
                                                   Rbac::filter(ctx.principal, QStringLiteral("note")) + u')',
                                               {candId}))
        add(note.value(QStringLiteral("id")).toString().mid(5),
            note.value(QStringLiteral("created_at")).toString(), note.value(QStringLiteral("author_id")),
            QStringLiteral("note.created"), QStringLiteral("Note added"), QStringLiteral("note"),
            note.value(QStringLiteral("id")).toString());
    std::sort(entries.begin(), entries.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const QString x = a.value(QStringLiteral("at")).toString(),
                      y = b.value(QStringLiteral("at")).toString();
        return x != y ? x > y
                      : a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
    });
    Page page;
    for (int i = offset; i < entries.size() && i < offset + paging.limit; ++i)
        page.items.append(entries.at(i));
    if (offset + paging.limit < entries.size())
        page.nextCursor = Json::encodeCursor(QString::number(offset + paging.limit));
    return EndpointUtil::page(page);
}

HttpResponse listConsents(Services &s, RequestContext &ctx) {
    const auto cand = visibleCandidate(s, ctx);
    if (!cand)
        return Problem::notFound(ctx.request.path);
    EndpointUtil::Paging paging;
    if (auto bad = EndpointUtil::paging(ctx, &paging))
        return *bad;
    bool ok = true;
    const Page page =
        s.store.list(QStringLiteral("consent"), QStringLiteral("candidate_id = ?"),
                     {cand->value(QStringLiteral("id")).toString()}, paging.cursor, paging.limit, &ok);
    return ok ? EndpointUtil::page(page) : EndpointUtil::badCursor(ctx);
}

HttpResponse createConsent(Services &s, RequestContext &ctx) {
    auto cand = visibleCandidate(s, ctx);
    if (!cand)
        return Problem::notFound(ctx.request.path);
    QJsonArray errors;
    const QJsonObject &b = ctx.body;
    EndpointUtil::requireEnum(b, QStringLiteral("framework"),
                              {QStringLiteral("gdpr"), QStringLiteral("kvkk")}, &errors);
    EndpointUtil::requireString(b, QStringLiteral("purpose"), &errors, 1, 100);
    EndpointUtil::requireEnum(b, QStringLiteral("status"),
                              {QStringLiteral("granted"), QStringLiteral("withdrawn")}, &errors);
    EndpointUtil::requireString(b, QStringLiteral("notice_id"), &errors, 1, 100);
    EndpointUtil::requireString(b, QStringLiteral("locale"), &errors, 2, 10);
    if (errors.isEmpty()) {
        bool known = false;
        for (const QJsonObject &n : DemoSeeder::consentNotices()) {
            if (n.value(QStringLiteral("id")) == b.value(QStringLiteral("notice_id")) &&
                n.value(QStringLiteral("framework")) == b.value(QStringLiteral("framework")))
                known = true;
        }
        if (!known)
            errors.append(Problem::fieldError(QStringLiteral("notice_id"),
                                              QStringLiteral("unknown notice for this framework")));
    }
    if (!errors.isEmpty())
        return Problem::validation(ctx.request.path, errors);
    const QString candId = cand->value(QStringLiteral("id")).toString();
    const QString now = Json::iso(s.clock.now());
    const QJsonObject consent =
        s.store.create(QStringLiteral("consent"), Json::randomId(QStringLiteral("cons_")),
                       QJsonObject{{QStringLiteral("candidate_id"), candId},
                                   {QStringLiteral("framework"), b.value(QStringLiteral("framework"))},
                                   {QStringLiteral("purpose"), b.value(QStringLiteral("purpose"))},
                                   {QStringLiteral("status"), b.value(QStringLiteral("status"))},
                                   {QStringLiteral("notice_id"), b.value(QStringLiteral("notice_id"))},
                                   {QStringLiteral("locale"), b.value(QStringLiteral("locale"))},
                                   {QStringLiteral("recorded_by"), ctx.principal.userId},
                                   {QStringLiteral("recorded_at"), now}});
    cand->insert(QStringLiteral("consent_state"), b.value(QStringLiteral("status")));
    s.store.update(kCandidate, candId, *cand);
    return Concurrency::object(201, consent);
}

HttpResponse consentNotices(RequestContext &ctx) {
    const QString framework = ctx.request.queryValue(QStringLiteral("framework"));
    const QString locale = ctx.request.queryValue(QStringLiteral("locale"));
    QJsonArray items;
    for (const QJsonObject &n : DemoSeeder::consentNotices()) {
        if (!framework.isEmpty() && n.value(QStringLiteral("framework")).toString() != framework)
            continue;
        if (!locale.isEmpty() && !n.value(QStringLiteral("locale")).toString().startsWith(locale.left(2)))
            continue;
        items.append(n);
    }
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue()}});
}

} // namespace

void CandidateEndpoints::registerRoutes(Router &router, Services &s) {
    const QString read = QStringLiteral("candidates.read");
    router.add("GET", QStringLiteral("/v1/candidates"), read,
               [&s](RequestContext &c) { return listCandidates(s, c); });
    router.add("GET", QStringLiteral("/v1/candidates/{id}"), read,
               [&s](RequestContext &c) { return getCandidate(s, c); });
    router.add("GET", QStringLiteral("/v1/candidates/{id}/cv"), QStringLiteral("cv.read"),
               [&s](RequestContext &c) { return getCv(s, c); });
    router.add("GET", QStringLiteral("/v1/candidates/{id}/parsed-cv"), QStringLiteral("cv.read"),
               [&s](RequestContext &c) { return getParsedCv(s, c); });
    router.add("GET", QStringLiteral("/v1/candidates/{id}/activity"), read,
               [&s](RequestContext &c) { return activity(s, c); });
    router.add("GET", QStringLiteral("/v1/candidates/{id}/consents"), QStringLiteral("consents.read"),
               [&s](RequestContext &c) { return listConsents(s, c); });
    router.add("POST", QStringLiteral("/v1/candidates/{id}/consents"), QStringLiteral("consents.write"),
               [&s](RequestContext &c) { return createConsent(s, c); });
    router.add("GET", QStringLiteral("/v1/consent-notices"), {},
               [](RequestContext &c) { return consentNotices(c); });
}

} // namespace hirex::sandbox
