#pragma once

#include <QString>

namespace hirex::store {

class SqlCipherDatabase;

// One write transaction on a connection, owned by one scope (RAII). BEGIN IMMEDIATE runs in the
// constructor, so the write lock is taken before the first statement rather than at the first
// write (where a second writer would make us fail half way). Unless commit() succeeded, the
// destructor rolls back.
//
// It refuses to nest: when the connection already has a transaction open (another Transaction,
// the sync engine's batch), it does not begin, and error() says so. SQLite has no nested
// BEGIN; joining the open one instead would make our COMMIT end the other owner's work early,
// and our ROLLBACK undo it.
class Transaction {
public:
    explicit Transaction(const SqlCipherDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Transaction(Transaction &&) = delete;
    Transaction &operator=(Transaction &&) = delete;

    // True from a successful BEGIN until commit() succeeds or rollback() runs.
    bool isActive() const { return m_active; }
    // Why the transaction did not begin; empty when it did.
    QString error() const { return m_error; }

    // Commits; empty on success, otherwise why not. After a failed COMMIT the transaction stays
    // open (SQLite keeps it, e.g. for a deferred constraint) and is rolled back on destruction.
    QString commit();
    void rollback();

private:
    const SqlCipherDatabase &m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace hirex::store
