#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/RequestContext.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace hirex::sandbox {

using RouteHandler = std::function<HttpResponse(RequestContext &)>;

struct Route {
    QByteArray method;
    QStringList segments; // "{name}" segments capture
    QString permission;   // empty: any authenticated caller
    bool isPublic = false;
    bool isMutation = false;
    RouteHandler handler;
};

// Method + path matching with {param} segments.
class Router {
public:
    enum class Match { Found, NotFound, MethodNotAllowed };

    void add(const QByteArray &method, const QString &pattern, const QString &permission,
             RouteHandler handler);
    void addPublic(const QByteArray &method, const QString &pattern, RouteHandler handler);
    // On MethodNotAllowed, *allowed (if given) lists the methods the path does support (for Allow).
    const Route *match(const QByteArray &method, const QString &path, QHash<QString, QString> *params,
                       Match *result, QByteArrayList *allowed = nullptr) const;

private:
    QList<Route> m_routes;
};

} // namespace hirex::sandbox
