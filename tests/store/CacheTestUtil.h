#pragma once

// Small helpers shared by the cache tests (header-only, test code only).

#include "core/store/SqlCipherDatabase.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace hirex::store::testutil {

inline bool insertCandidate(const SqlCipherDatabase &db, const QString &id, const QString &first,
                            const QString &last, const QString &email, const QString &tags = {},
                            const QString &skills = {}) {
    Statement insert =
        db.prepare("INSERT INTO candidates(id, version, updated_at, json, first_name, last_name, email, "
                   "tags, skills) VALUES (?1, 1, '2024-05-01T10:00:00Z', ?2, ?3, ?4, ?5, ?6, ?7)");
    const QString json = QStringLiteral(R"({"id":"%1","first_name":"%2","last_name":"%3","email":"%4"})")
                             .arg(id, first, last, email);
    insert.bind(1, id).bind(2, json).bind(3, first).bind(4, last).bind(5, email).bind(6, tags).bind(7,
                                                                                                    skills);
    return insert.exec();
}

inline QStringList search(const SqlCipherDatabase &db, const QByteArray &expression) {
    Statement query =
        db.prepare("SELECT c.id FROM candidates_fts f JOIN candidates c ON c.local_id = f.docid "
                   "WHERE candidates_fts MATCH ?1 ORDER BY c.id");
    query.bind(1, expression.constData());
    QStringList ids;
    while (query.next()) {
        ids.append(query.columnText(0));
    }
    return ids;
}

inline QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs the sqlcipher command-line tool on `path` with `script` on stdin.
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runSqlcipherCli(const QString &path, const QByteArray &script) {
    QProcess process;
    process.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), path});
    if (!process.waitForStarted(10000)) {
        return {};
    }
    process.write(script);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace hirex::store::testutil
