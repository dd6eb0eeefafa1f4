// Transaction against a real SQLCipher file: it owns one transaction, refuses to nest, rolls
// back what it did not commit, and says why a COMMIT failed.
#include "core/store/SqlCipherDatabase.h"
#include "core/store/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace hirex::store;

namespace {

// A child row needs its parent by the end of the transaction (a deferred foreign key), so a
// COMMIT can fail while every statement before it succeeded.
SqlCipherDatabase::Options schema() {
    SqlCipherDatabase::Options options;
    options.migrations = {{1, "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                              "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL "
                              "REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED);"}};
    return options;
}

} // namespace

class TestTransaction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void commitKeepsTheWrites();
    void scopeExitRollsBack();
    void nestingIsRefusedAndLeavesTheOuterOneAlone();
    void transactionBegunElsewhereIsNotJoined();
    void failedCommitIsReportedAndRolledBack();
    void commitAfterSomeoneEndedItIsAnError();
    void lockedDatabaseIsReportedAtBegin();

private:
    qint64 parents() const { return m_db.queryInt("SELECT count(*) FROM parent"); }
    QString path() const { return m_dir->filePath(QStringLiteral("t.db")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    CacheKey m_key;
    SqlCipherDatabase m_db;
};

void TestTransaction::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_key = CacheKey::generate();
    const CacheError error = m_db.open(path(), m_key, schema());
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QVERIFY(m_db.exec("PRAGMA foreign_keys = ON"));
}

void TestTransaction::cleanup() {
    m_db.close();
    m_dir.reset();
}

void TestTransaction::commitKeepsTheWrites() {
    Transaction txn(m_db);
    QVERIFY2(txn.isActive(), qPrintable(txn.error()));
    QVERIFY(m_db.exec("INSERT INTO parent (id) VALUES (1)"));
    QCOMPARE(txn.commit(), QString());
    QVERIFY(!txn.isActive());
    m_db.close();
    QVERIFY(!m_db.open(path(), m_key, schema()).isError());
    QCOMPARE(parents(), 1);
}

void TestTransaction::scopeExitRollsBack() {
    {
        Transaction txn(m_db);
        QVERIFY(txn.isActive());
        QVERIFY(m_db.exec("INSERT INTO parent (id) VALUES (1)"));
        QCOMPARE(parents(), 1);
    }
    QCOMPARE(parents(), 0);
    // The connection is free again.
    Transaction next(m_db);
    QVERIFY2(next.isActive(), qPrintable(next.error()));
}

void TestTransaction::nestingIsRefusedAndLeavesTheOuterOneAlone() {
    Transaction outer(m_db);
    QVERIFY(outer.isActive());
    QVERIFY(m_db.exec("INSERT INTO parent (id) VALUES (1)"));
    {
        Transaction inner(m_db);
        QVERIFY(!inner.isActive());
        QVERIFY(!inner.error().isEmpty());
        // Neither its commit nor its destruction touches the outer transaction.
        QVERIFY(!inner.commit().isEmpty());
    }
    QVERIFY(outer.isActive());
    QVERIFY(m_db.exec("INSERT INTO parent (id) VALUES (2)"));
    {
        Transaction inner(m_db);
        QVERIFY(!inner.isActive());
    } // would roll the outer one back if it had joined it
    QCOMPARE(parents(), 2);
    QCOMPARE(outer.commit(), QString());
    QCOMPARE(parents(), 2);
}

void TestTransaction::transactionBegunElsewhereIsNotJoined() {
    QVERIFY(m_db.exec("BEGIN"));
    QVERIFY(m_db.exec("INSERT INTO parent (id) VALUES (1)"));
    {
        Transaction txn(m_db);
        QVERIFY(!txn.isActive());
    }
    QVERIFY(m_db.exec("ROLLBACK")); // still open: the refused Transaction did not end it
    QCOMPARE(parents(), 0);
}

void TestTransaction::failedCommitIsReportedAndRolledBack() {
    {
        Transaction txn(m_db);
        QVERIFY(txn.isActive());
        QVERIFY(m_db.exec("INSERT INTO parent (id) VALUES (1)"));
        QVERIFY(m_db.exec("INSERT INTO child (id, parent_id) VALUES (1, 99)")); // checked at COMMIT
        const QString error = txn.commit();
        QVERIFY2(error.contains(QLatin1String("FOREIGN KEY")), qPrintable(error));
        QVERIFY(txn.isActive()); // SQLite keeps it open...
    }                            // ...and the destructor rolls it back
    QCOMPARE(parents(), 0);
    QCOMPARE(m_db.queryInt("SELECT count(*) FROM child"), 0);
    Transaction next(m_db);
    QVERIFY2(next.isActive(), qPrintable(next.error()));
}

void TestTransaction::commitAfterSomeoneEndedItIsAnError() {
    Transaction txn(m_db);
    QVERIFY(txn.isActive());
    QVERIFY(m_db.exec("INSERT INTO parent (id) VALUES (1)"));
    QVERIFY(m_db.exec("COMMIT")); // not ours to run
    QVERIFY(!txn.commit().isEmpty());
    QVERIFY(!txn.isActive());
}

void TestTransaction::lockedDatabaseIsReportedAtBegin() {
    SqlCipherDatabase other;
    QVERIFY(!other.open(path(), m_key, schema()).isError());
    std::optional<Transaction> writer(std::in_place, other);
    QVERIFY(writer->isActive());
    QVERIFY(m_db.exec("PRAGMA busy_timeout = 0"));
    {
        Transaction txn(m_db);
        QVERIFY(!txn.isActive());
        QVERIFY2(txn.error().contains(QLatin1String("locked")), qPrintable(txn.error()));
    }
    writer.reset();
    Transaction txn(m_db);
    QVERIFY2(txn.isActive(), qPrintable(txn.error()));
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
