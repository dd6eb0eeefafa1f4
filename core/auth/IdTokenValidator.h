#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hirex::auth {

// Validates an OpenID Connect ID token (OIDC Core §3.1.3.7) against the issuer's JWKS: an RS256
// signature (RFC 7515/7518) from a key the set names, `iss`, `aud` (and `azp` when several
// audiences), `exp`, `iat`, and the `nonce` the authorization request sent. Pure: the caller
// fetches the key set and passes the time, so it is tested without a network or a clock.
class IdTokenValidator {
public:
    struct Expectations {
        QString issuer;
        QString clientId;
        QString nonce;
        qint64 nowSecs = 0;
        qint64 leewaySecs = 120; // clock skew between this computer and the provider
        qint64 maxAgeSecs = -1;  // when >= 0, auth_time must be at most this old (prompt=login)
    };
    struct Claims {
        QString subject;
        qint64 authTime = 0;
        qint64 issuedAt = 0;
    };
    struct Result {
        bool ok = false;
        QString error; // a short code for logs and the technical detail, never token content
        Claims claims;
    };

    static Result validate(const QByteArray &idToken, const QJsonObject &jwks, const Expectations &expected);
};

} // namespace hirex::auth
