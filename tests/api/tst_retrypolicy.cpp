#include "core/api/ApiError.h"
#include "core/api/RetryPolicy.h"

#include <QTest>

using hirex::api::ApiError;
using hirex::api::RetryPolicy;
using namespace std::chrono_literals;

class TestRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void onlyIdempotentCallsAreRetried();
    void onlyTransientErrorsAreRetried();
    void stopsAtMaxAttempts();
    void backoffGrowsAndIsCapped();
    void jitterSpansTheWholeRange();
    void retryAfterIsHonouredAndCapped();
    void parsesRetryAfterHeader();
};

void TestRetryPolicy::onlyIdempotentCallsAreRetried() {
    QVERIFY(RetryPolicy::isIdempotent("GET", false));
    QVERIFY(RetryPolicy::isIdempotent("get", false));
    QVERIFY(RetryPolicy::isIdempotent("HEAD", false));
    QVERIFY(!RetryPolicy::isIdempotent("POST", false));
    QVERIFY(!RetryPolicy::isIdempotent("PATCH", false));
    QVERIFY(RetryPolicy::isIdempotent("POST", true));
    QVERIFY(RetryPolicy::isIdempotent("DELETE", true));
    RetryPolicy p;
    const ApiError unavailable =
        ApiError::make(ApiError::Kind::Unavailable, QStringLiteral("service_unavailable"));
    QVERIFY(p.shouldRetry(1, "GET", false, unavailable));
    QVERIFY(!p.shouldRetry(1, "POST", false, unavailable));
    QVERIFY(p.shouldRetry(1, "POST", true, unavailable));
}

void TestRetryPolicy::onlyTransientErrorsAreRetried() {
    using Kind = ApiError::Kind;
    for (Kind k : {Kind::Network, Kind::Timeout, Kind::RateLimited, Kind::Unavailable})
        QVERIFY(RetryPolicy::isRetryable(ApiError::make(k, QString())));
    for (Kind k : {Kind::Tls, Kind::Forbidden, Kind::NotFound, Kind::Validation, Kind::PreconditionFailed,
                   Kind::Decode, Kind::TooLarge, Kind::Cancelled, Kind::Unauthorized, Kind::InsecureUrl})
        QVERIFY(!RetryPolicy::isRetryable(ApiError::make(k, QString())));
    QVERIFY(RetryPolicy::isRetryable(ApiError::make(Kind::Server, QString(), QString(), 502)));
    QVERIFY(!RetryPolicy::isRetryable(ApiError::make(Kind::Server, QString(), QString(), 500)));
}

void TestRetryPolicy::stopsAtMaxAttempts() {
    RetryPolicy p;
    p.maxAttempts = 3;
    const ApiError e = ApiError::make(ApiError::Kind::Network, QString());
    QVERIFY(p.shouldRetry(1, "GET", false, e));
    QVERIFY(p.shouldRetry(2, "GET", false, e));
    QVERIFY(!p.shouldRetry(3, "GET", false, e));
}

void TestRetryPolicy::backoffGrowsAndIsCapped() {
    RetryPolicy p;
    p.baseDelay = 100ms;
    p.maxDelay = 1000ms;
    p.setRandom([] { return 0.999999; }); // the top of each jitter range
    QCOMPARE(p.backoff(1).count(), 99);
    QCOMPARE(p.backoff(2).count(), 199);
    QCOMPARE(p.backoff(3).count(), 399);
    QCOMPARE(p.backoff(4).count(), 799);
    QCOMPARE(p.backoff(5).count(), 999);  // capped
    QCOMPARE(p.backoff(60).count(), 999); // no overflow for absurd attempts
    p.setRandom([] { return 0.0; });
    QCOMPARE(p.backoff(4).count(), 0);
}

void TestRetryPolicy::jitterSpansTheWholeRange() {
    RetryPolicy p; // the real random source
    p.baseDelay = 1000ms;
    p.maxDelay = 1000ms;
    qint64 low = 1000;
    qint64 high = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 d = p.backoff(3).count();
        QVERIFY(d >= 0 && d <= 1000);
        low = std::min(low, d);
        high = std::max(high, d);
    }
    // Full jitter: values spread over [0, cap], not clustered at the cap.
    QVERIFY2(low < 100 && high > 900, qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
}

void TestRetryPolicy::retryAfterIsHonouredAndCapped() {
    RetryPolicy p;
    p.maxRetryAfter = 10s;
    p.setRandom([] { return 0.5; });
    ApiError limited = ApiError::make(ApiError::Kind::RateLimited, QStringLiteral("rate_limited"));
    limited.retryAfterSeconds = 3;
    QCOMPARE(p.delayFor(1, limited), std::chrono::milliseconds(3000));
    limited.retryAfterSeconds = 3600;
    QCOMPARE(p.delayFor(1, limited), std::chrono::milliseconds(10000));
    ApiError unavailable = ApiError::make(ApiError::Kind::Unavailable, QStringLiteral("service_unavailable"));
    unavailable.retryAfterSeconds = 0;
    QCOMPARE(p.delayFor(4, unavailable), std::chrono::milliseconds(0));
    // Retry-After on other errors is ignored: backoff applies.
    ApiError network = ApiError::make(ApiError::Kind::Network, QString());
    network.retryAfterSeconds = 5;
    QCOMPARE(p.delayFor(1, network), p.backoff(1));
}

void TestRetryPolicy::parsesRetryAfterHeader() {
    const QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(8, 0, 0), Qt::UTC);
    QCOMPARE(RetryPolicy::parseRetryAfter("7", now), std::optional<int>(7));
    QCOMPARE(RetryPolicy::parseRetryAfter(" 120 ", now), std::optional<int>(120));
    QCOMPARE(RetryPolicy::parseRetryAfter("Mon, 02 Mar 2026 08:00:30 GMT", now), std::optional<int>(30));
    QCOMPARE(RetryPolicy::parseRetryAfter("Mon, 02 Mar 2026 07:00:00 GMT", now), std::optional<int>(0));
    QCOMPARE(RetryPolicy::parseRetryAfter("", now), std::nullopt);
    QCOMPARE(RetryPolicy::parseRetryAfter("-5", now), std::nullopt);
    QCOMPARE(RetryPolicy::parseRetryAfter("soon", now), std::nullopt);
    QCOMPARE(RetryPolicy::parseRetryAfter("99999999999999999999", now), std::nullopt);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
