#include "core/sync/LiveTrigger.h"

#include "core/api/EventStreamClient.h"
#include "core/sync/FeedPuller.h"
#include "core/sync/SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <utility>

namespace hirex::sync {

LiveTrigger::LiveTrigger(api::ApiClient *client, std::function<QString()> currentCursor, QObject *parent)
    : QObject(parent)
    , m_currentCursor(std::move(currentCursor))
    , m_poll(new QTimer(this))
    , m_debounce(new QTimer(this)) {
    m_poll->setSingleShot(true);
    m_poll->setTimerType(Qt::PreciseTimer); // never earlier than a Retry-After
    connect(m_poll, &QTimer::timeout, this, &LiveTrigger::cycleWanted);
    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &LiveTrigger::cycleWanted);
    if (client) {
        m_stream = new api::EventStreamClient(client, this);
        connect(m_stream, &api::EventStreamClient::connected, this, &LiveTrigger::onConnected);
        connect(m_stream, &api::EventStreamClient::eventReceived, this, &LiveTrigger::onEvent);
        connect(m_stream, &api::EventStreamClient::disconnected, this, &LiveTrigger::onDisconnected);
    }
}

void LiveTrigger::startStream() {
    if (!m_options.useStream || !m_stream || m_stream->isRunning())
        return;
    m_stream->setIdleTimeout(m_options.streamIdleTimeout);
    m_stream->start();
}

void LiveTrigger::stopStream() {
    m_poll->stop();
    m_debounce->stop();
    if (m_stream)
        m_stream->stop();
    m_streamUp = false;
    m_streamDropped = false;
}

bool LiveTrigger::isStreamRunning() const {
    return m_stream && m_stream->isRunning();
}

void LiveTrigger::scheduleNext(int failures) {
    // With a live stream, events drive the next cycle; otherwise poll, backing off on failures.
    // The poll's cycle also restarts a stream that gave up (the engine starts the stream with
    // every cycle), so a stream refused for good is retried at the poll's pace, never in a tight
    // loop.
    if (m_streamUp && failures == 0)
        return;
    const int exponent = qMin(failures, 6);
    const auto delay = qMin<qint64>(m_options.pollMax.count(), m_options.pollMin.count() << exponent);
    m_poll->start(std::chrono::milliseconds(delay));
}

void LiveTrigger::cancelScheduled() {
    m_poll->stop();
}

bool LiveTrigger::isScheduled() const {
    return m_poll->isActive();
}

void LiveTrigger::onConnected() {
    m_streamUp = true;
    qCInfo(lcSync) << "live stream connected";
    Q_EMIT streamConnected();
    // Whatever was announced while the stream was down is lost: catch up once.
    if (std::exchange(m_streamDropped, false) && m_live)
        Q_EMIT cycleWanted();
}

void LiveTrigger::onEvent(const api::SseEvent &event) {
    if (event.type != u"changes")
        return;
    const QString announced =
        QJsonDocument::fromJson(event.data.toUtf8()).object().value(QLatin1String("cursor")).toString();
    const std::optional<qint64> seq = FeedPuller::seqOf(announced);
    if (seq)
        m_headSeq = seq;
    const std::optional<qint64> mine = FeedPuller::seqOf(m_currentCursor ? m_currentCursor() : QString());
    if (m_live && (!seq || !mine || *seq > *mine))
        m_debounce->start(m_options.debounce);
}

void LiveTrigger::onDisconnected(const api::ApiError &error) {
    const bool wasUp = std::exchange(m_streamUp, false);
    m_streamDropped = true;
    qCInfo(lcSync) << "live stream closed:" << error.code;
    Q_EMIT streamDisconnected(wasUp, error);
}

} // namespace hirex::sync
