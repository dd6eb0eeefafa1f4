// Cache write benchmark: bulk-inserts candidate rows (schema v1, FTS triggers included) in one
// transaction and reports the median of several runs for
//   - SQLCipher, cipher_page_size 4096 (what the app uses)
//   - SQLCipher, cipher_page_size 1024 (SQLCipher 3's default)
//   - no key: the same library without a codec, i.e. plain SQLite 3.15.2 (a separate libsqlite3
//     cannot be loaded: it exports the same sqlite3_* symbols)
// and the cost of creating and of reopening (key check + migrations + integrity_check) the
// cache. Reported, never asserted. Usage: bench_cache_write [rows=100000] [runs=5]
#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sqlcipher/sqlite3.h>
#include <vector>

using namespace hirex::store;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

bool exec(sqlite3 *db, const char *sql) {
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s\n", error ? error : "?");
    }
    sqlite3_free(error);
    return rc == SQLITE_OK;
}

bool insertRows(sqlite3 *db, int rows) {
    if (!exec(db, "BEGIN")) {
        return false;
    }
    Statement insert(
        db, "INSERT INTO candidates(id, version, updated_at, json, first_name, last_name, email, tags, "
            "skills, last_accessed_at) VALUES (?1, 1, '2024-05-01T10:00:00Z', ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (int i = 0; i < rows; ++i) {
        const QString n = QString::number(i);
        const QString first = QStringLiteral("First") + n;
        const QString last = QStringLiteral("Lastname") + n;
        const QString email = QStringLiteral("person") + n + QStringLiteral("@example.com");
        const QString json =
            QStringLiteral(R"({"id":"cand_%1","first_name":"%2","last_name":"%3","email":"%4",)"
                           R"("tags":["remote","senior"],"skills":["C++","Qt","SQL"],)"
                           R"("location":"Berlin","consent_state":"granted"})")
                .arg(n, first, last, email);
        insert.reset();
        insert.bind(1, QStringLiteral("cand_") + n)
            .bind(2, json)
            .bind(3, first)
            .bind(4, last)
            .bind(5, email)
            .bind(6, "remote senior")
            .bind(7, "C++ Qt SQL")
            .bind(8, qint64(i));
        if (!insert.exec()) {
            std::fprintf(stderr, "insert: %s\n", qPrintable(insert.errorMessage()));
            return false;
        }
    }
    return exec(db, "COMMIT");
}

// One run: fresh file, pragmas as the app sets them, schema, timed bulk insert.
double runOnce(const QString &path, const CacheKey *key, int pageSize, int rows) {
    for (const QString &file : QStringList{path} + SqlCipherDatabase::companionFiles(path)) {
        QFile::remove(file);
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        return -1;
    }
    if (key) {
        const SecureBytes spec = key->rawKeySpec();
        sqlite3_key(db, spec.data(), static_cast<int>(spec.size()));
        exec(db, QByteArray("PRAGMA cipher_page_size = " + QByteArray::number(pageSize)).constData());
    } else {
        exec(db, QByteArray("PRAGMA page_size = " + QByteArray::number(pageSize)).constData());
    }
    exec(db, "PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; "
             "PRAGMA synchronous = FULL;");
    exec(db, CacheSchema::migrations().first().sql.constData());
    QElapsedTimer clock;
    clock.start();
    const bool ok = insertRows(db, rows);
    const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    sqlite3_close(db);
    return ok ? ms : -1;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    const CacheKey key = CacheKey::generate();

    std::printf("bulk insert of %d candidate rows (schema v1 with FTS4 triggers), median of %d runs\n", rows,
                runs);
    struct Mode {
        const char *name;
        bool encrypted;
        int pageSize;
    };
    const Mode modes[] = {{"sqlcipher 4 KB pages", true, 4096},
                          {"sqlcipher 1 KB pages", true, 1024},
                          {"no key (plain SQLite)", false, 4096}};
    double baseline = 0;
    std::vector<std::pair<const char *, double>> results;
    for (const Mode &mode : modes) {
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            const double ms = runOnce(path, mode.encrypted ? &key : nullptr, mode.pageSize, rows);
            if (ms < 0) {
                return 1;
            }
            times.push_back(ms);
        }
        results.emplace_back(mode.name, median(times));
        if (!mode.encrypted) {
            baseline = median(times);
        }
    }
    for (const auto &[name, ms] : results) {
        std::printf("  %-24s %9.1f ms  %6.0f rows/s  %.2fx plain\n", name, ms, rows / (ms / 1000.0),
                    ms / baseline);
    }

    // Opening the app's cache: create (key check + schema + integrity_check) and reopen a
    // cache that holds `rows` candidates.
    for (const QString &file : QStringList{path} + SqlCipherDatabase::companionFiles(path)) {
        QFile::remove(file);
    }
    SqlCipherDatabase::Options options;
    options.migrations = CacheSchema::migrations();
    std::vector<double> createTimes;
    for (int i = 0; i < runs; ++i) {
        for (const QString &file : QStringList{path} + SqlCipherDatabase::companionFiles(path)) {
            QFile::remove(file);
        }
        QElapsedTimer clock;
        clock.start();
        SqlCipherDatabase db;
        if (db.open(path, key, options).isError()) {
            return 1;
        }
        createTimes.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    {
        SqlCipherDatabase db;
        if (db.open(path, key, options).isError() || !insertRows(db.handle(), rows)) {
            return 1;
        }
    }
    std::vector<double> reopenTimes;
    std::vector<double> reopenQuickTimes;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        SqlCipherDatabase db;
        if (db.open(path, key, options).isError()) {
            return 1;
        }
        reopenTimes.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        db.close();
        SqlCipherDatabase::Options noCheck = options;
        noCheck.integrityCheck = false;
        clock.restart();
        if (db.open(path, key, noCheck).isError()) {
            return 1;
        }
        reopenQuickTimes.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::printf(
        "open: create empty cache %.1f ms; reopen with %d rows (%lld KB) %.1f ms with integrity_check, "
        "%.1f ms without\n",
        median(createTimes), rows, static_cast<long long>(QFile(path).size() / 1024), median(reopenTimes),
        median(reopenQuickTimes));
    return 0;
}
