#pragma once

#include <QObject>

namespace hirex::app {

// Reports, on the logging category `hirex.bench` (info, off by default:
// QT_LOGGING_RULES="hirex.bench.info=true"), when the main window is first shown and when the
// board first paints cards, with the CLOCK_MONOTONIC time (so bench/board/bench_board_window.py
// can measure from the moment it started the process) and the resident memory then and 10 s
// later. Only counts and times: never a card's text. Installed on the application only when the
// category is on, so it costs nothing otherwise.
class FirstPaintProbe : public QObject {
    Q_OBJECT

public:
    // Installs the probe on the application when `hirex.bench` info is enabled; otherwise none.
    static void installIfEnabled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QObject *parent);
    static qint64 monotonicNs();
    static qint64 residentKiB();
    void reportBoardPainted(int cards);

    bool m_windowShown = false;
    bool m_boardPainted = false;
};

} // namespace hirex::app
