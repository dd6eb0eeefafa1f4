#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

// The localized text a candidate consents to (Turkish for KVKK).
struct ConsentNotice {
    QString id;
    std::optional<qint64> version;
    QString framework; // gdpr | kvkk
    QString locale;
    std::optional<QString> purpose;
    std::optional<QString> title;
    QString text;

    static std::optional<ConsentNotice> fromJson(const QJsonObject &json, DecodeError *error,
                                                 const QString &path = QString());
};

} // namespace hirex::domain
