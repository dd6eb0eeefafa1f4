#include "core/auth/AuthHttp.h"

#include "core/api/TransportPolicy.h"
#include "core/auth/AuthLogging.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

namespace hirex::auth {

bool AuthHttp::isUrlAllowed(const QUrl &url, bool allowLoopbackHttp) {
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && allowLoopbackHttp &&
           api::TransportPolicy::isLoopbackHost(url.host());
}

void AuthHttp::get(const AuthTransport &transport, const QUrl &url, const Headers &headers, QObject *context,
                   Callback done) {
    send(transport, QByteArrayLiteral("GET"), url, {}, {}, headers, context, std::move(done));
}

void AuthHttp::postForm(const AuthTransport &transport, const QUrl &url, const QUrlQuery &form,
                        const Headers &headers, QObject *context, Callback done) {
    // QUrlQuery leaves '+' alone, but in application/x-www-form-urlencoded a '+' is a space:
    // encode it (and every other reserved character) so tokens survive the trip unchanged.
    QByteArray body;
    const auto items = form.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    send(transport, QByteArrayLiteral("POST"), url, body,
         QByteArrayLiteral("application/x-www-form-urlencoded"), headers, context, std::move(done));
}

void AuthHttp::postJson(const AuthTransport &transport, const QUrl &url, const QByteArray &json,
                        const Headers &headers, QObject *context, Callback done) {
    send(transport, QByteArrayLiteral("POST"), url, json, QByteArrayLiteral("application/json"), headers,
         context, std::move(done));
}

void AuthHttp::send(const AuthTransport &transport, const QByteArray &verb, const QUrl &url,
                    const QByteArray &body, const QByteArray &contentType, const Headers &headers,
                    QObject *context, Callback done) {
    // Every answer goes through the event loop, including refusals made before any I/O.
    auto answerLater = [context, done](UserMessage error) {
        QMetaObject::invokeMethod(
            context,
            [done, error] {
                AuthHttpResponse response;
                response.error = error;
                done(response);
            },
            Qt::QueuedConnection);
    };
    if (!transport.network) {
        answerLater({QStringLiteral("internal"), tr("The sign-in service is not set up."),
                     QStringLiteral("no network")});
        return;
    }
    if (!isUrlAllowed(url, transport.allowLoopbackHttp)) {
        answerLater({QStringLiteral("insecure_url"),
                     tr("The sign-in server must be reached over HTTPS. Plain http:// is allowed only to "
                        "127.0.0.1, for development, with --insecure-loopback-http."),
                     QStringLiteral("refused scheme %1").arg(url.scheme())});
        return;
    }

    QNetworkRequest request(url);
    request.setSslConfiguration(transport.tls);
    // Identity providers never need a redirect for these calls; following one could send a
    // token or a code to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(static_cast<int>(transport.timeout.count()));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Cache-Control", "no-store");
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (transport.prepareRequest)
        transport.prepareRequest(request);

    QNetworkReply *reply = nullptr;
    if (verb == "GET")
        reply = transport.network->get(request);
    else
        reply = transport.network->sendCustomRequest(request, verb, body);
    // The context owns the reply: deleting the context aborts the request silently.
    reply->setParent(context);
    if (transport.watchReply)
        transport.watchReply(reply);

    auto tooLarge = std::make_shared<bool>(false);
    const qint64 limit = transport.maxResponseBytes;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, limit, tooLarge](qint64 received, qint64) {
                         if (received > limit && !*tooLarge) {
                             *tooLarge = true;
                             reply->abort();
                         }
                     });
    const auto policyError = transport.transportError;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QObject::connect(
        reply, &QNetworkReply::finished, context, [reply, done, tooLarge, policyError, timer, limit, verb] {
            reply->deleteLater();
            AuthHttpResponse response;
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            const auto networkError = reply->error();
            if (*tooLarge) {
                response.error = {QStringLiteral("response_too_large"),
                                  tr("The sign-in server sent an oversized answer."),
                                  QStringLiteral("more than %1 bytes").arg(limit)};
            } else if (const UserMessage error = policyError ? policyError(reply) : UserMessage{};
                       error.isError()) {
                response.error = error;
            } else if (status.isValid() && status.toInt() > 0 &&
                       networkError != QNetworkReply::OperationCanceledError) {
                response.status = status.toInt();
                response.body = reply->read(limit + 1);
                if (response.body.size() > limit) {
                    response.status = 0;
                    response.body.clear();
                    response.error = {QStringLiteral("response_too_large"),
                                      tr("The sign-in server sent an oversized answer."),
                                      {}};
                }
                response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            } else if (networkError == QNetworkReply::SslHandshakeFailedError) {
                response.error = {QStringLiteral("tls_untrusted"),
                                  tr("The sign-in server's certificate is not trusted. Start Hirex with "
                                     "--ca-file and your company's CA certificate (PEM)."),
                                  reply->errorString()};
            } else if (networkError == QNetworkReply::OperationCanceledError ||
                       networkError == QNetworkReply::TimeoutError) {
                response.error = {
                    QStringLiteral("timeout"), tr("The sign-in server did not answer in time."), {}};
            } else {
                response.error = {QStringLiteral("network"), tr("The sign-in server cannot be reached."),
                                  reply->errorString()};
            }
            qCDebug(lcAuth) << verb << "status" << response.status << "error" << response.error.code << "in"
                            << timer->elapsed() << "ms";
            done(response);
        });
}

} // namespace hirex::auth
