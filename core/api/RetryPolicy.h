#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace hirex::api {

struct ApiError;

// When and how long to wait before trying a request again. Only idempotent requests are
// retried: GET/HEAD/OPTIONS, and mutations that carry an Idempotency-Key (the server
// replays the first answer, so a retry cannot apply a change twice).
//
// Delay: "full jitter" exponential backoff (AWS architecture blog): a uniform random value in
// [0, min(maxDelay, baseDelay * 2^(attempt-1))]. A Retry-After from a 429 or 503 replaces it,
// capped at maxRetryAfter, so a misconfigured server cannot park the client for hours.
class RetryPolicy {
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    int maxAttempts = 4; // including the first try
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{30000};
    std::chrono::milliseconds maxRetryAfter{std::chrono::seconds(120)};

    RetryPolicy();

    static bool isIdempotent(const QByteArray &method, bool hasIdempotencyKey);
    // Whether an error is worth another try: network failures, timeouts, 429, 502/503/504.
    static bool isRetryable(const ApiError &error);

    // Whether attempt number `attempt` (1 = the first try) that failed with `error` may be
    // followed by another.
    bool shouldRetry(int attempt, const QByteArray &method, bool hasIdempotencyKey,
                     const ApiError &error) const;

    // The wait before the next try after failed attempt `attempt` (1-based).
    std::chrono::milliseconds delayFor(int attempt, const ApiError &error) const;
    std::chrono::milliseconds backoff(int attempt) const;

    // Parses a Retry-After header: delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    // Tests make the jitter deterministic.
    void setRandom(Random random) { m_random = std::move(random); }

private:
    Random m_random;
};

} // namespace hirex::api
