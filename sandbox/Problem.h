#pragma once

#include "sandbox/HttpTypes.h"

#include <QJsonArray>
#include <QString>

namespace hirex::sandbox {

// RFC 9457 application/problem+json responses with the stable Hirex `code` values.
class Problem {
public:
    static HttpResponse make(int status, const QString &code, const QString &detail,
                             const QString &instance = {}, const QJsonArray &errors = {});
    static HttpResponse validation(const QString &instance, const QString &field, const QString &message);
    static HttpResponse validation(const QString &instance, const QJsonArray &errors);
    static HttpResponse notFound(const QString &instance);
    static HttpResponse forbidden(const QString &instance, const QString &detail = {});
    static QJsonObject fieldError(const QString &field, const QString &message);
};

} // namespace hirex::sandbox
