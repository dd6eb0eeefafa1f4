#include "core/store/ProfileRecord.h"

#include "core/store/ProfileIdentity.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hirex::store {

QString ProfileRecord::pathIn(const QString &profileDir) {
    return QDir(profileDir).filePath(QStringLiteral("profile.json"));
}

std::optional<ProfileRecord> ProfileRecord::load(const QString &profileDir, QString *error) {
    QFile file(pathIn(profileDir));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    // A profile record is a few hundred bytes; anything huge is not ours.
    constexpr qint64 kMaxSize = 64 * 1024;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(kMaxSize), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not a JSON object").arg(pathIn(profileDir));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    ProfileRecord r;
    r.server = QUrl(o.value(QLatin1String("server")).toString());
    r.issuer = QUrl(o.value(QLatin1String("issuer")).toString());
    r.clientId = o.value(QLatin1String("client_id")).toString();
    r.caFile = o.value(QLatin1String("ca_file")).toString();
    for (const QJsonValue &pin : o.value(QLatin1String("spki_pins")).toArray())
        r.spkiPins.append(pin.toString());
    r.allowLoopbackHttp = o.value(QLatin1String("insecure_loopback_http")).toBool();
    return r;
}

bool ProfileRecord::save(const QString &profileDir, QString *error) const {
    QJsonObject o{{QStringLiteral("server"), server.toString()}};
    if (!clientId.isEmpty())
        o.insert(QStringLiteral("client_id"), clientId);
    if (!caFile.isEmpty())
        o.insert(QStringLiteral("ca_file"), caFile);
    if (!issuer.isEmpty())
        o.insert(QStringLiteral("issuer"), issuer.toString());
    if (!spkiPins.isEmpty())
        o.insert(QStringLiteral("spki_pins"), QJsonArray::fromStringList(spkiPins));
    if (allowLoopbackHttp)
        o.insert(QStringLiteral("insecure_loopback_http"), true);
    QSaveFile file(pathIn(profileDir));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QFile::setPermissions(pathIn(profileDir), QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool ProfileRecord::belongsTo(const QUrl &other) const {
    return ProfileIdentity::normalisedServer(server) == ProfileIdentity::normalisedServer(other);
}

} // namespace hirex::store
