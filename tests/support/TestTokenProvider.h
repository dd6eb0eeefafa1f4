#pragma once

#include "core/auth/AccessTokenProvider.h"

#include <QString>

#include <functional>

namespace hirex::test {

// An AccessTokenProvider for tests: holds a token pair and refreshes through a function
// (e.g. SandboxLogin::refresh). Answers refreshAccessToken() later on the event loop, as the
// real one does, and counts the refreshes.
class TestTokenProvider : public auth::AccessTokenProvider {
    Q_OBJECT

public:
    // Returns the new access token, or empty when refreshing failed.
    using Refresher = std::function<QString()>;

    explicit TestTokenProvider(const QString &accessToken, Refresher refresher = {},
                               QObject *parent = nullptr);

    QString accessToken() const override { return m_accessToken; }
    QString deviceId() const override { return m_deviceId; }
    void refreshAccessToken(RefreshCallback done) override;

    void setAccessToken(const QString &token) {
        m_accessToken = token;
        Q_EMIT accessTokenChanged();
    }
    void setDeviceId(const QString &id) { m_deviceId = id; }
    int refreshCount() const { return m_refreshes; }

private:
    QString m_accessToken;
    QString m_deviceId;
    Refresher m_refresher;
    int m_refreshes = 0;
};

} // namespace hirex::test
