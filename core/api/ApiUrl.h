#pragma once

#include <QString>
#include <QUrl>

namespace hirex::api {

// Joins a server's base URL and a path, the one way every client of the server needs it: the
// base's own path is kept (a server may live under https://host/hirex/), its trailing slashes
// are dropped so "/v1/..." never becomes "//v1/...", and the base's query and fragment are
// cleared. ApiClient, the change stream, device registration and OIDC discovery all use it.
class ApiUrl {
public:
    static QUrl join(const QUrl &base, const QString &path);
};

} // namespace hirex::api
