// The candidates view (ui/CandidatesPage over CandidatesPresenter) on a cache filled by a real
// first sync from the REAL hirex-sandbox, offscreen: the table holds every candidate the server
// sent, typing in the search narrows it, a header click sorts it, Export CSV… (through the page's
// file-chooser seam) writes exactly the view (read back with a strict RFC 4180 parser; the
// sandbox's formula-looking candidate is neutralised), and with a tenant that screens blind the
// table, the board's cards and the export carry anonymised labels and no name.
#include "core/api/TransportPolicy.h"
#include "core/read/CandidateDetail.h"
#include "core/read/StageCards.h"
#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncHttp.h"
#include "models/CandidateTableModel.h"
#include "models/CandidatesPresenter.h"
#include "tests/models/CsvTestUtil.h"
#include "tests/support/SandboxLogin.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestTokenProvider.h"
#include "ui/CandidatesPage.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hirex;
using hirex::models::CandidatesPresenter;
using hirex::models::CandidateTableModel;
using Column = hirex::models::CandidateTableModel::Column;

namespace {

constexpr int kTimeoutMs = 60000;
constexpr int kCandidates = 80;

// One tenant, signed in as `role`, synced once into its own SQLCipher cache.
struct SyncedTenant {
    std::unique_ptr<test::SandboxProcess> sandbox;
    std::unique_ptr<test::SandboxLogin> login;
    std::vector<std::unique_ptr<test::TestTokenProvider>> tokens;
    QTemporaryDir dir;
    store::SqlCipherDatabase db;
    std::unique_ptr<sync::SyncHttp> http;
    std::unique_ptr<sync::Outbox> outbox;
    std::unique_ptr<sync::SyncEngine> engine;
    QString error;

    std::unique_ptr<sync::SyncHttp> httpAs(const QString &role) {
        const auto signedIn = login->signInAs(role);
        if (!signedIn)
            return nullptr;
        tokens.push_back(std::make_unique<test::TestTokenProvider>(signedIn->accessToken));
        api::TransportSettings settings;
        settings.caFile = sandbox->caFile();
        api::ApiError apiError;
        const auto policy = api::TransportPolicy::create(settings, &apiError);
        if (!policy)
            return nullptr;
        return std::make_unique<sync::SyncHttp>(*policy, sandbox->baseUrl(), tokens.back().get());
    }

    QJsonObject get(sync::SyncHttp &client, const QString &path) {
        auto slot = std::make_shared<std::optional<sync::HttpResult>>();
        client.send("GET", path, {}, {}, [slot](const sync::HttpResult &r) { *slot = r; });
        static_cast<void>(QTest::qWaitFor([slot] { return slot->has_value(); }, kTimeoutMs));
        return slot->has_value() ? QJsonDocument::fromJson(slot->value().body).object() : QJsonObject();
    }

    bool start(const QStringList &args, const QString &role) {
        sandbox = std::make_unique<test::SandboxProcess>(args);
        if (!sandbox->start()) {
            error = sandbox->errorString();
            return false;
        }
        login = std::make_unique<test::SandboxLogin>(*sandbox);
        store::SqlCipherDatabase::Options options;
        options.migrations = store::CacheSchema::migrations();
        if (db.open(dir.filePath(QStringLiteral("cache.db")), store::CacheKey::generate(), options)
                .isError()) {
            error = QStringLiteral("cache did not open");
            return false;
        }
        http = httpAs(role);
        if (!http) {
            error = QStringLiteral("sign-in failed");
            return false;
        }
        outbox = std::make_unique<sync::Outbox>(&db, http.get());
        engine = std::make_unique<sync::SyncEngine>(&db, http.get(), outbox.get());
        sync::SyncEngine::Options engineOptions = engine->options();
        engineOptions.useStream = false;
        engine->setOptions(engineOptions);
        std::optional<UserMessage> finished;
        QObject::connect(engine.get(), &sync::SyncEngine::cycleFinished,
                         [&finished](const UserMessage &e) { finished = e; });
        engine->syncNow();
        if (!QTest::qWaitFor([&] { return finished.has_value(); }, 2 * kTimeoutMs) || finished->isError() ||
            !engine->firstSyncComplete()) {
            error = finished ? finished->message : QStringLiteral("no first sync");
            return false;
        }
        return true;
    }

    void stop() {
        engine.reset();
        outbox.reset();
        http.reset();
        db.close();
        login.reset();
        if (sandbox)
            sandbox->stop();
    }
};

// The working set: what the first sync kept (the pinned pipelines' candidates).
int cachedCandidates(const store::SqlCipherDatabase &db) {
    return static_cast<int>(db.queryInt("SELECT count(*) FROM candidates", -1));
}

void fetchAll(CandidateTableModel *m) {
    int guard = 0;
    while (m->canFetchMore({}) && ++guard < 1000)
        m->fetchMore({});
}

QStringList column(CandidateTableModel *m, Column c) {
    QStringList cells;
    for (int row = 0; row < m->rowCount(); ++row)
        cells.append(m->index(row, m->columnIndex(c)).data().toString());
    return cells;
}

// The view as the export must write it: the header, then every row's cells.
QList<QStringList> viewAsRecords(CandidateTableModel *m) {
    fetchAll(m);
    QList<QStringList> records;
    QStringList header;
    for (int c = 0; c < m->columnCount(); ++c)
        header.append(m->headerData(c, Qt::Horizontal).toString());
    records.append(header);
    for (int row = 0; row < m->rowCount(); ++row) {
        QStringList cells;
        for (Column c : m->columns()) {
            QString text = CandidateTableModel::exportText(m->rowAt(row), c);
            if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
                text.prepend(u'\''); // what a spreadsheet must show: text, not a formula
            cells.append(text);
        }
        records.append(cells);
    }
    return records;
}

} // namespace

class TestCandidatesPageSandbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theTableHoldsTheWorkingSet();
    void slashFocusesTheSearchAndTypingNarrows();
    void aHeaderClickSorts();
    void exportWritesTheViewExactly();
    void blindScreeningShowsLabelsAndExportsNoName();

private:
    bool exportVia(ui::CandidatesPage *page, const QString &path);

    SyncedTenant m_open;
    std::unique_ptr<CandidatesPresenter> m_presenter;
    std::unique_ptr<ui::CandidatesPage> m_page;
};

void TestCandidatesPageSandbox::initTestCase() {
    QVERIFY2(m_open.start({QStringLiteral("--candidates"), QString::number(kCandidates),
                           QStringLiteral("--hostile-candidate")},
                          QStringLiteral("recruiter")),
             qPrintable(m_open.error));
    m_presenter = std::make_unique<CandidatesPresenter>();
    m_presenter->setDatabase(&m_open.db);
    connect(m_open.engine.get(), &sync::SyncEngine::entitiesChanged, m_presenter.get(),
            &CandidatesPresenter::applyChanges);
    m_page = std::make_unique<ui::CandidatesPage>(m_presenter.get());
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCandidatesPageSandbox::cleanupTestCase() {
    m_page.reset();
    m_presenter.reset();
    m_open.stop();
}

void TestCandidatesPageSandbox::theTableHoldsTheWorkingSet() {
    CandidateTableModel *m = m_presenter->table();
    QCOMPARE(m_page->table()->model(), m);
    fetchAll(m);
    const int cached = cachedCandidates(m_open.db);
    QVERIFY(cached > 10);
    QCOMPARE(m->rowCount(), cached);
    // The server's candidates, as the feed brought them: each row is one, once.
    const QJsonObject page = m_open.get(*m_open.http, QStringLiteral("/v1/candidates?limit=200"));
    QSet<QString> server;
    for (const QJsonValue &c : page.value(QStringLiteral("items")).toArray())
        server.insert(c.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(server.size(), kCandidates + 1); // the hostile one too
    QSet<QString> shown;
    for (int row = 0; row < m->rowCount(); ++row)
        shown.insert(m->rowAt(row).candidateId);
    QCOMPARE(shown.size(), m->rowCount());
    QVERIFY(server.contains(shown));
    // The AI column says it is AI, and names are real names here.
    const int ai = m->columnIndex(Column::MatchScore);
    QVERIFY(m->headerData(ai, Qt::Horizontal).toString().contains(QLatin1String("AI")));
    QVERIFY(m_page->table()->horizontalHeader()->sectionSize(0) > 50);
    for (const QString &name : column(m, Column::Name))
        QVERIFY2(!name.startsWith(QLatin1String("Candidate ")), qPrintable(name));
    QVERIFY(m_page->exportAction()->text().contains(QLatin1String("CSV")));
    QCOMPARE(m_page->exportAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    QVERIFY(m_page->actions().contains(m_page->exportAction()));
}

void TestCandidatesPageSandbox::slashFocusesTheSearchAndTypingNarrows() {
    CandidateTableModel *m = m_presenter->table();
    fetchAll(m);
    const int all = m->rowCount();
    // A last name of the tenant, as shown.
    const QString name = m->rowAt(all / 2).displayName;
    const QString last = name.section(QLatin1Char(' '), -1);
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_Slash);
    QVERIFY(m_page->searchField()->hasFocus());
    QTest::keyClicks(m_page->searchField(), last);
    QCOMPARE(m_page->searchField()->text(), last);
    fetchAll(m);
    QVERIFY(m->rowCount() >= 1);
    QVERIFY(m->rowCount() < all);
    QVERIFY(column(m, Column::Name).contains(name));
    m_page->searchField()->clear();
    fetchAll(m);
    QCOMPARE(m->rowCount(), all);
}

void TestCandidatesPageSandbox::aHeaderClickSorts() {
    CandidateTableModel *m = m_presenter->table();
    QHeaderView *header = m_page->table()->horizontalHeader();
    const int updated = m->columnIndex(Column::Updated);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(updated) + header->sectionSize(updated) / 2,
                             header->height() / 2));
    QCOMPARE(m->sortOrder(), read::CandidateTable::Sort::Updated);
    QCOMPARE(header->sortIndicatorSection(), updated);
    fetchAll(m);
    for (int row = 1; row < m->rowCount(); ++row)
        QVERIFY(m->rowAt(row - 1).updatedAt >= m->rowAt(row).updatedAt);
    const int score = m->columnIndex(Column::MatchScore);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(score) + header->sectionSize(score) / 2,
                             header->height() / 2));
    QCOMPARE(m->sortOrder(), read::CandidateTable::Sort::Score);
    fetchAll(m);
    int last = 101;
    for (int row = 0; row < m->rowCount(); ++row) {
        const int s = m->rowAt(row).matchScore.value_or(-1);
        QVERIFY(s <= last);
        last = s;
    }
}

bool TestCandidatesPageSandbox::exportVia(ui::CandidatesPage *page, const QString &path) {
    QString offered;
    page->setFileChooser([&offered, path](QWidget *, const QString &suggested) {
        offered = suggested;
        return path;
    });
    // The shortcut, as a person presses it in the table.
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_E, Qt::ControlModifier);
    const bool done = QTest::qWaitFor(
        [page] { return page->exportAction()->isEnabled() && !page->messageLabel()->text().isEmpty(); },
        kTimeoutMs);
    return done && offered.endsWith(QLatin1String(".csv")) &&
           page->messageLabel()->text().contains(QLatin1String("Exported"));
}

void TestCandidatesPageSandbox::exportWritesTheViewExactly() {
    // A narrowed, sorted view: the export is that view, all of it.
    read::CandidateFilter filter;
    filter.source = m_presenter->sources().value(0);
    QVERIFY(!filter.source.isEmpty());
    m_presenter->setFilter(filter);
    m_presenter->setSortOrder(read::CandidateTable::Sort::Name);
    const QString path = m_open.dir.filePath(QStringLiteral("view.csv"));
    QVERIFY2(exportVia(m_page.get(), path), qPrintable(m_page->messageLabel()->text()));
    bool ok = false;
    const QList<QStringList> csv = test::readCsvFile(path, &ok);
    QVERIFY2(ok, "not RFC 4180");
    QCOMPARE(csv, viewAsRecords(m_presenter->table()));
    QVERIFY(csv.size() > 2);

    // Everything: the hostile candidate's cells are text.
    m_presenter->setFilter({});
    QVERIFY(exportVia(m_page.get(), path));
    const QList<QStringList> all = test::readCsvFile(path, &ok);
    QVERIFY(ok);
    QCOMPARE(all.size(), cachedCandidates(m_open.db) + 1);
    QCOMPARE(all, viewAsRecords(m_presenter->table()));
    bool hostileSeen = false;
    for (const QStringList &record : all) {
        for (const QString &cell : record)
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.front()), qPrintable(cell));
        if (record.at(0).contains(QLatin1String("Formula"))) {
            hostileSeen = true;
            QCOMPARE(record.at(0), QStringLiteral("'=cmd|' /C calc'!A0 Formula"));
            QVERIFY(record.contains(QStringLiteral("'@SUM(1+1)")));
        }
    }
    QVERIFY(hostileSeen);
}

void TestCandidatesPageSandbox::blindScreeningShowsLabelsAndExportsNoName() {
    SyncedTenant blind;
    QVERIFY2(blind.start({QStringLiteral("--candidates"), QString::number(kCandidates),
                          QStringLiteral("--anonymised-screening")},
                         QStringLiteral("recruiter")),
             qPrintable(blind.error));
    // The people behind the labels, as the admin (who may reveal) sees them.
    auto admin = blind.httpAs(QStringLiteral("admin"));
    QVERIFY(admin);
    QStringList names;
    for (const QJsonValue &c : blind.get(*admin, QStringLiteral("/v1/candidates?limit=200"))
                                   .value(QStringLiteral("items"))
                                   .toArray()) {
        // Long enough not to be part of a tag, a source or a label by chance.
        const QString last = c.toObject().value(QStringLiteral("last_name")).toString();
        if (last.size() >= 5)
            names.append(last);
        names.append(c.toObject().value(QStringLiteral("email")).toString());
    }
    QVERIFY(names.size() > kCandidates);

    CandidatesPresenter presenter;
    presenter.setDatabase(&blind.db);
    ui::CandidatesPage page(&presenter);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    CandidateTableModel *m = presenter.table();
    fetchAll(m);
    QCOMPARE(m->rowCount(), cachedCandidates(blind.db));
    static const QRegularExpression label(QStringLiteral("^Candidate [0-9A-Z]{6}$"));
    for (int row = 0; row < m->rowCount(); ++row) {
        const QModelIndex name = m->index(row, m->columnIndex(Column::Name));
        QVERIFY2(label.match(name.data().toString()).hasMatch(), qPrintable(name.data().toString()));
        QVERIFY(name.data(CandidateTableModel::NameWithheldRole).toBool());
    }
    // The board's cards and the candidate detail use the server's label too.
    store::Statement stage =
        blind.db.prepare("SELECT stage_id FROM applications WHERE status = 'active' LIMIT 1");
    QVERIFY(stage.next());
    const QString stageId = stage.columnText(0);
    stage.reset();
    read::StageCards cards(&blind.db, stageId);
    const QList<read::StageCard> shown = cards.fetch(0, 10);
    QVERIFY(!shown.isEmpty());
    for (const read::StageCard &card : shown) {
        QVERIFY(card.displayName.isEmpty());
        QVERIFY2(label.match(card.anonymisedLabel).hasMatch(), qPrintable(card.anonymisedLabel));
        read::CandidateDetail detail(&blind.db);
        const auto details = detail.load(card.candidateId);
        QVERIFY(details);
        QCOMPARE(details->displayName, card.anonymisedLabel);
    }

    const QString path = blind.dir.filePath(QStringLiteral("blind.csv"));
    QVERIFY2(exportVia(&page, path), qPrintable(page.messageLabel()->text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &name : std::as_const(names))
        QVERIFY2(!text.contains(name, Qt::CaseInsensitive), qPrintable(name));
    bool ok = false;
    const QList<QStringList> csv = test::parseCsv(text, &ok);
    QVERIFY(ok);
    QCOMPARE(csv.size(), m->rowCount() + 1);
    for (qsizetype r = 1; r < csv.size(); ++r)
        QVERIFY2(label.match(csv.at(r).at(0)).hasMatch(), qPrintable(csv.at(r).at(0)));
    page.close();
    presenter.setDatabase(nullptr);
    blind.stop();
}

QTEST_MAIN(TestCandidatesPageSandbox)
#include "tst_candidatespage_sandbox.moc"
