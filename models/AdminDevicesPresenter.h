#pragma once

#include "core/api/ApiError.h"
#include "core/domain/Device.h"
#include "models/DeviceTableModel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace hirex::api {
class ApiClient;
class ApiReply;
} // namespace hirex::api

namespace hirex::models {

// Admin > Devices without a window. Online only: the list comes from GET /v1/admin/devices (every
// page) each time it is loaded, never from the cache, and is dropped by clear() (sign-out, lock).
// The users' names come from GET /v1/admin/users where the admin may read them; otherwise the
// table shows the user id. revoke() posts POST /v1/admin/devices/{id}/revoke with wipe and the
// version the admin saw; the row changes only with the server's answer.
class AdminDevicesPresenter : public QObject {
    Q_OBJECT

public:
    enum class State { NoConnection, Offline, Unloaded, Loading, Ready, Empty, Failed };
    Q_ENUM(State)

    struct Confirmation {
        QString title;
        QString text;
        bool ownDevice = false;
    };

    explicit AdminDevicesPresenter(QObject *parent = nullptr);
    ~AdminDevicesPresenter() override;

    DeviceTableModel *model() { return &m_model; }
    State state() const { return m_state; }
    // One sentence for the state (loading, empty, the error, offline), in the current language;
    // empty when the table says it.
    QString stateText() const;
    // The outcome of the last revocation, success or refusal; empty before the first.
    QString revokeMessage() const { return m_revokeMessage; }
    bool isRevoking() const { return m_revoking; }

    // The client of the signed-in profile (null: none). Drops what was loaded with another one.
    void setApiClient(api::ApiClient *api);
    // Offline drops nothing but stops what is on the wire; online again asks for a reload
    // (State::Unloaded), which the view starts when it is on screen.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    // Loads the list again (every page). Ignored while offline or without a client.
    void refresh();
    // Forgets the list and the names (sign-out, lock), and stops what is on the wire.
    void clear();

    bool canRevoke(int row) const;
    // The question to ask before revoking the device of `row`; nullopt when it cannot be revoked.
    std::optional<Confirmation> confirmation(int row) const;
    // Revokes the device of `row` (the admin has confirmed). False when nothing was sent.
    bool revoke(int row);

Q_SIGNALS:
    void stateChanged();
    void revokeFinished(bool ok, const QString &message);

private:
    void setState(State state);
    State idleState() const;
    void loadPage(const QString &cursor, QList<domain::Device> soFar, quint64 generation);
    void loadUsers(const QString &cursor, QHash<QString, QString> soFar, quint64 generation);
    void abortAll();
    QString ownDeviceId() const;
    static QString offlineText();

    DeviceTableModel m_model;
    QPointer<api::ApiClient> m_api;
    QPointer<api::ApiReply> m_listReply;
    QPointer<api::ApiReply> m_usersReply;
    QPointer<api::ApiReply> m_revokeReply;
    bool m_online = true;
    bool m_revoking = false;
    quint64 m_generation = 0; // replies of an older generation are dropped
    State m_state = State::NoConnection;
    api::ApiError m_failure; // the reason of State::Failed
    QString m_revokeMessage;
};

} // namespace hirex::models
