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
    qint64 version = 0;
    QDateTime updatedAt;
    QString framework; // gdpr | kvkk
    QString locale;
    QStringList purposes;
    QString title;
    QString body;

    static std::optional<ConsentNotice> fromJson(const QJsonObject &json, DecodeError *error,
                                                 const QString &path = QString());
};

} // namespace hirex::domain
