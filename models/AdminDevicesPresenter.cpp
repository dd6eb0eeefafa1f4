#include "models/AdminDevicesPresenter.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiReply.h"
#include "core/auth/AccessTokenProvider.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAdminDevices, "hirex.models.admin.devices")

namespace hirex::models {

namespace {

constexpr int kPageSize = 200;
constexpr int kMaxDevices = 20000; // a tenant's devices; beyond this the list says it is cut

} // namespace

QString AdminDevicesPresenter::offlineText() {
    return tr("The admin screens need a connection to the server. Hirex is offline; the list is loaded "
              "again when the server can be reached.");
}

AdminDevicesPresenter::AdminDevicesPresenter(QObject *parent)
    : QObject(parent) {
    setState(State::NoConnection);
}

AdminDevicesPresenter::~AdminDevicesPresenter() {
    abortAll();
}

QString AdminDevicesPresenter::stateText() const {
    switch (m_state) {
    case State::NoConnection:
        return tr("Sign in to see the registered devices.");
    case State::Offline:
        return offlineText();
    case State::Unloaded:
        return tr("Choose Refresh to load the registered devices.");
    case State::Loading:
        return tr("Loading the registered devices…");
    case State::Ready:
        return {};
    case State::Empty:
        return tr("No devices are registered in this organisation yet.");
    case State::Failed:
        if (m_failure.kind == api::ApiError::Kind::Forbidden)
            return tr("You may not see the registered devices: your role lacks the permission "
                      "\"admin.devices\". "
                      "%1")
                .arg(m_failure.toUserMessage().message);
        return m_failure.toUserMessage().message;
    }
    return {};
}

void AdminDevicesPresenter::setState(State state) {
    m_state = state;
    Q_EMIT stateChanged();
}

QString AdminDevicesPresenter::ownDeviceId() const {
    if (!m_api || !m_api->tokenProvider())
        return {};
    return m_api->tokenProvider()->deviceId();
}

void AdminDevicesPresenter::setApiClient(api::ApiClient *api) {
    if (m_api == api)
        return;
    m_api = api;
    clear(); // nothing loaded with another client (another user or server) stays
}

void AdminDevicesPresenter::setOnline(bool online) {
    if (m_online == online)
        return;
    m_online = online;
    if (!online) {
        abortAll();
        setState(State::Offline);
    } else if (m_api) {
        setState(State::Unloaded); // the view loads it again when it is on screen
    }
}

void AdminDevicesPresenter::abortAll() {
    ++m_generation;
    m_revoking = false;
    for (QPointer<api::ApiReply> *reply : {&m_listReply, &m_usersReply, &m_revokeReply}) {
        if (*reply)
            (*reply)->abort();
        *reply = nullptr;
    }
}

// What the screen says while nothing is loading: no client, offline, or ready to load.
AdminDevicesPresenter::State AdminDevicesPresenter::idleState() const {
    if (!m_api)
        return State::NoConnection;
    return m_online ? State::Unloaded : State::Offline;
}

void AdminDevicesPresenter::clear() {
    abortAll();
    m_model.clear();
    m_revokeMessage.clear();
    setState(idleState());
}

void AdminDevicesPresenter::refresh() {
    if (!m_api || !m_online) {
        setState(idleState());
        return;
    }
    abortAll();
    m_revokeMessage.clear();
    setState(State::Loading);
    loadPage(QString(), {}, m_generation);
}

void AdminDevicesPresenter::loadPage(const QString &cursor, QList<domain::Device> soFar, quint64 generation) {
    m_listReply = m_api->adminDevices(cursor, kPageSize,
                                      [this, soFar = std::move(soFar), generation](
                                          const api::ApiResult<domain::Page<domain::Device>> &r) mutable {
                                          if (generation != m_generation)
                                              return; // cleared or reloaded meanwhile
                                          m_listReply = nullptr;
                                          if (!r.ok()) {
                                              qCInfo(lcAdminDevices)
                                                  << "devices not loaded:" << r.error.code << r.error.status;
                                              m_failure = r.error;
                                              m_model.clear();
                                              setState(State::Failed);
                                              return;
                                          }
                                          soFar += r.value->items;
                                          if (r.value->hasMore() && soFar.size() < kMaxDevices) {
                                              loadPage(*r.value->nextCursor, std::move(soFar), generation);
                                              return;
                                          }
                                          qCInfo(lcAdminDevices) << "devices loaded:" << soFar.size();
                                          const bool empty = soFar.isEmpty();
                                          m_model.setOwnDeviceId(ownDeviceId());
                                          m_model.setDevices(std::move(soFar));
                                          if (empty)
                                              setState(State::Empty);
                                          else
                                              setState(State::Ready);
                                          loadUsers(QString(), {}, generation);
                                      });
}

// The names are a courtesy: without admin.users (or on any error) the table keeps the ids.
void AdminDevicesPresenter::loadUsers(const QString &cursor, QHash<QString, QString> soFar,
                                      quint64 generation) {
    m_usersReply =
        m_api->adminUsers(cursor, kPageSize,
                          [this, soFar = std::move(soFar),
                           generation](const api::ApiResult<domain::Page<domain::User>> &r) mutable {
                              if (generation != m_generation)
                                  return;
                              m_usersReply = nullptr;
                              if (!r.ok()) {
                                  qCInfo(lcAdminDevices) << "user names not loaded:" << r.error.code;
                                  return;
                              }
                              for (const domain::User &u : r.value->items) {
                                  if (u.name && !u.name->isEmpty())
                                      soFar.insert(u.id, *u.name);
                                  else if (u.email && !u.email->isEmpty())
                                      soFar.insert(u.id, *u.email);
                              }
                              if (r.value->hasMore() && soFar.size() < kMaxDevices) {
                                  loadUsers(*r.value->nextCursor, std::move(soFar), generation);
                                  return;
                              }
                              m_model.setUserNames(std::move(soFar));
                          });
}

bool AdminDevicesPresenter::canRevoke(int row) const {
    const domain::Device *d = m_model.deviceAt(row);
    return d && d->status == u"active" && m_api && m_online && !m_revoking;
}

std::optional<AdminDevicesPresenter::Confirmation> AdminDevicesPresenter::confirmation(int row) const {
    const domain::Device *d = m_model.deviceAt(row);
    if (!d || d->status != u"active")
        return std::nullopt;
    Confirmation c;
    c.ownDevice = m_model.isOwnDevice(*d);
    c.title = tr("Revoke Device");
    QString text = tr("Revoke \"%1\" of %2?\n\nThe device is signed out at its next contact with the server "
                      "and the Hirex data stored on it is deleted. The user can sign in again on it, as on "
                      "a new device. This cannot be undone.")
                       .arg(d->name, m_model.userLabel(*d));
    if (c.ownDevice)
        text += QStringLiteral("\n\n") +
                tr("This is the computer you are using now: Hirex signs you out here and deletes "
                   "its local data.");
    c.text = text;
    return c;
}

bool AdminDevicesPresenter::revoke(int row) {
    if (!canRevoke(row))
        return false;
    const domain::Device device = *m_model.deviceAt(row);
    m_revoking = true;
    m_revokeMessage.clear();
    Q_EMIT stateChanged();
    const quint64 generation = m_generation;
    qCInfo(lcAdminDevices) << "revoking device" << device.id;
    m_revokeReply = m_api->revokeDevice(
        device.id, device.version, true, QString(),
        [this, device, generation](const api::ApiResult<domain::Device> &r) {
            if (generation != m_generation)
                return;
            m_revokeReply = nullptr;
            m_revoking = false;
            bool ok = r.ok() && r.value->id == device.id;
            if (ok) {
                m_model.updateDevice(*r.value);
                m_revokeMessage =
                    tr("\"%1\" of %2 is revoked.").arg(r.value->name, m_model.userLabel(*r.value));
            } else {
                qCInfo(lcAdminDevices) << "revocation refused:" << r.error.code << r.error.status;
                QString reason = r.ok() ? tr("The server answered about another device.")
                                        : r.error.toUserMessage().message;
                if (r.error.kind == api::ApiError::Kind::Forbidden)
                    reason = tr("You may not revoke devices. %1").arg(reason);
                else if (r.error.kind == api::ApiError::Kind::NotFound)
                    reason = tr("The server no longer knows this device. %1").arg(reason);
                else if (r.error.kind == api::ApiError::Kind::PreconditionFailed)
                    reason = tr("The device changed on the server since the list was loaded; refresh "
                                "and try again. %1")
                                 .arg(reason);
                m_revokeMessage = tr("\"%1\" was not revoked: %2").arg(device.name, reason);
                ok = false;
            }
            Q_EMIT stateChanged();
            Q_EMIT revokeFinished(ok, m_revokeMessage);
        });
    return true;
}

} // namespace hirex::models
