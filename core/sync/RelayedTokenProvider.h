#pragma once

#include "core/auth/AccessTokenProvider.h"

#include <QList>
#include <QString>

namespace hirex::sync {

// The sync worker's view of the session: an AccessTokenProvider that lives on the worker
// thread and holds a copy of the access token and device id, which SyncWorker pushes from the
// GUI thread whenever the real session (SessionManager, on the GUI thread with the keychain)
// announces a change. Reading the token is then a plain member read on the worker's own thread:
// no blocking queued call into the GUI thread, which would freeze the worker whenever the GUI is
// busy and deadlock if the GUI ever waited for the worker.
//
// A refresh is asked for with refreshRequested(); concurrent asks share one. SyncWorker runs the
// real refresh on the GUI thread and answers with finishRefresh() on this thread.
class RelayedTokenProvider : public auth::AccessTokenProvider {
    Q_OBJECT

public:
    // The token arrives as an implicitly shared copy of the session's string (no second buffer
    // to wipe: SessionManager owns and wipes the one buffer).
    using AccessTokenProvider::AccessTokenProvider;

    QString accessToken() const override { return m_accessToken; }
    QString deviceId() const override { return m_deviceId; }
    void refreshAccessToken(RefreshCallback done) override;

    // On this object's thread.
    void update(const QString &accessToken, const QString &deviceId);
    void finishRefresh(bool refreshed, const UserMessage &error, const QString &accessToken,
                       const QString &deviceId);
    // Answers every waiting refresh with `error` (the worker stops, the session is locked).
    void cancelRefreshes(const UserMessage &error);

Q_SIGNALS:
    void refreshRequested();

private:
    QString m_accessToken;
    QString m_deviceId;
    QList<RefreshCallback> m_waiting;
};

} // namespace hirex::sync
