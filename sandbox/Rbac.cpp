#include "sandbox/Rbac.h"

#include "sandbox/Json.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace hirex::sandbox {

QStringList Rbac::allPermissions() {
    return {QStringLiteral("candidates.read"),    QStringLiteral("candidates.read_pii"),
            QStringLiteral("candidates.reveal"),  QStringLiteral("applications.read"),
            QStringLiteral("applications.move"),  QStringLiteral("applications.reject"),
            QStringLiteral("applications.hire"),  QStringLiteral("evaluations.read"),
            QStringLiteral("evaluations.write"),  QStringLiteral("notes.read"),
            QStringLiteral("notes.write"),        QStringLiteral("ai.read"),
            QStringLiteral("ai.feedback"),        QStringLiteral("consents.read"),
            QStringLiteral("consents.write"),     QStringLiteral("cv.read"),
            QStringLiteral("jobs.read"),          QStringLiteral("admin.roles"),
            QStringLiteral("admin.users"),        QStringLiteral("admin.retention"),
            QStringLiteral("admin.audit"),        QStringLiteral("admin.support_access"),
            QStringLiteral("admin.ip_allowlist"), QStringLiteral("admin.devices"),
            QStringLiteral("admin.erasure"),      QStringLiteral("admin.export"),
            QStringLiteral("admin.test_clock")};
}

QList<QJsonObject> Rbac::builtinRoles() {
    const auto role = [](const QString &id, const QString &name, const QString &description,
                         const QStringList &permissions, const QString &scope, const QStringList &hidden) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("description"), description},
                           {QStringLiteral("builtin"), true},
                           {QStringLiteral("permissions"), Json::fromStringList(permissions)},
                           {QStringLiteral("visibility"),
                            QJsonObject{{QStringLiteral("scope"), scope},
                                        {QStringLiteral("hidden_fields"), Json::fromStringList(hidden)}}}};
    };
    // Revealing an anonymised candidate is an admin's act; recruiters screen blind when the
    // tenant does.
    QStringList nonAdmin;
    for (const auto &p : allPermissions()) {
        if (!p.startsWith(QLatin1String("admin.")) && p != revealPermission())
            nonAdmin.append(p);
    }
    const QStringList manager{QStringLiteral("jobs.read"),           QStringLiteral("candidates.read"),
                              QStringLiteral("candidates.read_pii"), QStringLiteral("applications.read"),
                              QStringLiteral("applications.move"),   QStringLiteral("applications.reject"),
                              QStringLiteral("applications.hire"),   QStringLiteral("evaluations.read"),
                              QStringLiteral("evaluations.write"),   QStringLiteral("notes.read"),
                              QStringLiteral("notes.write"),         QStringLiteral("ai.read"),
                              QStringLiteral("ai.feedback"),         QStringLiteral("cv.read"),
                              QStringLiteral("consents.read")};
    const QStringList interviewer{QStringLiteral("jobs.read"),         QStringLiteral("candidates.read"),
                                  QStringLiteral("applications.read"), QStringLiteral("evaluations.read"),
                                  QStringLiteral("evaluations.write"), QStringLiteral("notes.read"),
                                  QStringLiteral("ai.read"),           QStringLiteral("cv.read")};
    return {
        role(QStringLiteral("role_admin"), QStringLiteral("admin"),
             QStringLiteral("Full access, including tenant administration."), allPermissions(),
             QStringLiteral("all"), {}),
        role(QStringLiteral("role_recruiter"), QStringLiteral("recruiter"),
             QStringLiteral("Runs hiring across all jobs."), nonAdmin, QStringLiteral("all"), {}),
        role(QStringLiteral("role_hiring_manager"), QStringLiteral("hiring_manager"),
             QStringLiteral("Reviews and decides on candidates for their own jobs."), manager,
             QStringLiteral("own_jobs"), {QStringLiteral("candidate.phone")}),
        role(QStringLiteral("role_interviewer"), QStringLiteral("interviewer"),
             QStringLiteral("Evaluates the applications assigned to them."), interviewer,
             QStringLiteral("assigned"),
             {QStringLiteral("candidate.phone"), QStringLiteral("candidate.email")}),
        role(QStringLiteral("role_auditor"), QStringLiteral("auditor"),
             QStringLiteral("Reads the audit trail; read-only."),
             {QStringLiteral("admin.audit"), QStringLiteral("jobs.read")}, QStringLiteral("all"), {}),
    };
}

void Rbac::applyRole(Principal *principal, const QJsonObject &role, const QJsonObject &user) {
    QSet<QString> perms;
    for (const auto &p : role.value(QStringLiteral("permissions")).toArray())
        perms.insert(p.toString());
    const QJsonObject overrides = user.value(QStringLiteral("permission_overrides")).toObject();
    for (const auto &p : overrides.value(QStringLiteral("grant")).toArray())
        perms.insert(p.toString());
    for (const auto &p : overrides.value(QStringLiteral("revoke")).toArray())
        perms.remove(p.toString());
    principal->permissions = perms;
    const QJsonObject vis = role.value(QStringLiteral("visibility")).toObject();
    principal->scope = vis.value(QStringLiteral("scope")).toString(QStringLiteral("all"));
    principal->hiddenFields = Json::toStringList(vis.value(QStringLiteral("hidden_fields")).toArray());
}

bool Rbac::isSafeId(const QString &id) {
    static const QRegularExpression re(QStringLiteral("^[a-z]+_[0-9a-zA-Z]+$"));
    return re.match(id).hasMatch();
}

QString Rbac::readPermission(const QString &type) {
    if (type == QLatin1String("job") || type == QLatin1String("pipeline"))
        return QStringLiteral("jobs.read");
    if (type == QLatin1String("candidate"))
        return QStringLiteral("candidates.read");
    if (type == QLatin1String("application"))
        return QStringLiteral("applications.read");
    if (type == QLatin1String("evaluation"))
        return QStringLiteral("evaluations.read");
    if (type == QLatin1String("ai_insight"))
        return QStringLiteral("ai.read");
    if (type == QLatin1String("note"))
        return QStringLiteral("notes.read");
    if (type == QLatin1String("consent"))
        return QStringLiteral("consents.read");
    if (type == QLatin1String("user"))
        return QStringLiteral("admin.users");
    if (type == QLatin1String("role"))
        return QStringLiteral("admin.roles");
    return QStringLiteral("admin.export");
}

QString Rbac::filter(const Principal &p, const QString &type, const QString &alias) {
    const QString a = alias.isEmpty() ? QStringLiteral("objects") : alias;
    if (!isSafeId(p.userId))
        return QStringLiteral("0");
    const QString me = p.userId;
    const QString like = QStringLiteral("'%|") + me + QStringLiteral("|%'");
    // Visibility is checked per row with correlated EXISTS over indexed columns (primary key,
    // candidate_id, job_id). An uncorrelated `x IN (SELECT ... WHERE acl LIKE ...)` makes SQLite
    // scan every application of the tenant once per statement: 300 ms per change-feed page at
    // 100k candidates, even for callers whose scope is "all".
    const auto jobIsMine = [&](const QString &jobIdExpr) -> QString {
        return QStringLiteral("EXISTS (SELECT 1 FROM objects vj WHERE vj.id = ") + jobIdExpr +
               QStringLiteral(" AND vj.type = 'job' AND vj.acl LIKE ") + like + u')';
    };
    const auto appIsAssigned = [&](const QString &appIdExpr) -> QString {
        return QStringLiteral("EXISTS (SELECT 1 FROM objects va WHERE va.id = ") + appIdExpr +
               QStringLiteral(" AND va.type = 'application' AND va.acl LIKE ") + like + u')';
    };
    // A candidate with an application for one of my jobs / assigned to me.
    const auto candidateOfMyJobs = [&](const QString &candIdExpr) -> QString {
        return QStringLiteral("EXISTS (SELECT 1 FROM objects vc WHERE vc.candidate_id = ") + candIdExpr +
               QStringLiteral(" AND vc.type = 'application' AND ") + jobIsMine(QStringLiteral("vc.job_id")) +
               u')';
    };
    const auto candidateAssigned = [&](const QString &candIdExpr) -> QString {
        return QStringLiteral("EXISTS (SELECT 1 FROM objects vc WHERE vc.candidate_id = ") + candIdExpr +
               QStringLiteral(" AND vc.type = 'application' AND vc.acl LIKE ") + like + u')';
    };
    QString scopeFilter = QStringLiteral("1");
    if (p.scope == QLatin1String("own_jobs")) {
        if (type == QLatin1String("job"))
            scopeFilter = jobIsMine(a + QStringLiteral(".id"));
        else if (type == QLatin1String("candidate"))
            scopeFilter = candidateOfMyJobs(a + QStringLiteral(".id"));
        else if (type == QLatin1String("note") || type == QLatin1String("consent"))
            scopeFilter = candidateOfMyJobs(a + QStringLiteral(".candidate_id"));
        else if (type != QLatin1String("user") && type != QLatin1String("role"))
            scopeFilter = jobIsMine(a + QStringLiteral(".job_id"));
    } else if (p.scope == QLatin1String("assigned")) {
        // Few jobs: one materialised list of my jobs is cheaper than a per-job scan.
        const QString jobs =
            QStringLiteral("(SELECT job_id FROM objects WHERE type = 'application' AND acl LIKE ") + like +
            u')';
        if (type == QLatin1String("job") || type == QLatin1String("pipeline"))
            scopeFilter =
                a +
                (type == QLatin1String("job") ? QStringLiteral(".id IN ") : QStringLiteral(".job_id IN ")) +
                jobs;
        else if (type == QLatin1String("candidate"))
            scopeFilter = candidateAssigned(a + QStringLiteral(".id"));
        else if (type == QLatin1String("note") || type == QLatin1String("consent"))
            scopeFilter = candidateAssigned(a + QStringLiteral(".candidate_id"));
        else if (type == QLatin1String("application"))
            scopeFilter = appIsAssigned(a + QStringLiteral(".id"));
        else if (type == QLatin1String("evaluation") || type == QLatin1String("ai_insight"))
            scopeFilter = appIsAssigned(a + QStringLiteral(".application_id"));
    }
    QString extra;
    if (type == QLatin1String("note"))
        extra = QStringLiteral("(") + a + QStringLiteral(".status = 'team' OR ") + a +
                QStringLiteral(".owner_id = '") + me + QStringLiteral("')");
    else if (type == QLatin1String("evaluation"))
        // Blind scoring: an assigned reviewer sees others' submitted scorecards only after submitting.
        extra = QStringLiteral("(") + a + QStringLiteral(".owner_id = '") + me + QStringLiteral("' OR (") +
                a + QStringLiteral(".status = 'submitted' AND (NOT ") +
                appIsAssigned(a + QStringLiteral(".application_id")) +
                QStringLiteral(" OR EXISTS (SELECT 1 FROM objects e WHERE e.type = 'evaluation' AND "
                               "e.application_id = ") +
                a + QStringLiteral(".application_id AND e.owner_id = '") + me +
                QStringLiteral("' AND e.status = 'submitted'))))");
    if (extra.isEmpty())
        return scopeFilter;
    return QStringLiteral("(") + scopeFilter + QStringLiteral(") AND ") + extra;
}

QString Rbac::anonymisedLabel(const QString &candidateId) {
    // Crockford's base32 without I, L, O and U, from a hash: six characters tell about a
    // billion candidates apart and cannot be read back into the id.
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const QByteArray input = QByteArray("hirex-anonymised-label:") + candidateId.toUtf8();
    const QByteArray h = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    QString code;
    quint64 bits = 0;
    for (int i = 0; i < 4; ++i)
        bits = (bits << 8) | static_cast<unsigned char>(h.at(i));
    for (int i = 0; i < 6; ++i)
        code.append(QLatin1Char(alphabet[(bits >> (5 * i)) & 31]));
    return QStringLiteral("Candidate ") + code;
}

QJsonObject Rbac::present(const Principal &p, const QString &type, QJsonObject object) {
    if (p.anonymised && type == QLatin1String("candidate")) {
        // Blind screening: nothing that identifies the person, everywhere the candidate goes.
        for (const char *field : {"first_name", "last_name", "email", "phone", "location"})
            object.remove(QLatin1String(field));
        object.insert(QStringLiteral("anonymised_label"),
                      anonymisedLabel(object.value(QStringLiteral("id")).toString()));
    } else if (p.anonymised && type == QLatin1String("application")) {
        object.insert(QStringLiteral("anonymised_label"),
                      anonymisedLabel(object.value(QStringLiteral("candidate_id")).toString()));
    }
    for (const auto &field : p.hiddenFields) {
        const qsizetype dot = field.indexOf(QLatin1Char('.'));
        if (dot > 0 && QStringView(field).left(dot) == type)
            object.remove(field.mid(dot + 1));
    }
    if (type == QLatin1String("candidate") && !p.has(QStringLiteral("candidates.read_pii"))) {
        object.remove(QStringLiteral("email"));
        object.remove(QStringLiteral("phone"));
    }
    return object;
}

bool Rbac::presentsUnchanged(const Principal &p, const QString &type) {
    if (p.anonymised && (type == QLatin1String("candidate") || type == QLatin1String("application")))
        return false;
    for (const auto &field : p.hiddenFields) {
        const qsizetype dot = field.indexOf(QLatin1Char('.'));
        if (dot > 0 && QStringView(field).left(dot) == type)
            return false;
    }
    return type != QLatin1String("candidate") || p.has(QStringLiteral("candidates.read_pii"));
}

} // namespace hirex::sandbox
