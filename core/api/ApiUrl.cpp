#include "core/api/ApiUrl.h"

namespace hirex::api {

QUrl ApiUrl::join(const QUrl &base, const QString &path) {
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace hirex::api
