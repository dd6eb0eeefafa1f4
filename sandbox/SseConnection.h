#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace hirex::sandbox {

// One open text/event-stream response. Owned by the HTTP adapter; EventStream only writes to it.
// Transport-neutral: the adapter passes a writer that knows its Qt version's responder API.
class SseConnection : public QObject {
    Q_OBJECT
public:
    using Writer = std::function<void(const QByteArray &chunk)>;

    // socket (may be null) is watched for the client going away.
    SseConnection(Writer writer, QTcpSocket *socket, QObject *parent = nullptr);
    ~SseConnection() override;

    bool isOpen() const;
    void send(const QByteArray &chunk);

Q_SIGNALS:
    void closed();

private:
    Writer m_writer;
    QPointer<QTcpSocket> m_socket;
};

} // namespace hirex::sandbox
