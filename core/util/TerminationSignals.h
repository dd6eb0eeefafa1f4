#pragma once

#include <QObject>

class QSocketNotifier;

namespace hirex::util {

// SIGINT and SIGTERM as a Qt signal on the event loop, so a front end ends the way a user's quit
// does: the cache closes cleanly and its unclean-shutdown marker goes (a logout sends SIGTERM;
// without this, every next start ran the background integrity check). The handler only writes
// the signal's number into a socket pair, which is async-signal-safe; a QSocketNotifier reads it
// on the thread that made this object. One per process: the handlers are process-wide.
class TerminationSignals : public QObject {
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    // Gives SIGINT and SIGTERM back to their default action.
    ~TerminationSignals() override;

    // False when the socket pair could not be made (the default action then stays).
    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readPending();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace hirex::util
