#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

class QHttpServerResponder;

namespace hirex::sandbox {

// One open text/event-stream response. Owned by the HTTP adapter; EventStream only writes to it.
class SseConnection : public QObject {
    Q_OBJECT
public:
    SseConnection(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket,
                  QObject *parent = nullptr);
    ~SseConnection() override;

    bool isOpen() const;
    void send(const QByteArray &chunk);

Q_SIGNALS:
    void closed();

private:
    std::shared_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
};

} // namespace hirex::sandbox
