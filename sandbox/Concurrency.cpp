#include "sandbox/Concurrency.h"

#include "sandbox/Problem.h"

#include <QJsonDocument>

namespace hirex::sandbox {

std::optional<HttpResponse> Concurrency::checkIfMatch(const HttpRequest &request, int currentVersion) {
    QByteArray value = request.header("if-match").trimmed();
    if (value.isEmpty())
        return Problem::make(428, QStringLiteral("precondition_required"),
                             QStringLiteral("This request needs an If-Match header with the resource ETag."),
                             request.path);
    if (value == "*")
        return std::nullopt;
    // A weak validator never satisfies If-Match (RFC 9110 strong comparison).
    const bool weak = value.startsWith("W/");
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    bool ok = false;
    const int asked = value.toInt(&ok);
    if (weak || !ok || asked != currentVersion) {
        HttpResponse r =
            Problem::make(412, QStringLiteral("precondition_failed"),
                          QStringLiteral("The resource changed since you read it."), request.path);
        QJsonObject body = QJsonDocument::fromJson(r.body).object();
        body.insert(QStringLiteral("current_version"), currentVersion);
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        r.setHeader(QByteArrayLiteral("ETag"), '"' + QByteArray::number(currentVersion) + '"');
        return r;
    }
    return std::nullopt;
}

HttpResponse Concurrency::withEtag(HttpResponse response, int version) {
    response.setHeader(QByteArrayLiteral("ETag"), '"' + QByteArray::number(version) + '"');
    return response;
}

HttpResponse Concurrency::object(int status, const QJsonObject &object) {
    return withEtag(HttpResponse::json(status, object), object.value(QStringLiteral("version")).toInt());
}

} // namespace hirex::sandbox
