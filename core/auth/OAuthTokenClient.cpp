#include "core/auth/OAuthTokenClient.h"

#include "core/api/Reachability.h"
#include "core/auth/AuthLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMetaObject>
#include <QUrlQuery>

namespace hirex::auth {

namespace {

// Used when a provider omits expires_in (it is only RECOMMENDED): short enough that a token the
// provider meant to be short-lived is refreshed before it runs out.
constexpr qint64 kDefaultExpiresIn = 300;
constexpr qint64 kMaxExpiresIn = 366LL * 24 * 3600;

} // namespace

OAuthTokenClient::OAuthTokenClient(AuthTransport transport, OidcProviderMetadata provider, QString clientId,
                                   QObject *parent)
    : QObject(parent)
    , m_transport(std::move(transport))
    , m_provider(std::move(provider))
    , m_clientId(std::move(clientId)) {}

void OAuthTokenClient::exchangeCode(const QString &code, const QByteArray &codeVerifier,
                                    const QUrl &redirectUri, Callback done) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier));
    requestTokens(form, "authorization_code", std::move(done));
}

void OAuthTokenClient::refresh(const QString &refreshToken, Callback done) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    requestTokens(form, "refresh_token", std::move(done));
}

void OAuthTokenClient::requestTokens(const QUrlQuery &form, const char *what, Callback done) {
    const QByteArray grant(what);
    AuthHttp::postForm(m_transport, m_provider.tokenEndpoint, form, m_headers, this,
                       [done, grant](const AuthHttpResponse &response) {
                           Result result;
                           if (response.error.isError()) {
                               result.failure = Failure::Transport;
                               result.error = response.error;
                           } else {
                               result = parseTokenResponse(response.status, response.body);
                           }
                           qCInfo(lcAuth) << "token request" << grant << "status" << response.status
                                          << "result" << result.failure << result.oauthError;
                           done(result);
                       });
}

void OAuthTokenClient::revoke(const QString &token, const QString &tokenTypeHint, RevokeCallback done) {
    if (m_provider.revocationEndpoint.isEmpty() || token.isEmpty()) {
        const UserMessage error =
            token.isEmpty()
                ? UserMessage{}
                : UserMessage{QStringLiteral("revocation_unsupported"),
                              tr("The sign-in server cannot revoke tokens; they expire on their own."),
                              {}};
        QMetaObject::invokeMethod(
            this, [done, error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), token);
    if (!tokenTypeHint.isEmpty())
        form.addQueryItem(QStringLiteral("token_type_hint"), tokenTypeHint);
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    const QString hint = tokenTypeHint;
    AuthHttp::postForm(m_transport, m_provider.revocationEndpoint, form, m_headers, this,
                       [done, hint](const AuthHttpResponse &response) {
                           qCInfo(lcAuth) << "revocation" << hint << "status" << response.status << "error"
                                          << response.error.code;
                           if (response.error.isError()) {
                               done(response.error);
                           } else if (response.status != 200) {
                               done({QStringLiteral("revocation_failed"),
                                     tr("The sign-in server did not confirm the sign-out."),
                                     QStringLiteral("HTTP %1").arg(response.status)});
                           } else {
                               done({});
                           }
                       });
}

OAuthTokenClient::Result OAuthTokenClient::parseTokenResponse(int status, const QByteArray &body) {
    Result result;
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = json.object();

    if (status < 200 || status >= 300) {
        result.oauthError = object.value(QLatin1String("error")).toString().left(64);
        // The Hirex API reports revoked devices as RFC 9457 problems with a stable code.
        const QString problemCode = object.value(QLatin1String("code")).toString();
        if (result.oauthError == QLatin1String("device_revoked") ||
            problemCode == QLatin1String("device_revoked")) {
            result.failure = Failure::DeviceRevoked;
            result.error = {QStringLiteral("device_revoked"),
                            tr("This device was signed out by your administrator. Sign in again."),
                            {}};
        } else if (result.oauthError == QLatin1String("invalid_grant")) {
            result.failure = Failure::InvalidGrant;
            result.error = {QStringLiteral("session_expired"),
                            tr("Your session has ended. Sign in again to continue."),
                            {}};
        } else if (result.oauthError == QLatin1String("invalid_client") ||
                   result.oauthError == QLatin1String("unauthorized_client")) {
            result.failure = Failure::InvalidClient;
            result.error = {QStringLiteral("invalid_client"),
                            tr("The sign-in server does not know this app. Check the client id in Settings."),
                            result.oauthError};
        } else if (api::meansUnreachable(status)) {
            result.failure = Failure::Server;
            result.error = {QStringLiteral("server_unavailable"),
                            tr("The sign-in server is not available right now. Try again later."),
                            QStringLiteral("HTTP %1").arg(status)};
        } else {
            result.failure = Failure::Refused;
            result.error = {QStringLiteral("token_refused"), tr("The sign-in server refused the request."),
                            result.oauthError.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                                        : result.oauthError};
        }
        return result;
    }

    auto bad = [&result](const QString &detail) {
        result.failure = Failure::BadResponse;
        result.error = {QStringLiteral("token_response_invalid"),
                        tr("The sign-in server sent an answer Hirex cannot use."), detail};
        result.tokens = {};
        return result;
    };
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return bad(QStringLiteral("token response is not a JSON object"));

    const QJsonValue accessToken = object.value(QLatin1String("access_token"));
    const QJsonValue tokenType = object.value(QLatin1String("token_type"));
    if (!accessToken.isString() || accessToken.toString().isEmpty())
        return bad(QStringLiteral("access_token missing"));
    if (!tokenType.isString() ||
        tokenType.toString().compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return bad(QStringLiteral("token_type is not Bearer"));

    qint64 expiresIn = kDefaultExpiresIn;
    const QJsonValue expires = object.value(QLatin1String("expires_in"));
    if (expires.isDouble()) {
        // Range-check the double before narrowing: converting NaN or 1e300 to qint64 is undefined.
        const double seconds = expires.toDouble();
        if (!(seconds > 0 && seconds <= double(kMaxExpiresIn)))
            return bad(QStringLiteral("expires_in out of range"));
        expiresIn = static_cast<qint64>(seconds);
    } else if (expires.isString()) { // some providers send a string
        bool ok = false;
        expiresIn = expires.toString().toLongLong(&ok);
        if (!ok)
            return bad(QStringLiteral("expires_in is not a number"));
    } else if (!expires.isUndefined()) {
        return bad(QStringLiteral("expires_in is not a number"));
    }
    if (expiresIn <= 0 || expiresIn > kMaxExpiresIn)
        return bad(QStringLiteral("expires_in out of range"));

    const QJsonValue refreshToken = object.value(QLatin1String("refresh_token"));
    const QJsonValue scope = object.value(QLatin1String("scope"));
    if ((!refreshToken.isUndefined() && !refreshToken.isString()) ||
        (!scope.isUndefined() && !scope.isString()))
        return bad(QStringLiteral("refresh_token or scope is not a string"));

    result.tokens.accessToken = accessToken.toString();
    result.tokens.tokenType = QStringLiteral("Bearer");
    result.tokens.expiresIn = expiresIn;
    result.tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    result.tokens.refreshToken = refreshToken.toString();
    result.tokens.scope = scope.toString();
    const QJsonValue idToken = object.value(QLatin1String("id_token"));
    if (!idToken.isUndefined() && !idToken.isString())
        return bad(QStringLiteral("id_token is not a string"));
    result.tokens.idToken = idToken.toString().toLatin1();
    return result;
}

} // namespace hirex::auth
