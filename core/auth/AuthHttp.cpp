#include "core/auth/AuthHttp.h"

#include "core/api/HttpExchange.h"
#include "core/api/TransportPolicy.h"
#include "core/auth/AuthLogging.h"

#include <QElapsedTimer>

#include <memory>

namespace hirex::auth {

bool AuthHttp::isUrlAllowed(const QUrl &url, bool allowLoopbackHttp) {
    return url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty() &&
           api::TransportPolicy::isSchemeAllowed(url, allowLoopbackHttp);
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
    api::HttpExchangeRequest request;
    request.method = verb;
    request.url = url;
    request.body = body;
    request.maxResponseBytes = transport.maxResponseBytes;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    if (!contentType.isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    request.headers.append(headers);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    api::HttpExchange::send(transport.network, transport.policy, request, context,
                            [done = std::move(done), timer, verb](const api::HttpExchangeResult &result) {
                                AuthHttpResponse response;
                                if (result.transport.isError()) {
                                    response.error = result.transport.toUserMessage();
                                } else {
                                    response.status = result.status;
                                    response.body = result.body;
                                    response.contentType = result.contentType;
                                }
                                qCDebug(lcAuth) << verb << "status" << response.status << "error"
                                                << response.error.code << "in" << timer->elapsed() << "ms";
                                done(response);
                            });
}

} // namespace hirex::auth
