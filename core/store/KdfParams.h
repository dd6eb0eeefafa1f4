#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hirex::store {

// Argon2id parameters of a passphrase-protected cache, stored next to the cache in
// `<profile>/cache.kdf.json` ({"kdf":"argon2id","version":19,"t":3,"m_kib":65536,"p":1,
// "salt":"<base64>"}). Neither the salt nor the costs are secret; storing the costs lets a
// later release raise them for new caches while old ones still open.
struct KdfParams {
    static constexpr int SaltSize = 16;

    quint32 timeCost = 3;
    quint32 memoryKiB = 64 * 1024;
    quint32 parallelism = 1;
    QByteArray salt;

    // Today's defaults with a fresh random salt (OpenSSL RAND_bytes).
    static KdfParams createDefault();

    QJsonObject toJson() const;
    // Rejects unknown algorithms, short salts and costs outside sane bounds (a tampered file
    // must not make us allocate terabytes or derive with t=0).
    static std::optional<KdfParams> fromJson(const QJsonObject &json);

    static std::optional<KdfParams> load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;
};

} // namespace hirex::store
