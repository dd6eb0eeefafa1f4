#include "core/auth/OidcDiscovery.h"

#include "core/api/ApiUrl.h"
#include "core/api/Reachability.h"
#include "core/auth/AuthHttp.h"
#include "core/auth/AuthLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMetaObject>

namespace hirex::auth {

namespace {

// The issuer compared as the OIDC Discovery spec intends (identical URLs), tolerating only a
// trailing slash, which users and providers add or drop freely.
QString normalisedIssuer(const QUrl &issuer) {
    QString text = issuer.toString(QUrl::FullyEncoded);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

QStringList stringList(const QJsonValue &value, bool *ok) {
    QStringList out;
    *ok = value.isUndefined() || value.isArray();
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            *ok = false;
            return {};
        }
        out << item.toString();
    }
    return out;
}

} // namespace

OidcDiscovery::OidcDiscovery(AuthTransport transport, QObject *parent)
    : QObject(parent)
    , m_transport(std::move(transport)) {}

QUrl OidcDiscovery::discoveryUrl(const QUrl &issuer) {
    return api::ApiUrl::join(issuer, QStringLiteral("/.well-known/openid-configuration"));
}

OidcDiscovery::Result OidcDiscovery::failure(Error error, const QString &code, const QString &message,
                                             const QString &detail) {
    Result result;
    result.error = error;
    result.message = {code, message, detail};
    return result;
}

OidcDiscovery::Result OidcDiscovery::validate(const QByteArray &document, const QUrl &expectedIssuer,
                                              bool allowLoopbackHttp) {
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return failure(Error::NotJson, QStringLiteral("oidc_discovery_invalid"),
                       tr("The sign-in server's configuration could not be read."),
                       QStringLiteral("discovery document is not a JSON object"));
    const QJsonObject object = json.object();

    auto urlField = [&object](const char *name, bool required, Result *error) -> QUrl {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString() || value.toString().isEmpty()) {
            *error = failure(Error::MissingField, QStringLiteral("oidc_discovery_invalid"),
                             tr("The sign-in server's configuration is incomplete."),
                             QStringLiteral("missing or invalid field %1").arg(QLatin1String(name)));
            return {};
        }
        const QUrl url(value.toString(), QUrl::StrictMode);
        if (!url.isValid() || url.isRelative()) {
            *error = failure(Error::MissingField, QStringLiteral("oidc_discovery_invalid"),
                             tr("The sign-in server's configuration is incomplete."),
                             QStringLiteral("field %1 is not an absolute URL").arg(QLatin1String(name)));
            return {};
        }
        return url;
    };

    Result result;
    Result error;
    OidcProviderMetadata &m = result.metadata;
    m.issuer = urlField("issuer", true, &error);
    m.authorizationEndpoint = urlField("authorization_endpoint", true, &error);
    m.tokenEndpoint = urlField("token_endpoint", true, &error);
    m.revocationEndpoint = urlField("revocation_endpoint", false, &error);
    m.userinfoEndpoint = urlField("userinfo_endpoint", false, &error);
    m.jwksUri = urlField("jwks_uri", false, &error);
    if (error.error != Error::None)
        return error;

    if (normalisedIssuer(m.issuer) != normalisedIssuer(expectedIssuer))
        return failure(
            Error::IssuerMismatch, QStringLiteral("oidc_issuer_mismatch"),
            tr("The sign-in server identifies itself as a different server. Check the server address."),
            QStringLiteral("discovery issuer differs from the configured issuer"));

    const QList<QPair<const char *, QUrl>> endpoints = {
        {"issuer", m.issuer},
        {"authorization_endpoint", m.authorizationEndpoint},
        {"token_endpoint", m.tokenEndpoint},
        {"revocation_endpoint", m.revocationEndpoint},
        {"userinfo_endpoint", m.userinfoEndpoint},
        {"jwks_uri", m.jwksUri},
    };
    for (const auto &[name, url] : endpoints) {
        if (url.isEmpty())
            continue;
        if (!AuthHttp::isUrlAllowed(url, allowLoopbackHttp))
            return failure(Error::InsecureEndpoint, QStringLiteral("oidc_insecure_endpoint"),
                           tr("The sign-in server offers an endpoint without HTTPS; sign-in was stopped."),
                           QStringLiteral("%1 is not https").arg(QLatin1String(name)));
    }

    bool ok = true;
    m.codeChallengeMethodsSupported =
        stringList(object.value(QLatin1String("code_challenge_methods_supported")), &ok);
    bool okGrants = true;
    m.grantTypesSupported = stringList(object.value(QLatin1String("grant_types_supported")), &okGrants);
    bool okScopes = true;
    m.scopesSupported = stringList(object.value(QLatin1String("scopes_supported")), &okScopes);
    bool okResponses = true;
    const QStringList responseTypes =
        stringList(object.value(QLatin1String("response_types_supported")), &okResponses);
    if (!ok || !okGrants || !okScopes || !okResponses)
        return failure(Error::MissingField, QStringLiteral("oidc_discovery_invalid"),
                       tr("The sign-in server's configuration could not be read."),
                       QStringLiteral("a *_supported field is not an array of strings"));
    // Without an advertised S256 we cannot know PKCE is enforced; RFC 8252 §8.1 requires it for
    // native apps, so refuse rather than fall back to an unprotected flow.
    if (!m.codeChallengeMethodsSupported.contains(QLatin1String("S256")))
        return failure(Error::PkceUnsupported, QStringLiteral("oidc_pkce_unsupported"),
                       tr("The sign-in server does not support secure sign-in for desktop apps (PKCE S256)."),
                       QStringLiteral("S256 missing from code_challenge_methods_supported"));
    if (!responseTypes.isEmpty() && !responseTypes.contains(QLatin1String("code")))
        return failure(Error::CodeFlowUnsupported, QStringLiteral("oidc_code_flow_unsupported"),
                       tr("The sign-in server does not support the authorization code flow."),
                       QStringLiteral("code missing from response_types_supported"));
    m.authorizationResponseIssParameterSupported =
        object.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool(false);
    return result;
}

void OidcDiscovery::discover(const QUrl &issuer, Callback done) {
    if (!issuer.isValid() || issuer.isRelative() ||
        !AuthHttp::isUrlAllowed(issuer, m_transport.allowLoopbackHttp())) {
        const Result result = failure(
            Error::InvalidIssuer, QStringLiteral("oidc_invalid_issuer"),
            tr("The sign-in server address must be an https:// address. Plain http:// is allowed only "
               "to 127.0.0.1, for development, with --insecure-loopback-http."),
            QStringLiteral("issuer refused"));
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    const bool allowHttp = m_transport.allowLoopbackHttp();
    AuthHttp::get(
        m_transport, discoveryUrl(issuer), {}, this, [done, issuer, allowHttp](const AuthHttpResponse &r) {
            if (r.error.isError()) {
                Result result;
                result.error = Error::Transport;
                result.message = r.error;
                qCWarning(lcAuth) << "discovery failed:" << r.error.code;
                done(result);
                return;
            }
            if (api::meansUnreachable(r.status)) {
                // Busy or restarting: nothing is wrong with the configuration, so a stored
                // session stays and the desktop opens from its cache.
                qCWarning(lcAuth) << "discovery answered HTTP" << r.status;
                done(failure(Error::HttpStatus, QStringLiteral("server_unavailable"),
                             tr("The sign-in server is not available right now. Try again later."),
                             QStringLiteral("HTTP %1").arg(r.status)));
                return;
            }
            if (r.status < 200 || r.status >= 300) {
                qCWarning(lcAuth) << "discovery answered HTTP" << r.status;
                done(failure(
                    Error::HttpStatus, QStringLiteral("oidc_discovery_http"),
                    tr("The sign-in server's configuration is not available (HTTP %1).").arg(r.status),
                    QStringLiteral("HTTP %1").arg(r.status)));
                return;
            }
            Result result = validate(r.body, issuer, allowHttp);
            if (!result.ok())
                qCWarning(lcAuth) << "discovery document refused:" << result.message.code
                                  << result.message.detail;
            else
                qCInfo(lcAuth) << "discovery ok";
            done(result);
        });
}

} // namespace hirex::auth
