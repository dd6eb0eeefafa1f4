#include "sandbox/EventStream.h"

#include "sandbox/SseConnection.h"

namespace hirex::sandbox {

namespace {
QByteArray changesEvent(qint64 seq) {
    return QByteArrayLiteral("event: changes\ndata: {\"cursor\":\"") + QByteArray::number(seq) +
           QByteArrayLiteral("\"}\n\n");
}
} // namespace

EventStream::EventStream(QObject *parent)
    : QObject(parent) {
    m_keepalive.setInterval(15000);
    connect(&m_keepalive, &QTimer::timeout, this, &EventStream::keepalive);
    m_keepalive.start();
}

void EventStream::add(SseConnection *connection, qint64 latestSeq) {
    connect(connection, &SseConnection::closed, connection, &QObject::deleteLater);
    if (m_silent)
        return; // open, and never written to again
    m_clients.append(connection);
    // The first event tells the client where the feed is now.
    connection->send(changesEvent(latestSeq));
}

void EventStream::notify(qint64 latestSeq) {
    prune();
    for (const auto &c : std::as_const(m_clients))
        c->send(changesEvent(latestSeq));
}

int EventStream::clientCount() const {
    int n = 0;
    for (const auto &c : m_clients)
        n += (c && c->isOpen()) ? 1 : 0;
    return n;
}

void EventStream::keepalive() {
    prune();
    for (const auto &c : std::as_const(m_clients))
        c->send(QByteArrayLiteral(": keepalive\n\n"));
}

void EventStream::prune() {
    m_clients.removeIf([](const QPointer<SseConnection> &c) { return !c || !c->isOpen(); });
}

} // namespace hirex::sandbox
