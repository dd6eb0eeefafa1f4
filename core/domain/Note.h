#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirex::domain {

// A note on a candidate, private to its author or shared with the team.
struct Note {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QString candidateId;
    std::optional<QString> authorId;
    QString body;
    QString visibility; // private | team
    std::optional<QDateTime> createdAt;

    static std::optional<Note> fromJson(const QJsonObject &json, DecodeError *error,
                                        const QString &path = QString());
};

} // namespace hirex::domain
