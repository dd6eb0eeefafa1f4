#pragma once

#include <QObject>
#include <QTimer>

namespace hirex::sandbox {

struct Services;

// Applies the enabled retention rules (delete or anonymise candidates whose data is older than
// the rule's period on the test clock). Runs on start, every interval, and on demand.
class RetentionJob : public QObject {
    Q_OBJECT
public:
    explicit RetentionJob(Services &services, QObject *parent = nullptr);

    void start(int intervalSeconds);
    void stop();
    struct Result {
        int affected = 0;
        int tombstones = 0;
    };
    // Runs inside the caller's transaction when there is one.
    Result run();
    // Removes a candidate and everything of it; returns the number of tombstones written.
    static int eraseCandidate(Services &services, const QString &candidateId, const QString &reason);

private:
    void scheduled();

    Services &m_s;
    QTimer m_timer;
};

} // namespace hirex::sandbox
