// Keyboard-only triage on the real MainWindow (offscreen) over a cache filled by a real first
// sync from the REAL hirex-sandbox: `/` and Down reach the cards, the arrows move between cards
// and columns, Alt+Right moves a card (the outbox replays it and the server agrees), Ctrl+K and
// part of a candidate's name opens that candidate, Escape gives the focus back to the card,
// Ctrl+K and a job's title switches the board, `?` lists every shortcut (the board's actions
// too, collected from the window, so one added later is listed and reachable from the palette)
// and is typed as text in a line edit. Locking closes what shows a candidate.
#include "core/api/TransportPolicy.h"
#include "core/domain/Job.h"
#include "core/read/CachedJobs.h"
#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncHttp.h"
#include "models/BoardPresenter.h"
#include "models/CandidateDetailPresenter.h"
#include "models/CommandPaletteModel.h"
#include "models/JobListModel.h"
#include "models/SignInPresenter.h"
#include "models/StageCardsModel.h"
#include "models/StageColumnsModel.h"
#include "tests/support/SandboxLogin.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestTokenProvider.h"
#include "ui/BoardColumn.h"
#include "ui/BoardPage.h"
#include "ui/CandidateDetailPanel.h"
#include "ui/CommandPalette.h"
#include "ui/MainWindow.h"
#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace hirex;
using hirex::models::BoardPresenter;
using hirex::models::CommandPaletteModel;
using hirex::models::PaletteEntry;
using hirex::models::StageCardsModel;
using hirex::test::SandboxLogin;
using hirex::test::SandboxProcess;
using hirex::test::TestTokenProvider;
using hirex::ui::MainWindow;

namespace {
constexpr int kTimeoutMs = 60000;

sync::HttpResult call(sync::SyncHttp &http, const QByteArray &method, const QString &path) {
    auto slot = std::make_shared<std::optional<sync::HttpResult>>();
    http.send(method, path, {}, {}, [slot](const sync::HttpResult &r) { *slot = r; });
    static_cast<void>(QTest::qWaitFor([slot] { return slot->has_value(); }, kTimeoutMs));
    return slot->value_or(sync::HttpResult{});
}

QWidget *focused() {
    return QApplication::focusWidget();
}

QWidget *keyTarget() {
    return QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
}

// Presses keys where a person's keyboard would send them: to the widget with the focus.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget *target = keyTarget();
    QVERIFY2(target, "no window is active");
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text) {
    QWidget *target = focused();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClicks(target, text);
}

QStringList rowTexts(const ui::ShortcutsDialog *dialog) {
    QStringList out;
    for (const ui::ShortcutsDialog::Row &row : dialog->rows())
        out.append(ui::ShortcutsDialog::groupTitle(row.group) + QLatin1Char('|') + row.description +
                   QLatin1Char('|') + row.keys);
    return out;
}
} // namespace

class TestKeyboardSandbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keyboardOnlyTriage();
    void theShortcutListListsTheBoardsActions();
    void aQuestionMarkInALineEditIsText();
    void anActionAddedLaterIsReachableFromThePalette();
    void lockingClosesTheCandidate();

private:
    std::unique_ptr<sync::SyncHttp> httpAs(const QString &role);
    bool syncOnce();
    QListView *view(int column) const { return m_window->boardPage()->column(column)->view(); }
    // Down in the palette until the current result is `id` of `kind`; false when never.
    bool pickInPalette(PaletteEntry::Kind kind, const QString &id);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxLogin> m_login;
    std::vector<std::unique_ptr<TestTokenProvider>> m_tokens;
    QTemporaryDir m_dir;
    store::SqlCipherDatabase m_db;
    std::unique_ptr<sync::SyncHttp> m_http;
    std::unique_ptr<sync::Outbox> m_outbox;
    std::unique_ptr<sync::SyncEngine> m_engine;
    models::JobListModel m_jobs;
    models::SignInPresenter m_signIn;
    std::unique_ptr<BoardPresenter> m_board;
    std::unique_ptr<MainWindow> m_window;
    QString m_bestJob;
};

std::unique_ptr<sync::SyncHttp> TestKeyboardSandbox::httpAs(const QString &role) {
    const auto tokens = m_login->signInAs(role);
    if (!tokens)
        return nullptr;
    m_tokens.push_back(std::make_unique<TestTokenProvider>(tokens->accessToken));
    api::TransportSettings settings;
    settings.caFile = m_sandbox->caFile();
    api::ApiError error;
    const auto policy = api::TransportPolicy::create(settings, &error);
    if (!policy)
        return nullptr;
    return std::make_unique<sync::SyncHttp>(*policy, m_sandbox->baseUrl(), m_tokens.back().get());
}

bool TestKeyboardSandbox::syncOnce() {
    std::optional<UserMessage> finished;
    const QMetaObject::Connection c = connect(m_engine.get(), &sync::SyncEngine::cycleFinished, this,
                                              [&](const UserMessage &error) { finished = error; });
    m_engine->syncNow();
    const bool done = QTest::qWaitFor([&] { return finished.has_value(); }, 2 * kTimeoutMs);
    disconnect(c);
    return done && !finished->isError();
}

void TestKeyboardSandbox::initTestCase() {
    m_sandbox =
        std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--candidates"), QStringLiteral("80")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_login = std::make_unique<SandboxLogin>(*m_sandbox);
    store::SqlCipherDatabase::Options options;
    options.migrations = store::CacheSchema::migrations();
    QVERIFY(!m_db.open(m_dir.filePath(QStringLiteral("keyboard.db")), store::CacheKey::generate(), options)
                 .isError());
    m_http = httpAs(QStringLiteral("recruiter"));
    QVERIFY(m_http);
    m_outbox = std::make_unique<sync::Outbox>(&m_db, m_http.get());
    m_engine = std::make_unique<sync::SyncEngine>(&m_db, m_http.get(), m_outbox.get());
    sync::SyncEngine::Options engineOptions = m_engine->options();
    engineOptions.useStream = false;
    m_engine->setOptions(engineOptions);
    QVERIFY(syncOnce());
    QVERIFY(m_engine->firstSyncComplete());

    read::CachedJobs cached(&m_db);
    const QList<domain::Job> jobs = cached.all();
    QVERIFY(jobs.size() >= 2);
    m_jobs.setJobs(jobs);

    // As DesktopController wires it: the worker's changes reach the board and the window's
    // palette and candidate panel; moves go to the outbox.
    m_board = std::make_unique<BoardPresenter>(&m_jobs);
    m_window = std::make_unique<MainWindow>(&m_signIn, m_board.get());
    const auto apply = [this](const sync::EntityChanges &changes) {
        m_board->applyChanges(changes);
        m_window->applyWorkspaceChanges(changes);
    };
    connect(m_engine.get(), &sync::SyncEngine::entitiesChanged, this, apply);
    connect(m_outbox.get(), &sync::Outbox::entitiesChanged, this, apply);
    m_board->setEnqueue([this, apply](const sync::OutboxChange &change) {
        QVERIFY(m_outbox->enqueue(change) > 0);
        sync::EntityChanges changes;
        changes.addWritten(change.entity, change.entityId);
        apply(changes);
    });
    m_board->setDatabase(&m_db);
    m_window->setWorkspaceDatabase(&m_db);

    // The job with the most cards makes the best board.
    int best = -1;
    for (const domain::Job &job : jobs) {
        QVERIFY(m_board->setCurrentJob(job.id));
        int total = 0;
        for (int c = 0; m_board->columns() && c < m_board->columns()->rowCount(); ++c)
            total += m_board->columns()->index(c).data(models::StageColumnsModel::CountRole).toInt();
        if (total > best) {
            best = total;
            m_bestJob = job.id;
        }
    }
    QVERIFY(m_board->setCurrentJob(m_bestJob));

    m_window->resize(1400, 800);
    m_window->showWorkspace();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTRY_VERIFY(m_window->boardPage()->columnCount() >= 3);
    QTRY_VERIFY(view(0)->model()->rowCount() > 0 || view(1)->model()->rowCount() > 0);
}

void TestKeyboardSandbox::cleanupTestCase() {
    m_window.reset();
    m_board.reset();
    m_engine.reset();
    m_outbox.reset();
    m_http.reset();
    m_db.close();
    m_login.reset();
    if (m_sandbox)
        QCOMPARE(m_sandbox->stop(), 0);
}

bool TestKeyboardSandbox::pickInPalette(PaletteEntry::Kind kind, const QString &id) {
    ui::CommandPalette *palette = m_window->commandPalette();
    CommandPaletteModel *model = palette->model();
    for (int step = 0; step < model->rowCount(); ++step) {
        const QModelIndex current = palette->results()->currentIndex();
        if (current.isValid() && current.data(CommandPaletteModel::KindRole).toInt() == int(kind) &&
            current.data(CommandPaletteModel::IdRole).toString() == id)
            return true;
        QTest::keyClick(focused(), Qt::Key_Down);
    }
    return false;
}

void TestKeyboardSandbox::keyboardOnlyTriage() {
    ui::BoardPage *page = m_window->boardPage();
    ui::CommandPalette *palette = m_window->commandPalette();
    // From wherever the focus is: Ctrl+K, "Go to Board" takes the keyboard to the cards.
    press(Qt::Key_K, Qt::ControlModifier);
    QVERIFY(palette->isOpen());
    type(QStringLiteral("go to bo"));
    QVERIFY(pickInPalette(PaletteEntry::Kind::Section, QStringLiteral("0")));
    press(Qt::Key_Return);
    QCOMPARE(page->focusedColumn(), 0);
    // `/` goes to the search, Down from there back to the first card.
    press(Qt::Key_Slash);
    QCOMPARE(focused(), static_cast<QWidget *>(page->searchField()));
    press(Qt::Key_Down);
    QCOMPARE(page->focusedColumn(), 0);

    // The first column with cards whose next stage takes moves (nothing moves into "hired").
    int column = -1;
    for (int c = 0; c + 1 < page->columnCount() && column < 0; ++c)
        if (m_board->cards(c)->rowCount() > 0 && m_board->cards(c + 1)->acceptsMoves())
            column = c;
    QVERIFY(column >= 0);
    // Right keeps the row; Left and Right are the only way there.
    for (int c = 0; c < column; ++c)
        press(Qt::Key_Right);
    QCOMPARE(page->focusedColumn(), column);
    QListView *from = view(column);
    QVERIFY(from->currentIndex().isValid());
    if (from->model()->rowCount() > 1) {
        press(Qt::Key_Down);
        QCOMPARE(from->currentIndex().row(), 1);
        press(Qt::Key_Home);
        QCOMPARE(from->currentIndex().row(), 0);
        press(Qt::Key_End);
        QCOMPARE(from->currentIndex().row(), from->model()->rowCount() - 1);
        press(Qt::Key_Home);
    }
    const QString appId = from->currentIndex().data(StageCardsModel::ApplicationIdRole).toString();
    const QString target = m_board->cards(column + 1)->stageId();
    QVERIFY(!appId.isEmpty());

    // Alt+Right: on the next column at once (optimistic), and the server agrees once replayed.
    press(Qt::Key_Right, Qt::AltModifier);
    QTRY_VERIFY(m_board->cards(column + 1)->rowOf(appId) >= 0);
    std::optional<sync::Outbox::ReplayResult> replayed;
    m_outbox->replay([&](const sync::Outbox::ReplayResult &r) { replayed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(replayed.has_value(), kTimeoutMs);
    QCOMPARE(replayed->sent, 1);
    const sync::HttpResult server = call(*m_http, "GET", QStringLiteral("/v1/applications/") + appId);
    QVERIFY(server.ok());
    QCOMPARE(QJsonDocument::fromJson(server.body).object().value(QLatin1String("stage_id")).toString(),
             target);

    // A named candidate on the card that has the focus now.
    press(Qt::Key_Right);
    QListView *cards = view(page->focusedColumn());
    QModelIndex named;
    for (int row = 0; row < cards->model()->rowCount() && !named.isValid(); ++row) {
        const QModelIndex at = cards->model()->index(row, 0);
        if (!at.data(StageCardsModel::NameWithheldRole).toBool())
            named = at;
    }
    QVERIFY2(named.isValid(), "no candidate with a name shown in the column");
    cards->setCurrentIndex(named);
    const QString candidateId = named.data(StageCardsModel::CandidateIdRole).toString();
    const QString name = named.data().toString();
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVERIFY(words.size() >= 2);

    // Ctrl+K, part of the name (the first name and three letters of the last), Enter.
    press(Qt::Key_K, Qt::ControlModifier);
    QVERIFY(palette->isOpen());
    QCOMPARE(focused(), static_cast<QWidget *>(palette->field()));
    type(words.first() + QLatin1Char(' ') + words.at(1).left(3));
    QVERIFY(pickInPalette(PaletteEntry::Kind::Candidate, candidateId));
    press(Qt::Key_Return);
    QVERIFY(!palette->isOpen());
    ui::CandidateDetailPanel *panel = m_window->candidateDetailPanel();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->titleLabel()->text(), name);
    QVERIFY(!panel->stageLabel()->text().isEmpty());
    QTRY_VERIFY(panel->isActiveWindow());
    // Escape closes it; the focus is back on the card it was on.
    press(Qt::Key_Escape);
    QTRY_VERIFY(!panel->isVisible());
    QTRY_COMPARE(focused(), static_cast<QWidget *>(cards));
    QCOMPARE(cards->currentIndex().data(StageCardsModel::CandidateIdRole).toString(), candidateId);
    QVERIFY(!m_window->candidateDetail()->isLoaded());

    // Enter on the card opens the same candidate.
    press(Qt::Key_Return);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->titleLabel()->text(), name);
    QTRY_VERIFY(panel->isActiveWindow());
    press(Qt::Key_Escape);
    QTRY_VERIFY(!panel->isVisible());
    QTRY_COMPARE(focused(), static_cast<QWidget *>(cards));

    // Ctrl+K and another job's title switch the board.
    domain::Job other;
    for (const domain::Job &job : m_jobs.jobs())
        if (job.id != m_board->currentJobId())
            other = job;
    QVERIFY(!other.id.isEmpty());
    press(Qt::Key_K, Qt::ControlModifier);
    QVERIFY(palette->isOpen());
    type(other.title);
    QVERIFY(pickInPalette(PaletteEntry::Kind::Job, other.id));
    press(Qt::Key_Return);
    QCOMPARE(m_board->currentJobId(), other.id);
    QCOMPARE(page->jobPicker()->currentText(), other.title);
    QVERIFY(page->focusedColumn() >= 0);

    // And back, with Ctrl+Shift+P this time, from the search field (Ctrl+K works there too).
    press(Qt::Key_Slash);
    QCOMPARE(focused(), static_cast<QWidget *>(page->searchField()));
    press(Qt::Key_K, Qt::ControlModifier);
    QVERIFY(palette->isOpen());
    press(Qt::Key_Escape);
    QVERIFY(!palette->isOpen());
    QCOMPARE(focused(), static_cast<QWidget *>(page->searchField()));
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(palette->isOpen());
    for (const domain::Job &job : m_jobs.jobs())
        if (job.id == m_bestJob)
            type(job.title);
    QVERIFY(pickInPalette(PaletteEntry::Kind::Job, m_bestJob));
    press(Qt::Key_Return);
    QCOMPARE(m_board->currentJobId(), m_bestJob);
}

void TestKeyboardSandbox::theShortcutListListsTheBoardsActions() {
    m_window->boardPage()->focusCards();
    QTRY_VERIFY(m_window->boardPage()->focusedColumn() >= 0);
    press(Qt::Key_Question);
    ui::ShortcutsDialog *dialog = m_window->shortcutsDialog();
    QTRY_VERIFY(dialog->isVisible());
    const QStringList rows = rowTexts(dialog);
    const QString alt = QKeySequence(Qt::ALT | Qt::Key_Right).toString(QKeySequence::NativeText);
    QVERIFY2(rows.contains(QStringLiteral("Board|Open the candidate|Enter")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY2(rows.filter(QStringLiteral("|") + alt).size() == 1, qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(rows.contains(QStringLiteral("Board|Search candidates|/")));
    QVERIFY(rows.contains(QStringLiteral("Navigation|Go to Board|Ctrl+1")));
    QVERIFY(rows.contains(QStringLiteral("Navigation|Command Palette…|Ctrl+K, Ctrl+Shift+P")));
    QVERIFY(rows.contains(QStringLiteral("Application|Keyboard Shortcuts|F1, ?")));
    QVERIFY(rows.contains(QStringLiteral("Application|Lock|Ctrl+L")));
    // Every action of the board that has keys is listed under Board, whoever added it.
    for (QAction *action : m_window->boardPage()->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        QVERIFY2(rows.filter(QStringLiteral("Board|") + text + QLatin1Char('|')).size() == 1,
                 qPrintable(text));
    }
    // The tree shows the groups with their rows.
    QCOMPARE(dialog->list()->topLevelItemCount(), 3);
    QCOMPARE(dialog->list()->topLevelItem(0)->text(0), QStringLiteral("Board"));
    QVERIFY(dialog->list()->topLevelItem(0)->childCount() >= 8);
    QTRY_VERIFY(dialog->isActiveWindow());
    press(Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestKeyboardSandbox::aQuestionMarkInALineEditIsText() {
    ui::BoardPage *page = m_window->boardPage();
    QTRY_VERIFY(m_window->isActiveWindow());
    page->focusCards();
    press(Qt::Key_Slash);
    QCOMPARE(focused(), static_cast<QWidget *>(page->searchField()));
    press(Qt::Key_Question);
    QCOMPARE(page->searchField()->text(), QStringLiteral("?"));
    QVERIFY(!m_window->shortcutsDialog()->isVisible());
    // F1 still opens the list from there.
    press(Qt::Key_F1);
    QTRY_VERIFY(m_window->shortcutsDialog()->isVisible());
    m_window->shortcutsDialog()->reject();
    QTRY_VERIFY(m_window->isActiveWindow());
    page->searchField()->clear();
}

void TestKeyboardSandbox::anActionAddedLaterIsReachableFromThePalette() {
    ui::BoardPage *page = m_window->boardPage();
    auto *action = new QAction(QStringLiteral("&Flag for Later"), page);
    action->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+J")));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    QSignalSpy triggered(action, &QAction::triggered);
    page->focusCards();
    QTRY_VERIFY(page->focusedColumn() >= 0);
    QWidget *before = focused();
    press(Qt::Key_K, Qt::ControlModifier);
    QVERIFY(m_window->commandPalette()->isOpen());
    type(QStringLiteral("flag lat"));
    const QModelIndex first = m_window->commandPalette()->results()->currentIndex();
    QCOMPARE(first.data().toString(), QStringLiteral("Flag for Later"));
    QCOMPARE(first.data(CommandPaletteModel::DetailRole).toString(),
             QKeySequence(QStringLiteral("Ctrl+Alt+J")).toString(QKeySequence::NativeText));
    press(Qt::Key_Return);
    QCOMPARE(triggered.count(), 1);
    // It ran with the focus back where it was (a board action acts on the focused card).
    QCOMPARE(focused(), before);
    // A disabled action is not offered.
    action->setEnabled(false);
    press(Qt::Key_K, Qt::ControlModifier);
    type(QStringLiteral("flag lat"));
    QVERIFY(!m_window->commandPalette()->results()->currentIndex().isValid() ||
            m_window->commandPalette()->results()->currentIndex().data().toString() !=
                QStringLiteral("Flag for Later"));
    press(Qt::Key_Escape);
    // The shortcut list has it under Board.
    m_window->showShortcuts();
    QVERIFY(rowTexts(m_window->shortcutsDialog())
                .contains(QStringLiteral("Board|Flag for Later|") +
                          QKeySequence(QStringLiteral("Ctrl+Alt+J")).toString(QKeySequence::NativeText)));
    m_window->shortcutsDialog()->reject();
    delete action;
}

void TestKeyboardSandbox::lockingClosesTheCandidate() {
    QTRY_VERIFY(m_window->isActiveWindow());
    m_window->boardPage()->focusCards();
    QTRY_VERIFY(m_window->boardPage()->focusedColumn() >= 0);
    QVERIFY(view(m_window->boardPage()->focusedColumn())->currentIndex().isValid());
    press(Qt::Key_Return);
    QTRY_VERIFY(m_window->candidateDetailPanel()->isVisible());
    m_window->showLocked();
    QVERIFY(!m_window->candidateDetailPanel()->isVisible());
    QVERIFY(!m_window->candidateDetail()->isLoaded());
    QVERIFY(!m_window->commandPaletteAction()->isEnabled());
    m_window->showWorkspace();
    QVERIFY(m_window->commandPaletteAction()->isEnabled());
}

QTEST_MAIN(TestKeyboardSandbox)
#include "tst_keyboard_sandbox.moc"
