#include "ui/MainWindow.h"

#include "core/Version.h"
#include "ui/SignInPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace hirex::ui {

MainWindow::MainWindow(models::SignInPresenter *signIn, QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_signInPage(new SignInPage(signIn, m_pages)) {
    setWindowTitle(tr("Hirex"));
    setWindowIcon(QIcon(QStringLiteral(":/hirex/icons/hirex-desktop.svg")));
    m_pages->addWidget(m_signInPage);
    setCentralWidget(m_pages);
    createMenus();
    statusBar()->showMessage(tr("Not signed in"));

    connect(m_signInPage, &SignInPage::signInRequested, this, &MainWindow::signInRequested);

    // Only geometry is kept in settings: never tokens, keys or candidate data.
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
}

void MainWindow::createMenus() {
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Hirex Desktop"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Hirex Desktop"),
                       tr("<h3>Hirex Desktop %1</h3>"
                          "<p>The desktop client for the Hirex recruiting platform.</p>"
                          "<p>AI output in Hirex informs people; it never decides.</p>")
                           .arg(QLatin1String(kVersion)));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace hirex::ui
