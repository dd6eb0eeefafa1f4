#include "app/desktop/FirstPaintProbe.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QListView>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QTimer>

#include <ctime>

Q_LOGGING_CATEGORY(lcBench, "hirex.bench", QtWarningMsg)

namespace hirex::app {

void FirstPaintProbe::installIfEnabled() {
    if (!lcBench().isInfoEnabled())
        return;
    qApp->installEventFilter(new FirstPaintProbe(qApp));
    qCInfo(lcBench, "process ready monotonic_ns=%lld rss_kib=%lld", monotonicNs(), residentKiB());
}

FirstPaintProbe::FirstPaintProbe(QObject *parent)
    : QObject(parent) {}

qint64 FirstPaintProbe::monotonicNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 FirstPaintProbe::residentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event) {
    if (!m_windowShown && event->type() == QEvent::Show && qobject_cast<QMainWindow *>(watched)) {
        m_windowShown = true;
        qCInfo(lcBench, "window shown monotonic_ns=%lld", monotonicNs());
    }
    if (!m_boardPainted && event->type() == QEvent::Paint) {
        // A board column's card list is a QListView inside a "boardColumn" frame; its viewport
        // receives the paint. Reported from the next event-loop turn: after this paint has run
        // and the window's backing store has been flushed, so the cards are on screen.
        auto *view = watched->parent() ? qobject_cast<QListView *>(watched->parent()) : nullptr;
        if (view && view->viewport() == watched && view->parent() &&
            view->parent()->objectName() == QLatin1String("boardColumn") && view->model() &&
            view->model()->rowCount() > 0) {
            m_boardPainted = true;
            const int rows = view->model()->rowCount();
            QTimer::singleShot(0, this, [this, rows] { reportBoardPainted(rows); });
        }
    }
    return false;
}

void FirstPaintProbe::reportBoardPainted(int cards) {
    qCInfo(lcBench, "board painted monotonic_ns=%lld rss_kib=%lld first_column_rows=%d", monotonicNs(),
           residentKiB(), cards);
    QTimer::singleShot(10000, this, [] { qCInfo(lcBench, "ten seconds later rss_kib=%lld", residentKiB()); });
}

} // namespace hirex::app
