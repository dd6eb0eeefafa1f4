#include "sandbox/Router.h"

namespace hirex::sandbox {

namespace {
QStringList split(const QString &path) {
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}
} // namespace

void Router::add(const QByteArray &method, const QString &pattern, const QString &permission,
                 RouteHandler handler) {
    Route r;
    r.method = method;
    r.segments = split(pattern);
    r.permission = permission;
    r.isMutation = method != "GET";
    r.handler = std::move(handler);
    m_routes.append(std::move(r));
}

void Router::addPublic(const QByteArray &method, const QString &pattern, RouteHandler handler) {
    add(method, pattern, {}, std::move(handler));
    m_routes.last().isPublic = true;
}

const Route *Router::match(const QByteArray &method, const QString &path, QHash<QString, QString> *params,
                           Match *result, QByteArrayList *allowed) const {
    const QStringList parts = split(path);
    *result = Match::NotFound;
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QHash<QString, QString> captured;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString &seg = r.segments.at(i);
            if (seg.startsWith(QLatin1Char('{')))
                captured.insert(seg.mid(1, seg.size() - 2), parts.at(i));
            else
                ok = seg == parts.at(i);
        }
        if (!ok)
            continue;
        if (r.method != method && !(method == "HEAD" && r.method == "GET")) {
            *result = Match::MethodNotAllowed;
            if (allowed) {
                if (!allowed->contains(r.method))
                    allowed->append(r.method);
                if (r.method == "GET" && !allowed->contains("HEAD"))
                    allowed->append("HEAD");
            }
            continue;
        }
        *params = captured;
        *result = Match::Found;
        return &r;
    }
    return nullptr;
}

} // namespace hirex::sandbox
