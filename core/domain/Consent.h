#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

// A candidate's recorded consent (GDPR or KVKK) for one purpose.
struct Consent {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QString candidateId;
    QString framework; // gdpr | kvkk
    QString purpose;
    QString status; // granted | withdrawn
    QString noticeId;
    QString locale;
    QString recordedBy;
    QDateTime recordedAt;

    static std::optional<Consent> fromJson(const QJsonObject &json, DecodeError *error,
                                           const QString &path = QString());
};

} // namespace hirex::domain
