#pragma once

#include "sandbox/HttpTypes.h"

#include <QJsonObject>

#include <optional>

namespace hirex::sandbox {

// Optimistic concurrency: strong ETag "<version>" and the If-Match precondition (428 / 412).
class Concurrency {
public:
    static std::optional<HttpResponse> checkIfMatch(const HttpRequest &request, int currentVersion);
    static HttpResponse withEtag(HttpResponse response, int version);
    static HttpResponse object(int status, const QJsonObject &object); // JSON + ETag from object.version
};

} // namespace hirex::sandbox
