// hirex-desktop without a keychain, driven through the real DesktopController on the offscreen
// platform: the D-Bus session address points nowhere (set by ctest), so QtKeychain finds no
// Secret Service and the controller must take the passphrase route. Dialogs are answered
// through PassphraseDialog's and MessageBox's test seams, which hand over the real dialogs.
#include "app/desktop/DesktopController.h"
#include "app/desktop/DesktopOptions.h"
#include "models/JobListModel.h"
#include "models/SignInPresenter.h"
#include "ui/LockedPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/PassphraseDialog.h"
#include "ui/SignInPage.h"
#include "ui/WorkspacePage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using hirex::app::DesktopController;
using hirex::app::DesktopOptions;
using hirex::ui::PassphraseDialog;

namespace {

const QString Passphrase = QStringLiteral("Kestrel orbit 7 lantern");

// One started hirex-desktop: window, presenters and controller on one profile folder.
struct App {
    hirex::models::SignInPresenter signIn;
    hirex::models::JobListModel jobs;
    std::unique_ptr<hirex::ui::MainWindow> window;
    std::unique_ptr<DesktopController> controller;

    explicit App(const QString &profileDir) {
        DesktopOptions options;
        options.server = QUrl(QStringLiteral("https://hirex.invalid"));
        options.profileDir = profileDir;
        options.idleLockMinutes = 0; // locking is triggered by the test
        signIn.setServerAddress(options.server.toString());
        window = std::make_unique<hirex::ui::MainWindow>(&signIn, &jobs);
        controller = std::make_unique<DesktopController>(options, window.get(), &signIn, &jobs);
    }
    ~App() {
        controller.reset();
        window.reset();
    }
    bool signInShown() const {
        return window->signInPage()->isVisible() && signIn.canSignIn() && !window->isShowingLocked();
    }
};

// What the dialogs asked, and how the test answered.
struct Asked {
    PassphraseDialog::Mode mode;
    QString error;
};

QByteArray fileHash(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void type(QLineEdit *field, const QString &text) {
    field->clear();
    QTest::keyClicks(field, text);
}

} // namespace

class TestDesktopPassphrase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartCreatesThePassphraseThenShowsSignIn();
    void restartUnlocksAndWrongPassphraseShowsTheError();
    void cancelAtStartRequestsQuitAndWritesNothing();
    void resetFromTheDialogStartsAFreshCache();
    void idleLockAsksForThePassphraseToUnlock();
    void aLockSurvivesARestart();
    void signOutEndsEvenWhenTheWipeFails();

private:
    // Answers every passphrase dialog with the next function of `answers` (then: cancel).
    void answerWith(QList<std::function<void(PassphraseDialog *)>> answers);
    bool startAndCreate(App &app);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    QList<Asked> m_asked;
    QList<std::function<void(PassphraseDialog *)>> m_answers;
};

namespace {

std::function<void(PassphraseDialog *)> enter(const QString &passphrase) {
    return [passphrase](PassphraseDialog *dialog) {
        dialog->show();
        type(dialog->passphraseField(), passphrase);
        if (dialog->confirmationField())
            type(dialog->confirmationField(), passphrase);
        dialog->okButton()->click();
    };
}

std::function<void(PassphraseDialog *)> cancel() {
    return [](PassphraseDialog *dialog) {
        dialog->show();
        dialog->reject();
    };
}

// "Reset local cache", then `confirmation` in the confirmation dialog that follows.
std::function<void(PassphraseDialog *)> reset(QMessageBox::StandardButton confirmation) {
    return [confirmation](PassphraseDialog *dialog) {
        dialog->show();
        QVERIFY(dialog->resetButton());
        hirex::ui::MessageBox::setNextAnswer(confirmation);
        dialog->resetButton()->click();
    };
}

} // namespace

void TestDesktopPassphrase::initTestCase() {
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")),
             "this test runs with no reachable D-Bus session, i.e. no keychain");
    QCoreApplication::setOrganizationName(QStringLiteral("HirexTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktoppassphrase"));
}

void TestDesktopPassphrase::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    m_asked.clear();
    m_answers.clear();
    PassphraseDialog::setTestHandler([this](PassphraseDialog *dialog) {
        m_asked.append({dialog->mode(), dialog->errorText()});
        auto answer = m_answers.isEmpty() ? cancel() : m_answers.takeFirst();
        answer(dialog);
    });
}

void TestDesktopPassphrase::cleanup() {
    PassphraseDialog::setTestHandler({});
    hirex::ui::MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_dir.reset();
}

void TestDesktopPassphrase::answerWith(QList<std::function<void(PassphraseDialog *)>> answers) {
    m_asked.clear();
    m_answers = std::move(answers);
}

bool TestDesktopPassphrase::startAndCreate(App &app) {
    answerWith({enter(Passphrase)});
    if (app.controller->initialise().isError())
        return false;
    app.window->show();
    app.controller->start();
    return QTest::qWaitFor([&] { return app.signInShown(); }, 60000);
}

void TestDesktopPassphrase::firstStartCreatesThePassphraseThenShowsSignIn() {
    App app(m_profile);
    QSignalSpy quit(app.controller.get(), &DesktopController::quitRequested);
    QVERIFY(startAndCreate(app));
    QVERIFY(app.controller->usesPassphrase());
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.first().mode, PassphraseDialog::Mode::Create);
    QVERIFY(m_asked.first().error.isEmpty());
    // The cache exists, keyed by the passphrase: salt and costs next to it, no key anywhere else.
    QVERIFY(QFileInfo::exists(m_profile + QStringLiteral("/cache.kdf.json")));
    QVERIFY(QFileInfo::exists(m_profile + QStringLiteral("/cache.db")));
    QCOMPARE(quit.count(), 0);
    for (const QString &name : QDir(m_profile).entryList(QDir::Files)) {
        QFile file(m_profile + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(Passphrase.toUtf8()), qPrintable(name));
    }
}

void TestDesktopPassphrase::restartUnlocksAndWrongPassphraseShowsTheError() {
    {
        App first(m_profile);
        QVERIFY(startAndCreate(first));
    }
    App app(m_profile);
    answerWith({enter(QStringLiteral("not the passphrase")), enter(Passphrase)});
    QVERIFY(!app.controller->initialise().isError());
    app.window->show();
    app.controller->start();
    QVERIFY(QTest::qWaitFor([&] { return m_asked.size() == 2 && app.signInShown(); }, 60000));
    QCOMPARE(m_asked.at(0).mode, PassphraseDialog::Mode::Unlock);
    QVERIFY(m_asked.at(0).error.isEmpty());
    QCOMPARE(m_asked.at(1).mode, PassphraseDialog::Mode::Unlock);
    QCOMPARE(m_asked.at(1).error, QStringLiteral("The passphrase is not correct."));
    QTest::qWait(200);
    QCOMPARE(m_asked.size(), 2); // no further dialog once unlocked
}

void TestDesktopPassphrase::cancelAtStartRequestsQuitAndWritesNothing() {
    // A first start cancelled: no cache, no salt file.
    {
        App app(m_profile);
        QSignalSpy quit(app.controller.get(), &DesktopController::quitRequested);
        answerWith({cancel()});
        QVERIFY(!app.controller->initialise().isError());
        app.window->show();
        app.controller->start();
        QVERIFY(quit.wait(30000));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().mode, PassphraseDialog::Mode::Create);
        QVERIFY(!QFileInfo::exists(m_profile + QStringLiteral("/cache.kdf.json")));
        QVERIFY(!QFileInfo::exists(m_profile + QStringLiteral("/cache.db")));
    }
    // An unlock cancelled: the files stay exactly as they were.
    {
        App app(m_profile);
        QVERIFY(startAndCreate(app));
    }
    const QByteArray db = fileHash(m_profile + QStringLiteral("/cache.db"));
    const QByteArray kdf = fileHash(m_profile + QStringLiteral("/cache.kdf.json"));
    App app(m_profile);
    QSignalSpy quit(app.controller.get(), &DesktopController::quitRequested);
    answerWith({cancel()});
    QVERIFY(!app.controller->initialise().isError());
    app.window->show();
    app.controller->start();
    QVERIFY(quit.wait(30000));
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.first().mode, PassphraseDialog::Mode::Unlock);
    QCOMPARE(fileHash(m_profile + QStringLiteral("/cache.db")), db);
    QCOMPARE(fileHash(m_profile + QStringLiteral("/cache.kdf.json")), kdf);
}

void TestDesktopPassphrase::resetFromTheDialogStartsAFreshCache() {
    {
        App first(m_profile);
        QVERIFY(startAndCreate(first));
    }
    const QByteArray oldSalt = fileHash(m_profile + QStringLiteral("/cache.kdf.json"));
    App app(m_profile);
    // Forgotten passphrase: Reset, but first say no to the confirmation, then yes.
    answerWith({reset(QMessageBox::Cancel), reset(QMessageBox::Reset),
                enter(QStringLiteral("a brand new passphrase"))});
    QVERIFY(!app.controller->initialise().isError());
    app.window->show();
    app.controller->start();
    QVERIFY(QTest::qWaitFor([&] { return m_asked.size() == 3 && app.signInShown(); }, 60000));
    QCOMPARE(m_asked.at(0).mode, PassphraseDialog::Mode::Unlock);
    QCOMPARE(m_asked.at(1).mode, PassphraseDialog::Mode::Unlock); // asked again after "Cancel"
    QCOMPARE(m_asked.at(2).mode, PassphraseDialog::Mode::Create); // after the reset
    QVERIFY(QFileInfo::exists(m_profile + QStringLiteral("/cache.kdf.json")));
    QVERIFY(fileHash(m_profile + QStringLiteral("/cache.kdf.json")) != oldSalt); // a fresh salt
}

void TestDesktopPassphrase::idleLockAsksForThePassphraseToUnlock() {
    App app(m_profile);
    QVERIFY(startAndCreate(app));
    QSignalSpy quit(app.controller.get(), &DesktopController::quitRequested);

    Q_EMIT app.window->lockRequested(); // Ctrl+L, or the idle timeout
    QVERIFY(QTest::qWaitFor([&] { return app.window->isShowingLocked(); }, 5000));

    // Unlock, then cancel: still locked, the button usable again, the app keeps running.
    answerWith({cancel()});
    Q_EMIT app.window->unlockRequested();
    QVERIFY(QTest::qWaitFor([&] { return m_asked.size() == 1; }, 30000));
    QCOMPARE(m_asked.first().mode, PassphraseDialog::Mode::Unlock);
    QTest::qWait(100);
    QVERIFY(app.window->isShowingLocked());
    QVERIFY(app.window->lockedPage()->findChild<QPushButton *>()->isEnabled());
    QCOMPARE(quit.count(), 0);

    // Unlock with a wrong passphrase, then the right one.
    answerWith({enter(QStringLiteral("wrong wrong wrong")), enter(Passphrase)});
    Q_EMIT app.window->unlockRequested();
    QVERIFY(QTest::qWaitFor([&] { return m_asked.size() == 2 && app.signInShown(); }, 60000));
    QCOMPARE(m_asked.at(0).mode, PassphraseDialog::Mode::Unlock);
    QCOMPARE(m_asked.at(1).error, QStringLiteral("The passphrase is not correct."));
    QVERIFY(!app.window->isShowingLocked());
}

// Quitting while locked is no way round the lock: the next start shows the locked page, and
// cancelling its passphrase dialog stays there instead of quitting. The passphrase is the proof.
void TestDesktopPassphrase::aLockSurvivesARestart() {
    {
        App app(m_profile);
        QVERIFY(startAndCreate(app));
        Q_EMIT app.window->lockRequested();
        QVERIFY(QTest::qWaitFor([&] { return app.window->isShowingLocked(); }, 5000));
        QVERIFY(QFileInfo::exists(m_profile + QStringLiteral("/locked")));
    }
    App app(m_profile);
    QSignalSpy quit(app.controller.get(), &DesktopController::quitRequested);
    answerWith({cancel()});
    QVERIFY(!app.controller->initialise().isError());
    app.window->show();
    app.controller->start();
    QVERIFY(QTest::qWaitFor([&] { return m_asked.size() == 1; }, 30000));
    QCOMPARE(m_asked.first().mode, PassphraseDialog::Mode::Unlock);
    QTest::qWait(200);
    QCOMPARE(quit.count(), 0);
    QVERIFY(app.window->isShowingLocked());
    QCOMPARE(app.window->lockedPage()->mode(), hirex::ui::LockedPage::Mode::Passphrase);
    QVERIFY(QFileInfo::exists(m_profile + QStringLiteral("/locked")));

    answerWith({enter(Passphrase)});
    Q_EMIT app.window->unlockRequested();
    QVERIFY(QTest::qWaitFor([&] { return m_asked.size() == 1 && app.signInShown(); }, 60000));
    QVERIFY(!QFileInfo::exists(m_profile + QStringLiteral("/locked")));
}

// Sign-out with "remove local data" when the cache cannot be wiped: the user is told, and the
// app still leaves the signed-in state instead of waiting for a wipe that never completes.
void TestDesktopPassphrase::signOutEndsEvenWhenTheWipeFails() {
    App app(m_profile);
    QVERIFY(startAndCreate(app));
    // A folder where a companion file of the database belongs can be neither overwritten nor
    // removed, not even by root.
    QVERIFY(QDir().mkpath(m_profile + QStringLiteral("/cache.db-journal/keep")));
    hirex::ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    Q_EMIT app.window->signOutRequested(true);
    QTRY_COMPARE_WITH_TIMEOUT(hirex::ui::MessageBox::lastAnsweredTitle(),
                              QStringLiteral("The local data could not be removed"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(app.signInShown(), 30000);
    QVERIFY(!app.window->workspacePage()->isVisible());
}

QTEST_MAIN(TestDesktopPassphrase)
#include "tst_desktoppassphrase.moc"
