#pragma once

#include "app/desktop/DesktopController.h"
#include "models/JobListModel.h"
#include "models/SignInPresenter.h"
#include "ui/MainWindow.h"

#include <functional>
#include <memory>

namespace hirex::auth {
class BrowserLauncher;
class SessionManager;
} // namespace hirex::auth
namespace hirex::models {
class BoardPresenter;
class ConflictsPresenter;
class SyncStatusPresenter;
} // namespace hirex::models
namespace hirex::store {
class SqlCipherDatabase;
}
namespace hirex::sync {
class SyncWorker;
}
namespace hirex::ui {
class SyncStatusBar;
}

namespace hirex::test {

class SandboxProcess;

// hirex-desktop as its main() builds it (the real DesktopController, MainWindow, sign-in
// presenter and job list) for one sandbox and profile folder, in keychain mode with the idle
// lock off: the GUI integration tests drive it through its widgets and signals.
struct DesktopApp {
    DesktopApp(const SandboxProcess &sandbox, const QString &profileDir, auth::BrowserLauncher *browser);
    ~DesktopApp();
    DesktopApp(const DesktopApp &) = delete;
    DesktopApp &operator=(const DesktopApp &) = delete;

    // initialise(), then `beforeStart` (a test's seams), the window shown and start(); false
    // when initialise() fails.
    bool start(const std::function<void()> &beforeStart = {});
    // start(), then "Sign in with your browser" once the page offers it; true once the
    // workspace shows (the browser's failure() says why not).
    bool signInThroughTheBrowser();

    ui::SyncStatusBar *bar() const;
    sync::SyncWorker *worker() const;
    auth::SessionManager *session() const;
    models::SyncStatusPresenter *status() const;
    models::BoardPresenter *board() const;
    models::ConflictsPresenter *conflicts() const;
    const store::SqlCipherDatabase *db() const;
    // Cards on the open board, over all its columns (loaded pages).
    int boardCards() const;

    models::SignInPresenter signIn;
    models::JobListModel jobs;
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<app::DesktopController> controller;
    bool signInPageShownAfterStart = false; // the sign-in page came up after start()
};

} // namespace hirex::test
