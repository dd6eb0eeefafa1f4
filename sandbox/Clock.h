#pragma once

#include <QDateTime>

namespace hirex::sandbox {

// The test clock: wall time plus an offset that tests move with --clock-offset or
// PUT /v1/admin/test-clock. Every expiry and retention decision reads this clock.
class Clock {
public:
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds); }
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }
    qint64 offsetSeconds() const { return m_offsetSeconds; }
    void setOffsetSeconds(qint64 offset) { m_offsetSeconds = offset; }

private:
    qint64 m_offsetSeconds = 0;
};

} // namespace hirex::sandbox
