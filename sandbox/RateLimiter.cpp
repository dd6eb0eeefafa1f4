#include "sandbox/RateLimiter.h"

#include <cmath>

namespace hirex::sandbox {

RateLimiter::RateLimiter(int perMinute)
    : m_capacity(perMinute)
    , m_perMs(perMinute / 60000.0) {
    m_timer.start();
}

bool RateLimiter::allow(const QString &key, int *retryAfterSeconds) {
    const qint64 now = m_timer.elapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_capacity, now});
    Bucket &b = it.value();
    b.tokens = std::min(m_capacity, b.tokens + static_cast<double>(now - b.lastMs) * m_perMs);
    b.lastMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = std::max(1, static_cast<int>(std::ceil((1.0 - b.tokens) / m_perMs / 1000.0)));
    return false;
}

} // namespace hirex::sandbox
