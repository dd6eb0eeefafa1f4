#include "core/store/Statement.h"

#include <sqlcipher/sqlite3.h>

namespace hirex::store {

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db) {
    const int rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_rc(other.m_rc) {
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_rc = other.m_rc;
        other.m_stmt = nullptr;
    }
    return *this;
}

void Statement::fail(int rc) {
    if (m_rc == 0) {
        m_rc = rc;
    }
}

QString Statement::errorMessage() const {
    if (m_rc == 0) {
        return {};
    }
    // sqlite's message names the failing SQL construct, never bound values.
    return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(m_rc));
}

Statement &Statement::bind(int index, qint64 value) {
    if (m_stmt) {
        const int rc = sqlite3_bind_int64(m_stmt, index, value);
        if (rc != SQLITE_OK) {
            fail(rc);
        }
    }
    return *this;
}

Statement &Statement::bind(int index, double value) {
    if (m_stmt) {
        const int rc = sqlite3_bind_double(m_stmt, index, value);
        if (rc != SQLITE_OK) {
            fail(rc);
        }
    }
    return *this;
}

Statement &Statement::bind(int index, const QString &text) {
    if (text.isNull()) {
        return bindNull(index);
    }
    const QByteArray utf8 = text.toUtf8();
    if (m_stmt) {
        const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                                         SQLITE_TRANSIENT);
        if (rc != SQLITE_OK) {
            fail(rc);
        }
    }
    return *this;
}

Statement &Statement::bind(int index, const char *utf8) {
    if (m_stmt) {
        const int rc = sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
        if (rc != SQLITE_OK) {
            fail(rc);
        }
    }
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes) {
    if (m_stmt) {
        // A zero-length blob, not NULL, for an empty array.
        const int rc = sqlite3_bind_blob(m_stmt, index, bytes.isNull() ? "" : bytes.constData(),
                                         static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
        if (rc != SQLITE_OK) {
            fail(rc);
        }
    }
    return *this;
}

Statement &Statement::bindNull(int index) {
    if (m_stmt) {
        const int rc = sqlite3_bind_null(m_stmt, index);
        if (rc != SQLITE_OK) {
            fail(rc);
        }
    }
    return *this;
}

bool Statement::next() {
    if (!m_stmt || m_rc != 0) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        fail(rc);
    }
    return false;
}

bool Statement::exec() {
    while (next()) {
    }
    return ok() && m_stmt;
}

void Statement::reset() {
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_rc = 0;
}

int Statement::columnCount() const {
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int column) const {
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt64(int column) const {
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

double Statement::columnDouble(int column) const {
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

QString Statement::columnText(int column) const {
    if (!m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL) {
        return {};
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const {
    if (!m_stmt) {
        return {};
    }
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), size);
}

} // namespace hirex::store
