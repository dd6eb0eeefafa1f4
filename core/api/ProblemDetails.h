#pragma once

#include "core/api/ApiError.h"
#include "core/domain/DecodeError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hirex::api {

// An RFC 9457 problem document (application/problem+json) with Hirex's extensions `code`,
// `errors` (422 field errors) and `current_version` (412). Every member is optional per the
// RFC, but a member that is present must have the right type: a problem with `status: "403"`
// is a decoding error, not a guess.
struct ProblemDetails {
    QString type = QStringLiteral("about:blank");
    std::optional<QString> title;
    std::optional<int> status;
    std::optional<QString> detail;
    std::optional<QString> instance;
    std::optional<QString> code;
    QList<FieldError> errors;
    std::optional<qint64> currentVersion;

    static std::optional<ProblemDetails> parse(const QByteArray &body, domain::DecodeError *error);

    // The typed error for this problem received with HTTP status `httpStatus`. The user
    // message is ours (translated), with the server's title as a fallback for unknown codes:
    // server titles are English and not localized.
    ApiError toApiError(int httpStatus) const;
};

} // namespace hirex::api
