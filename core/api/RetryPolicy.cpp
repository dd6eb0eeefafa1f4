#include "core/api/RetryPolicy.h"

#include "core/api/ApiError.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace hirex::api {

RetryPolicy::RetryPolicy()
    : m_random([] { return QRandomGenerator::global()->generateDouble(); }) {}

bool RetryPolicy::isIdempotent(const QByteArray &method, bool hasIdempotencyKey) {
    const QByteArray m = method.toUpper();
    if (m == "GET" || m == "HEAD" || m == "OPTIONS")
        return true;
    return hasIdempotencyKey;
}

bool RetryPolicy::isRetryable(const ApiError &error) {
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Unavailable:
        return true;
    case Kind::Server:
        return error.status == 502 || error.status == 504;
    default:
        return false;
    }
}

bool RetryPolicy::shouldRetry(int attempt, const QByteArray &method, bool hasIdempotencyKey,
                              const ApiError &error) const {
    return attempt < maxAttempts && isIdempotent(method, hasIdempotencyKey) && isRetryable(error);
}

std::chrono::milliseconds RetryPolicy::backoff(int attempt) const {
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling =
        std::min(double(maxDelay.count()), double(baseDelay.count()) * std::pow(2.0, double(exponent)));
    const double r = std::clamp(m_random ? m_random() : 0.5, 0.0, 1.0);
    return std::chrono::milliseconds(qint64(std::floor(ceiling * r)));
}

std::chrono::milliseconds RetryPolicy::delayFor(int attempt, const ApiError &error) const {
    if (error.retryAfterSeconds &&
        (error.kind == ApiError::Kind::RateLimited || error.kind == ApiError::Kind::Unavailable)) {
        const auto asked = std::chrono::milliseconds(qint64(std::max(0, *error.retryAfterSeconds)) * 1000);
        return std::min(asked, maxRetryAfter);
    }
    return backoff(attempt);
}

std::optional<int> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now) {
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 64)
        return std::nullopt;
    bool isNumber = true;
    for (const char c : v)
        isNumber = isNumber && c >= '0' && c <= '9';
    if (isNumber) {
        bool ok = false;
        const qint64 seconds = v.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return int(std::min<qint64>(seconds, 86400 * 365));
    }
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    // Qt's RFC 2822 parser wants a numeric zone; HTTP dates always say GMT.
    QString text = QString::fromLatin1(v);
    if (text.endsWith(u" GMT"))
        text = text.left(text.size() - 4) + u" +0000";
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    const qint64 seconds = now.secsTo(at);
    return int(std::clamp<qint64>(seconds, 0, 86400 * 365));
}

} // namespace hirex::api
