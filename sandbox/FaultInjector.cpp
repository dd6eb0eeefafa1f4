#include "sandbox/FaultInjector.h"

#include <QDateTime>

namespace hirex::sandbox {

FaultInjector::FaultInjector(double failRate, double dropRate)
    : m_failRate(failRate)
    , m_dropRate(dropRate)
    , m_random(static_cast<quint32>(QDateTime::currentMSecsSinceEpoch())) {}

bool FaultInjector::shouldFail() {
    return m_failRate > 0.0 && m_random.generateDouble() < m_failRate;
}

bool FaultInjector::shouldDrop() {
    return m_dropRate > 0.0 && m_random.generateDouble() < m_dropRate;
}

} // namespace hirex::sandbox
