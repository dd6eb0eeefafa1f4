// The language switched at run time in the real app: DesktopController, MainWindow, the board
// and the status bar against the REAL hirex-sandbox (sign-in through the loopback redirect, a
// first sync into a SQLCipher cache, the suite's gnome-keyring), and LanguageController wired
// as main.cpp wires it. Starting in English, View > Language > Türkçe, then Deutsch, then
// English again: the sidebar, the board's columns (headers and accessible names), the cards'
// accessible texts, the status bar and a dialog's standard Cancel button (Qt's own catalogue)
// change at once; nothing is recreated, and the card that was current stays current.
#include "app/desktop/DesktopController.h"
#include "app/desktop/DesktopOptions.h"
#include "app/desktop/LanguageController.h"
#include "core/auth/SessionManager.h"
#include "core/session/ProfileSession.h"
#include "models/BoardPresenter.h"
#include "models/JobListModel.h"
#include "models/SignInPresenter.h"
#include "models/StageCardsModel.h"
#include "models/StageColumnsModel.h"
#include "tests/support/LoginPageLauncher.h"
#include "tests/support/SandboxProcess.h"
#include "ui/BoardColumn.h"
#include "ui/BoardPage.h"
#include "ui/MainWindow.h"
#include "ui/PassphraseDialog.h"
#include "ui/SignInPage.h"
#include "ui/SyncStatusBar.h"
#include "ui/WorkspacePage.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using hirex::app::DesktopController;
using hirex::app::DesktopOptions;
using hirex::app::LanguageController;
using hirex::test::LoginPageLauncher;
using hirex::test::SandboxProcess;

namespace {

constexpr int kSyncTimeoutMs = 180000;

// What one language must show; every text is a literal from the catalogues, not a lookup.
struct Expected {
    QString code;
    QString sections;       // the sidebar's accessible name
    QString board;          // the sidebar's first section
    QString candidatesWord; // "%1, %n candidate(s)" for n > 1, after the stage name
    QString daysInStage;    // a word of "%n day(s) in stage"
    QString online;         // the connection label
    QString connection;     // its subject in the accessible name
    QString upToDate;       // the sync label
    QString searchName;     // the search field's accessible name
    QString timeInStage;    // the first card order
    QString cancel;         // Qt's QDialogButtonBox Cancel
    QString jobs;           // a word of the sidebar's "%n job(s) you can work on."
    QLocale::Language locale;
};

const Expected kEnglish{QStringLiteral("en"),
                        QStringLiteral("Sections"),
                        QStringLiteral("Board"),
                        QStringLiteral("candidates"),
                        QStringLiteral("in stage"),
                        QStringLiteral("Online"),
                        QStringLiteral("Connection"),
                        QStringLiteral("Up to date"),
                        QStringLiteral("Search candidates"),
                        QStringLiteral("Time in stage"),
                        QStringLiteral("Cancel"),
                        QStringLiteral("you can work on"),
                        QLocale::English};
const Expected kTurkish{QStringLiteral("tr"),
                        QStringLiteral("Bölümler"),
                        QStringLiteral("Pano"),
                        QStringLiteral("aday"),
                        QStringLiteral("Aşamada"),
                        QStringLiteral("Çevrimiçi"),
                        QStringLiteral("Bağlantı"),
                        QStringLiteral("Güncel"),
                        QStringLiteral("Aday ara"),
                        QStringLiteral("Aşamadaki süre"),
                        QStringLiteral("İptal"),
                        QStringLiteral("çalışabileceğiniz"),
                        QLocale::Turkish};
const Expected kGerman{QStringLiteral("de"),
                       QStringLiteral("Bereiche"),
                       QStringLiteral("Board"),
                       QStringLiteral("Kandidaten"),
                       QStringLiteral("in der Phase"),
                       QStringLiteral("Online"),
                       QStringLiteral("Verbindung"),
                       QStringLiteral("Aktuell"),
                       QStringLiteral("Bewerbende suchen"),
                       QStringLiteral("Zeit in der Phase"),
                       QStringLiteral("Abbrechen"),
                       QStringLiteral("arbeiten können"),
                       QLocale::German};

} // namespace

class TestLanguageSandbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theLanguageSwitchesAtRunTime();

private:
    void checkShows(const Expected &expected);

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<LoginPageLauncher> m_browser;
    QTemporaryDir m_dir;

    std::unique_ptr<LanguageController> m_language;
    hirex::models::SignInPresenter m_signIn;
    hirex::models::JobListModel m_jobs;
    std::unique_ptr<hirex::ui::MainWindow> m_window;
    std::unique_ptr<DesktopController> m_controller;
    QPointer<hirex::ui::PassphraseDialog> m_dialog;
};

void TestLanguageSandbox::initTestCase() {
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "needs a D-Bus session with gnome-keyring (scripts/test or dbus-run-session)");
    QCoreApplication::setOrganizationName(QStringLiteral("HirexTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language_sandbox"));
    QSettings().remove(QLatin1String(LanguageController::SettingsKey));
    m_sandbox =
        std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--candidates"), QStringLiteral("300")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    const QJsonObject account = m_sandbox->passwordAccount(QStringLiteral("recruiter"), false);
    QVERIFY2(!account.isEmpty(), qPrintable(m_sandbox->errorString()));
    m_browser = std::make_unique<LoginPageLauncher>(&m_network, m_sandbox->tlsConfiguration());
    m_browser->setCredentials(account.value(QStringLiteral("email")).toString(),
                              account.value(QStringLiteral("password")).toString(), QString());
}

void TestLanguageSandbox::cleanupTestCase() {
    delete m_dialog;
    m_controller.reset();
    m_window.reset();
    m_language.reset();
    m_browser.reset();
    m_sandbox.reset();
    QSettings().remove(QLatin1String(LanguageController::SettingsKey));
}

void TestLanguageSandbox::checkShows(const Expected &expected) {
    hirex::ui::WorkspacePage *workspace = m_window->workspacePage();
    auto *sidebar = workspace->findChild<QListWidget *>();
    QTRY_COMPARE(sidebar->accessibleName(), expected.sections);
    QCOMPARE(sidebar->item(0)->text(), expected.board);
    // The sidebar's status line is the controller's: it follows the switch too.
    QTRY_VERIFY2_WITH_TIMEOUT(workspace->statusLabel()->text().contains(expected.jobs),
                              qPrintable(workspace->statusLabel()->text()), 30000);
    QCOMPARE(QLocale().language(), expected.locale);
    QVERIFY(m_window->languageAction(expected.code)->isChecked());

    // The board: every column's header and accessible name, a card's accessible text.
    hirex::ui::BoardPage *board = m_window->boardPage();
    const hirex::models::StageColumnsModel *columns = board->presenter()->columns();
    QVERIFY(columns);
    for (int i = 0; i < board->columnCount(); ++i) {
        const QModelIndex at = columns->index(i);
        const QString stage = at.data().toString();
        const int count = at.data(hirex::models::StageColumnsModel::CountRole).toInt();
        const QListView *view = board->column(i)->view();
        QCOMPARE(board->column(i)->header()->text(), QStringLiteral("%1 · %2").arg(stage).arg(count));
        if (count > 1)
            QCOMPARE(view->accessibleName(),
                     QStringLiteral("%1, %2 %3").arg(stage).arg(count).arg(expected.candidatesWord));
        QCOMPARE(at.data(Qt::AccessibleTextRole).toString(), view->accessibleName());
    }
    const QString card =
        board->column(0)->view()->model()->index(0, 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(card.contains(expected.daysInStage), qPrintable(card));
    QCOMPARE(board->searchField()->accessibleName(), expected.searchName);
    QCOMPARE(board->orderPicker()->itemText(0), expected.timeInStage);

    // The status bar: the label's text and what assistive technology hears.
    hirex::ui::SyncStatusBar *bar = m_window->syncStatusBar();
    QCOMPARE(bar->connectionLabel()->text(), expected.online);
    QCOMPARE(bar->connectionLabel()->accessibleName(),
             expected.connection + QStringLiteral(": ") + expected.online);
    QCOMPARE(bar->syncLabel()->text(), expected.upToDate);

    // An open dialog's standard button: Qt's catalogue.
    QVERIFY(m_dialog);
    QCOMPARE(m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(),
             expected.cancel);
}

void TestLanguageSandbox::theLanguageSwitchesAtRunTime() {
    m_language = std::make_unique<LanguageController>();
    m_language->start();
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));

    DesktopOptions options;
    options.server = m_sandbox->baseUrl();
    options.caFile = m_sandbox->caFile();
    options.profileDir = m_dir.filePath(QStringLiteral("profile"));
    options.idleLockMinutes = 0;
    options.clientId = QStringLiteral("hirex-desktop");
    m_signIn.setServerAddress(options.server.toString());
    m_window = std::make_unique<hirex::ui::MainWindow>(&m_signIn, &m_jobs);
    m_controller = std::make_unique<DesktopController>(options, m_window.get(), &m_signIn, &m_jobs);
    m_controller->setBrowserLauncher(m_browser.get());
    // As main.cpp wires them.
    m_window->setCurrentLanguage(m_language->choice());
    connect(m_window.get(), &hirex::ui::MainWindow::languageRequested, m_language.get(),
            &LanguageController::setLanguage);
    connect(m_language.get(), &LanguageController::languageChanged, m_window.get(),
            &hirex::ui::MainWindow::setCurrentLanguage);

    QVERIFY(!m_controller->initialise().isError());
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_signIn.canSignIn() && m_controller->profile()->session() &&
                                 m_window->signInPage()->isVisible(),
                             60000);
    Q_EMIT m_window->signInRequested();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isShowingWorkspace(), 60000);
    QVERIFY2(m_controller->profile()->session()->isSignedIn(), qPrintable(m_browser->failure()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->syncStatusBar(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->syncStatusBar()->syncLabel()->text(), QStringLiteral("Up to date"),
                              kSyncTimeoutMs);
    hirex::ui::BoardPage *board = m_window->boardPage();
    QTRY_VERIFY_WITH_TIMEOUT(board->columnCount() > 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(board->column(0)->view()->model()->rowCount() > 1, 30000);

    // A dialog open during the switch (non-modal here: a modal one would block the test).
    m_dialog = new hirex::ui::PassphraseDialog(hirex::ui::PassphraseDialog::Mode::Unlock, m_window.get());
    m_dialog->show();

    // The second card is current; what exists now must be what exists after every switch.
    QListView *firstColumn = board->column(0)->view();
    firstColumn->setFocus();
    const QModelIndex second = firstColumn->model()->index(1, 0);
    firstColumn->selectionModel()->setCurrentIndex(second, QItemSelectionModel::ClearAndSelect);
    const QString currentId = second.data(hirex::models::StageCardsModel::ApplicationIdRole).toString();
    const QPointer<QWidget> window = m_window.get();
    const QPointer<QWidget> page = board;
    const QPointer<QWidget> column = board->column(0);
    const QPointer<QWidget> bar = m_window->syncStatusBar();
    const int columnCount = board->columnCount();
    checkShows(kEnglish);
    if (QTest::currentTestFailed())
        return;

    for (const Expected *expected : {&kTurkish, &kGerman, &kEnglish}) {
        QAction *action = m_window->languageAction(expected->code);
        QVERIFY(action);
        action->trigger(); // View > Language > Türkçe / Deutsch / English
        checkShows(*expected);
        if (QTest::currentTestFailed()) {
            qWarning() << "while showing" << expected->code;
            return;
        }
        QVERIFY(window && page && column && bar);
        QCOMPARE(m_window->boardPage(), board);
        QCOMPARE(board->column(0), column.data());
        QCOMPARE(m_window->syncStatusBar(), bar.data());
        QCOMPARE(board->columnCount(), columnCount);
        QCOMPARE(
            firstColumn->currentIndex().data(hirex::models::StageCardsModel::ApplicationIdRole).toString(),
            currentId);
        QCOMPARE(QSettings().value(QLatin1String(LanguageController::SettingsKey)).toString(),
                 expected->code);
    }
}

QTEST_MAIN(TestLanguageSandbox)
#include "tst_language_sandbox.moc"
