#pragma once

#include "sandbox/Concurrency.h"
#include "sandbox/HttpTypes.h"
#include "sandbox/Json.h"
#include "sandbox/Problem.h"
#include "sandbox/RequestContext.h"
#include "sandbox/Store.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace hirex::sandbox {

// Shared request helpers for the endpoint classes: paging parameters, body field checks.
class EndpointUtil {
public:
    struct Paging {
        int limit = 50;
        QString cursor;
    };
    // Parses ?limit= and ?cursor=; returns a 422 problem on bad values.
    static std::optional<HttpResponse> paging(const RequestContext &ctx, Paging *out);
    static HttpResponse page(const Page &page);
    static HttpResponse page(const JsonPage &page);
    static HttpResponse badCursor(const RequestContext &ctx);

    // Body validation: each returns false and appends a field error when the check fails.
    static bool requireString(const QJsonObject &body, const QString &key, QJsonArray *errors, int minLen = 1,
                              int maxLen = 20000, bool required = true);
    static bool requireBool(const QJsonObject &body, const QString &key, QJsonArray *errors,
                            bool required = true);
    static bool requireInt(const QJsonObject &body, const QString &key, QJsonArray *errors, qint64 min,
                           qint64 max, bool required = true);
    static bool requireEnum(const QJsonObject &body, const QString &key, const QStringList &values,
                            QJsonArray *errors, bool required = true);
    static bool requireStringArray(const QJsonObject &body, const QString &key, QJsonArray *errors,
                                   const QStringList &allowed = {}, bool required = true);
    // Validates human_confirmation {confirmed: true, confirmed_at, ai_insights_shown}.
    static bool humanConfirmation(const QJsonObject &body, QJsonArray *errors);
};

} // namespace hirex::sandbox
