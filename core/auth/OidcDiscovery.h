#pragma once

#include "core/auth/AuthTransport.h"
#include "core/auth/OidcProviderMetadata.h"
#include "core/util/UserMessage.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace hirex::auth {

// Fetches and validates `<issuer>/.well-known/openid-configuration`. Works with any
// standards-compliant provider: nothing here knows about the Hirex sandbox.
class OidcDiscovery : public QObject {
    Q_OBJECT

public:
    enum class Error {
        None,
        InvalidIssuer,       // the configured issuer is not an absolute https URL
        Transport,           // network, TLS, timeout or size limit (see message.code)
        HttpStatus,          // the provider answered with a non-2xx status
        NotJson,             // the body is not a JSON object
        MissingField,        // a required metadata field is absent or not a string
        IssuerMismatch,      // the document names another issuer (OIDC Discovery §4.3)
        InsecureEndpoint,    // an endpoint is not https (or loopback http with the dev switch)
        PkceUnsupported,     // code_challenge_methods_supported lacks S256
        CodeFlowUnsupported, // response_types_supported lacks "code"
    };
    Q_ENUM(Error)

    struct Result {
        Error error = Error::None;
        UserMessage message; // set when error != None
        OidcProviderMetadata metadata;

        bool ok() const { return error == Error::None; }
    };
    using Callback = std::function<void(const Result &result)>;

    explicit OidcDiscovery(AuthTransport transport, QObject *parent = nullptr);

    // The discovery URL for an issuer: the issuer with "/.well-known/openid-configuration"
    // appended to its path (OIDC Discovery §4.1).
    static QUrl discoveryUrl(const QUrl &issuer);
    // Validates a discovery document against the issuer it was fetched for.
    static Result validate(const QByteArray &document, const QUrl &expectedIssuer, bool allowLoopbackHttp);

    // Fetches and validates; answers once on the event loop. A new call cancels nothing:
    // each call answers its own callback.
    void discover(const QUrl &issuer, Callback done);

private:
    static Result failure(Error error, const QString &code, const QString &message,
                          const QString &detail = {});

    AuthTransport m_transport;
};

} // namespace hirex::auth
