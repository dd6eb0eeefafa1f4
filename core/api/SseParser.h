#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hirex::api {

// One dispatched server-sent event.
struct SseEvent {
    QString type = QStringLiteral("message"); // the `event:` field, "message" when absent
    QString data;                             // `data:` lines joined with '\n'
    QString lastEventId;                      // the stream's last event id at dispatch time
};

// An incremental text/event-stream parser (WHATWG HTML "Server-sent events" §9.2.6): feed it
// bytes as they arrive, in chunks of any size, and it returns the events completed so far.
// Handles CR, LF and CRLF line endings (also a CRLF split across chunks), comments, the
// event/data/id/retry fields, a leading BOM, and multi-line data. A line or an event larger
// than maxEventBytes puts the parser in the failed state (a server that never ends a line
// must not grow memory without bound); the caller then drops the connection.
class SseParser {
public:
    explicit SseParser(qsizetype maxEventBytes = 1024 * 1024);

    // Parses `chunk` and returns the events it completed. Nothing more once failed().
    QList<SseEvent> feed(const QByteArray &chunk);

    bool failed() const { return m_failed; }
    QString lastEventId() const { return m_lastEventId; }
    // The last `retry:` value in milliseconds, when the server sent one.
    std::optional<int> retryMs() const { return m_retryMs; }
    // Counts comment lines (": keepalive"): proof that the connection is alive.
    int commentCount() const { return m_comments; }
    // Forgets partial lines and the pending event (after a reconnect), keeps lastEventId.
    void reset();

private:
    void processLine(const QByteArray &line, QList<SseEvent> &events);

    qsizetype m_maxEventBytes;
    QByteArray m_line;
    QByteArray m_data;
    QByteArray m_eventType;
    bool m_hasData = false;
    bool m_lastWasCr = false;
    bool m_bomChecked = false;
    bool m_failed = false;
    QString m_lastEventId;
    std::optional<int> m_retryMs;
    int m_comments = 0;
};

} // namespace hirex::api
