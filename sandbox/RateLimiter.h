#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace hirex::sandbox {

// Token bucket per caller (access token hash, or address when unauthenticated).
class RateLimiter {
public:
    explicit RateLimiter(int perMinute);
    // False when the bucket is empty; retryAfterSeconds then says when one token is back.
    bool allow(const QString &key, int *retryAfterSeconds);

private:
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    double m_capacity;
    double m_perMs;
    QElapsedTimer m_timer;
    QHash<QString, Bucket> m_buckets;
};

} // namespace hirex::sandbox
