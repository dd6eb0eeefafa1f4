#include "core/store/ProfileIdentity.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace hirex::store {

namespace {

QString shortHash(const QString &text) {
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

ProfileIdentity ProfileIdentity::forDirectory(const QString &directory) {
    ProfileIdentity identity;
    identity.directory = QFileInfo(directory).absoluteFilePath();
    identity.name = shortHash(identity.directory);
    return identity;
}

QString ProfileIdentity::directoryForServer(const QString &root, const QUrl &server) {
    return root + QStringLiteral("/profiles/") + shortHash(normalisedServer(server));
}

QString ProfileIdentity::normalisedServer(const QUrl &server) {
    QUrl url = server.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash | QUrl::RemoveQuery |
                               QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    // QUrl lower-cases the scheme and host itself; the default port names the same server.
    if (url.scheme() == QLatin1String("https") && url.port() == 443)
        url.setPort(-1);
    if (url.path() == QLatin1String("/")) // StripTrailingSlash keeps a bare "/"
        url.setPath(QString());
    return url.toString(QUrl::FullyEncoded);
}

} // namespace hirex::store
