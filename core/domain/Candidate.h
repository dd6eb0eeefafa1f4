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
// anonymised screening) remove fields: an absent field is std::nullopt, an empty one is "".
struct Candidate {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> email;
    std::optional<QString> phone;
    std::optional<QString> location;
    std::optional<QString> region; // EU | TR | US
    std::optional<QString> source;
    std::optional<QStringList> tags;
    std::optional<QStringList> skills;
    std::optional<QStringList> languages;
    std::optional<QDateTime> createdAt;
    std::optional<QString> consentState; // granted | pending | withdrawn | not_required
    std::optional<QDateTime> retentionUntil;

    static std::optional<Candidate> fromJson(const QJsonObject &json, DecodeError *error,
                                             const QString &path = QString());
};

} // namespace hirex::domain
