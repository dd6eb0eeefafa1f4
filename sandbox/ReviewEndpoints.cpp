#include "sandbox/ReviewEndpoints.h"

#include "sandbox/Clock.h"
#include "sandbox/Database.h"
#include "sandbox/EndpointUtil.h"
#include "sandbox/Rbac.h"
#include "sandbox/Router.h"
#include "sandbox/Services.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace hirex::sandbox {

namespace {

const QString kNote = QStringLiteral("note");
const QString kEval = QStringLiteral("evaluation");
const QString kApp = QStringLiteral("application");

std::optional<QJsonObject> visible(Services &s, const RequestContext &ctx, const QString &type,
                                   const QString &id) {
    return s.store.get(type, id, Rbac::filter(ctx.principal, type));
}

HttpResponse pagedChildren(Services &s, RequestContext &ctx, const QString &type, const QString &filter,
                           const QVariantList &binds) {
    EndpointUtil::Paging paging;
    if (auto bad = EndpointUtil::paging(ctx, &paging))
        return *bad;
    bool ok = true;
    const Page page = s.store.list(type,
                                   QStringLiteral("(") + filter + QStringLiteral(") AND (") +
                                       Rbac::filter(ctx.principal, type) + u')',
                                   binds, paging.cursor, paging.limit, &ok);
    return ok ? EndpointUtil::page(page) : EndpointUtil::badCursor(ctx);
}

// ---- notes -------------------------------------------------------------------------------------

HttpResponse createNote(Services &s, RequestContext &ctx) {
    const auto cand = visible(s, ctx, QStringLiteral("candidate"), ctx.param(QStringLiteral("id")));
    if (!cand)
        return Problem::notFound(ctx.request.path);
    QJsonArray errors;
    EndpointUtil::requireString(ctx.body, QStringLiteral("body"), &errors, 1, 20000);
    EndpointUtil::requireEnum(ctx.body, QStringLiteral("visibility"),
                              {QStringLiteral("private"), QStringLiteral("team")}, &errors);
    if (!errors.isEmpty())
        return Problem::validation(ctx.request.path, errors);
    const QString now = Json::iso(s.clock.now());
    return Concurrency::object(
        201, s.store.create(
                 kNote, Json::randomId(QStringLiteral("note_")),
                 QJsonObject{{QStringLiteral("candidate_id"), cand->value(QStringLiteral("id"))},
                             {QStringLiteral("author_id"), ctx.principal.userId},
                             {QStringLiteral("body"), ctx.body.value(QStringLiteral("body"))},
                             {QStringLiteral("visibility"), ctx.body.value(QStringLiteral("visibility"))},
                             {QStringLiteral("created_at"), now}}));
}

std::optional<HttpResponse> ownNote(Services &s, const RequestContext &ctx, QJsonObject *note) {
    const auto found = visible(s, ctx, kNote, ctx.param(QStringLiteral("id")));
    if (!found)
        return Problem::notFound(ctx.request.path);
    if (found->value(QStringLiteral("author_id")).toString() != ctx.principal.userId)
        return Problem::forbidden(ctx.request.path, QStringLiteral("Only the author can change this note."));
    if (auto pre = Concurrency::checkIfMatch(ctx.request, found->value(QStringLiteral("version")).toInt()))
        return pre;
    *note = *found;
    return std::nullopt;
}

HttpResponse patchNote(Services &s, RequestContext &ctx) {
    QJsonObject note;
    if (auto problem = ownNote(s, ctx, &note))
        return *problem;
    // NotePatch has minProperties: 1; an empty patch is a client bug, not a no-op.
    if (ctx.body.isEmpty())
        return Problem::validation(ctx.request.path, QStringLiteral("body"),
                                   QStringLiteral("must contain at least one field"));
    QJsonArray errors;
    EndpointUtil::requireString(ctx.body, QStringLiteral("body"), &errors, 1, 20000, false);
    EndpointUtil::requireEnum(ctx.body, QStringLiteral("visibility"),
                              {QStringLiteral("private"), QStringLiteral("team")}, &errors, false);
    if (!errors.isEmpty())
        return Problem::validation(ctx.request.path, errors);
    for (const QString &k : {QStringLiteral("body"), QStringLiteral("visibility")}) {
        if (ctx.body.contains(k))
            note.insert(k, ctx.body.value(k));
    }
    return Concurrency::object(200, s.store.update(kNote, note.value(QStringLiteral("id")).toString(), note));
}

HttpResponse deleteNote(Services &s, RequestContext &ctx) {
    QJsonObject note;
    if (auto problem = ownNote(s, ctx, &note))
        return *problem;
    s.store.remove(kNote, note.value(QStringLiteral("id")).toString(), {});
    return HttpResponse::empty(204);
}

// ---- evaluations -------------------------------------------------------------------------------

bool validateEvaluation(const QJsonObject &b, QJsonArray *errors) {
    static const QRegularExpression keyRe(QStringLiteral("^[a-z0-9_]{1,64}$"));
    if (!b.value(QStringLiteral("attributes")).isArray()) {
        errors->append(Problem::fieldError(QStringLiteral("attributes"), QStringLiteral("must be an array")));
        return false;
    }
    int i = 0;
    for (const auto &v : b.value(QStringLiteral("attributes")).toArray()) {
        const QString field = QStringLiteral("attributes[%1]").arg(i++);
        const QJsonObject a = v.toObject();
        const QJsonValue rating = a.value(QStringLiteral("rating"));
        const QJsonValue comment = a.value(QStringLiteral("comment"));
        if (!v.isObject() || !keyRe.match(a.value(QStringLiteral("key")).toString()).hasMatch() ||
            !a.value(QStringLiteral("key")).isString() || !a.value(QStringLiteral("label")).isString() ||
            a.value(QStringLiteral("label")).toString().size() > 200 || !rating.isDouble() ||
            rating.toDouble() != static_cast<double>(rating.toInt()) || rating.toInt() < 1 ||
            rating.toInt() > 4 ||
            !(comment.isUndefined() || comment.isNull() ||
              (comment.isString() && comment.toString().size() <= 5000))) {
            errors->append(
                Problem::fieldError(field, QStringLiteral("needs key, label and an integer rating 1..4")));
            return false;
        }
    }
    EndpointUtil::requireEnum(b, QStringLiteral("overall"),
                              {QStringLiteral("strong_no"), QStringLiteral("no"), QStringLiteral("yes"),
                               QStringLiteral("strong_yes")},
                              errors, false);
    EndpointUtil::requireString(b, QStringLiteral("summary"), errors, 0, 20000, false);
    return errors->isEmpty();
}

void applyEvaluation(QJsonObject *e, const QJsonObject &b) {
    QJsonArray attributes;
    for (const auto &v : b.value(QStringLiteral("attributes")).toArray()) {
        const QJsonObject a = v.toObject();
        attributes.append(
            QJsonObject{{QStringLiteral("key"), a.value(QStringLiteral("key"))},
                        {QStringLiteral("label"), a.value(QStringLiteral("label"))},
                        {QStringLiteral("rating"), a.value(QStringLiteral("rating")).toInt()},
                        {QStringLiteral("comment"), a.value(QStringLiteral("comment")).isString()
                                                        ? a.value(QStringLiteral("comment"))
                                                        : QJsonValue()}});
    }
    e->insert(QStringLiteral("attributes"), attributes);
    e->insert(QStringLiteral("overall"),
              b.contains(QStringLiteral("overall")) ? b.value(QStringLiteral("overall")) : QJsonValue());
    e->insert(QStringLiteral("summary"),
              b.contains(QStringLiteral("summary")) ? b.value(QStringLiteral("summary")) : QJsonValue());
}

HttpResponse listEvaluations(Services &s, RequestContext &ctx) {
    const auto app = visible(s, ctx, kApp, ctx.param(QStringLiteral("id")));
    if (!app)
        return Problem::notFound(ctx.request.path);
    const QString appId = app->value(QStringLiteral("id")).toString();
    HttpResponse r = pagedChildren(s, ctx, kEval, QStringLiteral("application_id = ?"), {appId});
    if (r.status != 200)
        return r;
    // Blind review: count the others' submitted scorecards the caller cannot see yet.
    const int total =
        s.db.scalar(QStringLiteral("SELECT COUNT(*) FROM objects WHERE type = 'evaluation' AND "
                                   "application_id = ? AND status = 'submitted' AND owner_id <> ?"),
                    {appId, ctx.principal.userId})
            .toInt();
    const int seen =
        s.db.scalar(QStringLiteral("SELECT COUNT(*) FROM objects WHERE type = 'evaluation' AND "
                                   "application_id = ? AND status = 'submitted' AND owner_id <> ? AND (") +
                        Rbac::filter(ctx.principal, kEval) + u')',
                    {appId, ctx.principal.userId})
            .toInt();
    QJsonObject body = QJsonDocument::fromJson(r.body).object();
    body.insert(QStringLiteral("hidden_count"), std::max(0, total - seen));
    return HttpResponse::json(200, body);
}

HttpResponse createEvaluation(Services &s, RequestContext &ctx) {
    const auto app = visible(s, ctx, kApp, ctx.param(QStringLiteral("id")));
    if (!app)
        return Problem::notFound(ctx.request.path);
    QJsonArray errors;
    if (!validateEvaluation(ctx.body, &errors))
        return Problem::validation(ctx.request.path, errors);
    const QString appId = app->value(QStringLiteral("id")).toString();
    if (s.db.scalar(QStringLiteral(
                        "SELECT COUNT(*) FROM objects WHERE type = 'evaluation' AND application_id = ? "
                        "AND owner_id = ?"),
                    {appId, ctx.principal.userId})
            .toInt() > 0)
        return Problem::make(
            409, QStringLiteral("conflict"),
            QStringLiteral("You already have an evaluation for this application; update it."),
            ctx.request.path);
    QJsonObject e{{QStringLiteral("application_id"), appId},
                  {QStringLiteral("author_id"), ctx.principal.userId},
                  {QStringLiteral("status"), QStringLiteral("draft")},
                  {QStringLiteral("submitted_at"), QJsonValue()}};
    applyEvaluation(&e, ctx.body);
    return Concurrency::object(
        201, s.store.create(kEval, Json::randomId(QStringLiteral("eval_")), e,
                            Refs{app->value(QStringLiteral("job_id")).toString(),
                                 app->value(QStringLiteral("candidate_id")).toString(), appId}));
}

std::optional<HttpResponse> ownDraft(Services &s, const RequestContext &ctx, QJsonObject *eval) {
    const auto found = visible(s, ctx, kEval, ctx.param(QStringLiteral("id")));
    if (!found)
        return Problem::notFound(ctx.request.path);
    if (found->value(QStringLiteral("author_id")).toString() != ctx.principal.userId)
        return Problem::forbidden(ctx.request.path,
                                  QStringLiteral("Only the author can change this evaluation."));
    if (auto pre = Concurrency::checkIfMatch(ctx.request, found->value(QStringLiteral("version")).toInt()))
        return pre;
    if (found->value(QStringLiteral("status")).toString() != QLatin1String("draft"))
        return Problem::make(409, QStringLiteral("conflict"),
                             QStringLiteral("The evaluation is already submitted."), ctx.request.path);
    *eval = *found;
    return std::nullopt;
}

HttpResponse updateEvaluation(Services &s, RequestContext &ctx) {
    QJsonObject e;
    if (auto problem = ownDraft(s, ctx, &e))
        return *problem;
    QJsonArray errors;
    if (!validateEvaluation(ctx.body, &errors))
        return Problem::validation(ctx.request.path, errors);
    applyEvaluation(&e, ctx.body);
    return Concurrency::object(200, s.store.update(kEval, e.value(QStringLiteral("id")).toString(), e));
}

HttpResponse submitEvaluation(Services &s, RequestContext &ctx) {
    QJsonObject e;
    if (auto problem = ownDraft(s, ctx, &e))
        return *problem;
    if (!e.value(QStringLiteral("overall")).isString() ||
        e.value(QStringLiteral("attributes")).toArray().isEmpty())
        return Problem::validation(
            ctx.request.path, QStringLiteral("overall"),
            QStringLiteral("set an overall recommendation and at least one rating first"));
    e.insert(QStringLiteral("status"), QStringLiteral("submitted"));
    e.insert(QStringLiteral("submitted_at"), Json::iso(s.clock.now()));
    return Concurrency::object(200, s.store.update(kEval, e.value(QStringLiteral("id")).toString(), e));
}

// ---- AI insights -------------------------------------------------------------------------------

HttpResponse appInsights(Services &s, RequestContext &ctx) {
    const auto app = visible(s, ctx, kApp, ctx.param(QStringLiteral("id")));
    if (!app)
        return Problem::notFound(ctx.request.path);
    return pagedChildren(s, ctx, QStringLiteral("ai_insight"), QStringLiteral("application_id = ?"),
                         {app->value(QStringLiteral("id")).toString()});
}

HttpResponse feedback(Services &s, RequestContext &ctx) {
    const auto insight = visible(s, ctx, QStringLiteral("ai_insight"), ctx.param(QStringLiteral("id")));
    if (!insight)
        return Problem::notFound(ctx.request.path);
    QJsonArray errors;
    EndpointUtil::requireEnum(
        ctx.body, QStringLiteral("rating"),
        {QStringLiteral("helpful"), QStringLiteral("not_helpful"), QStringLiteral("incorrect")}, &errors);
    EndpointUtil::requireString(ctx.body, QStringLiteral("comment"), &errors, 0, 5000, false);
    if (!errors.isEmpty())
        return Problem::validation(ctx.request.path, errors);
    const QString now = Json::iso(s.clock.now());
    return Concurrency::object(
        201, s.store.create(
                 QStringLiteral("ai_feedback"), Json::randomId(QStringLiteral("aifb_")),
                 QJsonObject{{QStringLiteral("insight_id"), insight->value(QStringLiteral("id"))},
                             {QStringLiteral("author_id"), ctx.principal.userId},
                             {QStringLiteral("rating"), ctx.body.value(QStringLiteral("rating"))},
                             {QStringLiteral("comment"), ctx.body.value(QStringLiteral("comment")).isString()
                                                             ? ctx.body.value(QStringLiteral("comment"))
                                                             : QJsonValue()},
                             {QStringLiteral("created_at"), now}}));
}

} // namespace

void ReviewEndpoints::registerRoutes(Router &router, Services &s) {
    router.add("GET", QStringLiteral("/v1/candidates/{id}/notes"), QStringLiteral("notes.read"),
               [&s](RequestContext &c) {
                   if (!visible(s, c, QStringLiteral("candidate"), c.param(QStringLiteral("id"))))
                       return Problem::notFound(c.request.path);
                   return pagedChildren(s, c, kNote, QStringLiteral("candidate_id = ?"),
                                        {c.param(QStringLiteral("id"))});
               });
    router.add("POST", QStringLiteral("/v1/candidates/{id}/notes"), QStringLiteral("notes.write"),
               [&s](RequestContext &c) { return createNote(s, c); });
    router.add("PATCH", QStringLiteral("/v1/notes/{id}"), QStringLiteral("notes.write"),
               [&s](RequestContext &c) { return patchNote(s, c); });
    router.add("DELETE", QStringLiteral("/v1/notes/{id}"), QStringLiteral("notes.write"),
               [&s](RequestContext &c) { return deleteNote(s, c); });
    router.add("GET", QStringLiteral("/v1/applications/{id}/evaluations"), QStringLiteral("evaluations.read"),
               [&s](RequestContext &c) { return listEvaluations(s, c); });
    router.add("POST", QStringLiteral("/v1/applications/{id}/evaluations"),
               QStringLiteral("evaluations.write"),
               [&s](RequestContext &c) { return createEvaluation(s, c); });
    router.add("PUT", QStringLiteral("/v1/evaluations/{id}"), QStringLiteral("evaluations.write"),
               [&s](RequestContext &c) { return updateEvaluation(s, c); });
    router.add("POST", QStringLiteral("/v1/evaluations/{id}/submit"), QStringLiteral("evaluations.write"),
               [&s](RequestContext &c) { return submitEvaluation(s, c); });
    router.add("GET", QStringLiteral("/v1/applications/{id}/ai-insights"), QStringLiteral("ai.read"),
               [&s](RequestContext &c) { return appInsights(s, c); });
    router.add("POST", QStringLiteral("/v1/ai-insights/{id}/feedback"), QStringLiteral("ai.feedback"),
               [&s](RequestContext &c) { return feedback(s, c); });
}

} // namespace hirex::sandbox
