#include "sandbox/SseConnection.h"

namespace hirex::sandbox {

SseConnection::SseConnection(Writer writer, QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_writer(std::move(writer))
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
    if (!isOpen() || chunk.isEmpty())
        return;
    m_writer(chunk);
}

} // namespace hirex::sandbox
