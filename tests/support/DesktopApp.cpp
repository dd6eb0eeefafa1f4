#include "tests/support/DesktopApp.h"

#include "app/desktop/DesktopOptions.h"
#include "core/session/ProfileSession.h"
#include "models/BoardPresenter.h"
#include "models/StageCardsModel.h"
#include "models/WorkspaceContext.h"
#include "tests/support/SandboxProcess.h"
#include "ui/SignInPage.h"

#include <QStackedWidget>
#include <QTest>

namespace hirex::test {

DesktopApp::DesktopApp(const SandboxProcess &sandbox, const QString &profileDir,
                       auth::BrowserLauncher *browser) {
    app::DesktopOptions options;
    options.server = sandbox.baseUrl();
    options.caFile = sandbox.caFile();
    options.profileDir = profileDir;
    options.idleLockMinutes = 0;
    options.clientId = QStringLiteral("hirex-desktop");
    signIn.setServerAddress(options.server.toString());
    window = std::make_unique<ui::MainWindow>(&signIn, &jobs);
    controller = std::make_unique<app::DesktopController>(options, window.get(), &signIn, &jobs);
    controller->setBrowserLauncher(browser);
}

DesktopApp::~DesktopApp() {
    controller.reset(); // before the window it drives
    window.reset();
}

bool DesktopApp::start(const std::function<void()> &beforeStart) {
    if (controller->initialise().isError())
        return false;
    if (beforeStart)
        beforeStart();
    window->show();
    auto *pages = window->findChild<QStackedWidget *>();
    QObject::connect(pages, &QStackedWidget::currentChanged, pages, [this, pages] {
        if (pages->currentWidget() == window->signInPage())
            signInPageShownAfterStart = true;
    });
    controller->start();
    return true;
}

bool DesktopApp::signInThroughTheBrowser() {
    if (!start())
        return false;
    // Waiting here is the test's: the app's own work goes on in the event loop meanwhile.
    if (!QTest::qWaitFor(
            [this] {
                return signIn.canSignIn() && controller->profile()->session() &&
                       window->signInPage()->isVisible();
            },
            60000))
        return false;
    Q_EMIT window->signInRequested();
    return QTest::qWaitFor([this] { return window->isShowingWorkspace(); }, 60000);
}

ui::SyncStatusBar *DesktopApp::bar() const {
    return window->syncStatusBar();
}

sync::SyncWorker *DesktopApp::worker() const {
    return controller->syncWorker();
}

auth::SessionManager *DesktopApp::session() const {
    return controller->profile()->session();
}

models::SyncStatusPresenter *DesktopApp::status() const {
    return controller->syncStatus();
}

models::BoardPresenter *DesktopApp::board() const {
    return window->boardPresenter();
}

models::ConflictsPresenter *DesktopApp::conflicts() const {
    return controller->conflicts();
}

const store::SqlCipherDatabase *DesktopApp::db() const {
    return controller->workspace()->database();
}

int DesktopApp::boardCards() const {
    int cards = 0;
    for (int column = 0; column < board()->columnCount(); ++column)
        cards += board()->cards(column)->rowCount();
    return cards;
}

} // namespace hirex::test
