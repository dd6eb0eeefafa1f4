#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace hirex::sandbox {

// The authenticated caller: user, effective permissions (role profile + overrides), visibility.
struct Principal {
    QString userId;
    QString email;
    QString name;
    QString roleId;
    QString familyId;
    QString deviceId;
    QSet<QString> permissions;
    QString scope = QStringLiteral("all"); // all | own_jobs | assigned
    QStringList hiddenFields;              // "candidate.phone", ...
    // The tenant screens blind and the caller may not reveal identities (candidates.reveal):
    // candidates come without their identity, with an anonymised label instead.
    bool anonymised = false;
    bool federated = false;
    QStringList amr;
    qint64 expiresAt = 0;

    bool has(const QString &permission) const { return permissions.contains(permission); }
    bool isAuthenticated() const { return !userId.isEmpty(); }
};

} // namespace hirex::sandbox
