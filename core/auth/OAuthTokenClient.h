#pragma once

#include "core/auth/AuthHttp.h"
#include "core/auth/AuthTransport.h"
#include "core/auth/OidcProviderMetadata.h"
#include "core/auth/TokenSet.h"
#include "core/util/UserMessage.h"

#include <QObject>

#include <functional>

namespace hirex::auth {

// The token and revocation endpoints of one provider for one public client (RFC 6749 §4.1.3
// and §6, RFC 7636 §4.5, RFC 7009). No client secret: a desktop app cannot keep one.
class OAuthTokenClient : public QObject {
    Q_OBJECT

public:
    enum class Failure {
        None,
        InvalidGrant,  // code or refresh token expired, revoked or reused: sign in again
        InvalidClient, // client id unknown to the provider (configuration problem)
        Refused,       // another RFC 6749 §5.2 error
        DeviceRevoked, // the Hirex server revoked this device (problem code device_revoked)
        Transport,     // network, TLS, timeout: worth retrying later
        Server,        // 5xx or 429: worth retrying later
        BadResponse,   // a 2xx that is not a valid token response
    };
    Q_ENUM(Failure)

    struct Result {
        Failure failure = Failure::None;
        UserMessage error;  // set when failure != None; never contains token material
        QString oauthError; // the RFC 6749 `error` code, when the provider sent one
        TokenSet tokens;

        bool ok() const { return failure == Failure::None; }
    };
    using Callback = std::function<void(const Result &result)>;
    using RevokeCallback = std::function<void(const UserMessage &error)>;

    OAuthTokenClient(AuthTransport transport, OidcProviderMetadata provider, QString clientId,
                     QObject *parent = nullptr);

    const OidcProviderMetadata &provider() const { return m_provider; }
    const QString &clientId() const { return m_clientId; }
    // Extra headers for every call (the Hirex device id, for example).
    void setExtraHeaders(const AuthHttp::Headers &headers) { m_headers = headers; }

    void exchangeCode(const QString &code, const QByteArray &codeVerifier, const QUrl &redirectUri,
                      Callback done);
    void refresh(const QString &refreshToken, Callback done);
    // RFC 7009. Without a revocation endpoint it answers with code "revocation_unsupported",
    // so callers can tell the user the token stays valid until it expires.
    void revoke(const QString &token, const QString &tokenTypeHint, RevokeCallback done);

    // Parses a token endpoint answer; public for unit tests.
    static Result parseTokenResponse(int status, const QByteArray &body);

private:
    void requestTokens(const QUrlQuery &form, const char *what, Callback done);

    AuthTransport m_transport;
    OidcProviderMetadata m_provider;
    QString m_clientId;
    AuthHttp::Headers m_headers;
};

} // namespace hirex::auth
