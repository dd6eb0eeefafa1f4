#pragma once

#include "app/hirexctl/CtlContext.h"
#include "app/hirexctl/CtlOptions.h"

#include <QObject>
#include <QPointer>

namespace hirex::auth {
class AuthorizationFlow;
class BrowserLauncher;
} // namespace hirex::auth
namespace hirex::sync {
class Outbox;
class SyncEngine;
} // namespace hirex::sync

namespace hirex::ctl {

// Runs one hirexctl command on the event loop and reports its exit code with finished().
// Human-readable results go to stdout, messages and progress to stderr (progress only when
// stderr is a terminal), machine-readable output (--json) to stdout alone.
class CtlRunner : public QObject {
    Q_OBJECT

public:
    explicit CtlRunner(const CtlOptions &options, QObject *parent = nullptr);
    ~CtlRunner() override;

    void start();
    // SIGINT or SIGTERM: `sync --watch` stops cleanly (exit 0); any other command was cut short,
    // says so and exits with 128 + the signal number, as shells report it.
    void interrupt(int signalNumber);

Q_SIGNALS:
    void finished(int exitCode);

private:
    static constexpr int LockPollMs = 1000; // how soon a watch notices the desktop app locking
    void run();
    void login();
    void sync();
    void status();
    void exportData();
    void logout();
    void change();
    void conflicts();
    void resolve();
    void pin();
    void startEngine();
    void withCache(std::function<void()> then);
    void fail(const UserMessage &error, int exitCode = -1);
    static UserMessage lockedProfile();
    void done(int exitCode);
    void printProgress();

    CtlOptions m_options;
    CtlContext *m_context;
    auth::BrowserLauncher *m_launcher = nullptr;
    QPointer<auth::AuthorizationFlow> m_flow;
    sync::Outbox *m_outbox = nullptr;
    sync::SyncEngine *m_engine = nullptr;
    bool m_progressOnTerminal = false;
    bool m_finished = false;
};

} // namespace hirex::ctl
