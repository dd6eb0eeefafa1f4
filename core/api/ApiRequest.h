#pragma once

#include "core/api/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace hirex::api {

// How one call is sent. The typed ApiClient methods fill this; request() takes it directly.
struct RequestOptions {
    QUrlQuery query;                // never logged (may hold search text)
    std::optional<qint64> ifMatch;  // sends If-Match: "<version>" (the resource's ETag)
    QString idempotencyKey;         // mutations: the caller's key for the logical change
    bool autoIdempotencyKey = true; // mutations without a key get a fresh UUID v4
    bool authenticated = true;      // false for /v1/status
    bool expectJson = true;         // false for binary answers (CV PDF)
    QByteArray accept = "application/json";
    std::optional<qint64> maxResponseBytes; // overrides TransportSettings::maxResponseBytes
    QString pathTemplate;                   // for logs, e.g. "/v1/applications/{id}/move"
    bool retry = true;                      // false: a single attempt (tests, interactive probes)
};

// What came back from a successful call.
struct ApiResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject json;                  // when the body is a JSON object
    std::optional<qint64> etagVersion; // from ETag: "<version>"
    bool replayed = false;             // Idempotent-Replayed: true
    int attempts = 0;                  // how many tries it took (1 = first)
};

// A decoded result of a typed call: either value or error is set.
template<class T>
struct ApiResult {
    std::optional<T> value;
    ApiError error;
    std::optional<qint64> etagVersion;
    bool replayed = false;
    int attempts = 0;

    bool ok() const { return value.has_value(); }
};

} // namespace hirex::api
