#pragma once

#include <QDateTime>
#include <QString>

namespace hirex::auth {

// The answer of a token endpoint (RFC 6749 §5.1). Lives in memory only: the session manager
// moves the refresh token into the SecretStore and never writes the access token anywhere.
struct TokenSet {
    QString accessToken;
    QString tokenType;    // "Bearer"
    QDateTime expiresAt;  // UTC; computed from expires_in when the answer arrived
    qint64 expiresIn = 0; // seconds, as sent
    QString refreshToken; // may be empty: the provider did not issue one
    QString scope;
    QByteArray idToken; // OIDC ID token as sent; checked by AuthorizationFlow, then not kept
    // From the validated ID token (empty/0 without one): who signed in, and when they
    // authenticated (OIDC `sub`, `auth_time`).
    QString subject;
    qint64 authTime = 0;

    bool isValid() const { return !accessToken.isEmpty() && expiresAt.isValid(); }
};

} // namespace hirex::auth
