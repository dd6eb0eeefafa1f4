// Command palette benchmark at the models layer (no window): CommandPaletteModel over an
// encrypted cache of N candidates (bench/common/SyntheticCache.h, as bench_board), with a
// window's worth of commands. Times one keystroke (setQuery: commands and jobs ranked, the FTS
// prefix query for candidates limited to CandidateLimit hits, the model reset), as medians of
// several runs, for growing prefixes of a common name. The target is one frame (16 ms).
// Reported, never asserted. Usage: bench_palette [candidates=100000] [runs=9]
#include "bench/common/SyntheticCache.h"
#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "models/CommandPaletteModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace hirex;
using namespace hirex::bench;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int candidates = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 9;
    QTemporaryDir dir;
    store::SqlCipherDatabase db;
    store::SqlCipherDatabase::Options options;
    options.migrations = store::CacheSchema::migrations();
    if (db.open(dir.filePath(QStringLiteral("bench.db")), store::CacheKey::generate(), options).isError())
        return 1;
    QElapsedTimer fillTime;
    fillTime.start();
    if (!fill(db, candidates, candidates / 5))
        return 1;
    std::printf("filled %d candidates in %.1f s\n", candidates,
                static_cast<double>(fillTime.elapsed()) / 1000.0);

    QList<models::PaletteEntry> commands;
    for (int i = 0; i < 40; ++i)
        commands.append({models::PaletteEntry::Kind::Action, QString::number(i),
                         QStringLiteral("Command number %1 of the window").arg(i),
                         QStringLiteral("Ctrl+%1").arg(i)});
    models::CommandPaletteModel palette;
    palette.setCommands(commands);
    palette.setDatabase(&db);

    const QString typed = QStringLiteral("Ayşe Kaya");
    for (int n = 1; n <= typed.size(); ++n) {
        const QString prefix = typed.left(n);
        if (prefix.endsWith(QLatin1Char(' ')))
            continue;
        int rows = 0;
        const double ms = timeIt(runs, [&] {
            palette.setQuery(QString());
            palette.setQuery(prefix);
            rows = palette.rowCount();
        });
        const QByteArray label =
            QStringLiteral("keystroke \"%1\" (%2 results)").arg(prefix).arg(rows).toUtf8();
        report(label.constData(), ms);
    }
    const double empty = timeIt(runs, [&] {
        palette.setQuery(QStringLiteral("x"));
        palette.setQuery(QString());
    });
    report("clearing the field (commands only), incl. one \"x\"", empty);
    return 0;
}
