#include "core/api/SseParser.h"

namespace hirex::api {

SseParser::SseParser(qsizetype maxEventBytes)
    : m_maxEventBytes(maxEventBytes) {}

void SseParser::reset() {
    m_line.clear();
    m_data.clear();
    m_eventType.clear();
    m_hasData = false;
    m_lastWasCr = false;
    m_bomChecked = false;
    m_failed = false;
}

QList<SseEvent> SseParser::feed(const QByteArray &chunk) {
    QList<SseEvent> events;
    if (m_failed)
        return events;
    qsizetype i = 0;
    if (!m_bomChecked) {
        // The BOM may itself arrive split; wait until three bytes or a non-BOM prefix are here.
        m_line.append(chunk);
        static const QByteArray bom("\xEF\xBB\xBF");
        if (m_line.size() < 3 && bom.startsWith(m_line))
            return events;
        m_bomChecked = true;
        QByteArray pending = m_line.startsWith(bom) ? m_line.mid(3) : m_line;
        m_line.clear();
        return feed(pending);
    }
    const qsizetype n = chunk.size();
    while (i < n) {
        const char c = chunk.at(i);
        if (c == '\n' && m_lastWasCr) {
            // The LF of a CRLF whose CR ended the previous line (possibly in the last chunk).
            m_lastWasCr = false;
            ++i;
            continue;
        }
        m_lastWasCr = false;
        if (c == '\r' || c == '\n') {
            m_lastWasCr = (c == '\r');
            processLine(m_line, events);
            m_line.clear();
            if (m_failed)
                return events;
            ++i;
            continue;
        }
        // Copy the run up to the next line break in one go.
        qsizetype end = i;
        while (end < n && chunk.at(end) != '\r' && chunk.at(end) != '\n')
            ++end;
        m_line.append(chunk.constData() + i, end - i);
        if (m_line.size() + m_data.size() > m_maxEventBytes) {
            m_failed = true;
            m_line.clear();
            m_data.clear();
            return events;
        }
        i = end;
    }
    return events;
}

void SseParser::processLine(const QByteArray &line, QList<SseEvent> &events) {
    if (line.isEmpty()) {
        // A blank line dispatches the event, if it has data (spec: no data, no event).
        if (m_hasData) {
            SseEvent event;
            if (!m_eventType.isEmpty())
                event.type = QString::fromUtf8(m_eventType);
            event.data = QString::fromUtf8(m_data);
            event.lastEventId = m_lastEventId;
            events.append(event);
        }
        m_data.clear();
        m_eventType.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':')) {
        ++m_comments;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value;
    if (colon >= 0) {
        value = line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
    }
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
        if (m_data.size() > m_maxEventBytes) {
            m_failed = true;
            m_data.clear();
        }
    } else if (field == "event") {
        m_eventType = value;
    } else if (field == "id") {
        // An id containing NUL is ignored, per spec.
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool digits = !value.isEmpty() && value.size() <= 9;
        for (const char ch : value)
            digits = digits && ch >= '0' && ch <= '9';
        if (digits)
            m_retryMs = value.toInt();
    }
    // Other fields are ignored.
}

} // namespace hirex::api
