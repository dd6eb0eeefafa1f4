#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

// A person in the talent pool (GET /v1/candidates). Visibility rules (role hidden_fields,
// anonymised screening) remove first_name, last_name, email, phone and location: such a field
// is std::nullopt (phone and location are also null when unknown), an empty one is "".
struct Candidate {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> email;
    std::optional<QString> phone;
    std::optional<QString> location;
    // Anonymised screening: the server's label for the person whose identity it withholds,
    // shown wherever the name would be; nullopt when the identity is not withheld this way.
    std::optional<QString> anonymisedLabel;
    QString region; // EU | TR | US
    QString source;
    QStringList tags;
    QStringList skills;
    QStringList languages;
    QDateTime createdAt;
    QString consentState; // granted | pending | withdrawn | not_required
    std::optional<QDateTime> retentionUntil;

    static std::optional<Candidate> fromJson(const QJsonObject &json, DecodeError *error,
                                             const QString &path = QString());
};

} // namespace hirex::domain
