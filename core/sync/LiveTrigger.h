#pragma once

#include "core/api/ApiError.h"
#include "core/api/SseParser.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

class QTimer;

namespace hirex::api {
class ApiClient;
class EventStreamClient;
} // namespace hirex::api

namespace hirex::sync {

// Decides when the next sync cycle runs: one job of the sync engine.
//
// Live, it keeps the SSE stream (/v1/changes/stream, through api::EventStreamClient) open and
// asks for a cycle on every `changes` event that announces a position past ours (debounced),
// and when the stream comes back after a drop (events sent meanwhile are lost). The stream
// client's idle watchdog drops a connection that has gone silent (half-open after a NAT
// timeout) and reconnects with backoff. While the stream is down, or after a failed cycle, it
// polls with exponential backoff. The stream's first event also tells where the feed ends,
// which a one-off sync uses for percent and ETA.
class LiveTrigger : public QObject {
    Q_OBJECT

public:
    struct Options {
        bool useStream = true; // SSE; off: polling only
        std::chrono::milliseconds pollMin{2000};
        std::chrono::milliseconds pollMax{60000};
        std::chrono::milliseconds debounce{100};
        // No byte at all on the stream for this long means the connection is dead: the server
        // sends a keep-alive comment every 15 s, so three of them missed.
        std::chrono::milliseconds streamIdleTimeout{std::chrono::seconds(45)};
    };

    // `client` null: no stream, polling only. `currentCursor` reads our feed position.
    LiveTrigger(api::ApiClient *client, std::function<QString()> currentCursor, QObject *parent = nullptr);

    void setOptions(const Options &options) { m_options = options; }
    void setLive(bool live) { m_live = live; }
    bool isLive() const { return m_live; }

    // Opens the stream when it is not running (also for a one-off cycle, to learn the head).
    void startStream();
    void stopStream();
    bool isStreamRunning() const;
    bool isStreamUp() const { return m_streamUp; }

    // After a cycle with `failures` failed cycles in a row: nothing while the stream is up and
    // all went well; otherwise a poll after pollMin * 2^failures (at most pollMax).
    void scheduleNext(int failures);
    void cancelScheduled();
    bool isScheduled() const;

    // The feed's end as the stream last announced it.
    std::optional<qint64> headSeq() const { return m_headSeq; }

Q_SIGNALS:
    // Time for a cycle: a poll came due, a change was announced, or the stream came back.
    void cycleWanted();
    void streamConnected();
    // `wasUp`: it had connected before it closed (a drop, not a failed attempt).
    void streamDisconnected(bool wasUp, const hirex::api::ApiError &error);

private:
    void onConnected();
    void onEvent(const api::SseEvent &event);
    void onDisconnected(const api::ApiError &error);

    api::EventStreamClient *m_stream = nullptr;
    std::function<QString()> m_currentCursor;
    Options m_options;
    QTimer *m_poll;
    QTimer *m_debounce;
    bool m_live = false;
    bool m_streamUp = false;
    bool m_streamDropped = false; // set on a drop; the next connect asks for a catch-up cycle
    std::optional<qint64> m_headSeq;
};

} // namespace hirex::sync
