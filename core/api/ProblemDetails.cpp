#include "core/api/ProblemDetails.h"

#include "core/domain/JsonReader.h"

namespace hirex::api {

using domain::DecodeError;
using domain::JsonReader;

namespace {
constexpr qsizetype kMaxProblemBytes = 1024 * 1024;
constexpr qsizetype kMaxFieldErrors = 1000;

std::optional<FieldError> fieldErrorFromJson(const QJsonObject &json, DecodeError *error,
                                             const QString &path) {
    JsonReader r(json, path, error);
    FieldError e;
    e.field = r.optString("field").value_or(QString());
    e.message = r.optString("message").value_or(QString());
    if (!r.ok())
        return std::nullopt;
    return e;
}
} // namespace

std::optional<ProblemDetails> ProblemDetails::parse(const QByteArray &body, DecodeError *error) {
    const std::optional<QJsonObject> json = JsonReader::parseObject(body, error, kMaxProblemBytes);
    if (!json)
        return std::nullopt;
    JsonReader r(*json, QString(), error);
    ProblemDetails p;
    if (const auto type = r.optString("type"))
        p.type = *type;
    p.title = r.optString("title");
    if (const auto status = r.optInteger("status", 100, 599))
        p.status = int(*status);
    p.detail = r.optString("detail");
    p.instance = r.optString("instance");
    p.code = r.optString("code");
    p.errors = r.optList<FieldError>("errors", &fieldErrorFromJson).value_or(QList<FieldError>());
    if (r.ok() && p.errors.size() > kMaxFieldErrors)
        r.fail("errors", QStringLiteral("more than %1 field errors").arg(kMaxFieldErrors));
    p.currentVersion = r.optInteger("current_version", 0, domain::kMaxVersion);
    if (!r.ok())
        return std::nullopt;
    return p;
}

ApiError ProblemDetails::toApiError(int httpStatus) const {
    const int effectiveStatus = httpStatus > 0 ? httpStatus : status.value_or(0);
    QString effectiveCode = code.value_or(QString());
    // Without `code`, the last path segment of a Hirex type URI carries it.
    if (effectiveCode.isEmpty() && type.startsWith(u"https://errors.hirex.example/"))
        effectiveCode = type.section(u'/', -1);
    const ApiError::Kind kind = ApiError::kindFor(effectiveStatus, effectiveCode);
    ApiError e = ApiError::make(
        kind, effectiveCode.isEmpty() ? QStringLiteral("http_%1").arg(effectiveStatus) : effectiveCode,
        detail.value_or(title.value_or(QString())), effectiveStatus);
    if ((kind == ApiError::Kind::Problem || kind == ApiError::Kind::Http) && title && !title->isEmpty())
        e.message = *title;
    e.fieldErrors = errors;
    e.currentVersion = currentVersion;
    return e;
}

} // namespace hirex::api
