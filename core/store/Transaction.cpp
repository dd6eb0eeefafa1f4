#include "core/store/Transaction.h"

#include "core/store/SqlCipherDatabase.h"
#include "core/store/StoreLog.h"

#include <sqlcipher/sqlite3.h>

namespace hirex::store {

namespace {

// sqlite3_get_autocommit is 0 while a transaction is open on the connection, whoever began it.
bool transactionOpen(const SqlCipherDatabase &db) {
    return sqlite3_get_autocommit(db.handle()) == 0;
}

} // namespace

Transaction::Transaction(const SqlCipherDatabase &db)
    : m_db(db) {
    if (!m_db.isOpen()) {
        m_error = QStringLiteral("database is not open");
        return;
    }
    if (transactionOpen(m_db)) {
        m_error = QStringLiteral("a transaction is already open on this connection");
        qCWarning(lcStore) << "refused to nest a transaction";
        return;
    }
    m_active = m_db.exec("BEGIN IMMEDIATE", &m_error);
}

Transaction::~Transaction() {
    rollback();
}

QString Transaction::commit() {
    if (!m_active)
        return m_error.isEmpty() ? QStringLiteral("no transaction to commit") : m_error;
    // A statement inside may have ended it already (SQLite rolls back by itself on some errors,
    // or someone ran a raw COMMIT): committing then would claim work that is not one unit.
    if (!transactionOpen(m_db)) {
        m_active = false;
        return QStringLiteral("the transaction was ended before its commit");
    }
    QString error;
    if (!m_db.exec("COMMIT", &error))
        return error.isEmpty() ? QStringLiteral("commit failed") : error;
    m_active = false;
    return {};
}

void Transaction::rollback() {
    if (!m_active)
        return;
    m_active = false;
    // Only our own transaction: if it ended already, a ROLLBACK could hit someone else's.
    if (m_db.isOpen() && transactionOpen(m_db)) {
        QString error;
        if (!m_db.exec("ROLLBACK", &error))
            qCWarning(lcStore) << "rollback failed:" << error;
    }
}

} // namespace hirex::store
