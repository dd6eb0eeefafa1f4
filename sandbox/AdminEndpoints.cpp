#include "sandbox/AdminEndpoints.h"

#include "sandbox/Database.h"
#include "sandbox/EndpointUtil.h"
#include "sandbox/Rbac.h"
#include "sandbox/Router.h"
#include "sandbox/Services.h"
#include "sandbox/TokenService.h"

namespace hirex::sandbox {

namespace {

const QString kRole = QStringLiteral("role");
const QString kUser = QStringLiteral("user");

const QStringList &hiddenFieldKeys() {
    static const QStringList keys{QStringLiteral("candidate.first_name"),
                                  QStringLiteral("candidate.last_name"), QStringLiteral("candidate.email"),
                                  QStringLiteral("candidate.phone"), QStringLiteral("candidate.location")};
    return keys;
}

HttpResponse listAll(Services &s, RequestContext &ctx, const QString &type) {
    EndpointUtil::Paging paging;
    if (auto bad = EndpointUtil::paging(ctx, &paging))
        return *bad;
    bool ok = true;
    const Page page = s.store.list(type, {}, {}, paging.cursor, paging.limit, &ok);
    return ok ? EndpointUtil::page(page) : EndpointUtil::badCursor(ctx);
}

HttpResponse getOne(Services &s, RequestContext &ctx, const QString &type) {
    const auto o = s.store.get(type, ctx.param(QStringLiteral("id")));
    return o ? Concurrency::object(200, *o) : Problem::notFound(ctx.request.path);
}

bool validateRole(const QJsonObject &b, QJsonArray *errors) {
    EndpointUtil::requireString(b, QStringLiteral("name"), errors, 1, 100);
    EndpointUtil::requireString(b, QStringLiteral("description"), errors, 0, 1000, false);
    EndpointUtil::requireStringArray(b, QStringLiteral("permissions"), errors, Rbac::allPermissions());
    const QJsonValue vis = b.value(QStringLiteral("visibility"));
    if (!vis.isObject()) {
        errors->append(Problem::fieldError(QStringLiteral("visibility"), QStringLiteral("is required")));
    } else {
        EndpointUtil::requireEnum(
            vis.toObject(), QStringLiteral("scope"),
            {QStringLiteral("all"), QStringLiteral("own_jobs"), QStringLiteral("assigned")}, errors);
        EndpointUtil::requireStringArray(vis.toObject(), QStringLiteral("hidden_fields"), errors,
                                         hiddenFieldKeys());
    }
    return errors->isEmpty();
}

QJsonObject roleData(const QJsonObject &b) {
    const QJsonObject vis = b.value(QStringLiteral("visibility")).toObject();
    QStringList perms = Json::toStringList(b.value(QStringLiteral("permissions")).toArray());
    perms.removeDuplicates();
    return QJsonObject{
        {QStringLiteral("name"), b.value(QStringLiteral("name"))},
        {QStringLiteral("description"), b.value(QStringLiteral("description")).toString()},
        {QStringLiteral("builtin"), false},
        {QStringLiteral("permissions"), Json::fromStringList(perms)},
        {QStringLiteral("visibility"),
         QJsonObject{{QStringLiteral("scope"), vis.value(QStringLiteral("scope"))},
                     {QStringLiteral("hidden_fields"), vis.value(QStringLiteral("hidden_fields"))}}}};
}

HttpResponse createRole(Services &s, RequestContext &ctx) {
    QJsonArray errors;
    if (!validateRole(ctx.body, &errors))
        return Problem::validation(ctx.request.path, errors);
    return Concurrency::object(
        201, s.store.create(kRole, Json::randomId(QStringLiteral("role_")), roleData(ctx.body)));
}

std::optional<HttpResponse> editableRole(Services &s, const RequestContext &ctx, QJsonObject *role) {
    const auto found = s.store.get(kRole, ctx.param(QStringLiteral("id")));
    if (!found)
        return Problem::notFound(ctx.request.path);
    if (auto pre = Concurrency::checkIfMatch(ctx.request, found->value(QStringLiteral("version")).toInt()))
        return pre;
    if (found->value(QStringLiteral("builtin")).toBool())
        return Problem::make(409, QStringLiteral("conflict"),
                             QStringLiteral("Built-in role profiles cannot change."), ctx.request.path);
    *role = *found;
    return std::nullopt;
}

HttpResponse replaceRole(Services &s, RequestContext &ctx) {
    QJsonObject role;
    if (auto problem = editableRole(s, ctx, &role))
        return *problem;
    QJsonArray errors;
    if (!validateRole(ctx.body, &errors))
        return Problem::validation(ctx.request.path, errors);
    return Concurrency::object(
        200, s.store.update(kRole, role.value(QStringLiteral("id")).toString(), roleData(ctx.body)));
}

HttpResponse deleteRole(Services &s, RequestContext &ctx) {
    QJsonObject role;
    if (auto problem = editableRole(s, ctx, &role))
        return *problem;
    const QString id = role.value(QStringLiteral("id")).toString();
    if (s.db.scalar(QStringLiteral("SELECT COUNT(*) FROM objects WHERE type = 'user' AND "
                                   "json_extract(data, '$.role_id') = ?"),
                    {id})
            .toInt() > 0)
        return Problem::make(409, QStringLiteral("conflict"), QStringLiteral("Users still have this role."),
                             ctx.request.path);
    s.store.remove(kRole, id, {});
    return HttpResponse::empty(204);
}

HttpResponse patchUser(Services &s, RequestContext &ctx) {
    auto user = s.store.get(kUser, ctx.param(QStringLiteral("id")));
    if (!user)
        return Problem::notFound(ctx.request.path);
    if (auto pre = Concurrency::checkIfMatch(ctx.request, user->value(QStringLiteral("version")).toInt()))
        return *pre;
    const QJsonObject &b = ctx.body;
    // UserPatch has minProperties: 1; an empty patch is a client bug, not a no-op.
    if (b.isEmpty())
        return Problem::validation(ctx.request.path, QStringLiteral("body"),
                                   QStringLiteral("must contain at least one field"));
    QJsonArray errors;
    EndpointUtil::requireString(b, QStringLiteral("role_id"), &errors, 1, 64, false);
    EndpointUtil::requireEnum(b, QStringLiteral("status"),
                              {QStringLiteral("active"), QStringLiteral("disabled")}, &errors, false);
    if (b.contains(QStringLiteral("sso_provider")) && !b.value(QStringLiteral("sso_provider")).isNull())
        EndpointUtil::requireEnum(b, QStringLiteral("sso_provider"),
                                  {QStringLiteral("entra"), QStringLiteral("google"), QStringLiteral("saml")},
                                  &errors);
    if (b.contains(QStringLiteral("permission_overrides"))) {
        const QJsonValue po = b.value(QStringLiteral("permission_overrides"));
        if (!po.isObject()) {
            errors.append(Problem::fieldError(QStringLiteral("permission_overrides"),
                                              QStringLiteral("must be an object")));
        } else {
            EndpointUtil::requireStringArray(po.toObject(), QStringLiteral("grant"), &errors,
                                             Rbac::allPermissions());
            EndpointUtil::requireStringArray(po.toObject(), QStringLiteral("revoke"), &errors,
                                             Rbac::allPermissions());
        }
    }
    if (b.contains(QStringLiteral("two_factor")) &&
        b.value(QStringLiteral("two_factor")).toObject().value(QStringLiteral("enabled")) !=
            QJsonValue(false))
        errors.append(Problem::fieldError(QStringLiteral("two_factor.enabled"),
                                          QStringLiteral("admins can only turn two-factor sign-in off")));
    if (errors.isEmpty() && b.contains(QStringLiteral("role_id")) &&
        !s.store.get(kRole, b.value(QStringLiteral("role_id")).toString()))
        errors.append(Problem::fieldError(QStringLiteral("role_id"), QStringLiteral("unknown role")));
    if (!errors.isEmpty())
        return Problem::validation(ctx.request.path, errors);
    const bool scim = user->value(QStringLiteral("scim_managed")).toBool();
    const auto changes = [&](const QString &key) {
        return b.contains(key) && b.value(key) != user->value(key);
    };
    if (scim && (changes(QStringLiteral("role_id")) || changes(QStringLiteral("status"))))
        return Problem::make(
            409, QStringLiteral("scim_managed"),
            QStringLiteral("Role and status of this user come from the identity provider (SCIM)."),
            ctx.request.path);
    for (const QString &k : {QStringLiteral("role_id"), QStringLiteral("status"),
                             QStringLiteral("sso_provider"), QStringLiteral("permission_overrides")}) {
        if (b.contains(k))
            user->insert(k, b.value(k));
    }
    const QString id = user->value(QStringLiteral("id")).toString();
    if (b.contains(QStringLiteral("two_factor"))) {
        user->insert(QStringLiteral("two_factor"), QJsonObject{{QStringLiteral("enabled"), false},
                                                               {QStringLiteral("method"), QJsonValue()}});
        s.db.exec(QStringLiteral("UPDATE credentials SET totp_secret = NULL WHERE user_id = ?"), {id});
    }
    if (user->value(QStringLiteral("status")).toString() == QLatin1String("disabled"))
        s.tokens.revokeUser(id);
    return Concurrency::object(200, s.store.update(kUser, id, *user));
}

} // namespace

void AdminEndpoints::registerRoutes(Router &router, Services &s) {
    const QString roles = QStringLiteral("admin.roles");
    const QString users = QStringLiteral("admin.users");
    router.add("GET", QStringLiteral("/v1/admin/roles"), roles,
               [&s](RequestContext &c) { return listAll(s, c, kRole); });
    router.add("POST", QStringLiteral("/v1/admin/roles"), roles,
               [&s](RequestContext &c) { return createRole(s, c); });
    router.add("GET", QStringLiteral("/v1/admin/roles/{id}"), roles,
               [&s](RequestContext &c) { return getOne(s, c, kRole); });
    router.add("PUT", QStringLiteral("/v1/admin/roles/{id}"), roles,
               [&s](RequestContext &c) { return replaceRole(s, c); });
    router.add("DELETE", QStringLiteral("/v1/admin/roles/{id}"), roles,
               [&s](RequestContext &c) { return deleteRole(s, c); });
    router.add("GET", QStringLiteral("/v1/admin/users"), users,
               [&s](RequestContext &c) { return listAll(s, c, kUser); });
    router.add("GET", QStringLiteral("/v1/admin/users/{id}"), users,
               [&s](RequestContext &c) { return getOne(s, c, kUser); });
    router.add("PATCH", QStringLiteral("/v1/admin/users/{id}"), users,
               [&s](RequestContext &c) { return patchUser(s, c); });
}

} // namespace hirex::sandbox
