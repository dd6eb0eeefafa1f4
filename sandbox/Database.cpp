#include "sandbox/Database.h"

#include "sandbox/SandboxLog.h"

#include <QSqlError>

namespace hirex::sandbox {

namespace {
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    // Every API resource lives here as JSON plus the columns visibility and filters need.
    "CREATE TABLE IF NOT EXISTS objects (id TEXT PRIMARY KEY, type TEXT NOT NULL, version INTEGER NOT NULL,"
    " updated_at TEXT NOT NULL, job_id TEXT, candidate_id TEXT, application_id TEXT, stage_id TEXT,"
    " owner_id TEXT, status TEXT, acl TEXT, search TEXT, data TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS objects_type ON objects (type, id)",
    "CREATE INDEX IF NOT EXISTS objects_job ON objects (type, job_id)",
    "CREATE INDEX IF NOT EXISTS objects_candidate ON objects (candidate_id)",
    "CREATE INDEX IF NOT EXISTS objects_application ON objects (application_id)",
    // The change feed, compacted: one row per entity (its latest change), seq strictly increasing.
    "CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL,"
    " id TEXT NOT NULL, op TEXT NOT NULL, reason TEXT, version INTEGER NOT NULL, job_id TEXT,"
    " candidate_id TEXT, application_id TEXT, at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS changes_id ON changes (id)",
    "CREATE TABLE IF NOT EXISTS credentials (user_id TEXT PRIMARY KEY, password_hash TEXT NOT NULL,"
    " totp_secret TEXT, demo_password TEXT)",
    // Only SHA-256 hashes of tokens and codes are stored.
    "CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, kind TEXT NOT NULL, user_id TEXT NOT NULL,"
    " family_id TEXT NOT NULL, expires_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0,"
    " used INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS tokens_family ON tokens (family_id)",
    "CREATE TABLE IF NOT EXISTS families (family_id TEXT PRIMARY KEY, user_id TEXT NOT NULL,"
    " device_id TEXT, revoked INTEGER NOT NULL DEFAULT 0, federated INTEGER NOT NULL DEFAULT 0,"
    " amr TEXT NOT NULL, created_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS idempotency (user_id TEXT NOT NULL, key TEXT NOT NULL, method TEXT NOT NULL,"
    " path TEXT NOT NULL, body_hash TEXT NOT NULL, status INTEGER NOT NULL, headers TEXT NOT NULL,"
    " body BLOB, created_at INTEGER NOT NULL, PRIMARY KEY (user_id, key))",
    "CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
    " at TEXT NOT NULL, actor_id TEXT, actor_email TEXT, source_ip TEXT, action TEXT NOT NULL,"
    " target_type TEXT, target_id TEXT, outcome TEXT NOT NULL, details TEXT)",
    "CREATE INDEX IF NOT EXISTS audit_at ON audit (at)",
    "CREATE TABLE IF NOT EXISTS blobs (id TEXT PRIMARY KEY, content_type TEXT NOT NULL, data BLOB NOT NULL)",
};
// Secondary indexes (all created by kSchema). A bulk load drops them and builds them once at the
// end: sorted index builds are far cheaper than 400k random-order inserts into each of them.
const char *const kSecondaryIndexes[] = {"objects_type",        "objects_job", "objects_candidate",
                                         "objects_application", "changes_id",  "audit_at"};
} // namespace

Database::~Database() {
    close();
}

bool Database::open(const QString &path, QString *errorText) {
    m_connectionName = QStringLiteral("hirex-sandbox");
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *errorText = m_db.lastError().text();
        return false;
    }
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=FULL"));
    exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    exec(QStringLiteral("PRAGMA cache_size=-65536"));
    if (!createSchema()) {
        *errorText = QStringLiteral("schema creation failed");
        return false;
    }
    return true;
}

void Database::close() {
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::createSchema() {
    for (const char *sql : kSchema) {
        bool ok = false;
        exec(QString::fromLatin1(sql), {}, &ok);
        if (!ok)
            return false;
    }
    if (meta(QStringLiteral("schema_version")).isEmpty())
        setMeta(QStringLiteral("schema_version"), QStringLiteral("1"));
    return true;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &binds, bool *ok) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    bool good = q.prepare(sql);
    if (good) {
        for (const auto &b : binds)
            q.addBindValue(b);
        good = q.exec();
    }
    if (!good)
        qCWarning(lcSandboxDb) << "query failed:" << sql.left(80) << q.lastError().text();
    if (ok)
        *ok = good;
    return q;
}

QVariant Database::scalar(const QString &sql, const QVariantList &binds) {
    QSqlQuery q = exec(sql, binds);
    return q.next() ? q.value(0) : QVariant();
}

bool Database::begin(Durability durability) {
    if (m_depth++ > 0)
        return true;
    // Switched only between transactions, and only when it changes (GET-heavy loads stay relaxed;
    // every other transaction, the retention job's included, asks for Full again).
    if (durability != m_durability) {
        exec(durability == Durability::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                            : QStringLiteral("PRAGMA synchronous=NORMAL"));
        m_durability = durability;
    }
    return m_db.transaction();
}

bool Database::commit() {
    if (m_depth == 0)
        return false;
    if (--m_depth > 0)
        return true;
    const bool ok = m_db.commit();
    if (!ok)
        qCWarning(lcSandboxDb) << "commit failed" << m_db.lastError().text();
    return ok;
}

void Database::rollback() {
    if (m_depth == 0)
        return;
    m_depth = 0;
    m_db.rollback();
}

void Database::beginBulkLoad() {
    for (const char *index : kSecondaryIndexes)
        exec(QStringLiteral("DROP INDEX IF EXISTS ") + QLatin1String(index));
    // Keep the whole tenant in the page cache while loading (about 400 MB for 100k candidates).
    exec(QStringLiteral("PRAGMA cache_size=-1048576"));
}

bool Database::endBulkLoad() {
    const bool ok = createSchema();
    exec(QStringLiteral("PRAGMA cache_size=-65536"));
    return ok;
}

QString Database::meta(const QString &key, const QString &fallback) {
    const QVariant v = scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return v.isValid() ? v.toString() : fallback;
}

void Database::setMeta(const QString &key, const QString &value) {
    exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), {key, value});
}

} // namespace hirex::sandbox
