// ApiClient and EventStreamClient against the REAL hirex-sandbox over HTTPS on loopback.
#include "core/api/ApiClient.h"
#include "core/api/EventStreamClient.h"
#include "core/domain/ActivityEntry.h"
#include "core/domain/Device.h"
#include "tests/support/SandboxLogin.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestTokenProvider.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace hirex::api;
using hirex::test::SandboxLogin;
using hirex::test::SandboxProcess;
using hirex::test::TestTokenProvider;

namespace {
constexpr int kCallTimeoutMs = 60000;

// Waits for a typed call's callback and returns its result.
template<class T>
struct Waiter {
    std::shared_ptr<std::optional<ApiResult<T>>> slot = std::make_shared<std::optional<ApiResult<T>>>();
    ApiClient::Callback<T> callback() {
        auto s = slot;
        return [s](const ApiResult<T> &r) {
            *s = r;
        };
    }
    ApiResult<T> wait() {
        static_cast<void>(QTest::qWaitFor([this] { return slot->has_value(); }, kCallTimeoutMs));
        if (!slot->has_value()) {
            ApiResult<T> timeout;
            timeout.error = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test_timeout"));
            return timeout;
        }
        return **slot;
    }
};

struct Raw {
    ApiResponse response;
    ApiError error;
    bool done = false;
};

Raw waitRaw(ApiClient &client, const QByteArray &method, const QString &path, const QByteArray &body,
            const RequestOptions &options) {
    auto raw = std::make_shared<Raw>();
    client.request(method, path, body, options, [raw](const ApiResponse &r, const ApiError &e) {
        raw->response = r;
        raw->error = e;
        raw->done = true;
    });
    static_cast<void>(QTest::qWaitFor([raw] { return raw->done; }, kCallTimeoutMs));
    return *raw;
}

QString describe(const ApiError &e) {
    return ApiError::kindName(e.kind) + u' ' + e.code + u' ' + QString::number(e.status) + u' ' + e.detail;
}

RetryPolicy fastRetries(int attempts) {
    RetryPolicy retry;
    retry.maxAttempts = attempts;
    retry.baseDelay = std::chrono::milliseconds(20);
    retry.maxDelay = std::chrono::milliseconds(200);
    return retry;
}
} // namespace

class TestApiClientSandbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void untrustedCaIsRefused();
    void plainHttpIsRefusedByPolicy();
    void connectsWithTheCaFile();
    void meIsDecoded();
    void pagesAndSingleResources();
    void typedProblemErrors();
    void preconditionFailedCarriesCurrentVersion();
    void idempotencyKeyReplays();
    void unauthorizedRefreshesOnceAndRetries();
    void failedRefreshIsUnauthorized();
    void responseSizeLimit();
    void eventStreamDeliversAChange();
    void eventStreamReconnectsAfterSilence();
    void eventStreamAndCallsShareOneRefresh();
    void spkiPinsAreEnforced();
    void revokedDeviceIsReported();
    void retriesUnderInjectedFaults();

private:
    std::unique_ptr<ApiClient> makeClient(TestTokenProvider *tokens,
                                          const RetryPolicy &retry = RetryPolicy());

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxLogin> m_login;
    hirex::test::SandboxTokens m_recruiter;
    std::unique_ptr<TestTokenProvider> m_tokens;
};

void TestApiClientSandbox::initTestCase() {
    m_sandbox =
        std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--candidates"), QStringLiteral("60")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    QCOMPARE(m_sandbox->baseUrl().scheme(), QStringLiteral("https"));
    m_login = std::make_unique<SandboxLogin>(*m_sandbox);
    const auto tokens = m_login->signInAs(QStringLiteral("recruiter"));
    QVERIFY2(tokens, qPrintable(m_login->errorString()));
    m_recruiter = *tokens;
    m_tokens = std::make_unique<TestTokenProvider>(m_recruiter.accessToken);
}

void TestApiClientSandbox::cleanupTestCase() {
    m_tokens.reset();
    m_login.reset();
    if (m_sandbox)
        QCOMPARE(m_sandbox->stop(), 0);
}

std::unique_ptr<ApiClient> TestApiClientSandbox::makeClient(TestTokenProvider *tokens,
                                                            const RetryPolicy &retry) {
    TransportSettings settings;
    settings.caFile = m_sandbox->caFile();
    ApiError error;
    const auto policy = TransportPolicy::create(settings, &error);
    if (!policy)
        return nullptr;
    auto client = std::make_unique<ApiClient>(m_sandbox->baseUrl(), *policy, tokens);
    client->setRetryPolicy(retry);
    return client;
}

void TestApiClientSandbox::untrustedCaIsRefused() {
    // The system CAs only: the sandbox's own CA is unknown, so TLS must fail, typed.
    ApiClient client(m_sandbox->baseUrl(), TransportPolicy(), m_tokens.get());
    Waiter<hirex::domain::ServiceStatus> w;
    client.status(w.callback());
    const auto r = w.wait();
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, ApiError::Kind::Tls);
    QCOMPARE(r.error.code, QStringLiteral("tls_untrusted"));
    QVERIFY2(r.error.message.contains(u"not trusted") && r.error.message.contains(u"--ca-file"),
             qPrintable(r.error.message));
    QCOMPARE(r.attempts, 1); // TLS errors are not retried
}

void TestApiClientSandbox::plainHttpIsRefusedByPolicy() {
    QUrl http = m_sandbox->baseUrl();
    http.setScheme(QStringLiteral("http"));
    ApiClient client(http, TransportPolicy(), m_tokens.get());
    Waiter<hirex::domain::ServiceStatus> w;
    client.status(w.callback());
    const auto r = w.wait();
    QCOMPARE(r.error.kind, ApiError::Kind::InsecureUrl);
    QCOMPARE(r.attempts, 0); // refused before any connection
}

void TestApiClientSandbox::connectsWithTheCaFile() {
    auto client = makeClient(m_tokens.get());
    QVERIFY(client);
    Waiter<hirex::domain::ServiceStatus> w;
    ApiReply *reply = client->status(w.callback());
    QSignalSpy finished(reply, &ApiReply::finished);
    const auto r = w.wait();
    QVERIFY2(r.ok(), qPrintable(describe(r.error)));
    QVERIFY(!r.value->version.isEmpty());
    QVERIFY(finished.count() == 1 || finished.wait(5000));
}

void TestApiClientSandbox::meIsDecoded() {
    auto client = makeClient(m_tokens.get());
    Waiter<hirex::domain::Me> w;
    client->me(w.callback());
    const auto r = w.wait();
    QVERIFY2(r.ok(), qPrintable(describe(r.error)));
    QCOMPARE(r.value->user.email.value_or(QString()),
             m_sandbox->account(QStringLiteral("recruiter")).value(u"email").toString());
    QVERIFY(r.value->can(QStringLiteral("candidates.read")));
    QVERIFY(!r.value->can(QStringLiteral("admin.users")));
}

void TestApiClientSandbox::pagesAndSingleResources() {
    auto client = makeClient(m_tokens.get());
    Waiter<hirex::domain::Page<hirex::domain::Job>> jobs;
    client->jobs(QString(), 5, jobs.callback());
    const auto page = jobs.wait();
    QVERIFY2(page.ok(), qPrintable(describe(page.error)));
    QVERIFY(!page.value->items.isEmpty());
    QVERIFY(page.value->items.size() <= 5);

    Waiter<hirex::domain::Job> one;
    client->job(page.value->items.first().id, one.callback());
    const auto job = one.wait();
    QVERIFY2(job.ok(), qPrintable(describe(job.error)));
    QCOMPARE(job.value->id, page.value->items.first().id);
    QCOMPARE(job.etagVersion, std::optional<qint64>(job.value->version));

    Waiter<hirex::domain::Page<hirex::domain::Candidate>> candidates;
    client->candidates(QString(), QString(), 10, candidates.callback());
    const auto cands = candidates.wait();
    QVERIFY2(cands.ok(), qPrintable(describe(cands.error)));
    QVERIFY(!cands.value->items.isEmpty());
    QVERIFY(cands.value->hasMore());
    Waiter<hirex::domain::Page<hirex::domain::Candidate>> next;
    client->candidates(QString(), *cands.value->nextCursor, 10, next.callback());
    const auto second = next.wait();
    QVERIFY2(second.ok(), qPrintable(describe(second.error)));
    QVERIFY(second.value->items.first().id != cands.value->items.first().id);

    const QString candidateId = cands.value->items.first().id;
    Waiter<QByteArray> cv;
    client->candidateCv(candidateId, cv.callback());
    const auto pdf = cv.wait();
    // Not every candidate has a CV: a typed 404 is as good as a PDF here.
    QVERIFY2(pdf.ok() ? pdf.value->startsWith("%PDF-") : pdf.error.kind == ApiError::Kind::NotFound,
             qPrintable(describe(pdf.error)));
    Waiter<hirex::domain::Page<hirex::domain::ActivityEntry>> activity;
    client->activity(candidateId, QString(), 10, activity.callback());
    const auto act = activity.wait();
    QVERIFY2(act.ok(), qPrintable(describe(act.error)));
    Waiter<hirex::domain::Page<hirex::domain::Note>> notes;
    client->notes(candidateId, QString(), 10, notes.callback());
    const auto noteList = notes.wait();
    QVERIFY2(noteList.ok(), qPrintable(describe(noteList.error)));

    Waiter<hirex::domain::Page<hirex::domain::Application>> apps;
    client->applications(ApplicationFilter(), QString(), 3, apps.callback());
    const auto appPage = apps.wait();
    QVERIFY2(appPage.ok() && !appPage.value->items.isEmpty(), qPrintable(describe(appPage.error)));
    const QString applicationId = appPage.value->items.first().id;
    Waiter<hirex::domain::EvaluationList> evaluations;
    client->evaluations(applicationId, QString(), 10, evaluations.callback());
    const auto evals = evaluations.wait();
    QVERIFY2(evals.ok(), qPrintable(describe(evals.error)));
    QVERIFY(evals.value->hiddenCount >= 0);
    Waiter<hirex::domain::Page<hirex::domain::AiInsight>> insights;
    client->applicationAiInsights(applicationId, QString(), 10, insights.callback());
    const auto ai = insights.wait();
    QVERIFY2(ai.ok(), qPrintable(describe(ai.error)));
    for (const auto &insight : ai.value->items)
        QCOMPARE(insight.disclaimer, QStringLiteral("AI-generated. Informs, does not decide."));

    Waiter<hirex::domain::ChangeFeedPage> changes;
    client->changes(QString(), 50, changes.callback());
    const auto feed = changes.wait();
    QVERIFY2(feed.ok(), qPrintable(describe(feed.error)));
    QVERIFY(!feed.value->nextCursor.isEmpty());
}

void TestApiClientSandbox::typedProblemErrors() {
    auto client = makeClient(m_tokens.get());
    // 404 not_found
    Waiter<hirex::domain::Job> missing;
    client->job(QStringLiteral("job_doesnotexist"), missing.callback());
    auto r404 = missing.wait();
    QCOMPARE(r404.error.kind, ApiError::Kind::NotFound);
    QCOMPARE(r404.error.status, 404);
    QCOMPARE(r404.error.code, QStringLiteral("not_found"));
    QCOMPARE(r404.attempts, 1); // not retried

    // 403 forbidden: a recruiter is not an admin.
    RequestOptions options;
    const Raw r403 = waitRaw(*client, "GET", QStringLiteral("/v1/admin/users"), QByteArray(), options);
    QCOMPARE(r403.error.kind, ApiError::Kind::Forbidden);
    QCOMPARE(r403.error.status, 403);
    QVERIFY(!r403.error.message.isEmpty());

    // Find an active application to mutate.
    Waiter<hirex::domain::Page<hirex::domain::Application>> apps;
    client->applications(ApplicationFilter{QString(), QString(), QStringLiteral("active")}, QString(), 5,
                         apps.callback());
    const auto page = apps.wait();
    QVERIFY2(page.ok() && !page.value->items.isEmpty(), qPrintable(describe(page.error)));
    const auto app = page.value->items.first();

    // 428 precondition_required: a mutation without If-Match.
    RequestOptions noIfMatch;
    const QByteArray moveBody =
        QJsonDocument(QJsonObject{{QStringLiteral("stage_id"), app.stageId}}).toJson();
    const Raw r428 = waitRaw(*client, "POST", u"/v1/applications/" + app.id + u"/move", moveBody, noIfMatch);
    QCOMPARE(r428.error.kind, ApiError::Kind::PreconditionRequired);
    QCOMPARE(r428.error.status, 428);

    // 422 validation_failed: reject without the human confirmation.
    RequestOptions withVersion;
    withVersion.ifMatch = app.version;
    const QByteArray rejectBody =
        QJsonDocument(QJsonObject{{QStringLiteral("reason_code"), QStringLiteral("skills")}}).toJson();
    const Raw r422 =
        waitRaw(*client, "POST", u"/v1/applications/" + app.id + u"/reject", rejectBody, withVersion);
    QCOMPARE(r422.error.kind, ApiError::Kind::Validation);
    QCOMPARE(r422.error.status, 422);
    QCOMPARE(r422.error.code, QStringLiteral("validation_failed"));
    QVERIFY(!r422.error.fieldErrors.isEmpty());
}

void TestApiClientSandbox::preconditionFailedCarriesCurrentVersion() {
    auto client = makeClient(m_tokens.get());
    Waiter<hirex::domain::Page<hirex::domain::Pipeline>> pipes;
    client->pipelines(QString(), 50, pipes.callback());
    const auto pipelines = pipes.wait();
    QVERIFY2(pipelines.ok(), qPrintable(describe(pipelines.error)));
    Waiter<hirex::domain::Page<hirex::domain::Application>> apps;
    client->applications(ApplicationFilter{QString(), QString(), QStringLiteral("active")}, QString(), 5,
                         apps.callback());
    const auto page = apps.wait();
    QVERIFY2(page.ok() && !page.value->items.isEmpty(), qPrintable(describe(page.error)));
    const auto app = page.value->items.last();
    QString otherStage;
    for (const auto &p : pipelines.value->items) {
        if (p.id != app.pipelineId)
            continue;
        for (const auto &s : p.stages) {
            if (s.id != app.stageId && s.kind != u"hired") {
                otherStage = s.id;
                break;
            }
        }
    }
    QVERIFY(!otherStage.isEmpty());

    // A move with the right version succeeds and bumps the version...
    Waiter<hirex::domain::Application> moved;
    client->moveApplication(app.id, app.version, otherStage, QString(), moved.callback());
    const auto ok = moved.wait();
    QVERIFY2(ok.ok(), qPrintable(describe(ok.error)));
    QCOMPARE(ok.value->stageId, otherStage);
    QCOMPARE(ok.value->version, app.version + 1);
    QCOMPARE(ok.etagVersion, std::optional<qint64>(app.version + 1));

    // ...and a second one with the old version is 412, carrying the current version.
    Waiter<hirex::domain::Application> stale;
    client->moveApplication(app.id, app.version, app.stageId, QString(), stale.callback());
    const auto r412 = stale.wait();
    QCOMPARE(r412.error.kind, ApiError::Kind::PreconditionFailed);
    QCOMPARE(r412.error.status, 412);
    QCOMPARE(r412.error.currentVersion, std::optional<qint64>(app.version + 1));
}

void TestApiClientSandbox::idempotencyKeyReplays() {
    auto client = makeClient(m_tokens.get());
    Waiter<hirex::domain::Page<hirex::domain::Candidate>> candidates;
    client->candidates(QString(), QString(), 1, candidates.callback());
    const auto cands = candidates.wait();
    QVERIFY2(cands.ok(), qPrintable(describe(cands.error)));
    const QString candidateId = cands.value->items.first().id;
    const QString key = ApiClient::newIdempotencyKey();
    QCOMPARE(key.size(), 36);
    QCOMPARE(key.at(14), u'4'); // UUID version 4

    Waiter<hirex::domain::Note> first;
    client->createNote(candidateId, QStringLiteral("Strong C++ background."), QStringLiteral("team"), key,
                       first.callback());
    const auto a = first.wait();
    QVERIFY2(a.ok(), qPrintable(describe(a.error)));
    QVERIFY(!a.replayed);
    Waiter<hirex::domain::Note> second;
    client->createNote(candidateId, QStringLiteral("Strong C++ background."), QStringLiteral("team"), key,
                       second.callback());
    const auto b = second.wait();
    QVERIFY2(b.ok(), qPrintable(describe(b.error)));
    QVERIFY(b.replayed);
    QCOMPARE(b.value->id, a.value->id);
    // Same key, different body: refused.
    Waiter<hirex::domain::Note> third;
    client->createNote(candidateId, QStringLiteral("Something else."), QStringLiteral("team"), key,
                       third.callback());
    const auto c = third.wait();
    QCOMPARE(c.error.kind, ApiError::Kind::Validation);
    QCOMPARE(c.error.code, QStringLiteral("idempotency_key_reused"));
}

void TestApiClientSandbox::unauthorizedRefreshesOnceAndRetries() {
    const auto fresh = m_login->signInAs(QStringLiteral("recruiter"));
    QVERIFY2(fresh, qPrintable(m_login->errorString()));
    auto refreshToken = std::make_shared<QString>(fresh->refreshToken);
    SandboxLogin *login = m_login.get();
    TestTokenProvider tokens(QStringLiteral("expired-or-bogus-token"), [login, refreshToken] {
        const auto t = login->refresh(*refreshToken);
        if (!t)
            return QString();
        *refreshToken = t->refreshToken;
        return t->accessToken;
    });
    auto client = makeClient(&tokens);
    // Two calls at once share one refresh.
    Waiter<hirex::domain::Me> a;
    Waiter<hirex::domain::Me> b;
    client->me(a.callback());
    client->me(b.callback());
    const auto ra = a.wait();
    const auto rb = b.wait();
    QVERIFY2(ra.ok(), qPrintable(describe(ra.error)));
    QVERIFY2(rb.ok(), qPrintable(describe(rb.error)));
    QCOMPARE(tokens.refreshCount(), 1);
    QVERIFY(tokens.accessToken() != u"expired-or-bogus-token");
}

void TestApiClientSandbox::failedRefreshIsUnauthorized() {
    TestTokenProvider tokens(QStringLiteral("bogus"), [] { return QString(); });
    auto client = makeClient(&tokens);
    Waiter<hirex::domain::Me> w;
    client->me(w.callback());
    const auto r = w.wait();
    QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(r.error.status, 401);
    QCOMPARE(tokens.refreshCount(), 1); // once, not in a loop
}

void TestApiClientSandbox::responseSizeLimit() {
    auto client = makeClient(m_tokens.get());
    RequestOptions small;
    small.maxResponseBytes = 512;
    small.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("50"));
    const Raw r = waitRaw(*client, "GET", QStringLiteral("/v1/candidates"), QByteArray(), small);
    QCOMPARE(r.error.kind, ApiError::Kind::TooLarge);
    QCOMPARE(r.response.attempts, 1); // not retried
    // The same call within the default limit works.
    RequestOptions normal;
    normal.query = small.query;
    const Raw ok = waitRaw(*client, "GET", QStringLiteral("/v1/candidates"), QByteArray(), normal);
    QVERIFY2(!ok.error.isError(), qPrintable(describe(ok.error)));
    QVERIFY(ok.response.body.size() > 512);
}

void TestApiClientSandbox::eventStreamDeliversAChange() {
    auto client = makeClient(m_tokens.get());
    EventStreamClient stream(client.get());
    QSignalSpy connected(&stream, &EventStreamClient::connected);
    QSignalSpy events(&stream, &EventStreamClient::eventReceived);
    stream.start();
    // The stream reports "connected" at its first bytes; a keepalive or the first event.
    Waiter<hirex::domain::Page<hirex::domain::Candidate>> candidates;
    client->candidates(QString(), QString(), 1, candidates.callback());
    const auto cands = candidates.wait();
    QVERIFY2(cands.ok(), qPrintable(describe(cands.error)));
    QTest::qWait(500); // let the stream request reach the server before the change
    Waiter<hirex::domain::Note> note;
    client->createNote(cands.value->items.first().id, QStringLiteral("Event stream check."),
                       QStringLiteral("private"), QString(), note.callback());
    QVERIFY2(note.wait().ok(), "note not created");
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 20000);
    const auto event = events.first().first().value<SseEvent>();
    QCOMPARE(event.type, QStringLiteral("changes"));
    const QJsonObject data = QJsonDocument::fromJson(event.data.toUtf8()).object();
    QVERIFY2(!data.value(u"cursor").toString().isEmpty(), qPrintable(event.data));
    QCOMPARE(connected.count(), 1); // and still connected: no disconnect in between
    stream.stop();
    QVERIFY(!stream.isRunning());
}

void TestApiClientSandbox::eventStreamReconnectsAfterSilence() {
    auto client = makeClient(m_tokens.get());
    EventStreamClient stream(client.get());
    // Keepalives come every 15 s; a 1 s idle limit makes the client drop and reconnect.
    stream.setIdleTimeout(std::chrono::milliseconds(1000));
    stream.setRetryPolicy(fastRetries(100));
    QSignalSpy connected(&stream, &EventStreamClient::connected);
    QSignalSpy disconnected(&stream, &EventStreamClient::disconnected);
    QSignalSpy events(&stream, &EventStreamClient::eventReceived);
    stream.start();
    // Connected, dropped for silence, connected again: twice.
    QTRY_VERIFY_WITH_TIMEOUT(connected.count() >= 3 && disconnected.count() >= 2, 20000);
    QVERIFY(stream.isRunning());
    QCOMPARE(disconnected.first().first().value<ApiError>().kind, ApiError::Kind::Timeout);
    // After reconnecting it still delivers changes.
    stream.setIdleTimeout(std::chrono::milliseconds(30000));
    QTest::qWait(1500); // let the current reconnect (with the old limit) settle
    Waiter<hirex::domain::Page<hirex::domain::Candidate>> candidates;
    client->candidates(QString(), QString(), 1, candidates.callback());
    const auto cands = candidates.wait();
    QVERIFY2(cands.ok(), qPrintable(describe(cands.error)));
    QTest::qWait(500);
    Waiter<hirex::domain::Note> note;
    client->createNote(cands.value->items.first().id, QStringLiteral("Reconnect check."),
                       QStringLiteral("private"), QString(), note.callback());
    QVERIFY(note.wait().ok());
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 20000);
    stream.stop();
}

void TestApiClientSandbox::eventStreamAndCallsShareOneRefresh() {
    // The stored access token has expired: the stream and two calls all get a 401. One refresh
    // must serve them all (each refresh rotates the refresh token; a second one would present a
    // used token, and the server would revoke the whole sign-in).
    const QString valid = m_recruiter.accessToken;
    TestTokenProvider tokens(QStringLiteral("expired-token"), [valid] { return valid; });
    auto client = makeClient(&tokens);
    EventStreamClient stream(client.get());
    QSignalSpy connected(&stream, &EventStreamClient::connected);
    stream.start();
    Waiter<hirex::domain::Me> me;
    client->me(me.callback());
    Waiter<hirex::domain::Page<hirex::domain::Candidate>> candidates;
    client->candidates(QString(), QString(), 1, candidates.callback());
    const auto meResult = me.wait();
    QVERIFY2(meResult.ok(), qPrintable(describe(meResult.error)));
    const auto candidatesResult = candidates.wait();
    QVERIFY2(candidatesResult.ok(), qPrintable(describe(candidatesResult.error)));
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 20000);
    QCOMPARE(tokens.refreshCount(), 1);
    stream.stop();
}

void TestApiClientSandbox::spkiPinsAreEnforced() {
    const auto cas = QSslCertificate::fromPath(m_sandbox->caFile());
    QCOMPARE(cas.size(), 1);
    // Pinning the sandbox CA's key: the chain contains it, calls work.
    TransportSettings pinned;
    pinned.caFile = m_sandbox->caFile();
    pinned.spkiPins = {TransportPolicy::spkiSha256(cas.first())};
    const auto good = TransportPolicy::create(pinned, nullptr);
    QVERIFY(good);
    ApiClient ok(m_sandbox->baseUrl(), *good, m_tokens.get());
    Waiter<hirex::domain::ServiceStatus> w1;
    ok.status(w1.callback());
    const auto r1 = w1.wait();
    QVERIFY2(r1.ok(), qPrintable(describe(r1.error)));

    // Pinning some other key: the trusted chain is still refused, as interception would be.
    pinned.spkiPins = {QString::fromLatin1(QByteArray(32, 'k').toBase64())};
    const auto bad = TransportPolicy::create(pinned, nullptr);
    QVERIFY(bad);
    ApiClient refused(m_sandbox->baseUrl(), *bad, m_tokens.get());
    Waiter<hirex::domain::ServiceStatus> w2;
    refused.status(w2.callback());
    const auto r2 = w2.wait();
    QCOMPARE(r2.error.kind, ApiError::Kind::Tls);
    QCOMPARE(r2.error.code, QStringLiteral("tls_pin_mismatch"));
    QCOMPARE(r2.attempts, 1);
}

void TestApiClientSandbox::revokedDeviceIsReported() {
    // A recruiter registers this device...
    TestTokenProvider recruiter(m_recruiter.accessToken);
    auto client = makeClient(&recruiter);
    RequestOptions create;
    const QJsonObject registration{{QStringLiteral("name"), QStringLiteral("CI laptop")},
                                   {QStringLiteral("platform"), QStringLiteral("linux")},
                                   {QStringLiteral("app_version"), QStringLiteral("0.1.0")}};
    const Raw registered =
        waitRaw(*client, "POST", QStringLiteral("/v1/devices"), QJsonDocument(registration).toJson(), create);
    QVERIFY2(!registered.error.isError(), qPrintable(describe(registered.error)));
    const auto device = hirex::domain::Device::fromJson(registered.response.json, nullptr);
    QVERIFY(device);
    recruiter.setDeviceId(device->id);
    Waiter<hirex::domain::Me> before;
    client->me(before.callback());
    QVERIFY(before.wait().ok());

    // ...an admin revokes it...
    const auto admin = m_login->signInAs(QStringLiteral("admin"));
    QVERIFY2(admin, qPrintable(m_login->errorString()));
    TestTokenProvider adminTokens(admin->accessToken);
    auto adminClient = makeClient(&adminTokens);
    RequestOptions revoke;
    revoke.ifMatch = device->version;
    const Raw revoked = waitRaw(*adminClient, "POST", u"/v1/admin/devices/" + device->id + u"/revoke",
                                QJsonDocument(QJsonObject{{QStringLiteral("wipe"), true}}).toJson(), revoke);
    QVERIFY2(!revoked.error.isError(), qPrintable(describe(revoked.error)));

    // ...and the next call from the device says so, with the deviceRevoked signal, no refresh.
    QSignalSpy spy(client.get(), &ApiClient::deviceRevoked);
    Waiter<hirex::domain::Me> after;
    client->me(after.callback());
    const auto r = after.wait();
    QCOMPARE(r.error.kind, ApiError::Kind::DeviceRevoked);
    QCOMPARE(r.error.code, QStringLiteral("device_revoked"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(recruiter.refreshCount(), 0);
}

void TestApiClientSandbox::retriesUnderInjectedFaults() {
    SandboxProcess flaky({QStringLiteral("--candidates"), QStringLiteral("30"), QStringLiteral("--fail-rate"),
                          QStringLiteral("0.5")});
    QVERIFY2(flaky.start(), qPrintable(flaky.errorString()));
    SandboxLogin login(flaky);
    std::optional<hirex::test::SandboxTokens> tokens;
    // /oauth is not subject to injected faults, but be tolerant anyway.
    for (int i = 0; i < 5 && !tokens; ++i)
        tokens = login.signInAs(QStringLiteral("recruiter"));
    QVERIFY2(tokens, qPrintable(login.errorString()));
    TestTokenProvider provider(tokens->accessToken);
    TransportSettings settings;
    settings.caFile = flaky.caFile();
    const auto policy = TransportPolicy::create(settings, nullptr);
    QVERIFY(policy);
    ApiClient client(flaky.baseUrl(), *policy, &provider);
    RetryPolicy retry = fastRetries(12); // 0.5^12: practically never fails for good
    client.setRetryPolicy(retry);

    int retried = 0;
    QElapsedTimer clock;
    for (int i = 0; i < 8; ++i) {
        Waiter<hirex::domain::Page<hirex::domain::Job>> w;
        clock.start();
        client.jobs(QString(), 5, w.callback());
        const auto r = w.wait();
        QVERIFY2(r.ok(), qPrintable(describe(r.error)));
        if (r.attempts > 1) {
            ++retried;
            // The sandbox's 503 says Retry-After: 1; the client waited at least that per retry.
            QVERIFY2(clock.elapsed() >= 1000 * (r.attempts - 1) - 50,
                     qPrintable(QStringLiteral("%1 attempts in %2 ms").arg(r.attempts).arg(clock.elapsed())));
        }
    }
    QVERIFY2(retried > 0, "no call needed a retry at fail-rate 0.5 (8 calls)");

    // Without retries, faults surface as typed Unavailable errors with Retry-After.
    RequestOptions once;
    once.retry = false;
    bool sawUnavailable = false;
    for (int i = 0; i < 20 && !sawUnavailable; ++i) {
        const Raw r = waitRaw(client, "GET", QStringLiteral("/v1/jobs"), QByteArray(), once);
        if (r.error.isError()) {
            QCOMPARE(r.error.kind, ApiError::Kind::Unavailable);
            QCOMPARE(r.error.retryAfterSeconds, std::optional<int>(1));
            sawUnavailable = true;
        }
    }
    QVERIFY(sawUnavailable);
    // A non-idempotent call without a key is never retried, even when it fails transiently.
    RequestOptions noKey;
    noKey.autoIdempotencyKey = false;
    for (int i = 0; i < 10; ++i) {
        const Raw r =
            waitRaw(client, "POST", QStringLiteral("/v1/devices"),
                    QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("ci")},
                                              {QStringLiteral("platform"), QStringLiteral("linux")},
                                              {QStringLiteral("app_version"), QStringLiteral("0.1.0")}})
                        .toJson(),
                    noKey);
        QCOMPARE(r.response.attempts, 1);
    }
    QCOMPARE(flaky.stop(), 0);
}

QTEST_GUILESS_MAIN(TestApiClientSandbox)
#include "tst_apiclient_sandbox.moc"
