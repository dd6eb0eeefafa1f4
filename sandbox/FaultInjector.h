#pragma once

#include <QRandomGenerator>

namespace hirex::sandbox {

// --fail-rate / --drop-rate: random 503s before any side effect and dropped connections after
// the commit (so clients can prove exactly-once delivery with Idempotency-Key replays).
class FaultInjector {
public:
    FaultInjector(double failRate, double dropRate);
    bool shouldFail();
    bool shouldDrop();

private:
    double m_failRate;
    double m_dropRate;
    QRandomGenerator m_random;
};

} // namespace hirex::sandbox
