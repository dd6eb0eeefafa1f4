#include "core/api/HttpExchange.h"

#include "core/api/TransportPolicy.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>

#include <memory>

namespace hirex::api {

QByteArray HttpExchangeResult::rawHeader(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QNetworkReply *HttpExchange::send(QNetworkAccessManager *network, const TransportPolicy &policy,
                                  const HttpExchangeRequest &request, QObject *context, Callback done) {
    ApiError refused = policy.checkUrl(request.url);
    if (!refused.isError() && !request.url.userInfo().isEmpty()) {
        // Credentials in a URL end up in logs and proxies; nothing of ours ever needs them.
        refused = ApiError::make(ApiError::Kind::InsecureUrl, QStringLiteral("insecure_url"),
                                 QStringLiteral("user info in URL refused"));
    }
    if (!refused.isError() && !network)
        refused = ApiError::make(ApiError::Kind::Network, QStringLiteral("no_network"),
                                 QStringLiteral("no network access manager"));
    if (refused.isError()) {
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done), refused] {
                HttpExchangeResult result;
                result.transport = refused;
                result.refused = true;
                done(result);
            },
            Qt::QueuedConnection);
        return nullptr;
    }

    QNetworkRequest networkRequest(request.url);
    policy.apply(networkRequest);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (request.prepare)
        request.prepare(networkRequest);

    QNetworkReply *reply = network->sendCustomRequest(networkRequest, request.method, request.body);
    // The reply stays the manager's child, so no reply outlives its manager: one that did kept a
    // connection in the manager's HTTP thread whose encrypted() and sslErrors() are blocking
    // queued calls to the reply's thread. ~QNetworkAccessManager, waiting on that thread, then
    // hung for its 5 s limit and left the thread behind (LeakSanitizer in tst_desktopsync).
    // Deleting the context still aborts the request silently.
    QObject::connect(context, &QObject::destroyed, reply, [reply](QObject *gone) {
        reply->disconnect(gone);
        delete reply;
    });
    policy.watch(reply);

    const qint64 limit =
        request.maxResponseBytes > 0 ? request.maxResponseBytes : policy.settings().maxResponseBytes;
    auto tooLarge = std::make_shared<bool>(false);
    auto checkSize = [reply, limit, tooLarge](qint64 received) {
        if (received > limit && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, checkSize] {
        // Refuse early when the server announces too much.
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(length.toLongLong());
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [checkSize](qint64 received, qint64) { checkSize(received); });
    QObject::connect(
        reply, &QNetworkReply::finished, context, [reply, policy, limit, tooLarge, done = std::move(done)] {
            reply->deleteLater();
            HttpExchangeResult result;
            if (*tooLarge) {
                result.transport =
                    ApiError::make(ApiError::Kind::TooLarge, QStringLiteral("response_too_large"),
                                   QStringLiteral("limit %1 bytes").arg(limit));
                done(result);
                return;
            }
            result.transport = policy.transportError(reply);
            if (!result.transport.isError()) {
                result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                result.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
                result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                result.headers = reply->rawHeaderPairs();
                result.body = reply->read(limit + 1);
                if (result.body.size() > limit) {
                    result = HttpExchangeResult();
                    result.transport =
                        ApiError::make(ApiError::Kind::TooLarge, QStringLiteral("response_too_large"),
                                       QStringLiteral("limit %1 bytes").arg(limit));
                }
            }
            done(result);
        });
    return reply;
}

} // namespace hirex::api
