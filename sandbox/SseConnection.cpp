#include "sandbox/SseConnection.h"

#include <QHttpServerResponder>

namespace hirex::sandbox {

SseConnection::SseConnection(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket,
                             QObject *parent)
    : QObject(parent)
    , m_responder(std::move(responder))
    , m_socket(socket) {
    if (socket) {
        connect(socket, &QTcpSocket::disconnected, this, [this] { Q_EMIT closed(); });
        connect(socket, &QObject::destroyed, this, [this] { Q_EMIT closed(); });
    }
}

SseConnection::~SseConnection() = default;

bool SseConnection::isOpen() const {
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SseConnection::send(const QByteArray &chunk) {
    if (!isOpen())
        return;
    m_responder->writeBody(chunk);
}

} // namespace hirex::sandbox
