#pragma once

#include "core/util/UserMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hirex::api {

// One field-level complaint of a 422 problem (`errors: [{field, message}]`).
struct FieldError {
    QString field;
    QString message;
};

// Every way an API call can fail, as a value. `kind` is what code branches on, `code` is the
// server's stable problem code (or a client-side one such as "tls_untrusted"), `message` is
// translated and safe to show, `detail` is technical and free of personal data.
struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(hirex::api::ApiError)

public:
    enum class Kind {
        None,
        Network,              // connection refused, DNS, reset
        Tls,                  // untrusted certificate, pin mismatch, handshake failure
        InsecureUrl,          // plain http refused by the TransportPolicy
        Timeout,              // no bytes within the transfer timeout
        Http,                 // an HTTP error without a usable problem body
        Problem,              // a problem+json with a code we do not map to a more specific kind
        Decode,               // the body is not what the contract says
        TooLarge,             // the response exceeded the size limit
        Cancelled,            // the caller aborted
        Unauthorized,         // 401 after one refresh
        DeviceRevoked,        // 401 device_revoked: the app wipes local data
        Forbidden,            // 403 forbidden / ip_not_allowed
        NotFound,             // 404
        Conflict,             // 409
        PreconditionFailed,   // 412: someone else changed it
        PreconditionRequired, // 428: If-Match missing (a client bug)
        Validation,           // 422 validation_failed / idempotency_key_reused
        BadRequest,           // 400
        PayloadTooLarge,      // 413
        RateLimited,          // 429
        Unavailable,          // 503
        Server,               // 5xx other than 503
    };

    Kind kind = Kind::None;
    QString code;
    int status = 0; // HTTP status, 0 when there was no response
    QString message;
    QString detail;
    std::optional<int> retryAfterSeconds;
    std::optional<qint64> currentVersion; // from a 412 body
    QList<FieldError> fieldErrors;

    bool isError() const { return kind != Kind::None; }
    UserMessage toUserMessage() const { return UserMessage{code, message, detail}; }

    // Builds an error of `kind` with the default translated message for it.
    static ApiError make(Kind kind, const QString &code, const QString &detail = QString(), int status = 0);
    // The translated message for a kind; used when the server sends no usable title.
    static QString defaultMessage(Kind kind);
    // The kind that an HTTP status / problem code pair maps to.
    static Kind kindFor(int status, const QString &code);
    static QString kindName(Kind kind);
};

} // namespace hirex::api
