#include "sandbox/DemoSeeder.h"

#include "sandbox/AuditLog.h"
#include "sandbox/Clock.h"
#include "sandbox/Database.h"
#include "sandbox/Json.h"
#include "sandbox/PasswordHasher.h"
#include "sandbox/Rbac.h"
#include "sandbox/SandboxLog.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/Services.h"
#include "sandbox/Store.h"
#include "sandbox/TotpVerifier.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace hirex::sandbox {

namespace {

using Lang = DemoCorpus::Lang;

const QString kDisclaimer = QStringLiteral("AI-generated. Informs, does not decide.");

QJsonObject provenance(const QString &generatedAt, int variant) {
    static const QStringList providers{QStringLiteral("openai"), QStringLiteral("anthropic"),
                                       QStringLiteral("azure-openai")};
    static const QStringList models{QStringLiteral("gpt-4o-2024-08-06"),
                                    QStringLiteral("claude-3-5-sonnet-20241022"),
                                    QStringLiteral("gpt-4o-mini-2024-07-18")};
    return QJsonObject{{QStringLiteral("provider"), providers.at(variant % 3)},
                       {QStringLiteral("model"), models.at(variant % 3)},
                       {QStringLiteral("generated_at"), generatedAt},
                       {QStringLiteral("prompt_version"),
                        QString(QStringLiteral("2024.11-") + QString::number(1 + variant % 4))}};
}

struct StageTemplate {
    const char16_t *name;
    const char *kind;
    int sla;
};

} // namespace

DemoSeeder::DemoSeeder(Services &services, quint64 seed, int candidates, int pipelineApplications)
    : m_s(services)
    , m_rng(static_cast<quint32>(seed ^ (seed >> 32)) ^ 0x48495245u)
    , m_candidates(candidates)
    , m_pipelineApplications(std::min(pipelineApplications, candidates))
    , m_now(services.clock.now()) {}

QString DemoSeeder::id(const QString &prefix) {
    // Deterministic, opaque-looking ids (the seed decides them, not the wall clock).
    const quint64 a = m_rng.generate64();
    return prefix + QString::number(a & 0xffffffffffffULL, 36).rightJustified(10, QLatin1Char('0'));
}

QString DemoSeeder::at(const QDateTime &dt) const {
    return Json::iso(dt);
}

bool DemoSeeder::seed(QString *errorText) {
    Database &db = m_s.db;
    if (!db.begin()) {
        *errorText = QStringLiteral("cannot start the seed transaction");
        return false;
    }
    // The seed only inserts (it never reads through an index), so it runs as a bulk load.
    db.beginBulkLoad();
    seedTenant();
    seedUsers();
    seedJobs();
    if (m_pipelineApplications > 0)
        seedLargeJob();
    seedCandidates();
    if (m_s.options.hostileCandidate)
        seedHostileCandidate();
    seedPolicies();
    seedAudit();
    if (!db.endBulkLoad()) {
        db.rollback();
        *errorText = QStringLiteral("cannot build the indexes");
        return false;
    }
    db.setMeta(QStringLiteral("seeded"), at(m_now));
    db.setMeta(QStringLiteral("seed"), QString::number(m_candidates));
    if (!db.commit()) {
        db.rollback();
        *errorText = QStringLiteral("seed commit failed");
        return false;
    }
    return true;
}

void DemoSeeder::seedTenant() {
    const QJsonObject tenant{
        {QStringLiteral("id"), QStringLiteral("ten_demo")},
        {QStringLiteral("name"), QStringLiteral("Demo Recruiting GmbH")},
        {QStringLiteral("region"), QStringLiteral("EU")},
        {QStringLiteral("plan"), QStringLiteral("enterprise")},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("anonymised_screening"), m_s.options.anonymisedScreening},
                     {QStringLiteral("ai_features"), true},
                     {QStringLiteral("default_locale"), QStringLiteral("en-GB")}}}};
    m_s.db.setMeta(QStringLiteral("tenant"), QString::fromUtf8(Json::compact(tenant)));
    for (const QJsonObject &role : Rbac::builtinRoles()) {
        QJsonObject data = role;
        data.insert(QStringLiteral("updated_at"), at(m_now.addDays(-400)));
        m_s.store.create(QStringLiteral("role"), role.value(QStringLiteral("id")).toString(), data);
    }
}

void DemoSeeder::seedUsers() {
    struct Spec {
        const char16_t *name;
        const char *email;
        const char *role;
        const char *password;
        bool totp;
        const char *sso; // nullptr = none
        bool scim;
    };
    static const Spec specs[] = {
        {u"Ada Aydın", "ada.admin@demo.hirex.example", "admin", "Hirex-demo-admin-1", true, nullptr, false},
        {u"Alex Admin", "alex.admin@demo.hirex.example", "admin", "Hirex-demo-admin-2", false, nullptr,
         false},
        {u"Lena Schäfer", "lena.recruiter@demo.hirex.example", "recruiter", "Hirex-demo-recruiter-1", false,
         nullptr, false},
        {u"Zeynep Yılmaz", "zeynep.recruiter@demo.hirex.example", "recruiter", "Hirex-demo-recruiter-2", true,
         nullptr, false},
        {u"Mert Öztürk", "mert.recruiter@demo.hirex.example", "recruiter", "Hirex-demo-recruiter-3", false,
         "entra", true},
        {u"Jonas Müller", "jonas.manager@demo.hirex.example", "hiring_manager", "Hirex-demo-manager-1", false,
         nullptr, false},
        {u"Emre Şahin", "emre.manager@demo.hirex.example", "hiring_manager", "Hirex-demo-manager-2", false,
         "entra", true},
        {u"Sarah Miller", "sarah.manager@demo.hirex.example", "hiring_manager", "Hirex-demo-manager-3", true,
         "google", true},
        {u"Ingrid Köhler", "ingrid.interviewer@demo.hirex.example", "interviewer", "Hirex-demo-interviewer-1",
         false, nullptr, false},
        {u"Can Doğan", "can.interviewer@demo.hirex.example", "interviewer", "Hirex-demo-interviewer-2", false,
         "saml", true},
        {u"David Chen", "david.interviewer@demo.hirex.example", "interviewer", "Hirex-demo-interviewer-3",
         true, nullptr, false},
        {u"Aylin Koç", "aylin.auditor@demo.hirex.example", "auditor", "Hirex-demo-auditor-1", false, nullptr,
         false},
    };
    for (const Spec &spec : specs) {
        UserInfo u;
        u.id = id(QStringLiteral("usr_"));
        u.email = QString::fromLatin1(spec.email);
        u.name = QString::fromUtf16(spec.name);
        u.role = QString::fromLatin1(spec.role);
        QString secret;
        if (spec.totp)
            secret = TotpVerifier::base32Encode(
                QCryptographicHash::hash(QByteArray(u.email.toUtf8() + QByteArray::number(m_rng.generate())),
                                         QCryptographicHash::Sha1));
        const QJsonObject data{
            {QStringLiteral("email"), u.email},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("role_id"), QString(QStringLiteral("role_") + u.role)},
            {QStringLiteral("permission_overrides"),
             QJsonObject{{QStringLiteral("grant"), QJsonArray{}}, {QStringLiteral("revoke"), QJsonArray{}}}},
            {QStringLiteral("scim_managed"), spec.scim},
            {QStringLiteral("sso_provider"),
             spec.sso ? QJsonValue(QString::fromLatin1(spec.sso)) : QJsonValue()},
            {QStringLiteral("two_factor"),
             QJsonObject{
                 {QStringLiteral("enabled"), spec.totp},
                 {QStringLiteral("method"), spec.totp ? QJsonValue(QStringLiteral("totp")) : QJsonValue()}}},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("last_login_at"), at(m_now.addDays(-1 - pick(20)))},
            {QStringLiteral("updated_at"), at(m_now.addDays(-300))}};
        m_s.store.create(QStringLiteral("user"), u.id, data);
        const QString password = QString::fromLatin1(spec.password);
        m_s.db.exec(
            QStringLiteral("INSERT INTO credentials (user_id, password_hash, totp_secret, demo_password) "
                           "VALUES (?, ?, ?, ?)"),
            {u.id, PasswordHasher::hash(password), secret.isEmpty() ? QVariant() : QVariant(secret),
             password});
        if (u.role == QLatin1String("interviewer"))
            m_interviewers.append(u.id);
        if (u.role == QLatin1String("recruiter"))
            m_recruiters.append(u.id);
        m_users.append(u);
    }
}

void DemoSeeder::seedJobs() {
    struct JobSpec {
        const char16_t *title;
        const char16_t *department;
        const char16_t *office; // nullptr = remote
        const char *region;
        const char *status;
        int manager; // index into managers of the region
    };
    static const JobSpec specs[] = {
        {u"Senior Qt/C++ Engineer", u"Engineering", u"Berlin", "EU", "open", 0},
        {u"Backend Engineer (Go)", u"Engineering", u"München", "EU", "open", 0},
        {u"Product Designer", u"Design", u"Amsterdam", "EU", "open", 0},
        {u"Account Executive DACH", u"Sales", u"Köln", "EU", "open", 0},
        {u"People Partner", u"People", u"Wien", "EU", "closed", 0},
        {u"Site Reliability Engineer", u"Engineering", nullptr, "EU", "open", 0},
        {u"Werkstudent Data Analytics", u"Finance", u"Hamburg", "EU", "draft", 0},
        {u"Kıdemli Yazılım Mühendisi", u"Engineering", u"İstanbul", "TR", "open", 1},
        {u"Müşteri Başarı Uzmanı", u"Customer Success", u"İzmir", "TR", "open", 1},
        {u"Ürün Yöneticisi", u"Product", u"Ankara", "TR", "open", 1},
        {u"İnsan Kaynakları Uzmanı", u"People", u"İstanbul", "TR", "open", 1},
        {u"Mobil Geliştirici (Qt/QML)", u"Engineering", u"Eskişehir", "TR", "closed", 1},
        {u"Veri Bilimci", u"Engineering", nullptr, "TR", "open", 1},
        {u"Staff Software Engineer", u"Engineering", u"Austin", "US", "open", 2},
        {u"Sales Development Representative", u"Sales", u"New York", "US", "open", 2},
        {u"UX Researcher", u"Design", u"San Francisco", "US", "open", 2},
        {u"Financial Analyst", u"Finance", u"Chicago", "US", "open", 2},
        {u"Customer Success Manager", u"Customer Success", nullptr, "US", "open", 2},
        {u"Security Engineer", u"Engineering", u"Austin", "US", "draft", 2},
        {u"Technical Writer", u"Product", u"Berlin", "EU", "open", 0},
    };
    static const StageTemplate stages[] = {
        {u"Sourced", "sourced", 3},
        {u"Application review", "screen", 3},
        {u"Phone screen", "screen", 5},
        {u"Technical interview", "interview", 7},
        {u"Team interview", "interview", 7},
        {u"Case study", "interview", 10},
        {u"Offer", "offer", 5},
        {u"Hired", "hired", 0},
    };
    QStringList managers; // EU, TR, US
    for (const auto &u : m_users) {
        if (u.role == QLatin1String("hiring_manager"))
            managers.append(u.id);
    }
    for (const JobSpec &spec : specs) {
        JobInfo job;
        job.id = id(QStringLiteral("job_"));
        job.pipelineId = id(QStringLiteral("pipe_"));
        job.region = QString::fromLatin1(spec.region);
        job.hiringManagers = {managers.at(spec.manager)};
        // 5-8 stages: always sourced, review, ..., offer, hired; middle interviews vary.
        const int count = 5 + pick(4);
        QList<int> chosen{0, 1};
        const QList<int> middle{2, 3, 4, 5};
        for (int i = 0; i < count - 4; ++i)
            chosen.append(middle.at(i));
        chosen.append(6);
        chosen.append(7);
        QJsonArray stageArray;
        for (int i = 0; i < chosen.size(); ++i) {
            const StageTemplate &t = stages[chosen.at(i)];
            const QString stageId = id(QStringLiteral("stage_"));
            job.stageIds.append(stageId);
            job.stageKinds.append(QString::fromLatin1(t.kind));
            stageArray.append(
                QJsonObject{{QStringLiteral("id"), stageId},
                            {QStringLiteral("name"), QString::fromUtf16(t.name)},
                            {QStringLiteral("position"), i + 1},
                            {QStringLiteral("sla_days"), t.sla > 0 ? QJsonValue(t.sla) : QJsonValue()},
                            {QStringLiteral("kind"), QString::fromLatin1(t.kind)}});
        }
        const QString updated = at(m_now.addDays(-30 - pick(200)));
        QJsonArray recruiters{m_recruiters.at(job.region == QLatin1String("TR") ? 1 : 0), m_recruiters.at(2)};
        m_s.store.create(
            QStringLiteral("job"), job.id,
            QJsonObject{{QStringLiteral("title"), QString::fromUtf16(spec.title)},
                        {QStringLiteral("department"), QString::fromUtf16(spec.department)},
                        {QStringLiteral("office"),
                         spec.office ? QJsonValue(QString::fromUtf16(spec.office)) : QJsonValue()},
                        {QStringLiteral("region"), job.region},
                        {QStringLiteral("status"), QString::fromLatin1(spec.status)},
                        {QStringLiteral("pipeline_id"), job.pipelineId},
                        {QStringLiteral("hiring_manager_ids"), Json::fromStringList(job.hiringManagers)},
                        {QStringLiteral("recruiter_ids"), recruiters},
                        {QStringLiteral("updated_at"), updated}});
        m_s.store.create(QStringLiteral("pipeline"), job.pipelineId,
                         QJsonObject{{QStringLiteral("name"),
                                      QString(QString::fromUtf16(spec.title) + QStringLiteral(" pipeline"))},
                                     {QStringLiteral("job_id"), job.id},
                                     {QStringLiteral("stages"), stageArray},
                                     {QStringLiteral("updated_at"), updated}});
        m_jobs.append(job);
        // Sourcing insight per job.
        QJsonArray results;
        for (int i = 0; i < 3; ++i) {
            const Lang lang = job.region == QLatin1String("TR")
                                  ? Lang::Tr
                                  : (job.region == QLatin1String("US") ? Lang::En : Lang::De);
            const QString name =
                any(DemoCorpus::firstNames(lang)) + QLatin1Char(' ') + any(DemoCorpus::lastNames(lang));
            results.append(QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("headline"),
                 QString(any(DemoCorpus::skills()) + QStringLiteral(" specialist at ") +
                         any(DemoCorpus::companies(lang)))},
                {QStringLiteral("profile_url"),
                 QString(QStringLiteral("https://profiles.example/") + DemoCorpus::emailPart(name) +
                         QString::number(pick(1000)))},
                {QStringLiteral("score"), 60 + pick(40)},
                {QStringLiteral("reasons"),
                 QJsonArray{QString(QStringLiteral("Relevant skills: ") + any(DemoCorpus::skills())),
                            QStringLiteral("Located near the office")}}});
        }
        m_s.store.create(
            QStringLiteral("ai_insight"), id(QStringLiteral("ai_")),
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("sourcing")},
                        {QStringLiteral("subject"), QJsonObject{{QStringLiteral("job_id"), job.id}}},
                        {QStringLiteral("provenance"), provenance(updated, pick(3))},
                        {QStringLiteral("disclaimer"), kDisclaimer},
                        {QStringLiteral("sourcing"), QJsonObject{{QStringLiteral("results"), results}}},
                        {QStringLiteral("updated_at"), updated}},
            Refs{job.id, {}, {}});
    }
}

void DemoSeeder::seedCandidates() {
    for (int i = 0; i < m_candidates; ++i) {
        const int r = pick(100);
        const Lang lang = r < 35 ? Lang::Tr : (r < 70 ? Lang::De : Lang::En);
        const QString region = lang == Lang::Tr
                                   ? QStringLiteral("TR")
                                   : (lang == Lang::De ? QStringLiteral("EU") : QStringLiteral("US"));
        const QString first = any(DemoCorpus::firstNames(lang));
        const QString last = any(DemoCorpus::lastNames(lang));
        const QString candId = id(QStringLiteral("cand_"));
        const QDateTime created = m_now.addSecs(-static_cast<qint64>(86400) * (2 + pick(400)) - pick(86400));
        QJsonArray skills;
        const int ns = 2 + pick(4);
        for (int k = 0; k < ns; ++k) {
            const QString s = any(DemoCorpus::skills());
            if (!skills.contains(s))
                skills.append(s);
        }
        QJsonArray tags;
        if (chance(0.5))
            tags.append(any(DemoCorpus::tags()));
        QJsonArray languages{DemoCorpus::code(lang)};
        if (lang != Lang::En && chance(0.7))
            languages.append(QStringLiteral("en"));
        QString consent = QStringLiteral("not_required");
        if (lang != Lang::En) {
            const int c = pick(10);
            // KVKK candidates always have a consent record (granted or withdrawn); GDPR ones may be pending.
            if (lang == Lang::Tr)
                consent = c < 8 ? QStringLiteral("granted") : QStringLiteral("withdrawn");
            else
                consent = c < 7 ? QStringLiteral("granted")
                                : (c < 9 ? QStringLiteral("pending") : QStringLiteral("withdrawn"));
        }
        QString phone = DemoCorpus::phonePrefix(lang);
        for (int k = 0; k < 9; ++k)
            phone += QChar(u'0' + pick(10));
        const QString email = DemoCorpus::emailPart(first) + QLatin1Char('.') + DemoCorpus::emailPart(last) +
                              QString::number(i) + QStringLiteral("@mail.example");
        m_s.store.create(QStringLiteral("candidate"), candId,
                         QJsonObject{{QStringLiteral("first_name"), first},
                                     {QStringLiteral("last_name"), last},
                                     {QStringLiteral("email"), email},
                                     {QStringLiteral("phone"), phone},
                                     {QStringLiteral("location"), any(DemoCorpus::cities(lang))},
                                     {QStringLiteral("region"), region},
                                     {QStringLiteral("source"), any(DemoCorpus::sources())},
                                     {QStringLiteral("tags"), tags},
                                     {QStringLiteral("skills"), skills},
                                     {QStringLiteral("languages"), languages},
                                     {QStringLiteral("created_at"), at(created)},
                                     {QStringLiteral("consent_state"), consent},
                                     {QStringLiteral("retention_until"),
                                      lang == Lang::En ? QJsonValue() : QJsonValue(at(created.addDays(730)))},
                                     {QStringLiteral("updated_at"), at(created)}});
        if (i < 20)
            m_sampleCandidates.append(candId);
        if (lang != Lang::En && consent != QLatin1String("pending")) {
            const bool kvkk = lang == Lang::Tr;
            const QString locale = kvkk ? QStringLiteral("tr-TR") : QStringLiteral("de-DE");
            m_s.store.create(
                QStringLiteral("consent"), id(QStringLiteral("cons_")),
                QJsonObject{
                    {QStringLiteral("candidate_id"), candId},
                    {QStringLiteral("framework"), kvkk ? QStringLiteral("kvkk") : QStringLiteral("gdpr")},
                    {QStringLiteral("purpose"), QStringLiteral("recruiting")},
                    {QStringLiteral("status"), consent},
                    {QStringLiteral("notice_id"),
                     kvkk ? QStringLiteral("notice_kvkk_tr") : QStringLiteral("notice_gdpr_de")},
                    {QStringLiteral("locale"), locale},
                    {QStringLiteral("recorded_by"), m_recruiters.at(kvkk ? 1 : 0)},
                    {QStringLiteral("recorded_at"), at(created.addSecs(3600))},
                    {QStringLiteral("updated_at"), at(created.addSecs(3600))}});
        }
        if (chance(0.12)) {
            const QString author = m_recruiters.at(pick(2));
            const bool priv = chance(0.25);
            const QDateTime when = created.addDays(1);
            m_s.store.create(QStringLiteral("note"), id(QStringLiteral("note_")),
                             QJsonObject{{QStringLiteral("candidate_id"), candId},
                                         {QStringLiteral("author_id"), author},
                                         {QStringLiteral("body"), any(DemoCorpus::noteBodies(lang))},
                                         {QStringLiteral("visibility"),
                                          priv ? QStringLiteral("private") : QStringLiteral("team")},
                                         {QStringLiteral("created_at"), at(when)},
                                         {QStringLiteral("updated_at"), at(when)}});
        }
        seedApplication(candId, lang, created);
        if (chance(0.2))
            seedApplication(candId, lang, created.addDays(pick(30)));
        if (i < m_pipelineApplications)
            seedLargeApplication(candId, lang, created);
    }
}

void DemoSeeder::seedApplication(const QString &candidateId, Lang lang, const QDateTime &created) {
    // Mostly a job in the candidate's region; sometimes anywhere.
    const QString region = lang == Lang::Tr
                               ? QStringLiteral("TR")
                               : (lang == Lang::De ? QStringLiteral("EU") : QStringLiteral("US"));
    QList<int> regional;
    for (int j = 0; j < m_jobs.size(); ++j) {
        if (m_jobs.at(j).region == region)
            regional.append(j);
    }
    const JobInfo &job = m_jobs.at(
        chance(0.85) && !regional.isEmpty() ? any(regional) : pick(static_cast<int>(m_jobs.size())));
    const int stages = static_cast<int>(job.stageIds.size());
    // Funnel: most applications are early in the pipeline.
    int stage = 0;
    while (stage < stages - 2 && chance(0.55))
        ++stage;
    QString status = QStringLiteral("active");
    const int r = pick(100);
    if (r < 18)
        status = QStringLiteral("rejected");
    else if (r < 21)
        status = QStringLiteral("withdrawn");
    else if (r < 25) {
        status = QStringLiteral("hired");
        stage = stages - 1;
    }
    const qint64 ageSecs = std::max<qint64>(3600, created.secsTo(m_now));
    const QDateTime entered =
        created.addSecs(static_cast<qint64>(m_rng.generateDouble() * static_cast<double>(ageSecs) * 0.9));
    const QString appId = id(QStringLiteral("app_"));
    QJsonArray reviewers;
    const bool interviewing = job.stageKinds.at(stage) == QLatin1String("interview") ||
                              job.stageKinds.at(stage) == QLatin1String("offer");
    if (interviewing || (stage >= 2 && chance(0.3))) {
        reviewers.append(m_interviewers.at(pick(static_cast<int>(m_interviewers.size()))));
        if (chance(0.5)) {
            const QString second = m_interviewers.at(pick(static_cast<int>(m_interviewers.size())));
            if (!reviewers.contains(second))
                reviewers.append(second);
        }
    }
    QJsonObject data{{QStringLiteral("candidate_id"), candidateId},
                     {QStringLiteral("job_id"), job.id},
                     {QStringLiteral("pipeline_id"), job.pipelineId},
                     {QStringLiteral("stage_id"), job.stageIds.at(stage)},
                     {QStringLiteral("stage_entered_at"), at(entered)},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("hired_at"),
                      status == QLatin1String("hired") ? QJsonValue(at(entered)) : QJsonValue()},
                     {QStringLiteral("assigned_reviewer_ids"), reviewers},
                     {QStringLiteral("review_due_at"),
                      reviewers.isEmpty() ? QJsonValue() : QJsonValue(at(entered.addDays(5)))},
                     {QStringLiteral("updated_at"), at(entered)}};
    if (status == QLatin1String("rejected")) {
        static const QStringList reasons{QStringLiteral("skills"), QStringLiteral("experience"),
                                         QStringLiteral("position_filled"), QStringLiteral("other")};
        const QString reason = any(reasons);
        data.insert(QStringLiteral("rejection"),
                    QJsonObject{{QStringLiteral("reason_code"), reason},
                                {QStringLiteral("reason_text"),
                                 reason == QLatin1String("other")
                                     ? QJsonValue(QStringLiteral("Candidate accepted another offer."))
                                     : QJsonValue()},
                                {QStringLiteral("decided_by"), job.hiringManagers.first()},
                                {QStringLiteral("decided_at"), at(entered)},
                                {QStringLiteral("ai_insights_shown"), QJsonArray{}}});
    }
    m_s.store.create(QStringLiteral("application"), appId, data);
    // Evaluations from assigned reviewers.
    for (const auto &rv : reviewers) {
        if (!chance(0.7))
            continue;
        const bool submitted = chance(0.75);
        const QDateTime when = entered.addSecs(3600 * (1 + pick(48)));
        static const QStringList overall{QStringLiteral("strong_no"), QStringLiteral("no"),
                                         QStringLiteral("yes"), QStringLiteral("strong_yes")};
        m_s.store.create(
            QStringLiteral("evaluation"), id(QStringLiteral("eval_")),
            QJsonObject{
                {QStringLiteral("application_id"), appId},
                {QStringLiteral("author_id"), rv.toString()},
                {QStringLiteral("status"), submitted ? QStringLiteral("submitted") : QStringLiteral("draft")},
                {QStringLiteral("attributes"),
                 QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("technical")},
                                        {QStringLiteral("label"), QStringLiteral("Technical depth")},
                                        {QStringLiteral("rating"), 1 + pick(4)},
                                        {QStringLiteral("comment"), QStringLiteral("Solid fundamentals.")}},
                            QJsonObject{{QStringLiteral("key"), QStringLiteral("communication")},
                                        {QStringLiteral("label"), QStringLiteral("Communication")},
                                        {QStringLiteral("rating"), 1 + pick(4)},
                                        {QStringLiteral("comment"), QJsonValue()}}}},
                {QStringLiteral("overall"), submitted ? QJsonValue(any(overall)) : QJsonValue()},
                {QStringLiteral("summary"),
                 submitted ? QJsonValue(any(DemoCorpus::noteBodies(lang))) : QJsonValue()},
                {QStringLiteral("submitted_at"), submitted ? QJsonValue(at(when)) : QJsonValue()},
                {QStringLiteral("updated_at"), at(when)}},
            Refs{job.id, candidateId, appId});
    }
    seedInsights(appId, candidateId, job, lang, stage, entered);
}

// The one large pipeline (--pipeline-applications): a graduate programme with every stage
// template, created after the ordinary jobs so their ids do not depend on the option.
void DemoSeeder::seedLargeJob() {
    static const StageTemplate stages[] = {
        {u"Sourced", "sourced", 3},
        {u"Application review", "screen", 3},
        {u"Phone screen", "screen", 5},
        {u"Technical interview", "interview", 7},
        {u"Team interview", "interview", 7},
        {u"Case study", "interview", 10},
        {u"Offer", "offer", 5},
        {u"Hired", "hired", 0},
    };
    JobInfo &job = m_largeJob;
    job.id = id(QStringLiteral("job_"));
    job.pipelineId = id(QStringLiteral("pipe_"));
    job.region = QStringLiteral("EU");
    for (const auto &u : m_users) {
        if (u.role == QLatin1String("hiring_manager")) {
            job.hiringManagers = {u.id};
            break;
        }
    }
    QJsonArray stageArray;
    int position = 1;
    for (const StageTemplate &t : stages) {
        const QString stageId = id(QStringLiteral("stage_"));
        job.stageIds.append(stageId);
        job.stageKinds.append(QString::fromLatin1(t.kind));
        stageArray.append(
            QJsonObject{{QStringLiteral("id"), stageId},
                        {QStringLiteral("name"), QString::fromUtf16(t.name)},
                        {QStringLiteral("position"), position++},
                        {QStringLiteral("sla_days"), t.sla > 0 ? QJsonValue(t.sla) : QJsonValue()},
                        {QStringLiteral("kind"), QString::fromLatin1(t.kind)}});
    }
    const QString updated = at(m_now.addDays(-60));
    m_s.store.create(
        QStringLiteral("job"), job.id,
        QJsonObject{{QStringLiteral("title"), QStringLiteral("Graduate Programme 2026")},
                    {QStringLiteral("department"), QStringLiteral("Engineering")},
                    {QStringLiteral("office"), QStringLiteral("Berlin")},
                    {QStringLiteral("region"), job.region},
                    {QStringLiteral("status"), QStringLiteral("open")},
                    {QStringLiteral("pipeline_id"), job.pipelineId},
                    {QStringLiteral("hiring_manager_ids"), Json::fromStringList(job.hiringManagers)},
                    {QStringLiteral("recruiter_ids"), QJsonArray{m_recruiters.at(0), m_recruiters.at(2)}},
                    {QStringLiteral("updated_at"), updated}});
    m_s.store.create(QStringLiteral("pipeline"), job.pipelineId,
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Graduate Programme 2026 pipeline")},
                                 {QStringLiteral("job_id"), job.id},
                                 {QStringLiteral("stages"), stageArray},
                                 {QStringLiteral("updated_at"), updated}});
}

// An active application to the large pipeline, in any stage but Hired (an active card in every
// other column), with the insights an ordinary application gets.
void DemoSeeder::seedLargeApplication(const QString &candidateId, Lang lang, const QDateTime &created) {
    const JobInfo &job = m_largeJob;
    const int stage = pick(static_cast<int>(job.stageIds.size()) - 1);
    const qint64 ageSecs = std::max<qint64>(3600, created.secsTo(m_now));
    const QDateTime entered =
        created.addSecs(static_cast<qint64>(m_rng.generateDouble() * static_cast<double>(ageSecs) * 0.9));
    const QString appId = id(QStringLiteral("app_"));
    m_s.store.create(QStringLiteral("application"), appId,
                     QJsonObject{{QStringLiteral("candidate_id"), candidateId},
                                 {QStringLiteral("job_id"), job.id},
                                 {QStringLiteral("pipeline_id"), job.pipelineId},
                                 {QStringLiteral("stage_id"), job.stageIds.at(stage)},
                                 {QStringLiteral("stage_entered_at"), at(entered)},
                                 {QStringLiteral("status"), QStringLiteral("active")},
                                 {QStringLiteral("hired_at"), QJsonValue()},
                                 {QStringLiteral("assigned_reviewer_ids"), QJsonArray{}},
                                 {QStringLiteral("review_due_at"), QJsonValue()},
                                 {QStringLiteral("updated_at"), at(entered)}});
    seedInsights(appId, candidateId, job, lang, stage, entered);
}

void DemoSeeder::seedInsights(const QString &appId, const QString &candidateId, const JobInfo &job, Lang lang,
                              int stageIndex, const QDateTime &when) {
    const Refs refs{job.id, candidateId, appId};
    const QString generated = at(when.addSecs(600));
    if (chance(0.6)) {
        QJsonArray criteria;
        int total = 0;
        const double weights[] = {0.5, 0.3, 0.2};
        static const QStringList names{QStringLiteral("Required skills"),
                                       QStringLiteral("Relevant experience"), QStringLiteral("Language fit")};
        for (int c = 0; c < 3; ++c) {
            const int score = 30 + pick(70);
            total += static_cast<int>(score * weights[c]);
            criteria.append(
                QJsonObject{{QStringLiteral("name"), names.at(c)},
                            {QStringLiteral("weight"), weights[c]},
                            {QStringLiteral("score"), score},
                            {QStringLiteral("evidence"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("quote"), any(DemoCorpus::transcriptLines(lang))},
                                 {QStringLiteral("source"),
                                  c == 0 ? QStringLiteral("cv")
                                         : QString(QStringLiteral("transcript:00:0") +
                                                   QString::number(1 + c) + QStringLiteral(":15"))}}}}});
        }
        m_s.store.create(
            QStringLiteral("ai_insight"), id(QStringLiteral("ai_")),
            QJsonObject{
                {QStringLiteral("kind"), QStringLiteral("match_score")},
                {QStringLiteral("subject"), QJsonObject{{QStringLiteral("application_id"), appId}}},
                {QStringLiteral("provenance"), provenance(generated, pick(3))},
                {QStringLiteral("disclaimer"), kDisclaimer},
                {QStringLiteral("match_score"), QJsonObject{{QStringLiteral("score"), std::min(100, total)},
                                                            {QStringLiteral("criteria"), criteria}}},
                {QStringLiteral("updated_at"), generated}},
            refs);
    }
    if (stageIndex >= 3 && chance(0.35)) {
        QJsonArray segments;
        double t = 0;
        const QStringList &lines = DemoCorpus::transcriptLines(lang);
        for (int k = 0; k < lines.size(); ++k) {
            const double len = 6.0 + pick(40);
            segments.append(QJsonObject{{QStringLiteral("start_s"), t},
                                        {QStringLiteral("end_s"), t + len},
                                        {QStringLiteral("speaker"), k % 2 == 0 ? QStringLiteral("interviewer")
                                                                               : QStringLiteral("candidate")},
                                        {QStringLiteral("text"), lines.at(k)}});
            t += len + 1;
        }
        m_s.store.create(
            QStringLiteral("ai_insight"), id(QStringLiteral("ai_")),
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("transcript")},
                        {QStringLiteral("subject"), QJsonObject{{QStringLiteral("application_id"), appId}}},
                        {QStringLiteral("provenance"), provenance(generated, pick(3))},
                        {QStringLiteral("disclaimer"), kDisclaimer},
                        {QStringLiteral("transcript"),
                         QJsonObject{{QStringLiteral("duration_s"), t},
                                     {QStringLiteral("language"), DemoCorpus::code(lang)},
                                     {QStringLiteral("segments"), segments}}},
                        {QStringLiteral("updated_at"), generated}},
            refs);
        m_s.store.create(
            QStringLiteral("ai_insight"), id(QStringLiteral("ai_")),
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("evaluation_summary")},
                        {QStringLiteral("subject"), QJsonObject{{QStringLiteral("application_id"), appId}}},
                        {QStringLiteral("provenance"), provenance(generated, pick(3))},
                        {QStringLiteral("disclaimer"), kDisclaimer},
                        {QStringLiteral("evaluation_summary"),
                         QJsonObject{{QStringLiteral("text"),
                                      QStringLiteral("Interviewers agree on strong technical skills; "
                                                     "open questions remain about team fit.")},
                                     {QStringLiteral("strengths"), QJsonArray{any(DemoCorpus::strengths())}},
                                     {QStringLiteral("concerns"), QJsonArray{any(DemoCorpus::concerns())}}}},
                        {QStringLiteral("updated_at"), generated}},
            refs);
    }
}

QJsonObject DemoSeeder::consentNotice(const QString &framework, const QString &locale) {
    const bool tr = locale.startsWith(QLatin1String("tr"));
    const bool de = locale.startsWith(QLatin1String("de"));
    QString title, body;
    if (framework == QLatin1String("kvkk")) {
        if (tr) {
            title = QStringLiteral("KVKK Aydınlatma Metni");
            body = QString::fromUtf16(
                u"6698 sayılı Kişisel Verilerin Korunması Kanunu uyarınca, işe alım sürecinde "
                u"paylaştığınız kişisel veriler (ad, soyad, iletişim bilgileri, özgeçmiş) "
                u"yalnızca başvurunuzun değerlendirilmesi amacıyla işlenecek ve yasal saklama "
                u"süresi sonunda silinecek ya da anonim hâle getirilecektir. Haklarınızı "
                u"kullanmak için bizimle iletişime geçebilirsiniz.");
        } else {
            title = QStringLiteral("KVKK Privacy Notice");
            body = QStringLiteral(
                "Under Turkish Law No. 6698 on the Protection of Personal Data, the personal data "
                "you share in the hiring process is processed only to evaluate your application.");
        }
    } else if (de) {
        title = QStringLiteral("Datenschutzhinweis (DSGVO)");
        body = QString::fromUtf16(
            u"Wir verarbeiten Ihre Bewerbungsdaten gemäß Art. 6 Abs. 1 lit. b DSGVO "
            u"ausschließlich zur Durchführung des Bewerbungsverfahrens. Für die Aufnahme in "
            u"unseren Talentpool bitten wir um Ihre Einwilligung, die Sie jederzeit "
            u"widerrufen können.");
    } else {
        title = QStringLiteral("Privacy notice (GDPR)");
        body = QStringLiteral(
            "We process your application data under Art. 6(1)(b) GDPR only to run the hiring "
            "process. We ask for your consent to keep you in our talent pool; you can withdraw "
            "it at any time.");
    }
    const QString lang = locale.left(2);
    return QJsonObject{
        {QStringLiteral("id"), QString(QStringLiteral("notice_") + framework + QLatin1Char('_') + lang)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("updated_at"), QStringLiteral("2024-05-01T09:00:00Z")},
        {QStringLiteral("framework"), framework},
        {QStringLiteral("locale"), locale},
        {QStringLiteral("purposes"), QJsonArray{QStringLiteral("recruiting"), QStringLiteral("talent_pool")}},
        {QStringLiteral("title"), title},
        {QStringLiteral("body"), body}};
}

QList<QJsonObject> DemoSeeder::consentNotices() {
    return {consentNotice(QStringLiteral("gdpr"), QStringLiteral("en-GB")),
            consentNotice(QStringLiteral("gdpr"), QStringLiteral("de-DE")),
            consentNotice(QStringLiteral("kvkk"), QStringLiteral("tr-TR")),
            consentNotice(QStringLiteral("kvkk"), QStringLiteral("en-GB"))};
}

// One candidate whose fields start like spreadsheet formulas, as a career-site form could
// deliver them: exports must write them as text. Drawn from no random number, so every other
// candidate of the seed stays the same. Seeded after the other candidates, so their applications
// (and with them the jobs) exist.
void DemoSeeder::seedHostileCandidate() {
    const QDateTime created = m_now.addDays(-3);
    m_s.store.create(QStringLiteral("candidate"), QStringLiteral("cand_hostile1"),
                     QJsonObject{{QStringLiteral("first_name"), QStringLiteral("=cmd|' /C calc'!A0")},
                                 {QStringLiteral("last_name"), QStringLiteral("Formula")},
                                 {QStringLiteral("email"), QStringLiteral("hostile@mail.example")},
                                 {QStringLiteral("phone"), QJsonValue()},
                                 {QStringLiteral("location"), QJsonValue()},
                                 {QStringLiteral("region"), QStringLiteral("EU")},
                                 {QStringLiteral("source"), QStringLiteral("career_site")},
                                 {QStringLiteral("tags"), QJsonArray{QStringLiteral("@SUM(1+1)")}},
                                 {QStringLiteral("skills"), QJsonArray{QStringLiteral("+1 Excel")}},
                                 {QStringLiteral("languages"), QJsonArray{QStringLiteral("en")}},
                                 {QStringLiteral("created_at"), at(created)},
                                 {QStringLiteral("consent_state"), QStringLiteral("pending")},
                                 {QStringLiteral("retention_until"), QJsonValue()},
                                 {QStringLiteral("updated_at"), at(created)}});
    // In the first stage of every job, so every working set holds it (whatever is pinned).
    int n = 0;
    for (const JobInfo &job : std::as_const(m_jobs)) {
        m_s.store.create(QStringLiteral("application"), QStringLiteral("app_hostile%1").arg(++n),
                         QJsonObject{{QStringLiteral("candidate_id"), QStringLiteral("cand_hostile1")},
                                     {QStringLiteral("job_id"), job.id},
                                     {QStringLiteral("pipeline_id"), job.pipelineId},
                                     {QStringLiteral("stage_id"), job.stageIds.at(0)},
                                     {QStringLiteral("stage_entered_at"), at(created)},
                                     {QStringLiteral("status"), QStringLiteral("active")},
                                     {QStringLiteral("hired_at"), QJsonValue()},
                                     {QStringLiteral("assigned_reviewer_ids"), QJsonArray{}},
                                     {QStringLiteral("review_due_at"), QJsonValue()},
                                     {QStringLiteral("updated_at"), at(created)}});
    }
}

void DemoSeeder::seedPolicies() {
    const QString past = at(m_now.addDays(-200));
    const auto rule = [&](const QString &name, const QStringList &regions, const QStringList &statuses,
                          int days, const QString &action) {
        m_s.store.create(
            QStringLiteral("retention_rule"), id(QStringLiteral("ret_")),
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("scope"),
                         QJsonObject{{QStringLiteral("regions"), Json::fromStringList(regions)},
                                     {QStringLiteral("pipeline_ids"), QJsonArray{}},
                                     {QStringLiteral("candidate_statuses"), Json::fromStringList(statuses)}}},
                        {QStringLiteral("period_days"), days},
                        {QStringLiteral("action"), action},
                        {QStringLiteral("enabled"), false},
                        {QStringLiteral("updated_at"), past}});
    };
    // Seeded rules are disabled so that time travel in tests only triggers the rules tests create.
    rule(QString::fromUtf16(u"KVKK: reddedilen adayları 1 yıl sonra anonimleştir"), {QStringLiteral("TR")},
         {QStringLiteral("rejected")}, 365, QStringLiteral("anonymise"));
    rule(QStringLiteral("GDPR: delete EU talent pool after 2 years"), {QStringLiteral("EU")}, {}, 730,
         QStringLiteral("delete"));
    m_s.store.create(QStringLiteral("ip_allowlist"), QStringLiteral("ipal_tenant"),
                     QJsonObject{{QStringLiteral("enabled"), false},
                                 {QStringLiteral("cidrs"), QJsonArray{}},
                                 {QStringLiteral("updated_at"), past}});
    const QString admin = m_users.first().id;
    m_s.store.create(
        QStringLiteral("support_access"), id(QStringLiteral("sup_")),
        QJsonObject{{QStringLiteral("support_member"), QStringLiteral("support-agent-17@hirex.example")},
                    {QStringLiteral("reason"), QStringLiteral("Ticket #4711: import of legacy candidates")},
                    {QStringLiteral("granted_by"), admin},
                    {QStringLiteral("granted_at"), at(m_now.addDays(-40))},
                    {QStringLiteral("expires_at"), at(m_now.addDays(-40).addSecs(8 * 3600))},
                    {QStringLiteral("status"), QStringLiteral("expired")},
                    {QStringLiteral("revoked_at"), QJsonValue()},
                    {QStringLiteral("updated_at"), at(m_now.addDays(-40).addSecs(8 * 3600))}});
}

void DemoSeeder::seedAudit() {
    // A plausible history: sign-ins, candidate views, stage moves.
    for (int i = 0; i < 60; ++i) {
        const UserInfo &u = any(m_users);
        const QDateTime when = m_now.addSecs(-static_cast<qint64>(3600) * (1 + pick(24 * 60)));
        const int kind = pick(3);
        const QString cand = m_sampleCandidates.isEmpty() ? QString() : any(m_sampleCandidates);
        if (kind == 0)
            m_s.audit.recordAs(u.id, u.email, QStringLiteral("127.0.0.1"), at(when),
                               QStringLiteral("auth.login"), QStringLiteral("user"), u.id,
                               QStringLiteral("success"), {});
        else if (kind == 1)
            m_s.audit.recordAs(u.id, u.email, QStringLiteral("127.0.0.1"), at(when),
                               QStringLiteral("candidates.read"), QStringLiteral("candidate"), cand,
                               QStringLiteral("success"), {});
        else
            m_s.audit.recordAs(u.id, u.email, QStringLiteral("127.0.0.1"), at(when),
                               QStringLiteral("applications.move"), QStringLiteral("application"), QString(),
                               QStringLiteral("success"), {});
    }
}

} // namespace hirex::sandbox
