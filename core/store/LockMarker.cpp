#include "core/store/LockMarker.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hirex::store {

namespace {
constexpr qint64 kMaxMarkerBytes = 4096; // a few numbers and an id; anything bigger is not ours
}

QString LockMarker::pathIn(const QString &profileDir) {
    return profileDir + QStringLiteral("/locked");
}

bool LockMarker::exists(const QString &profileDir) {
    return QFile::exists(pathIn(profileDir));
}

std::optional<LockMarker> LockMarker::load(const QString &profileDir) {
    QFile file(pathIn(profileDir));
    if (!file.exists())
        return std::nullopt;
    LockMarker marker;
    if (!file.open(QIODevice::ReadOnly))
        return marker; // unreadable, but there: still locked
    const QJsonObject doc = QJsonDocument::fromJson(file.read(kMaxMarkerBytes)).object();
    marker.lockedAtSecs = doc.value(QLatin1String("locked_at")).toInteger();
    marker.subject = doc.value(QLatin1String("subject")).toString().left(255);
    marker.failedPinAttempts = qMax(0, doc.value(QLatin1String("failed_pin_attempts")).toInt());
    marker.lastFailedPinSecs = doc.value(QLatin1String("last_failed_pin_at")).toInteger();
    return marker;
}

bool LockMarker::save(const QString &profileDir, QString *error) const {
    QSaveFile file(pathIn(profileDir));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject doc{{QStringLiteral("locked_at"), lockedAtSecs},
                          {QStringLiteral("subject"), subject},
                          {QStringLiteral("failed_pin_attempts"), failedPinAttempts},
                          {QStringLiteral("last_failed_pin_at"), lastFailedPinSecs}};
    file.write(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool LockMarker::remove(const QString &profileDir) {
    QFile file(pathIn(profileDir));
    return !file.exists() || file.remove();
}

} // namespace hirex::store
