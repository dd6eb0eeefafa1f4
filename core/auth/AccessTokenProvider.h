#pragma once

#include "core/util/UserMessage.h"

#include <QObject>
#include <QString>

#include <functional>

namespace hirex::auth {

// What the API client needs from the sign-in layer: the current bearer token, the device id,
// and a way to get a fresh token once when the server answers 401.
class AccessTokenProvider : public QObject {
    Q_OBJECT

public:
    using RefreshCallback = std::function<void(bool refreshed, const UserMessage &error)>;

    using QObject::QObject;

    // The access token to send now; empty when signed out. Never written to disk or logs.
    virtual QString accessToken() const = 0;
    // The registered device id for the X-Hirex-Device header; empty before registration.
    virtual QString deviceId() const = 0;
    // Refreshes the access token (rotating the refresh token). Answers once, on the event loop.
    virtual void refreshAccessToken(RefreshCallback done) = 0;

Q_SIGNALS:
    // The access token or the device id changed (sign-in, refresh, registration, sign-out).
    // Copies of them kept elsewhere (the sync worker's RelayedTokenProvider) update on it.
    void accessTokenChanged();
    // The session can no longer be refreshed (revoked or reused refresh token, revoked device):
    // the UI sends the user back to sign-in; queued work stays in the outbox.
    void signInRequired(const hirex::UserMessage &reason);
};

} // namespace hirex::auth
