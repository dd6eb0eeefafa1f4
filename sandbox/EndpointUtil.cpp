#include "sandbox/EndpointUtil.h"

#include <QJsonDocument>

namespace hirex::sandbox {

std::optional<HttpResponse> EndpointUtil::paging(const RequestContext &ctx, Paging *out) {
    if (ctx.request.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = ctx.request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 500)
            return Problem::validation(ctx.request.path, QStringLiteral("limit"),
                                       QStringLiteral("limit must be an integer from 1 to 500"));
        out->limit = limit;
    }
    out->cursor = ctx.request.queryValue(QStringLiteral("cursor"));
    if (out->cursor.size() > 512)
        return badCursor(ctx);
    return std::nullopt;
}

HttpResponse EndpointUtil::badCursor(const RequestContext &ctx) {
    return Problem::validation(ctx.request.path, QStringLiteral("cursor"), QStringLiteral("invalid cursor"));
}

HttpResponse EndpointUtil::page(const Page &page) {
    QJsonObject o{{QStringLiteral("items"), page.items}};
    o.insert(QStringLiteral("next_cursor"),
             page.nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.nextCursor));
    return HttpResponse::json(200, o);
}

HttpResponse EndpointUtil::page(const JsonPage &page) {
    QByteArray body =
        QByteArrayLiteral("{\"items\":[") + page.items + QByteArrayLiteral("],\"next_cursor\":");
    if (page.nextCursor.isEmpty() || !Json::appendPlainString(&body, page.nextCursor))
        body.append(page.nextCursor.isEmpty() ? QByteArrayLiteral("null")
                                              : QJsonDocument(QJsonArray{page.nextCursor})
                                                    .toJson(QJsonDocument::Compact)
                                                    .chopped(1)
                                                    .sliced(1));
    body.append('}');
    return HttpResponse::raw(200, QByteArrayLiteral("application/json"), body);
}

bool EndpointUtil::requireString(const QJsonObject &body, const QString &key, QJsonArray *errors, int minLen,
                                 int maxLen, bool required) {
    if (!body.contains(key)) {
        if (required)
            errors->append(Problem::fieldError(key, QStringLiteral("is required")));
        return !required;
    }
    const QJsonValue v = body.value(key);
    if (!v.isString()) {
        errors->append(Problem::fieldError(key, QStringLiteral("must be a string")));
        return false;
    }
    const qsizetype n = v.toString().size();
    if (n < minLen || n > maxLen) {
        errors->append(
            Problem::fieldError(key, QStringLiteral("must be %1 to %2 characters").arg(minLen).arg(maxLen)));
        return false;
    }
    return true;
}

bool EndpointUtil::requireBool(const QJsonObject &body, const QString &key, QJsonArray *errors,
                               bool required) {
    if (!body.contains(key)) {
        if (required)
            errors->append(Problem::fieldError(key, QStringLiteral("is required")));
        return !required;
    }
    if (!body.value(key).isBool()) {
        errors->append(Problem::fieldError(key, QStringLiteral("must be a boolean")));
        return false;
    }
    return true;
}

bool EndpointUtil::requireInt(const QJsonObject &body, const QString &key, QJsonArray *errors, qint64 min,
                              qint64 max, bool required) {
    if (!body.contains(key)) {
        if (required)
            errors->append(Problem::fieldError(key, QStringLiteral("is required")));
        return !required;
    }
    const QJsonValue v = body.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < static_cast<double>(min) ||
        d > static_cast<double>(max)) {
        errors->append(
            Problem::fieldError(key, QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max)));
        return false;
    }
    return true;
}

bool EndpointUtil::requireEnum(const QJsonObject &body, const QString &key, const QStringList &values,
                               QJsonArray *errors, bool required) {
    if (!body.contains(key)) {
        if (required)
            errors->append(Problem::fieldError(key, QStringLiteral("is required")));
        return !required;
    }
    if (!values.contains(body.value(key).toString()) || !body.value(key).isString()) {
        errors->append(
            Problem::fieldError(key, QStringLiteral("must be one of: ") + values.join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

bool EndpointUtil::requireStringArray(const QJsonObject &body, const QString &key, QJsonArray *errors,
                                      const QStringList &allowed, bool required) {
    if (!body.contains(key)) {
        if (required)
            errors->append(Problem::fieldError(key, QStringLiteral("is required")));
        return !required;
    }
    if (!body.value(key).isArray()) {
        errors->append(Problem::fieldError(key, QStringLiteral("must be an array of strings")));
        return false;
    }
    for (const auto &v : body.value(key).toArray()) {
        if (!v.isString() || (!allowed.isEmpty() && !allowed.contains(v.toString()))) {
            errors->append(Problem::fieldError(key, QStringLiteral("contains an invalid value")));
            return false;
        }
    }
    return true;
}

bool EndpointUtil::humanConfirmation(const QJsonObject &body, QJsonArray *errors) {
    const QJsonValue hc = body.value(QStringLiteral("human_confirmation"));
    if (!hc.isObject()) {
        errors->append(Problem::fieldError(QStringLiteral("human_confirmation"),
                                           QStringLiteral("a human must confirm this decision")));
        return false;
    }
    const QJsonObject o = hc.toObject();
    if (o.value(QStringLiteral("confirmed")) != QJsonValue(true)) {
        errors->append(Problem::fieldError(QStringLiteral("human_confirmation.confirmed"),
                                           QStringLiteral("must be true")));
        return false;
    }
    if (!o.value(QStringLiteral("confirmed_at")).isString() ||
        !Json::parseIso(o.value(QStringLiteral("confirmed_at")).toString()).isValid()) {
        errors->append(Problem::fieldError(QStringLiteral("human_confirmation.confirmed_at"),
                                           QStringLiteral("must be an RFC 3339 timestamp")));
        return false;
    }
    if (!o.value(QStringLiteral("ai_insights_shown")).isArray()) {
        errors->append(Problem::fieldError(QStringLiteral("human_confirmation.ai_insights_shown"),
                                           QStringLiteral("must be an array of insight ids")));
        return false;
    }
    for (const auto &v : o.value(QStringLiteral("ai_insights_shown")).toArray()) {
        if (!v.isString()) {
            errors->append(Problem::fieldError(QStringLiteral("human_confirmation.ai_insights_shown"),
                                               QStringLiteral("must be an array of insight ids")));
            return false;
        }
    }
    return true;
}

} // namespace hirex::sandbox
