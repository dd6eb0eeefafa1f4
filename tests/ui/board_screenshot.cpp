// Not a test: draws the real main window with a filled board into PNGs (light and dark), to
// look at spacing, elision and colours. Usage: board_screenshot OUTDIR (under xvfb-run or
// QT_QPA_PLATFORM=offscreen).
#include "core/sync/ChangeBuilder.h"
#include "core/sync/Outbox.h"
#include "models/BoardPresenter.h"
#include "models/JobListModel.h"
#include "models/SignInPresenter.h"
#include "tests/models/BoardTestUtil.h"
#include "ui/BoardColumn.h"
#include "ui/BoardPage.h"
#include "ui/MainWindow.h"
#include "ui/WorkspacePage.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QStyleFactory>
#include <QToolButton>

using namespace hirex;
using namespace hirex::board::testutil;

namespace {

void fill(store::SqlCipherDatabase &db) {
    sync::EntityStore store(&db);
    put(store, QStringLiteral("pipeline"),
        pipeline(QStringLiteral("pipe_A"), {{QStringLiteral("s1"), QStringLiteral("Sourced")},
                                            {QStringLiteral("s2"), QStringLiteral("Phone screen")},
                                            {QStringLiteral("s3"), QStringLiteral("Technical interview")},
                                            {QStringLiteral("s4"), QStringLiteral("Offer")},
                                            {QStringLiteral("s5"), QStringLiteral("Hired")}}));
    const QStringList first{QStringLiteral("Lena"),   QStringLiteral("Çağla"),   QStringLiteral("Jonas"),
                            QStringLiteral("Ahmet"),  QStringLiteral("Zoe"),     QStringLiteral("Maximilian"),
                            QStringLiteral("Elif"),   QStringLiteral("Sophie"),  QStringLiteral("Mehmet"),
                            QStringLiteral("Hannah"), QStringLiteral("İbrahim"), QStringLiteral("Olivia")};
    const QStringList last{
        QStringLiteral("Schäfer"),  QStringLiteral("Yıldız"), QStringLiteral("Becker"),
        QStringLiteral("Yılmaz"),   QStringLiteral("Adams"),  QStringLiteral("Müller-Lüdenscheidt"),
        QStringLiteral("Kaya"),     QStringLiteral("Wagner"), QStringLiteral("Demir"),
        QStringLiteral("Hoffmann"), QStringLiteral("Öztürk"), QStringLiteral("Johnson")};
    const QList<QStringList> tags{{QStringLiteral("c++"), QStringLiteral("qt"), QStringLiteral("uzaktan")},
                                  {QStringLiteral("java")},
                                  {QStringLiteral("kotlin"), QStringLiteral("android"),
                                   QStringLiteral("remote"), QStringLiteral("senior")},
                                  {},
                                  {QStringLiteral("distributed systems and very long tag")},
                                  {QStringLiteral("rust"), QStringLiteral("embedded")}};
    const int stageOf[] = {1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 1, 2, 3, 1, 1, 2};
    for (int i = 0; i < 17; ++i) {
        const QString cid = QStringLiteral("cand_%1a9").arg(i);
        QJsonObject c =
            i == 6 ? candidate(cid, QString(), QString(), tags.at(i % 6))
                   : candidate(cid, first.at(i % 12), last.at((i * 5 + i / 12) % 12), tags.at(i % 6));
        if (i == 2)
            c.insert(QStringLiteral("consent_state"), QStringLiteral("withdrawn"));
        if (i == 4)
            c.insert(QStringLiteral("consent_state"), QStringLiteral("pending"));
        if (i == 9)
            c.insert(QStringLiteral("retention_until"), testNow().addDays(12).toString(Qt::ISODate));
        put(store, QStringLiteral("candidate"), c);
        const QString aid = QStringLiteral("app_%1").arg(i);
        put(store, QStringLiteral("application"),
            application(aid, cid, QStringLiteral("pipe_A"), QStringLiteral("s%1").arg(stageOf[i]),
                        daysAgo((i * 7) % 15)));
        if (i % 4 != 3)
            put(store, QStringLiteral("ai_insight"),
                matchScore(QStringLiteral("ins_%1").arg(i), aid, 40 + (i * 13) % 60));
    }
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x25, 0x27, 0x2b), base(0x1b, 0x1d, 0x20), text(0xe8, 0xe8, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x35, 0x39));
    p.setColor(QPalette::Mid, QColor(0x2c, 0x2e, 0x32));
    p.setColor(QPalette::Dark, QColor(0x16, 0x17, 0x19));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    return p;
}

// A grab() shows what is painted now; the views lay out and fetch their first cards on
// zero-timers and posted events. This tool (not the app) runs the loop a few turns so the
// picture shows the settled window.
void settle() {
    for (int i = 0; i < 10; ++i)
        QApplication::processEvents();
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QTemporaryDir dir;
    store::SqlCipherDatabase db;
    if (!openCache(db, dir))
        return 1;
    fill(db);
    models::JobListModel jobs;
    jobs.setJobs(
        {job(QStringLiteral("job_A"), QStringLiteral("Senior C++/Qt engineer"), QStringLiteral("pipe_A"))});
    models::BoardPresenter board(&jobs);
    board.setNow(testNow());
    board.setDatabase(&db);
    sync::Outbox outbox(&db, nullptr);
    board.setEnqueue([&](const sync::OutboxChange &c) {
        outbox.enqueue(c);
        sync::EntityChanges changes;
        changes.addWritten(c.entity, c.entityId);
        board.applyChanges(changes);
    });
    board.moveToStage({QStringLiteral("app_16")}, QStringLiteral("s4")); // a queued move: "Pending"
    models::SignInPresenter signIn;
    ui::MainWindow window(&signIn, &board);
    window.workspacePage()->setAccount(QStringLiteral("Lena Schäfer"), QStringLiteral("Anadolu Yazılım A.Ş."),
                                       QStringLiteral("TR"), false);
    window.workspacePage()->setStatusText(QStringLiteral("1 job you can work on."));
    window.resize(1440, 820);
    window.showWorkspace();
    window.show();
    settle();
    QListView *first =
        window.boardPage()->columnCount() > 0 ? window.boardPage()->column(0)->view() : nullptr;
    if (first) {
        first->setFocus();
        first->selectionModel()->setCurrentIndex(first->model()->index(1, 0),
                                                 QItemSelectionModel::ClearAndSelect);
    }
    settle();
    window.grab().save(out + QStringLiteral("/board-light.png"));
    // Searching and filtering: the filter bar open, a word typed.
    window.boardPage()->filterButton()->setChecked(true);
    window.boardPage()->searchField()->setText(QStringLiteral("yıl"));
    settle();
    window.grab().save(out + QStringLiteral("/board-search-light.png"));
    window.boardPage()->searchField()->clear();
    window.boardPage()->filterButton()->setChecked(false);
    QApplication::setPalette(darkPalette());
    settle();
    window.grab().save(out + QStringLiteral("/board-dark.png"));
    return 0;
}
