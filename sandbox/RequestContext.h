#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/Principal.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace hirex::sandbox {

// Everything a route handler gets: the request, the caller, path parameters and parsed body.
struct RequestContext {
    const HttpRequest &request;
    Principal principal;
    QHash<QString, QString> params;
    QJsonObject body;
    bool hasBody = false;

    QString param(const QString &name) const { return params.value(name); }
    QString sourceIp() const { return request.remote.toString(); }
};

} // namespace hirex::sandbox
