#include "core/store/KdfParams.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <openssl/rand.h>

namespace hirex::store {

KdfParams KdfParams::createDefault() {
    KdfParams params;
    params.salt.resize(SaltSize);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(params.salt.data()), SaltSize) != 1) {
        params.salt.clear(); // an empty salt is rejected by the deriver: never a fixed salt
    }
    return params;
}

QJsonObject KdfParams::toJson() const {
    return QJsonObject{
        {QStringLiteral("kdf"), QStringLiteral("argon2id")},
        {QStringLiteral("version"), 19}, // ARGON2_VERSION_13
        {QStringLiteral("t"), static_cast<qint64>(timeCost)},
        {QStringLiteral("m_kib"), static_cast<qint64>(memoryKiB)},
        {QStringLiteral("p"), static_cast<qint64>(parallelism)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
    };
}

std::optional<KdfParams> KdfParams::fromJson(const QJsonObject &json) {
    if (json.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id") ||
        json.value(QStringLiteral("version")).toInt() != 19) {
        return std::nullopt;
    }
    KdfParams params;
    const qint64 t = json.value(QStringLiteral("t")).toInteger(-1);
    const qint64 m = json.value(QStringLiteral("m_kib")).toInteger(-1);
    const qint64 p = json.value(QStringLiteral("p")).toInteger(-1);
    if (t < 1 || t > 100 || m < 8 * 1024 || m > 4 * 1024 * 1024 || p < 1 || p > 64) {
        return std::nullopt;
    }
    params.timeCost = static_cast<quint32>(t);
    params.memoryKiB = static_cast<quint32>(m);
    params.parallelism = static_cast<quint32>(p);
    params.salt = QByteArray::fromBase64(json.value(QStringLiteral("salt")).toString().toLatin1(),
                                         QByteArray::AbortOnBase64DecodingErrors);
    if (params.salt.size() < SaltSize) {
        return std::nullopt;
    }
    return params;
}

std::optional<KdfParams> KdfParams::load(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(64 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    auto params = fromJson(doc.object());
    if (!params) {
        *error = QStringLiteral("unsupported or invalid key derivation parameters");
    }
    return params;
}

bool KdfParams::save(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace hirex::store
