#include "sandbox/Problem.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace hirex::sandbox {

namespace {
QString titleFor(int status) {
    switch (status) {
    case 400:
        return QStringLiteral("Bad request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not found");
    case 405:
        return QStringLiteral("Method not allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 412:
        return QStringLiteral("Precondition failed");
    case 413:
        return QStringLiteral("Payload too large");
    case 415:
        return QStringLiteral("Unsupported media type");
    case 422:
        return QStringLiteral("Validation failed");
    case 428:
        return QStringLiteral("Precondition required");
    case 429:
        return QStringLiteral("Too many requests");
    case 503:
        return QStringLiteral("Service unavailable");
    default:
        return QStringLiteral("Error");
    }
}
} // namespace

HttpResponse Problem::make(int status, const QString &code, const QString &detail, const QString &instance,
                           const QJsonArray &errors) {
    QJsonObject o;
    o.insert(QStringLiteral("type"), QString(QStringLiteral("https://errors.hirex.example/") + code));
    o.insert(QStringLiteral("title"), titleFor(status));
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("detail"), detail.isEmpty() ? titleFor(status) : detail);
    o.insert(QStringLiteral("code"), code);
    // Callers pass the decoded request path; `instance` is a uri-reference, so braces, spaces and
    // non-ASCII go back to percent-encoding (only RFC 3986 pchar and '/' stay literal).
    if (!instance.isEmpty())
        o.insert(QStringLiteral("instance"),
                 QString::fromLatin1(QUrl::toPercentEncoding(instance, QByteArrayLiteral("/!$&'()*+,;=:@"))));
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), errors);
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/problem+json")});
    return r;
}

QJsonObject Problem::fieldError(const QString &field, const QString &message) {
    return QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
}

HttpResponse Problem::validation(const QString &instance, const QString &field, const QString &message) {
    return make(422, QStringLiteral("validation_failed"), message, instance,
                QJsonArray{fieldError(field, message)});
}

HttpResponse Problem::validation(const QString &instance, const QJsonArray &errors) {
    return make(422, QStringLiteral("validation_failed"), QStringLiteral("The request body is not valid."),
                instance, errors);
}

HttpResponse Problem::notFound(const QString &instance) {
    return make(404, QStringLiteral("not_found"), QStringLiteral("No such resource."), instance);
}

HttpResponse Problem::forbidden(const QString &instance, const QString &detail) {
    return make(403, QStringLiteral("forbidden"),
                detail.isEmpty() ? QStringLiteral("You do not have permission for this action.") : detail,
                instance);
}

} // namespace hirex::sandbox
