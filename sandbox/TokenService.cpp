#include "sandbox/TokenService.h"

#include "sandbox/Clock.h"
#include "sandbox/Database.h"
#include "sandbox/IdTokenSigner.h"
#include "sandbox/Json.h"
#include "sandbox/SandboxLog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>

namespace hirex::sandbox {

namespace {
constexpr qint64 kCodeTtl = 600;
constexpr qint64 kIdTokenTtl = 300;
constexpr qint64 kRefreshTtl = 30LL * 86400;

QString hashOf(const QString &token) {
    return QString::fromLatin1(Json::sha256Hex(token.toUtf8()));
}
} // namespace

TokenService::TokenService(Database &db, Clock &clock, int accessTtlSeconds)
    : m_db(db)
    , m_clock(clock)
    , m_accessTtl(accessTtlSeconds) {}

TokenService::~TokenService() = default;

IdTokenSigner &TokenService::signer() {
    if (!m_signer)
        m_signer = std::make_unique<IdTokenSigner>(m_db);
    return *m_signer;
}

QJsonObject TokenService::jwks() {
    return signer().jwks();
}

QString TokenService::issueCode(const CodeGrant &grant) {
    const QString code = QString::fromLatin1(Json::randomToken(32));
    QJsonObject data{{QStringLiteral("client_id"), grant.clientId},
                     {QStringLiteral("redirect_uri"), grant.redirectUri},
                     {QStringLiteral("code_challenge"), grant.codeChallenge},
                     {QStringLiteral("scope"), grant.scope},
                     {QStringLiteral("federated"), grant.federated},
                     {QStringLiteral("amr"), Json::fromStringList(grant.amr)},
                     {QStringLiteral("nonce"), grant.nonce},
                     {QStringLiteral("auth_time"), grant.authTime}};
    m_db.exec(QStringLiteral("INSERT INTO tokens (hash, kind, user_id, family_id, expires_at, data) "
                             "VALUES (?, 'code', ?, '', ?, ?)"),
              {hashOf(code), grant.userId, m_clock.nowSecs() + kCodeTtl, Json::compact(data)});
    return code;
}

QJsonObject TokenService::issuePair(const QString &userId, const QString &familyId, const QString &scope) {
    const QString access = QStringLiteral("hxa_") + QString::fromLatin1(Json::randomToken(32));
    const QString refreshToken = QStringLiteral("hxr_") + QString::fromLatin1(Json::randomToken(32));
    const qint64 now = m_clock.nowSecs();
    const QByteArray data = Json::compact(QJsonObject{{QStringLiteral("scope"), scope}});
    m_db.exec(QStringLiteral("INSERT INTO tokens (hash, kind, user_id, family_id, expires_at, data) "
                             "VALUES (?, 'access', ?, ?, ?, ?)"),
              {hashOf(access), userId, familyId, now + m_accessTtl, data});
    QJsonObject pair{{QStringLiteral("access_token"), access},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), m_accessTtl},
                     {QStringLiteral("scope"), scope}};
    // A refresh token only for a grant that holds offline_access (given with prompt=consent).
    if (!scope.split(QLatin1Char(' ')).contains(QLatin1String("offline_access")))
        return pair;
    m_db.exec(QStringLiteral("INSERT INTO tokens (hash, kind, user_id, family_id, expires_at, data) "
                             "VALUES (?, 'refresh', ?, ?, ?, ?)"),
              {hashOf(refreshToken), userId, familyId, now + kRefreshTtl, data});
    pair.insert(QStringLiteral("refresh_token"), refreshToken);
    return pair;
}

TokenService::Result TokenService::exchangeCode(const QString &code, const QString &redirectUri,
                                                const QString &clientId, const QString &verifier) {
    Result r;
    r.error = QStringLiteral("invalid_grant");
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT user_id, expires_at, used, data FROM tokens "
                                           "WHERE hash = ? AND kind = 'code'"),
                            {hashOf(code)});
    if (!q.next()) {
        r.errorDescription = QStringLiteral("unknown authorization code");
        return r;
    }
    const QString userId = q.value(0).toString();
    const qint64 expiresAt = q.value(1).toLongLong();
    const bool used = q.value(2).toInt() != 0;
    bool ok = false;
    const QJsonObject data = Json::parseObject(q.value(3).toByteArray(), &ok);
    // A code is single-use whatever happens next.
    m_db.exec(QStringLiteral("UPDATE tokens SET used = 1 WHERE hash = ?"), {hashOf(code)});
    if (used) {
        r.errorDescription = QStringLiteral("authorization code already used");
        return r;
    }
    if (expiresAt < m_clock.nowSecs()) {
        r.errorDescription = QStringLiteral("authorization code expired");
        return r;
    }
    if (data.value(QStringLiteral("client_id")).toString() != clientId ||
        data.value(QStringLiteral("redirect_uri")).toString() != redirectUri) {
        r.errorDescription =
            QStringLiteral("client_id or redirect_uri does not match the authorization request");
        return r;
    }
    const QByteArray computed = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (verifier.size() < 43 || verifier.size() > 128 ||
        QString::fromLatin1(computed) != data.value(QStringLiteral("code_challenge")).toString()) {
        r.errorDescription = QStringLiteral("PKCE verification failed");
        return r;
    }
    const QString familyId = Json::randomId(QStringLiteral("fam_"));
    m_db.exec(QStringLiteral("INSERT INTO families (family_id, user_id, federated, amr, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"),
              {familyId, userId, data.value(QStringLiteral("federated")).toBool() ? 1 : 0,
               Json::toStringList(data.value(QStringLiteral("amr")).toArray()).join(QLatin1Char(',')),
               m_clock.nowSecs()});
    r.ok = true;
    r.error.clear();
    const QString scope = data.value(QStringLiteral("scope")).toString();
    r.body = issuePair(userId, familyId, scope);
    // OIDC Core §3.1.3.3: an openid request gets a signed ID token naming issuer, audience,
    // expiry, the authentication time and the request's nonce.
    if (scope.split(QLatin1Char(' ')).contains(QLatin1String("openid"))) {
        const qint64 now = m_clock.nowSecs();
        QJsonObject claims{
            {QStringLiteral("iss"), m_db.meta(QStringLiteral("issuer"))},
            {QStringLiteral("sub"), userId},
            {QStringLiteral("aud"), clientId},
            {QStringLiteral("iat"), now},
            {QStringLiteral("exp"), now + kIdTokenTtl},
            {QStringLiteral("auth_time"), data.value(QStringLiteral("auth_time")).toInteger(now)},
            {QStringLiteral("amr"), data.value(QStringLiteral("amr"))}};
        const QString nonce = data.value(QStringLiteral("nonce")).toString();
        if (!nonce.isEmpty())
            claims.insert(QStringLiteral("nonce"), nonce);
        const QByteArray idToken = signer().sign(claims);
        if (idToken.isEmpty()) {
            r.ok = false;
            r.error = QStringLiteral("server_error");
            r.errorDescription = QStringLiteral("the ID token could not be signed");
            return r;
        }
        r.body.insert(QStringLiteral("id_token"), QString::fromLatin1(idToken));
    }
    return r;
}

TokenService::Result TokenService::refresh(const QString &refreshToken, const QString &clientId) {
    Result r;
    r.error = QStringLiteral("invalid_grant");
    if (clientId != QLatin1String("hirex-desktop")) {
        r.error = QStringLiteral("invalid_client");
        r.errorDescription = QStringLiteral("unknown client_id");
        return r;
    }
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT t.user_id, t.family_id, t.expires_at, t.used, t.revoked, t.data, "
                                 "f.revoked FROM tokens t JOIN families f ON f.family_id = t.family_id "
                                 "WHERE t.hash = ? AND t.kind = 'refresh'"),
                  {hashOf(refreshToken)});
    if (!q.next()) {
        r.errorDescription = QStringLiteral("unknown refresh token");
        return r;
    }
    const QString userId = q.value(0).toString();
    const QString familyId = q.value(1).toString();
    if (q.value(3).toInt() != 0) {
        // Reuse of a rotated token: somebody holds a copy. Kill the whole family.
        qCWarning(lcSandboxAuth) << "refresh token reuse detected; family revoked";
        revokeFamily(familyId);
        r.errorDescription = QStringLiteral("refresh token reuse detected; session revoked");
        return r;
    }
    if (q.value(4).toInt() != 0 || q.value(6).toInt() != 0) {
        r.errorDescription = QStringLiteral("refresh token revoked");
        return r;
    }
    if (q.value(2).toLongLong() < m_clock.nowSecs()) {
        r.errorDescription = QStringLiteral("refresh token expired");
        return r;
    }
    const QString status = m_db.scalar(QStringLiteral("SELECT json_extract(data, '$.status') FROM objects "
                                                      "WHERE id = ?"),
                                       {userId})
                               .toString();
    if (status != QLatin1String("active")) {
        r.errorDescription = QStringLiteral("user is not active");
        return r;
    }
    const QString deviceStatus =
        m_db.scalar(QStringLiteral("SELECT json_extract(o.data, '$.status') FROM families f JOIN objects o "
                                   "ON o.id = f.device_id WHERE f.family_id = ?"),
                    {familyId})
            .toString();
    if (deviceStatus == QLatin1String("revoked")) {
        r.errorDescription = QStringLiteral("device revoked");
        return r;
    }
    bool ok = false;
    const QJsonObject data = Json::parseObject(q.value(5).toByteArray(), &ok);
    m_db.exec(QStringLiteral("UPDATE tokens SET used = 1 WHERE hash = ?"), {hashOf(refreshToken)});
    r.ok = true;
    r.error.clear();
    r.body = issuePair(userId, familyId, data.value(QStringLiteral("scope")).toString());
    return r;
}

void TokenService::revoke(const QString &token) {
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT kind, family_id FROM tokens WHERE hash = ?"), {hashOf(token)});
    if (!q.next())
        return;
    if (q.value(0).toString() == QLatin1String("refresh"))
        revokeFamily(q.value(1).toString());
    else
        m_db.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE hash = ?"), {hashOf(token)});
}

void TokenService::revokeFamily(const QString &familyId) {
    m_db.exec(QStringLiteral("UPDATE families SET revoked = 1 WHERE family_id = ?"), {familyId});
    m_db.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE family_id = ?"), {familyId});
}

void TokenService::revokeUser(const QString &userId) {
    m_db.exec(QStringLiteral("UPDATE families SET revoked = 1 WHERE user_id = ?"), {userId});
    m_db.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE user_id = ?"), {userId});
}

void TokenService::bindDevice(const QString &familyId, const QString &deviceId) {
    m_db.exec(QStringLiteral("UPDATE families SET device_id = ? WHERE family_id = ?"), {deviceId, familyId});
}

TokenService::Access TokenService::authenticate(const QString &accessToken) {
    Access a;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT t.user_id, t.family_id, t.expires_at, t.revoked, f.revoked, "
                                 "f.device_id, f.federated, f.amr FROM tokens t JOIN families f "
                                 "ON f.family_id = t.family_id WHERE t.hash = ? AND t.kind = 'access'"),
                  {hashOf(accessToken)});
    if (!q.next())
        return a;
    a.userId = q.value(0).toString();
    a.familyId = q.value(1).toString();
    a.expiresAt = q.value(2).toLongLong();
    a.deviceId = q.value(5).toString();
    a.federated = q.value(6).toInt() != 0;
    a.amr = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (q.value(3).toInt() != 0 || q.value(4).toInt() != 0)
        a.status = Access::Status::Revoked;
    else if (a.expiresAt <= m_clock.nowSecs())
        a.status = Access::Status::Expired;
    else
        a.status = Access::Status::Valid;
    return a;
}

} // namespace hirex::sandbox
