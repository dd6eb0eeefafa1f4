#include "sandbox/Authenticator.h"

#include "sandbox/Database.h"
#include "sandbox/Problem.h"
#include "sandbox/Rbac.h"
#include "sandbox/Store.h"
#include "sandbox/TokenService.h"

#include <QJsonDocument>

namespace hirex::sandbox {

namespace {
HttpResponse unauthorized(const HttpRequest &request, const QString &code, const QString &detail) {
    HttpResponse r = Problem::make(401, code, detail, request.path);
    QByteArray challenge = QByteArrayLiteral("Bearer realm=\"hirex\"");
    if (code == QLatin1String("token_expired") || code == QLatin1String("invalid_token"))
        challenge += QByteArrayLiteral(", error=\"invalid_token\"");
    r.setHeader(QByteArrayLiteral("WWW-Authenticate"), challenge);
    return r;
}
} // namespace

Authenticator::Authenticator(Database &db, Store &store, TokenService &tokens)
    : m_db(db)
    , m_store(store)
    , m_tokens(tokens) {}

bool Authenticator::tenantScreensBlind() const {
    const QJsonObject tenant = QJsonDocument::fromJson(m_db.meta(QStringLiteral("tenant")).toUtf8()).object();
    return tenant.value(QStringLiteral("settings"))
        .toObject()
        .value(QStringLiteral("anonymised_screening"))
        .toBool();
}

bool Authenticator::loadUser(const QString &userId, Principal *principal) {
    const auto user = m_store.get(QStringLiteral("user"), userId);
    if (!user)
        return false;
    principal->userId = userId;
    principal->email = user->value(QStringLiteral("email")).toString();
    principal->name = user->value(QStringLiteral("name")).toString();
    principal->roleId = user->value(QStringLiteral("role_id")).toString();
    const auto role = m_store.get(QStringLiteral("role"), principal->roleId);
    Rbac::applyRole(principal, role.value_or(QJsonObject{}), *user);
    principal->anonymised = !principal->has(Rbac::revealPermission()) && tenantScreensBlind();
    return user->value(QStringLiteral("status")).toString() == QLatin1String("active");
}

std::optional<HttpResponse> Authenticator::authenticate(const HttpRequest &request, Principal *principal) {
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer ") || auth.size() <= 7)
        return unauthorized(request, QStringLiteral("unauthorized"),
                            QStringLiteral("A bearer token is required."));
    const QString token = QString::fromLatin1(auth.mid(7).trimmed());
    const TokenService::Access access = m_tokens.authenticate(token);
    switch (access.status) {
    case TokenService::Access::Status::Unknown:
    case TokenService::Access::Status::Revoked:
        return unauthorized(request, QStringLiteral("invalid_token"),
                            QStringLiteral("The access token is not valid."));
    case TokenService::Access::Status::Expired:
        return unauthorized(request, QStringLiteral("token_expired"),
                            QStringLiteral("The access token has expired."));
    case TokenService::Access::Status::Valid:
        break;
    }
    const auto deviceRevoked = [&](const QString &deviceId) {
        const auto device = m_store.get(QStringLiteral("device"), deviceId);
        return !device || device->value(QStringLiteral("status")).toString() == QLatin1String("revoked");
    };
    if (!access.deviceId.isEmpty() && deviceRevoked(access.deviceId))
        return unauthorized(request, QStringLiteral("device_revoked"),
                            QStringLiteral("This device was revoked."));
    const QString headerDevice = QString::fromLatin1(request.header("x-hirex-device"));
    if (!headerDevice.isEmpty() && deviceRevoked(headerDevice))
        return unauthorized(request, QStringLiteral("device_revoked"),
                            QStringLiteral("This device is revoked or unknown."));
    if (!loadUser(access.userId, principal))
        return unauthorized(request, QStringLiteral("unauthorized"),
                            QStringLiteral("The account is disabled."));
    principal->familyId = access.familyId;
    principal->deviceId = headerDevice.isEmpty() ? access.deviceId : headerDevice;
    principal->federated = access.federated;
    principal->amr = access.amr;
    principal->expiresAt = access.expiresAt;
    return std::nullopt;
}

} // namespace hirex::sandbox
