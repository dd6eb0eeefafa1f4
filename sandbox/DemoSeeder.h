#pragma once

#include "sandbox/DemoCorpus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace hirex::sandbox {

struct Services;

// Builds the deterministic demo tenant (from --seed) in one transaction with prepared statements.
class DemoSeeder {
public:
    // pipelineApplications > 0 adds one more job whose pipeline holds that many active
    // applications (one each of the first candidates), spread over its stages.
    DemoSeeder(Services &services, quint64 seed, int candidates, int pipelineApplications = 0);
    bool seed(QString *errorText);

    static QJsonObject consentNotice(const QString &framework, const QString &locale);
    static QList<QJsonObject> consentNotices();

private:
    struct JobInfo {
        QString id, pipelineId, region;
        QStringList stageIds;
        QStringList stageKinds;
        QStringList hiringManagers;
    };
    struct UserInfo {
        QString id, email, name, role;
    };

    QString id(const QString &prefix);
    int pick(int n) { return static_cast<int>(m_rng.bounded(static_cast<quint32>(n))); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    template<typename T>
    const T &any(const QList<T> &items) {
        return items.at(pick(static_cast<int>(items.size())));
    }
    QString at(const QDateTime &dt) const;

    void seedTenant();
    void seedUsers();
    void seedJobs();
    void seedCandidates();
    void seedHostileCandidate();
    void seedApplication(const QString &candidateId, DemoCorpus::Lang lang, const QDateTime &created);
    void seedLargeJob();
    void seedLargeApplication(const QString &candidateId, DemoCorpus::Lang lang, const QDateTime &created);
    void seedInsights(const QString &appId, const QString &candidateId, const JobInfo &job,
                      DemoCorpus::Lang lang, int stageIndex, const QDateTime &when);
    void seedPolicies();
    void seedAudit();

    Services &m_s;
    QRandomGenerator m_rng;
    int m_candidates;
    int m_pipelineApplications;
    JobInfo m_largeJob; // outside m_jobs: the ordinary applications never pick it
    QDateTime m_now;
    QList<UserInfo> m_users;
    QStringList m_interviewers;
    QStringList m_recruiters;
    QList<JobInfo> m_jobs;
    QStringList m_sampleCandidates;
};

} // namespace hirex::sandbox
