#pragma once

// Small pieces the benchmarks that run an event loop share: medians, milliseconds, waiting for
// a signal, opening a cache as the app does, and the GUI-thread gap probe.
#include "core/store/LocalCache.h"
#include "core/store/SecretStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace hirex::bench {

inline double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

inline double ms(const QElapsedTimer &t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `signal` of `sender` fires or `timeoutMs` passes.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs) {
    QEventLoop loop;
    bool fired = false;
    const QMetaObject::Connection c = QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return fired;
}

// Opens (creates) the profile's cache through LocalCache, the key from `secrets`; with `worker`,
// also the sync worker's own connection. Null when it fails.
inline std::unique_ptr<store::LocalCache> openCache(const QString &dir, store::SecretStore *secrets,
                                                    bool worker) {
    auto cache = std::make_unique<store::LocalCache>(dir, QStringLiteral("stall-bench"), secrets);
    cache->setOpensWorkerConnection(worker);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(cache.get(), &store::LocalCache::opened, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(cache.get(), &store::LocalCache::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    cache->open();
    loop.exec();
    return ok ? std::move(cache) : nullptr;
}

// A 5 ms timer on the GUI thread: the longest time between two of its ticks is how long the
// event loop was kept from answering (a user's click or a repaint would have waited as long).
class GapProbe {
public:
    GapProbe() {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longestMs = std::max(m_longestMs, ms(m_sinceTick));
            m_sinceTick.restart();
        });
    }
    void start() {
        m_longestMs = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    double stop() {
        m_timer.stop();
        return m_longestMs;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longestMs = 0;
};

} // namespace hirex::bench
