#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiReply.h"
#include "core/api/ApiRequest.h"
#include "core/api/RetryPolicy.h"
#include "core/api/TransportPolicy.h"
#include "core/domain/ActivityEntry.h"
#include "core/domain/AiInsight.h"
#include "core/domain/Application.h"
#include "core/domain/Candidate.h"
#include "core/domain/ChangeFeedPage.h"
#include "core/domain/Device.h"
#include "core/domain/Evaluation.h"
#include "core/domain/Job.h"
#include "core/domain/Me.h"
#include "core/domain/Note.h"
#include "core/domain/Page.h"
#include "core/domain/ParsedCv.h"
#include "core/domain/Pipeline.h"
#include "core/domain/ServiceStatus.h"
#include "core/domain/User.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace hirex::auth {
class AccessTokenProvider;
}

namespace hirex::api {

struct HttpExchangeResult;

// The human confirmation the server requires for reject and hire: people decide, AI informs.
struct HumanConfirmation {
    QDateTime confirmedAt;
    QStringList aiInsightsShown; // ids of the AI insights the user saw when deciding
};

struct ApplicationFilter {
    QString jobId;
    QString stageId;
    QString status;
};

// A typed client for Hirex API v1 over QNetworkAccessManager.
//
// Every call is asynchronous and answers exactly once, on the event loop, never inside the
// call: typed methods take a callback with an ApiResult<T> (value or error) and also return
// the ApiReply handle (for abort(); it emits finished() after the callback and deletes itself).
//
// Per call, the client:
//  - refuses URLs the TransportPolicy refuses (plain http) and applies its TLS configuration;
//  - sends the bearer token and X-Hirex-Device from the AccessTokenProvider;
//  - on 401 asks the provider to refresh once (concurrent 401s share one refresh) and
//    retries once; a 401 with code device_revoked emits deviceRevoked() instead;
//  - retries idempotent calls (GET, and mutations with their Idempotency-Key, which stays
//    the same across the retries of one logical change) per RetryPolicy, honouring
//    Retry-After on 429/503;
//  - aborts a response larger than the limit, checks JSON content types, decodes strictly;
//  - logs method, path (no query), status, attempt and duration to hirex.core.api.
class ApiClient : public QObject {
    Q_OBJECT

public:
    using ResponseCallback = std::function<void(const ApiResponse &response, const ApiError &error)>;
    template<class T>
    using Callback = std::function<void(const ApiResult<T> &result)>;

    ApiClient(const QUrl &baseUrl, const TransportPolicy &policy, auth::AccessTokenProvider *tokens,
              QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    const TransportPolicy &policy() const { return m_policy; }
    void setRetryPolicy(const RetryPolicy &retry) { m_retry = retry; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    auth::AccessTokenProvider *tokenProvider() const { return m_tokens; }
    // Sets the bearer token and X-Hirex-Device of the provider, when it has them. Every request
    // to the API takes its credentials from here (the change stream too).
    void applyCredentials(QNetworkRequest &request) const;
    // Asks the provider for a fresh access token. Everyone who asks while a refresh runs (the
    // calls that got a 401, the change stream) shares that one refresh: each refresh rotates the
    // refresh token, and a second one racing the first would present a used token.
    using RefreshCallback = std::function<void(bool refreshed, const UserMessage &error)>;
    void refreshAccessToken(RefreshCallback done);
    // Counts the provider's token changes. A 401 to a request sent before the latest change is
    // retried with the new token instead of refreshing again.
    quint64 tokenGeneration() const { return m_tokenGeneration; }

    // The generic call for everything without a typed method. `path` starts with "/".
    ApiReply *request(const QByteArray &method, const QString &path, const QByteArray &body,
                      const RequestOptions &options, ResponseCallback done = {});
    ApiReply *request(const QByteArray &method, const QString &path, const QJsonObject &body,
                      const RequestOptions &options, ResponseCallback done = {});

    // Typed calls. `cursor` empty = first page; `limit` 0 = server default.
    ApiReply *status(Callback<domain::ServiceStatus> done);
    ApiReply *me(Callback<domain::Me> done);
    ApiReply *jobs(const QString &cursor, int limit, Callback<domain::Page<domain::Job>> done);
    ApiReply *job(const QString &id, Callback<domain::Job> done);
    ApiReply *pipelines(const QString &cursor, int limit, Callback<domain::Page<domain::Pipeline>> done);
    ApiReply *pipeline(const QString &id, Callback<domain::Pipeline> done);
    ApiReply *candidates(const QString &query, const QString &cursor, int limit,
                         Callback<domain::Page<domain::Candidate>> done);
    ApiReply *candidate(const QString &id, Callback<domain::Candidate> done);
    ApiReply *applications(const ApplicationFilter &filter, const QString &cursor, int limit,
                           Callback<domain::Page<domain::Application>> done);
    ApiReply *application(const QString &id, Callback<domain::Application> done);
    // Mutations: `version` is the version the user saw (If-Match); `idempotencyKey` identifies
    // the logical change (the outbox keeps it across restarts); empty = a fresh one.
    ApiReply *moveApplication(const QString &id, qint64 version, const QString &stageId,
                              const QString &idempotencyKey, Callback<domain::Application> done);
    ApiReply *rejectApplication(const QString &id, qint64 version, const QString &reasonCode,
                                const QString &reasonText, const HumanConfirmation &confirmation,
                                const QString &idempotencyKey, Callback<domain::Application> done);
    ApiReply *hireApplication(const QString &id, qint64 version, const HumanConfirmation &confirmation,
                              const QString &idempotencyKey, Callback<domain::Application> done);
    ApiReply *changes(const QString &cursor, int limit, Callback<domain::ChangeFeedPage> done);
    ApiReply *candidateCv(const QString &candidateId, Callback<QByteArray> done);
    ApiReply *activity(const QString &candidateId, const QString &cursor, int limit,
                       Callback<domain::Page<domain::ActivityEntry>> done);
    ApiReply *evaluations(const QString &applicationId, const QString &cursor, int limit,
                          Callback<domain::EvaluationList> done);
    ApiReply *applicationAiInsights(const QString &applicationId, const QString &cursor, int limit,
                                    Callback<domain::Page<domain::AiInsight>> done);
    ApiReply *notes(const QString &candidateId, const QString &cursor, int limit,
                    Callback<domain::Page<domain::Note>> done);
    ApiReply *createNote(const QString &candidateId, const QString &body, const QString &visibility,
                         const QString &idempotencyKey, Callback<domain::Note> done);
    // Admin (online only): the tenant's registered devices and users; revoking a device signs
    // it out at its next request, and with `wipe` its local data is deleted too.
    ApiReply *adminDevices(const QString &cursor, int limit, Callback<domain::Page<domain::Device>> done);
    ApiReply *adminUsers(const QString &cursor, int limit, Callback<domain::Page<domain::User>> done);
    ApiReply *revokeDevice(const QString &id, qint64 version, bool wipe, const QString &idempotencyKey,
                           Callback<domain::Device> done);

    // A typed call for any decodable type (T::fromJson).
    template<class T>
    ApiReply *get(const QString &path, const RequestOptions &options, Callback<T> done) {
        return call<T>("GET", path, QByteArray(), options, std::move(done));
    }
    template<class T>
    ApiReply *call(const QByteArray &method, const QString &path, const QByteArray &body,
                   const RequestOptions &options, Callback<T> done) {
        return request(method, path, body, options,
                       [done = std::move(done)](const ApiResponse &response, const ApiError &error) {
                           ApiResult<T> result = ApiClient::resultShell<T>(response, error);
                           if (!error.isError()) {
                               domain::DecodeError decodeError;
                               result.value = T::fromJson(response.json, &decodeError);
                               if (!result.value)
                                   result.error = decodeFailure(decodeError);
                           }
                           if (done)
                               done(result);
                       });
    }

    // A new Idempotency-Key: a random UUID v4.
    static QString newIdempotencyKey();
    // Parses a strong ETag `"<version>"`.
    static std::optional<qint64> parseEtagVersion(const QByteArray &etag);
    static ApiError decodeFailure(const domain::DecodeError &error);

Q_SIGNALS:
    // The server revoked this device: the app wipes local data and returns to sign-in.
    void deviceRevoked(const hirex::api::ApiError &error);

private:
    struct Call;

    template<class T>
    static ApiResult<T> resultShell(const ApiResponse &response, const ApiError &error) {
        ApiResult<T> result;
        result.error = error;
        result.etagVersion = response.etagVersion;
        result.replayed = response.replayed;
        result.attempts = response.attempts;
        return result;
    }

    QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    void start(const std::shared_ptr<Call> &call);
    void onFinished(const std::shared_ptr<Call> &call, const HttpExchangeResult &result);
    void retryOrFinish(const std::shared_ptr<Call> &call, const ApiError &error);
    void refreshThenRetry(const std::shared_ptr<Call> &call, const ApiError &error);
    void finishCall(const std::shared_ptr<Call> &call, const ApiResponse &response, const ApiError &error);
    ApiError httpError(const HttpExchangeResult &result) const;

    QUrl m_baseUrl;
    TransportPolicy m_policy;
    QPointer<auth::AccessTokenProvider> m_tokens;
    QNetworkAccessManager *m_nam;
    RetryPolicy m_retry;
    QList<RefreshCallback> m_refreshWaiters; // non-empty while a refresh runs
    quint64 m_tokenGeneration = 0;
};

} // namespace hirex::api
