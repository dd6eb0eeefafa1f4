#include "core/sync/SyncHttp.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiReply.h"
#include "core/api/ApiRequest.h"
#include "core/auth/AccessTokenProvider.h"

#include <QUrlQuery>

namespace hirex::sync {

SyncHttp::SyncHttp(const api::TransportPolicy &policy, const QUrl &baseUrl, auth::AccessTokenProvider *tokens,
                   QObject *parent)
    : QObject(parent)
    , m_api(new api::ApiClient(baseUrl, policy, tokens, this)) {
    connect(m_api, &api::ApiClient::deviceRevoked, this, &SyncHttp::deviceRevoked);
}

SyncHttp::~SyncHttp() {
    // No callbacks during destruction: their owners may already be gone. Destroying the client
    // drops its network replies, retry timers and queued starts without answering them (an
    // abort would answer each with Cancelled).
    delete m_api;
    m_api = nullptr;
}

void SyncHttp::setRetryPolicy(const api::RetryPolicy &policy) {
    m_api->setRetryPolicy(policy);
}

QUrl SyncHttp::baseUrl() const {
    return m_api->baseUrl();
}

void SyncHttp::abortAll() {
    const auto replies = m_inFlight;
    for (const QPointer<api::ApiReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
}

void SyncHttp::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                    const Conditions &conditions, Callback done) {
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    const QString path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    api::RequestOptions options;
    if (q >= 0)
        options.query = QUrlQuery(pathAndQuery.mid(q + 1));
    options.pathTemplate = path; // logs carry ids at most, never the query (cursors, search)
    options.accept = "application/json, application/problem+json";
    // Raw bodies: the engine and the outbox decode them, a 500-item feed page only once.
    options.expectJson = false;
    // A mutation without the caller's key is sent once: the outbox always brings its own, and a
    // key made up here would not survive a restart anyway.
    options.autoIdempotencyKey = false;
    options.idempotencyKey = conditions.idempotencyKey;
    options.ifMatch = conditions.ifMatch;
    auto answer = std::make_shared<Callback>(std::move(done));
    api::ApiReply *reply =
        m_api->request(method, path, body, options,
                       [this, answer](const api::ApiResponse &response, const api::ApiError &error) {
                           HttpResult result;
                           result.status = error.isError() ? error.status : response.status;
                           result.body = response.body;
                           result.etagVersion = response.etagVersion;
                           result.replayed = response.replayed;
                           result.error = error;
                           m_bytesReceived += response.body.size();
                           (*answer)(result);
                       });
    m_inFlight.removeIf([](const QPointer<api::ApiReply> &r) { return r.isNull() || r->isFinished(); });
    m_inFlight.append(reply);
}

} // namespace hirex::sync
