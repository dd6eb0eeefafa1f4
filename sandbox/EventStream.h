#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace hirex::sandbox {

class SseConnection;

// Pushes `event: changes` to every open /v1/changes/stream after each commit that touched the
// feed, and a `: keepalive` comment every 15 s so proxies and clients see the stream alive.
// Silent (--silent-streams), it keeps each stream open and writes nothing more to it: a test
// double for a half-open connection, which a client can only detect by its silence.
class EventStream : public QObject {
    Q_OBJECT
public:
    explicit EventStream(QObject *parent = nullptr);

    void setSilent(bool silent) { m_silent = silent; }
    void add(SseConnection *connection, qint64 latestSeq);
    void notify(qint64 latestSeq);
    int clientCount() const;

private:
    void keepalive();
    void prune();

    QList<QPointer<SseConnection>> m_clients;
    QTimer m_keepalive;
    bool m_silent = false;
};

} // namespace hirex::sandbox
