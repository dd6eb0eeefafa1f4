#pragma once

#include "core/sync/OutboxChange.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace hirex::sync {

// Builds the outbox change for each user action from the cached row it starts from. The
// optimistic row is the cached JSON with the fields the server is expected to change, so the
// board shows the result at once; the server's answer replaces it later.
class ChangeBuilder {
public:
    static OutboxChange moveApplication(const QJsonObject &application, const QString &stageId,
                                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    static OutboxChange rejectApplication(const QJsonObject &application, const QString &reasonCode,
                                          const QString &reasonText, const QStringList &aiInsightsShown,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc());
    static OutboxChange hireApplication(const QJsonObject &application, const QStringList &aiInsightsShown,
                                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A new note gets a local id ("local_note_<uuid>") until the server answers.
    static OutboxChange addNote(const QString &candidateId, const QString &body, const QString &visibility,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    static QJsonObject humanConfirmation(const QStringList &aiInsightsShown, const QDateTime &now);
};

} // namespace hirex::sync
