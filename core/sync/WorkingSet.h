#pragma once

#include "core/store/SqlCipherDatabase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace hirex::sync {

// Which part of the tenant the cache keeps offline.
//
// Mode "all" keeps everything the user may see. Mode "pinned" keeps the applications of pinned
// pipelines (pinned_pipelines), plus anything fetched on demand until it has been untouched for
// the eviction period. Jobs, pipelines, users and roles are small and always kept. The default
// after the first sync is "pinned" with the pipelines of the user's own jobs (recruiter or
// hiring manager), or "all" when the user owns no job.
//
// Settings keys (table settings): working_set.mode = all | pinned, working_set.defaults_chosen.
class WorkingSet {
public:
    explicit WorkingSet(const store::SqlCipherDatabase *db);

    void load();
    bool keepsEverything() const { return !m_pinnedMode; }
    QStringList pinnedPipelines() const;

    // Whether a feed upsert of an application belongs in the cache.
    bool wantsApplication(const QJsonObject &application, bool alreadyCached) const;

    bool pin(const QString &pipelineId);
    bool unpin(const QString &pipelineId);
    bool setKeepEverything(bool all);

    // True until defaults were chosen or the user chose (pin, unpin, keep everything).
    bool needsDefaults() const;

    // Once, after the first sync: pins the pipelines of the user's own jobs. True if it chose.
    bool chooseDefaultPins(const QString &userId);

    struct Eviction {
        int applications = 0;
        int candidates = 0;
        int expired = 0;
    };
    // Removes applications outside the pinned pipelines and candidates no kept application
    // refers to, when untouched for `untouchedSeconds` (0: at once), and candidates past their
    // retention_until (the tenant's retention). Call inside a transaction.
    Eviction evict(const QDateTime &now, qint64 untouchedSeconds);

private:
    QString setting(const char *key) const;
    bool setSetting(const char *key, const QString &value);

    const store::SqlCipherDatabase *m_db;
    bool m_pinnedMode = false;
    QSet<QString> m_pins;
};

} // namespace hirex::sync
