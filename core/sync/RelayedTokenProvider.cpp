#include "core/sync/RelayedTokenProvider.h"

#include <utility>

namespace hirex::sync {

void RelayedTokenProvider::refreshAccessToken(RefreshCallback done) {
    m_waiting.append(std::move(done));
    if (m_waiting.size() == 1)
        Q_EMIT refreshRequested();
}

void RelayedTokenProvider::update(const QString &accessToken, const QString &deviceId) {
    const bool changed = accessToken != m_accessToken || deviceId != m_deviceId;
    m_accessToken = accessToken;
    m_deviceId = deviceId;
    if (changed)
        Q_EMIT accessTokenChanged();
}

void RelayedTokenProvider::finishRefresh(bool refreshed, const UserMessage &error, const QString &accessToken,
                                         const QString &deviceId) {
    update(accessToken, deviceId);
    const QList<RefreshCallback> waiting = std::exchange(m_waiting, {});
    for (const RefreshCallback &done : waiting) {
        if (done)
            done(refreshed, error);
    }
}

void RelayedTokenProvider::cancelRefreshes(const UserMessage &error) {
    const QList<RefreshCallback> waiting = std::exchange(m_waiting, {});
    for (const RefreshCallback &done : waiting) {
        if (done)
            done(false, error);
    }
}

} // namespace hirex::sync
