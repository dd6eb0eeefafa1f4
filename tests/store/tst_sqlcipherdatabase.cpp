#include "CacheTestUtil.h"
#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/Transaction.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/rand.h>

using namespace hirex::store;
using namespace hirex::store::testutil;

namespace {

SqlCipherDatabase::Options cacheOptions() {
    SqlCipherDatabase::Options options;
    options.migrations = CacheSchema::migrations();
    return options;
}

// Enough rows for many pages, so a damaged middle page is not page 1.
bool fillWithCandidates(const SqlCipherDatabase &db, int count) {
    Transaction txn(db);
    if (!txn.isActive()) {
        return false;
    }
    for (int i = 0; i < count; ++i) {
        const QString n = QString::number(i);
        if (!insertCandidate(db, QStringLiteral("cand_") + n, QStringLiteral("First") + n,
                             QStringLiteral("Last") + n,
                             QStringLiteral("person") + n + QStringLiteral("@example.com"),
                             QStringLiteral("tag"), QStringLiteral("skill"))) {
            return false;
        }
    }
    return txn.commit().isEmpty();
}

} // namespace

class TestSqlCipherDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createThenReopenWithTheRightKey();
    void wrongKeyIsWrongKey();
    void missingKeyIsKeyLost();
    void truncatedFileIsCorrupt();
    void truncatedToWholePagesIsCorrupt();
    void garbageInTheMiddleIsCorrupt();
    void emptyFileIsCorrupt();
    void plainSqliteFileIsRefused();
    void migrationsApplyOnceAndInOrder();
    void version10FillsTheScorecardsAuthors();
    void failedMigrationKeepsThePreviousVersion();
    void version7RekeysCandidatesAndBackfillsBoardKeys();
    void newerSchemaIsRefused();
    void searchIgnoresDiacritics();
    void searchExpressionNeutralisesSyntax();
    void aTagPhraseFindsTheTagsWordsInTheTagsColumn();
    void notesAreSearchable();
    void deletingACandidateRemovesItsSearchRowsAndData();
    void fileHoldsNoPlaintextAndCliOpensItOnlyWithTheKey();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("cache.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSqlCipherDatabase::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqlCipherDatabase::createThenReopenWithTheRightKey() {
    const CacheKey key = CacheKey::generate();
    {
        SqlCipherDatabase db;
        const CacheError error = db.open(path(), key, cacheOptions());
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        QVERIFY(!db.queryString("PRAGMA cipher_version").isEmpty());
        QCOMPARE(db.queryInt("PRAGMA cipher_page_size"), 4096);
        QCOMPARE(db.queryInt("PRAGMA secure_delete"), 1);
        QCOMPARE(db.queryInt("PRAGMA foreign_keys"), 1);
        QCOMPARE(db.queryInt("PRAGMA synchronous"), 2); // FULL
        QCOMPARE(db.queryInt("PRAGMA temp_store"), 2);  // MEMORY: no plaintext temp files
        QCOMPARE(db.journalMode(), QStringLiteral("wal"));
        QCOMPARE(db.userVersion(), CacheSchema::LatestVersion);
        QVERIFY(insertCandidate(db, QStringLiteral("cand_1"), QStringLiteral("Ada"),
                                QStringLiteral("Lovelace"), QStringLiteral("ada@example.com")));
    }
    const QByteArray header = readAll(path()).left(16);
    QVERIFY(!header.startsWith("SQLite format 3"));

    SqlCipherDatabase db;
    const CacheError error = db.open(path(), key, cacheOptions());
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(db.queryString("SELECT last_name FROM candidates WHERE id = 'cand_1'"),
             QStringLiteral("Lovelace"));
    QCOMPARE(db.queryInt("PRAGMA cipher_page_size"), 4096);
    QCOMPARE(db.queryInt("PRAGMA temp_store"), 2); // set on every open, not stored in the file
}

void TestSqlCipherDatabase::wrongKeyIsWrongKey() {
    {
        SqlCipherDatabase db;
        QVERIFY(!db.open(path(), CacheKey::generate(), cacheOptions()).isError());
    }
    SqlCipherDatabase db;
    const CacheError error = db.open(path(), CacheKey::generate(), cacheOptions());
    QCOMPARE(error.kind, CacheError::Kind::WrongKey);
    QVERIFY(!db.isOpen());
    QCOMPARE(error.code(), QStringLiteral("cache_wrong_key"));
    QVERIFY(!error.message().isEmpty());
    QVERIFY(error.offersReset());
}

void TestSqlCipherDatabase::missingKeyIsKeyLost() {
    SqlCipherDatabase db;
    QCOMPARE(db.open(path(), CacheKey(), cacheOptions()).kind, CacheError::Kind::KeyLost);
    QVERIFY(!QFile::exists(path())); // nothing created without a key
}

void TestSqlCipherDatabase::truncatedFileIsCorrupt() {
    const CacheKey key = CacheKey::generate();
    {
        SqlCipherDatabase db;
        QVERIFY(!db.open(path(), key, cacheOptions()).isError());
        QVERIFY(fillWithCandidates(db, 500));
    }
    QFile file(path());
    QVERIFY(file.resize(1000)); // less than one page
    SqlCipherDatabase db;
    const CacheError error = db.open(path(), key, cacheOptions());
    QCOMPARE(error.kind, CacheError::Kind::Corrupt);
    QCOMPARE(error.code(), QStringLiteral("cache_corrupt"));
}

void TestSqlCipherDatabase::truncatedToWholePagesIsCorrupt() {
    const CacheKey key = CacheKey::generate();
    {
        SqlCipherDatabase db;
        QVERIFY(!db.open(path(), key, cacheOptions()).isError());
        QVERIFY(fillWithCandidates(db, 2000));
    }
    QFile file(path());
    const qint64 pages = file.size() / 4096;
    QVERIFY(pages > 10);
    QVERIFY(file.resize((pages / 2) * 4096));
    SqlCipherDatabase db;
    const CacheError error = db.open(path(), key, cacheOptions());
    QCOMPARE(error.kind, CacheError::Kind::Corrupt);
}

void TestSqlCipherDatabase::garbageInTheMiddleIsCorrupt() {
    const CacheKey key = CacheKey::generate();
    {
        SqlCipherDatabase db;
        QVERIFY(!db.open(path(), key, cacheOptions()).isError());
        QVERIFY(fillWithCandidates(db, 2000));
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QByteArray garbage(8192, '\0');
    QVERIFY(RAND_bytes(reinterpret_cast<unsigned char *>(garbage.data()), int(garbage.size())) == 1);
    QVERIFY(file.seek((size / 2 / 4096) * 4096 + 100));
    QCOMPARE(file.write(garbage), garbage.size());
    file.close();

    // The damage is past the pages opening reads: only integrity_check sees it.
    SqlCipherDatabase::Options checked = cacheOptions();
    checked.integrityCheck = true;
    SqlCipherDatabase db;
    const CacheError error = db.open(path(), key, checked);
    QCOMPARE(error.kind, CacheError::Kind::Corrupt);
    QVERIFY(!db.isOpen());

    SqlCipherDatabase fast;
    QVERIFY(!fast.open(path(), key, cacheOptions()).isError()); // no check on the fast path
    QCOMPARE(fast.checkIntegrity().kind, CacheError::Kind::Corrupt);
}

void TestSqlCipherDatabase::emptyFileIsCorrupt() {
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    SqlCipherDatabase db;
    QCOMPARE(db.open(path(), CacheKey::generate(), cacheOptions()).kind, CacheError::Kind::Corrupt);
}

void TestSqlCipherDatabase::plainSqliteFileIsRefused() {
    // Written by the stock sqlite3 tool: this process must never load plain SQLite itself.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {path(), QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")});
    QVERIFY(sqlite.waitForFinished(10000));
    QCOMPARE(sqlite.exitCode(), 0);
    QVERIFY(readAll(path()).startsWith("SQLite format 3"));

    SqlCipherDatabase db;
    const CacheError error = db.open(path(), CacheKey::generate(), cacheOptions());
    QCOMPARE(error.kind, CacheError::Kind::Unencrypted);
    QCOMPARE(error.code(), QStringLiteral("cache_unencrypted"));
    QVERIFY(!error.message().isEmpty());
    QVERIFY(readAll(path()).startsWith("SQLite format 3")); // left untouched
}

void TestSqlCipherDatabase::migrationsApplyOnceAndInOrder() {
    const CacheKey key = CacheKey::generate();
    const Migration v1{1, "CREATE TABLE log(step INTEGER); INSERT INTO log VALUES (1);"};
    const Migration v2{2, "INSERT INTO log VALUES (2);"};
    SqlCipherDatabase::Options options;
    options.migrations = {v1};
    {
        SqlCipherDatabase db;
        QVERIFY(!db.open(path(), key, options).isError());
        QCOMPARE(db.userVersion(), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM log"), 1);
    }
    options.migrations = {v1, v2};
    for (int round = 0; round < 2; ++round) {
        SqlCipherDatabase db;
        QVERIFY(!db.open(path(), key, options).isError());
        QCOMPARE(db.userVersion(), 2);
        QCOMPARE(db.queryInt("SELECT count(*) FROM log"), 2);
        QCOMPARE(db.queryInt("SELECT group_concat(step) = '1,2' FROM log"), 1);
    }
}

// Version 10 takes each scorecard's author out of its JSON into a column with an index ("My
// reviews" reads one's own scorecards through it); one without an author stays NULL.
void TestSqlCipherDatabase::version10FillsTheScorecardsAuthors() {
    const CacheKey key = CacheKey::generate();
    SqlCipherDatabase::Options options;
    options.migrations = CacheSchema::migrations().mid(0, 9);
    {
        SqlCipherDatabase db;
        QVERIFY(!db.open(path(), key, options).isError());
        QCOMPARE(db.userVersion(), 9);
        QVERIFY(db.exec(R"sql(
INSERT INTO evaluations (id, version, updated_at, json, application_id, status) VALUES
  ('eval_1', 1, 't', '{"author_id":"usr_a","id":"eval_1","summary":"with usr_b"}', 'app_1', 'draft'),
  ('eval_2', 1, 't', '{"author_id":"usr_b","id":"eval_2"}', 'app_1', 'submitted'),
  ('eval_3', 1, 't', '{"id":"eval_3"}', 'app_1', 'draft');
)sql"));
    }
    options.migrations = CacheSchema::migrations();
    SqlCipherDatabase db;
    QVERIFY(!db.open(path(), key, options).isError());
    QCOMPARE(db.userVersion(), CacheSchema::LatestVersion);
    QCOMPARE(db.queryString("SELECT author_id FROM evaluations WHERE id = 'eval_1'"),
             QStringLiteral("usr_a"));
    QCOMPARE(db.queryString("SELECT author_id FROM evaluations WHERE id = 'eval_2'"),
             QStringLiteral("usr_b"));
    QVERIFY(db.queryString("SELECT author_id FROM evaluations WHERE id = 'eval_3'").isNull());
    QCOMPARE(db.queryInt("SELECT count(*) FROM evaluations WHERE author_id = 'usr_b'"), 1);
}

// A cache of schema 6 as it was written then: version 7 fixes the source that version 6's text
// backfill cut at an escaped quote (and took from a nested "source" key sorted first), computes
// sort_name by the Unicode rule, and fills the board's name and score keys.
void TestSqlCipherDatabase::version7RekeysCandidatesAndBackfillsBoardKeys() {
    const CacheKey key = CacheKey::generate();
    SqlCipherDatabase::Options options;
    options.migrations = CacheSchema::migrations().mid(0, 6);
    {
        SqlCipherDatabase db;
        QVERIFY(!db.open(path(), key, options).isError());
        QCOMPARE(db.userVersion(), 6);
        // Rows as an older release cached them, then version 6's backfill replayed on them.
        QVERIFY(db.exec(R"sql(
INSERT INTO candidates (id, version, updated_at, json, first_name, last_name) VALUES
  ('cand_1', 1, 't', '{"first_name":"Ayşe","id":"cand_1","last_name":"Işık","source":"Kariyer.net \"premium\"","tags":[]}', 'Ayşe', 'Işık'),
  ('cand_2', 1, 't', '{"attachment":{"source":"upload"},"first_name":"Ada","id":"cand_2","last_name":"Aksoy","source":"referral"}', 'Ada', 'Aksoy'),
  ('cand_3', 1, 't', '{"id":"cand_3"}', NULL, NULL);
UPDATE candidates SET source = substr(json, instr(json, '"source":"') + 10,
                                      instr(substr(json, instr(json, '"source":"') + 10), '"') - 1)
 WHERE instr(json, '"source":"') > 0;
UPDATE candidates SET sort_name = '0' || lower(coalesce(last_name, '')) || char(1) || lower(coalesce(first_name, ''))
 WHERE first_name IS NOT NULL OR last_name IS NOT NULL;
INSERT INTO applications (id, version, updated_at, json, candidate_id, job_id, stage_id, status) VALUES
  ('app_1', 1, 't', '{}', 'cand_1', 'job', 's', 'active'),
  ('app_2', 1, 't', '{}', 'cand_2', 'job', 's', 'active');
INSERT INTO ai_insights (id, version, updated_at, json, kind, application_id, score) VALUES
  ('ai_1', 1, '2026-01-01', '{}', 'match_score', 'app_1', 40),
  ('ai_2', 1, '2026-02-01', '{}', 'match_score', 'app_1', 75);
)sql"));
        QCOMPARE(db.queryString("SELECT source FROM candidates WHERE id = 'cand_1'"),
                 QStringLiteral("Kariyer.net \\"));
        QCOMPARE(db.queryString("SELECT source FROM candidates WHERE id = 'cand_2'"),
                 QStringLiteral("upload"));
    }
    options.migrations = CacheSchema::migrations();
    SqlCipherDatabase db;
    QVERIFY(!db.open(path(), key, options).isError());
    QCOMPARE(db.userVersion(), CacheSchema::LatestVersion); // 7 and every later migration
    QCOMPARE(db.queryString("SELECT source FROM candidates WHERE id = 'cand_1'"),
             QStringLiteral("Kariyer.net \"premium\""));
    QCOMPARE(db.queryString("SELECT source FROM candidates WHERE id = 'cand_2'"), QStringLiteral("referral"));
    QVERIFY(db.queryString("SELECT source FROM candidates WHERE id = 'cand_3'").isNull());
    QCOMPARE(db.queryString("SELECT sort_name FROM candidates WHERE id = 'cand_1'"),
             CacheSchema::sortName(QStringLiteral("Ayşe"), QStringLiteral("Işık")));
    QCOMPARE(db.queryString("SELECT sort_name FROM candidates WHERE id = 'cand_3'"), QStringLiteral("1"));
    QCOMPARE(db.queryString("SELECT name_key FROM applications WHERE id = 'app_1'"),
             CacheSchema::sortName(QStringLiteral("Ayşe"), QStringLiteral("Işık")));
    QCOMPARE(db.queryInt("SELECT score_key FROM applications WHERE id = 'app_1'"), 75);
    QCOMPARE(db.queryInt("SELECT score_key FROM applications WHERE id = 'app_2'"), -1);
    QCOMPARE(db.queryInt("SELECT score_key FROM candidates WHERE id = 'cand_1'"), 75);
    QCOMPARE(db.queryInt("SELECT score_key FROM candidates WHERE id = 'cand_2'"), -1);
}

void TestSqlCipherDatabase::failedMigrationKeepsThePreviousVersion() {
    const CacheKey key = CacheKey::generate();
    SqlCipherDatabase::Options options;
    options.migrations = {Migration{1, "CREATE TABLE a(x);"}};
    {
        SqlCipherDatabase db;
        QVERIFY(!db.open(path(), key, options).isError());
    }
    options.migrations.append(Migration{2, "CREATE TABLE b(x); INSERT INTO no_such_table VALUES (1);"});
    {
        SqlCipherDatabase db;
        const CacheError error = db.open(path(), key, options);
        QCOMPARE(error.kind, CacheError::Kind::Migration);
        QVERIFY(error.detail.contains(QLatin1String("migration 2")));
    }
    options.migrations.removeLast();
    SqlCipherDatabase db;
    QVERIFY(!db.open(path(), key, options).isError());
    QCOMPARE(db.userVersion(), 1);
    QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'b'"), 0); // rolled back
}

void TestSqlCipherDatabase::newerSchemaIsRefused() {
    const CacheKey key = CacheKey::generate();
    SqlCipherDatabase::Options options;
    options.migrations = {Migration{1, "CREATE TABLE a(x);"}, Migration{2, "CREATE TABLE b(x);"}};
    {
        SqlCipherDatabase db;
        QVERIFY(!db.open(path(), key, options).isError());
    }
    options.migrations.removeLast();
    SqlCipherDatabase db;
    QCOMPARE(db.open(path(), key, options).kind, CacheError::Kind::Migration);
}

void TestSqlCipherDatabase::searchIgnoresDiacritics() {
    SqlCipherDatabase db;
    QVERIFY(!db.open(path(), CacheKey::generate(), cacheOptions()).isError());
    QVERIFY(insertCandidate(db, QStringLiteral("cand_cagla"), QStringLiteral("Çağla"),
                            QStringLiteral("Yıldız"), QStringLiteral("cagla.yildiz@example.com.tr"),
                            QStringLiteral("istanbul remote"), QStringLiteral("C++ Qt")));
    QVERIFY(insertCandidate(db, QStringLiteral("cand_jurgen"), QStringLiteral("Jürgen"),
                            QStringLiteral("Groß"), QStringLiteral("j.gross@example.de"),
                            QStringLiteral("berlin"), QStringLiteral("Rust")));
    const QStringList cagla{QStringLiteral("cand_cagla")};
    QCOMPARE(search(db, CacheSchema::searchExpression(QStringLiteral("cagla"))), cagla);
    QCOMPARE(search(db, CacheSchema::searchExpression(QStringLiteral("ÇAĞLA"))), cagla);
    QCOMPARE(search(db, CacheSchema::searchExpression(QStringLiteral("cag"))), cagla);    // prefix
    QCOMPARE(search(db, CacheSchema::searchExpression(QStringLiteral("yildiz"))), cagla); // dotless ı
    QCOMPARE(search(db, CacheSchema::searchExpression(QStringLiteral("Yıldız"))), cagla);
    QCOMPARE(search(db, CacheSchema::searchExpression(QStringLiteral("cagla yil"))), cagla); // all words
    QCOMPARE(search(db, CacheSchema::searchExpression(QStringLiteral("jurgen"))),
             QStringList{QStringLiteral("cand_jurgen")});
    QCOMPARE(search(db, CacheSchema::searchExpression(QStringLiteral("istanbul"))), cagla); // tags
    QCOMPARE(search(db, CacheSchema::searchExpression(QStringLiteral("rust"))),
             QStringList{QStringLiteral("cand_jurgen")});
    QCOMPARE(search(db, CacheSchema::searchExpression(QStringLiteral("example"))).size(), 2); // emails
    QVERIFY(search(db, CacheSchema::searchExpression(QStringLiteral("nobody"))).isEmpty());
}

// The phrase a tag filter's count asks the search index for (StageCards::count): the tag's
// words, folded as the index is, in the tags column only; never FTS syntax.
void TestSqlCipherDatabase::aTagPhraseFindsTheTagsWordsInTheTagsColumn() {
    QCOMPARE(CacheSchema::phraseExpression(QStringLiteral("visa-needed")), QByteArray("\"visa needed\""));
    QCOMPARE(CacheSchema::phraseExpression(QStringLiteral("Straße")), QByteArray("\"Strasse\""));
    QCOMPARE(CacheSchema::phraseExpression(QStringLiteral("a\" OR \"b*")), QByteArray("\"a OR b\""));
    QVERIFY(CacheSchema::phraseExpression(QStringLiteral("++")).isEmpty());

    SqlCipherDatabase db;
    QVERIFY(!db.open(path(), CacheKey::generate(), cacheOptions()).isError());
    QVERIFY(insertCandidate(db, QStringLiteral("cand_cagla"), QStringLiteral("Çağla"),
                            QStringLiteral("Yıldız"), QStringLiteral("visa@example.com"),
                            QStringLiteral("uzaktan-çalışma visa-needed"), QStringLiteral("C++ Qt")));
    QVERIFY(insertCandidate(db, QStringLiteral("cand_visa"), QStringLiteral("Visa"), QStringLiteral("Needed"),
                            QStringLiteral("x@example.de"), QStringLiteral("berlin"),
                            QStringLiteral("Rust")));
    Statement tags = db.prepare("SELECT count(*) FROM candidates_fts WHERE tags MATCH ?1");
    const auto count = [&tags](const QString &tag) {
        tags.bind(1, CacheSchema::phraseExpression(tag).constData());
        const qint64 n = tags.next() ? tags.columnInt64(0) : -1;
        tags.reset();
        return n;
    };
    QCOMPARE(count(QStringLiteral("Visa-Needed")), 1); // not the name "Visa Needed"
    QCOMPARE(count(QStringLiteral("UZAKTAN ÇALIŞMA")), 1);
    QCOMPARE(count(QStringLiteral("needed visa")), 0); // a phrase, in order
    QCOMPARE(count(QStringLiteral("berlin")), 1);
    QCOMPARE(count(QStringLiteral("rust")), 0); // a skill, not a tag
}

void TestSqlCipherDatabase::searchExpressionNeutralisesSyntax() {
    QCOMPARE(CacheSchema::searchExpression(QStringLiteral("  Çağla  \"OR\" * -x NEAR/2 ")),
             QByteArray("\"Çağla*\" \"OR*\" \"x*\" \"NEAR*\" \"2*\""));
    QVERIFY(CacheSchema::searchExpression(QStringLiteral("\"*()")).isEmpty());

    SqlCipherDatabase db;
    QVERIFY(!db.open(path(), CacheKey::generate(), cacheOptions()).isError());
    QVERIFY(insertCandidate(db, QStringLiteral("c1"), QStringLiteral("Ada"), QStringLiteral("Byron"),
                            QStringLiteral("ada@example.com")));
    // Hostile input is just words: a query, never an FTS syntax error.
    Statement query = db.prepare("SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH ?1");
    query.bind(1, CacheSchema::searchExpression(QStringLiteral("ada\" OR \"x")).constData());
    QVERIFY(query.next());
    QVERIFY(query.ok());
}

void TestSqlCipherDatabase::notesAreSearchable() {
    SqlCipherDatabase db;
    QVERIFY(!db.open(path(), CacheKey::generate(), cacheOptions()).isError());
    QVERIFY(insertCandidate(db, QStringLiteral("c1"), QStringLiteral("Ada"), QStringLiteral("Byron"),
                            QStringLiteral("ada@example.com")));
    QVERIFY(db.exec("INSERT INTO notes(id, version, updated_at, json, candidate_id, body) VALUES "
                    "('note_1', 1, 'now', '{}', 'c1', 'Strong analytical engine experience')"));
    QCOMPARE(search(db, "analytical*"), QStringList{QStringLiteral("c1")});
    QVERIFY(db.exec("UPDATE notes SET body = 'Prefers mathematics' WHERE id = 'note_1'"));
    QVERIFY(search(db, "analytical*").isEmpty());
    QCOMPARE(search(db, "mathematics"), QStringList{QStringLiteral("c1")});
    QVERIFY(db.exec("DELETE FROM notes WHERE id = 'note_1'"));
    QVERIFY(search(db, "mathematics").isEmpty());
    // Touching the candidate without changing searchable fields keeps it findable.
    QVERIFY(db.exec("UPDATE candidates SET last_accessed_at = 42 WHERE id = 'c1'"));
    QCOMPARE(search(db, "ada"), QStringList{QStringLiteral("c1")});
}

void TestSqlCipherDatabase::deletingACandidateRemovesItsSearchRowsAndData() {
    SqlCipherDatabase db;
    QVERIFY(!db.open(path(), CacheKey::generate(), cacheOptions()).isError());
    QVERIFY(insertCandidate(db, QStringLiteral("c_erase"), QStringLiteral("Zebulonius"),
                            QStringLiteral("Quux"), QStringLiteral("zeb@example.com"),
                            QStringLiteral("tagzeb"), QStringLiteral("skillzeb")));
    QVERIFY(insertCandidate(db, QStringLiteral("c_keep"), QStringLiteral("Ada"), QStringLiteral("Byron"),
                            QStringLiteral("ada@example.com")));
    QVERIFY(db.exec("INSERT INTO notes(id, version, updated_at, json, candidate_id, body) VALUES "
                    "('n1', 1, 'now', '{}', 'c_erase', 'notezeb text')"));
    QVERIFY(db.exec(
        "INSERT INTO cv_blobs(candidate_id, etag, bytes) VALUES ('c_erase', '\"1\"', x'255044462d')"));
    QVERIFY(db.exec("INSERT INTO applications(id, version, updated_at, json, candidate_id, job_id) VALUES "
                    "('app_1', 1, 'now', '{}', 'c_erase', 'job_1')"));
    QCOMPARE(search(db, "zebulonius"), QStringList{QStringLiteral("c_erase")});
    const qint64 docid = db.queryInt("SELECT local_id FROM candidates WHERE id = 'c_erase'");

    QVERIFY(db.exec("DELETE FROM candidates WHERE id = 'c_erase'"));
    QVERIFY(search(db, "zebulonius").isEmpty());
    QVERIFY(search(db, "notezeb").isEmpty());
    QCOMPARE(db.queryInt(
                 QByteArray("SELECT count(*) FROM candidates_fts WHERE docid = " + QByteArray::number(docid))
                     .constData()),
             0);
    QCOMPARE(db.queryInt("SELECT count(*) FROM notes WHERE candidate_id = 'c_erase'"), 0);
    QCOMPARE(db.queryInt("SELECT count(*) FROM cv_blobs WHERE candidate_id = 'c_erase'"), 0);
    QCOMPARE(db.queryInt("SELECT count(*) FROM applications WHERE candidate_id = 'c_erase'"), 0);
    QCOMPARE(search(db, "ada"), QStringList{QStringLiteral("c_keep")});

    // FTS4 keeps the deleted terms in old segments until a merge; after the purge, the index
    // vocabulary no longer has them.
    QVERIFY(db.exec("CREATE VIRTUAL TABLE temp.fts_terms USING fts4aux(main, candidates_fts)"));
    QVERIFY(CacheSchema::purgeDeletedSearchTerms(db));
    for (const char *term : {"zebulonius", "quux", "tagzeb", "skillzeb", "notezeb"}) {
        Statement terms = db.prepare("SELECT count(*) FROM temp.fts_terms WHERE term = ?1");
        terms.bind(1, term);
        QVERIFY(terms.next());
        QVERIFY2(terms.columnInt64(0) == 0, term);
    }
    Statement ada = db.prepare("SELECT count(*) FROM temp.fts_terms WHERE term = 'ada'");
    QVERIFY(ada.next());
    QVERIFY(ada.columnInt64(0) > 0);
}

void TestSqlCipherDatabase::fileHoldsNoPlaintextAndCliOpensItOnlyWithTheKey() {
    const CacheKey key = CacheKey::generate();
    const QString marker = QStringLiteral("CONFIDENTIAL-CV-MARKER");
    {
        SqlCipherDatabase db;
        QVERIFY(!db.open(path(), key, cacheOptions()).isError());
        QVERIFY(insertCandidate(db, QStringLiteral("cand_j"), QStringLiteral("Jürgen"),
                                QStringLiteral("Groß"), QStringLiteral("juergen.gross@example.de"),
                                QStringLiteral("Dortmund"), QStringLiteral("Kubernetes")));
        QVERIFY(insertCandidate(db, QStringLiteral("cand_c"), QStringLiteral("Çağla"),
                                QStringLiteral("Yıldız"), QStringLiteral("cagla.yildiz@example.com.tr")));
        Statement cv =
            db.prepare("INSERT INTO cv_blobs(candidate_id, etag, bytes) VALUES ('cand_c', '\"3\"', ?1)");
        cv.bindBlob(1, QByteArray("%PDF-1.4\n") + marker.toUtf8() + QByteArray(5000, 'x'));
        QVERIFY(cv.exec());
        QVERIFY(db.exec("INSERT INTO notes(id, version, updated_at, json, candidate_id, body) VALUES "
                        "('n1', 1, 'now', '{}', 'cand_c', 'Interview went well, salary expectation 85000')"));

        // While open (WAL not yet checkpointed) the -wal file must not leak either.
        const QByteArray wal = readAll(path() + QStringLiteral("-wal"));
        QVERIFY(!wal.isEmpty());
        QVERIFY(!wal.contains(marker.toUtf8()));
        QVERIFY(!wal.contains(QStringLiteral("Jürgen").toUtf8()));
    }

    QByteArray bytes = readAll(path());
    bytes += readAll(path() + QStringLiteral("-wal"));
    QVERIFY(bytes.size() >= 4096);
    const QStringList needles{QStringLiteral("Jürgen"),        QStringLiteral("Groß"),
                              QStringLiteral("Jürgen Groß"),   QStringLiteral("jurgen"),
                              QStringLiteral("juergen.gross"), QStringLiteral("cagla.yildiz@example.com.tr"),
                              QStringLiteral("cagla"),         QStringLiteral("Çağla"),
                              QStringLiteral("Yıldız"),        marker,
                              QStringLiteral("Kubernetes"),    QStringLiteral("salary expectation"),
                              QStringLiteral("CREATE TABLE"),  QStringLiteral("candidates")};
    for (const QString &needle : needles) {
        QVERIFY2(!bytes.contains(needle.toUtf8()), qPrintable(needle));
        const QByteArray utf16le(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
        QVERIFY2(!bytes.contains(utf16le), qPrintable(needle));
        QByteArray utf16be(utf16le.size(), '\0');
        for (qsizetype i = 0; i + 1 < utf16le.size(); i += 2) {
            utf16be[i] = utf16le[i + 1];
            utf16be[i + 1] = utf16le[i];
        }
        QVERIFY2(!bytes.contains(utf16be), qPrintable(needle));
    }

    // The stock sqlcipher tool reads it with the raw key and the same page size...
    const SecureBytes spec = key.rawKeySpec();
    const QByteArray keyPragma =
        "PRAGMA key = \"" + spec.toByteArray() + "\";\nPRAGMA cipher_page_size = 4096;\n";
    CliResult withKey = runSqlcipherCli(
        path(), keyPragma + "SELECT first_name || ' ' || last_name FROM candidates ORDER BY id;\n"
                            "SELECT instr(bytes, 'CONFIDENTIAL-CV-MARKER') > 0 FROM cv_blobs;\n");
    QCOMPARE(withKey.exitCode, 0);
    QVERIFY2(withKey.out.contains(QStringLiteral("Çağla Yıldız")), qPrintable(withKey.out + withKey.err));
    QVERIFY2(withKey.out.contains(QStringLiteral("Jürgen Groß")), qPrintable(withKey.out));
    QVERIFY(withKey.out.contains(QStringLiteral("\n1")));

    // ...and fails without it, or with another key.
    const CliResult withoutKey = runSqlcipherCli(path(), "SELECT count(*) FROM candidates;\n");
    QVERIFY(!withoutKey.out.contains(QStringLiteral("Jürgen")));
    QVERIFY2(withoutKey.err.contains(QStringLiteral("file is encrypted or is not a database")),
             qPrintable(withoutKey.err));
    const SecureBytes otherSpec = CacheKey::generate().rawKeySpec();
    const CliResult otherKey = runSqlcipherCli(path(), "PRAGMA key = \"" + otherSpec.toByteArray() +
                                                           "\";\nPRAGMA cipher_page_size = 4096;\n"
                                                           "SELECT count(*) FROM candidates;\n");
    QVERIFY(otherKey.err.contains(QStringLiteral("file is encrypted or is not a database")));
    QVERIFY(!otherKey.out.contains(QStringLiteral("Jürgen")));
}

QTEST_GUILESS_MAIN(TestSqlCipherDatabase)
#include "tst_sqlcipherdatabase.moc"
