// hirex-cacheprobe: reads a hirexctl profile's encrypted cache for the integration tests, through
// core/store's SqlCipherDatabase with the key from the keychain (the same path the app uses).
//
//   hirex-cacheprobe PROFILE_DIR dump          ids and versions of every entity, outbox, conflicts (JSON)
//   hirex-cacheprobe PROFILE_DIR grep TEXT     rows of any table (FTS shadow tables included) holding
//                                              TEXT, and FTS MATCH hits (JSON)
//   hirex-cacheprobe PROFILE_DIR integrity     PRAGMA integrity_check; exit 0 only for "ok"
//   hirex-cacheprobe PROFILE_DIR writable MS   "free|locked CURSOR": can this connection take the
//                                              write lock within MS ms (exit 0 free, 5 locked)
#include "core/store/CacheSchema.h"
#include "core/store/KeychainSecretStore.h"
#include "core/store/LocalCache.h"
#include "core/store/ProfileIdentity.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace hirex::store;

namespace {

void print(const QJsonObject &o) {
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
}

QJsonObject dump(const SqlCipherDatabase &db) {
    QJsonObject result;
    for (const char *table : {"jobs", "pipelines", "stages", "candidates", "applications", "evaluations",
                              "ai_insights", "notes", "consents", "users", "roles"}) {
        const QByteArray sql = QByteArray("SELECT id, version FROM ") + table;
        Statement s = db.prepare(sql.constData());
        QJsonObject rows;
        while (s.next())
            rows.insert(s.columnText(0), s.columnInt64(1));
        result.insert(QLatin1String(table), rows);
    }
    QJsonObject apps;
    Statement a = db.prepare("SELECT id, stage_id, status, candidate_id, pipeline_id FROM applications");
    while (a.next())
        apps.insert(a.columnText(0), QJsonObject{{QStringLiteral("stage_id"), a.columnText(1)},
                                                 {QStringLiteral("status"), a.columnText(2)},
                                                 {QStringLiteral("candidate_id"), a.columnText(3)},
                                                 {QStringLiteral("pipeline_id"), a.columnText(4)}});
    result.insert(QStringLiteral("applications_detail"), apps);
    QJsonArray outbox;
    Statement o = db.prepare(
        "SELECT seq, state, kind, entity_id, idempotency_key, if_match, last_error FROM outbox ORDER BY seq");
    while (o.next())
        outbox.append(QJsonObject{
            {QStringLiteral("seq"), o.columnInt64(0)},
            {QStringLiteral("state"), o.columnText(1)},
            {QStringLiteral("kind"), o.columnText(2)},
            {QStringLiteral("entity_id"), o.columnText(3)},
            {QStringLiteral("idempotency_key"), o.columnText(4)},
            {QStringLiteral("if_match"), o.isNull(5) ? QJsonValue() : QJsonValue(o.columnInt64(5))},
            {QStringLiteral("last_error"), o.columnText(6)}});
    result.insert(QStringLiteral("outbox"), outbox);
    result.insert(QStringLiteral("conflicts_open"),
                  db.queryInt("SELECT count(*) FROM conflicts WHERE resolved = 0", 0));
    result.insert(QStringLiteral("cursor"),
                  db.queryString("SELECT cursor FROM sync_cursors WHERE feed = 'changes'"));
    return result;
}

QJsonObject grep(const SqlCipherDatabase &db, const QString &text) {
    QJsonArray where;
    int hits = 0;
    QStringList tables;
    Statement t = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
    while (t.next())
        tables.append(t.columnText(0));
    for (const QString &table : std::as_const(tables)) {
        if (table == u"candidates_fts")
            continue; // the virtual table itself: its shadow tables are scanned instead
        const QByteArray info = "PRAGMA table_info(\"" + table.toUtf8() + "\")";
        Statement c = db.prepare(info.constData());
        QStringList columns;
        while (c.next())
            columns.append(c.columnText(1));
        for (const QString &column : std::as_const(columns)) {
            const QByteArray sql = "SELECT count(*) FROM \"" + table.toUtf8() + "\" WHERE instr(CAST(\"" +
                                   column.toUtf8() + "\" AS TEXT), ?) > 0";
            Statement s = db.prepare(sql.constData());
            s.bind(1, text);
            if (s.next() && s.columnInt64(0) > 0) {
                hits += static_cast<int>(s.columnInt64(0));
                where.append(QString(table + QLatin1Char('.') + column));
            }
        }
    }
    Statement f = db.prepare("SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH ?");
    f.bind(1, CacheSchema::searchExpression(text).constData());
    const qint64 fts = f.next() ? f.columnInt64(0) : -1;
    return QJsonObject{
        {QStringLiteral("hits"), hits}, {QStringLiteral("where"), where}, {QStringLiteral("fts"), fts}};
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: hirex-cacheprobe PROFILE_DIR dump|grep TEXT|integrity|writable MS\n");
        return 2;
    }
    // The one rule of both front ends: the keychain names depend on the profile folder.
    const hirex::store::ProfileIdentity identity = hirex::store::ProfileIdentity::forDirectory(args.at(1));
    const QString profileDir = identity.directory;
    const QString profileName = identity.name;
    const QString command = args.at(2);
    KeychainSecretStore secrets;
    LocalCache cache(profileDir, profileName, &secrets);
    if (!QFileInfo::exists(cache.databasePath())) {
        std::fprintf(stderr, "no cache at %s\n", qPrintable(cache.databasePath()));
        return 3;
    }
    int code = 1;
    QObject::connect(&cache, &LocalCache::failed, &app, [](const CacheError &e) {
        std::fprintf(stderr, "cache error: %s %s\n", qPrintable(e.code()), qPrintable(e.detail));
        QCoreApplication::exit(4);
    });
    QObject::connect(&cache, &LocalCache::opened, &app, [&] {
        const SqlCipherDatabase &db = *cache.database();
        if (command == u"dump") {
            print(dump(db));
            code = 0;
        } else if (command == u"grep" && args.size() > 3) {
            print(grep(db, args.at(3)));
            code = 0;
        } else if (command == u"writable" && args.size() > 3) {
            // Can another connection take the write lock within MS milliseconds? Prints the
            // committed feed cursor too, so a caller can tell where the writer stood.
            const QString cursor = db.queryString("SELECT cursor FROM sync_cursors WHERE feed = 'changes'");
            db.exec(QByteArray("PRAGMA busy_timeout = " + args.at(3).toLatin1()).constData());
            const bool free = db.exec("BEGIN IMMEDIATE") && db.exec("ROLLBACK");
            std::printf("%s %s\n", free ? "free" : "locked",
                        qPrintable(cursor.isEmpty() ? QStringLiteral("-") : cursor));
            code = free ? 0 : 5;
        } else if (command == u"integrity") {
            const QString result = db.queryString("PRAGMA integrity_check");
            std::printf("%s\n", qPrintable(result));
            code = result == u"ok" ? 0 : 1;
        } else {
            code = 2;
        }
        QCoreApplication::exit(code);
    });
    cache.open();
    return app.exec();
}
