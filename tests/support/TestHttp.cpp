#include "tests/support/TestHttp.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace hirex::test {

namespace {
constexpr int kTimeoutMs = 30000;
}

QJsonObject HttpResult::json() const {
    return QJsonDocument::fromJson(body).object();
}

HttpResult sendRequest(QNetworkAccessManager *network, QNetworkRequest request, const QByteArray &verb,
                       const QByteArray &body) {
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(kTimeoutMs);
    std::unique_ptr<QNetworkReply> reply(verb == "GET" ? network->get(request)
                                                       : network->sendCustomRequest(request, verb, body));
    QEventLoop loop;
    // A second guard: the transfer timeout does not cover a server that never accepts.
    QTimer::singleShot(kTimeoutMs + 5000, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    if (!reply->isFinished()) {
        result.error = QStringLiteral("timeout");
        reply->abort();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.location = reply->rawHeader("Location");
    if (result.status == 0)
        result.error = reply->errorString();
    return result;
}

HttpResult httpRequest(QNetworkAccessManager *network, const QSslConfiguration &tls, const QByteArray &verb,
                       const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                       const QList<QPair<QByteArray, QByteArray>> &headers) {
    QNetworkRequest request(url);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(tls);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return sendRequest(network, request, verb, body);
}

} // namespace hirex::test
