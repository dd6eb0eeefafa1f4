#include "core/read/CachedJobs.h"

#include "core/domain/DecodeError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hirex::read {

CachedJobs::CachedJobs(const store::SqlCipherDatabase *db)
    : m_db(db) {}

QList<domain::Job> CachedJobs::all() {
    m_skipped = 0;
    m_lastError.clear();
    QList<domain::Job> jobs;
    // Few rows (a tenant's jobs): one short statement, reset when done.
    store::Statement s =
        m_db->prepare("SELECT json FROM jobs ORDER BY status = 'open' DESC, title COLLATE NOCASE, id");
    while (s.next()) {
        const QJsonObject json = QJsonDocument::fromJson(s.columnText(0).toUtf8()).object();
        domain::DecodeError error;
        if (auto job = domain::Job::fromJson(json, &error))
            jobs.append(*job);
        else
            ++m_skipped;
    }
    if (!s.ok())
        m_lastError = s.errorMessage();
    return jobs;
}

} // namespace hirex::read
