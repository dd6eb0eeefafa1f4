#pragma once

#include "sandbox/Principal.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace hirex::sandbox {

// Role profiles, effective permissions and visibility. filter() returns a trusted SQL boolean
// over an `objects` row (alias given) that limits what the caller may see; present() removes
// hidden fields so they are absent from JSON, not blank.
class Rbac {
public:
    static QStringList allPermissions();
    static QList<QJsonObject> builtinRoles(); // data incl. "id"
    static void applyRole(Principal *principal, const QJsonObject &role, const QJsonObject &user);
    static QString filter(const Principal &principal, const QString &type, const QString &alias = {});
    static QJsonObject present(const Principal &principal, const QString &type, QJsonObject object);
    // True when present() leaves objects of this type unchanged for this caller (fast paths).
    static bool presentsUnchanged(const Principal &principal, const QString &type);
    static QString readPermission(const QString &type);
    // The permission that lifts anonymised screening for its holder.
    static QString revealPermission() { return QStringLiteral("candidates.reveal"); }
    // "Candidate 4F2KQ9": stable per candidate, says nothing about the person, not the id.
    static QString anonymisedLabel(const QString &candidateId);
    static bool isSafeId(const QString &id);
};

} // namespace hirex::sandbox
