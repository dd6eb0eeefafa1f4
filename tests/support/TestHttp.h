#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QString>

class QNetworkAccessManager;
class QNetworkRequest;
class QUrl;

namespace hirex::test {

// Blocking HTTP for test set-up and checks: it waits on a local event loop, which product code
// never does. Redirects are never followed, so a test sees the 302 and its Location.
struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray location;
    QString error; // set when no HTTP answer came (status 0): TLS, connection, timeout
    QJsonObject json() const;
};

// Sends `request` as it is (TLS settings included) and waits up to 30 s for the answer.
HttpResult sendRequest(QNetworkAccessManager *network, QNetworkRequest request, const QByteArray &verb,
                       const QByteArray &body = {});

// The same for a URL: `tls` is used for https, plus an optional content type and headers.
HttpResult httpRequest(QNetworkAccessManager *network, const QSslConfiguration &tls, const QByteArray &verb,
                       const QUrl &url, const QByteArray &body = {}, const QByteArray &contentType = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});

} // namespace hirex::test
