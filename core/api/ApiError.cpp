#include "core/api/ApiError.h"

namespace hirex::api {

ApiError ApiError::make(Kind kind, const QString &code, const QString &detail, int status) {
    ApiError e;
    e.kind = kind;
    e.code = code;
    e.detail = detail;
    e.status = status;
    e.message = defaultMessage(kind);
    return e;
}

QString ApiError::defaultMessage(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        return tr("The server cannot be reached. Check your network connection.");
    case Kind::Tls:
        return tr("A secure connection to the server could not be established.");
    case Kind::InsecureUrl:
        return tr("The server address must start with https://. Plain http:// is allowed only to "
                  "127.0.0.1, for development, with --insecure-loopback-http.");
    case Kind::Timeout:
        return tr("The server did not answer in time. Try again.");
    case Kind::Http:
    case Kind::Problem:
        return tr("The server could not complete the request.");
    case Kind::Decode:
        return tr("The server sent data this version of Hirex does not understand.");
    case Kind::TooLarge:
        return tr("The server's answer is larger than allowed.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Unauthorized:
        return tr("Your session has ended. Sign in again.");
    case Kind::DeviceRevoked:
        return tr("This device was signed out by an administrator. Local data has been removed.");
    case Kind::Forbidden:
        return tr("You do not have permission to do this.");
    case Kind::NotFound:
        return tr("This item no longer exists or is not visible to you.");
    case Kind::Conflict:
        return tr("This change conflicts with the current state on the server.");
    case Kind::PreconditionFailed:
        return tr("Someone else changed this item. Reload it and try again.");
    case Kind::PreconditionRequired:
        return tr("The change was sent without a version. Reload and try again.");
    case Kind::Validation:
        return tr("Some of the values were not accepted.");
    case Kind::BadRequest:
        return tr("The server did not understand the request.");
    case Kind::PayloadTooLarge:
        return tr("The change is too large to send.");
    case Kind::RateLimited:
        return tr("Too many requests. Hirex will try again shortly.");
    case Kind::Unavailable:
        return tr("The server is temporarily unavailable. Hirex will try again shortly.");
    case Kind::Server:
        return tr("The server had an internal error. Try again later.");
    }
    return QString();
}

ApiError::Kind ApiError::kindFor(int status, const QString &code) {
    // The problem code is more precise than the status; it wins when we know it.
    if (code == u"device_revoked")
        return Kind::DeviceRevoked;
    if (code == u"unauthorized" || code == u"token_expired" || code == u"invalid_token")
        return Kind::Unauthorized;
    if (code == u"forbidden" || code == u"ip_not_allowed")
        return Kind::Forbidden;
    if (code == u"not_found")
        return Kind::NotFound;
    if (code == u"precondition_failed")
        return Kind::PreconditionFailed;
    if (code == u"precondition_required")
        return Kind::PreconditionRequired;
    if (code == u"validation_failed" || code == u"idempotency_key_reused")
        return Kind::Validation;
    if (code == u"rate_limited")
        return Kind::RateLimited;
    if (code == u"service_unavailable")
        return Kind::Unavailable;
    if (code == u"conflict" || code == u"scim_managed")
        return Kind::Conflict;
    if (code == u"payload_too_large")
        return Kind::PayloadTooLarge;
    if (code == u"bad_request")
        return Kind::BadRequest;
    switch (status) {
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 412:
        return Kind::PreconditionFailed;
    case 413:
        return Kind::PayloadTooLarge;
    case 422:
        return Kind::Validation;
    case 428:
        return Kind::PreconditionRequired;
    case 429:
        return Kind::RateLimited;
    case 503:
        return Kind::Unavailable;
    default:
        break;
    }
    if (status >= 500)
        return Kind::Server;
    return code.isEmpty() ? Kind::Http : Kind::Problem;
}

QString ApiError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure_url");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Problem:
        return QStringLiteral("problem");
    case Kind::Decode:
        return QStringLiteral("decode");
    case Kind::TooLarge:
        return QStringLiteral("too_large");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::DeviceRevoked:
        return QStringLiteral("device_revoked");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::PreconditionFailed:
        return QStringLiteral("precondition_failed");
    case Kind::PreconditionRequired:
        return QStringLiteral("precondition_required");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::BadRequest:
        return QStringLiteral("bad_request");
    case Kind::PayloadTooLarge:
        return QStringLiteral("payload_too_large");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Unavailable:
        return QStringLiteral("unavailable");
    case Kind::Server:
        return QStringLiteral("server");
    }
    return QString();
}

} // namespace hirex::api
