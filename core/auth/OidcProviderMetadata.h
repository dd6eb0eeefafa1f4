#pragma once

#include <QStringList>
#include <QUrl>

namespace hirex::auth {

// The parts of an OpenID Provider's discovery document (OpenID Connect Discovery 1.0 §3,
// RFC 8414) that the desktop client uses. Only validated documents become one of these.
struct OidcProviderMetadata {
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint; // optional: without it, sign-out can only forget tokens locally
    QUrl userinfoEndpoint;   // optional
    QUrl jwksUri;            // optional for us: access tokens are opaque
    QStringList codeChallengeMethodsSupported;
    QStringList grantTypesSupported;
    QStringList scopesSupported;
    // RFC 9207: the provider sends `iss` with the authorization response.
    bool authorizationResponseIssParameterSupported = false;

    bool isValid() const {
        return issuer.isValid() && authorizationEndpoint.isValid() && tokenEndpoint.isValid();
    }
};

} // namespace hirex::auth
