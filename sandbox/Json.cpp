#include "sandbox/Json.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstdio>

namespace hirex::sandbox {

QString Json::iso(const QDateTime &utc) {
    // Fixed width with milliseconds, so stored timestamps also compare correctly as strings.
    // Formatted by hand: QDateTime::toString(format) dominated seeding profiles.
    const QDateTime u = utc.toUTC();
    const QDate d = u.date();
    const QTime t = u.time();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(),
                  t.hour(), t.minute(), t.second(), t.msec());
    return QString::fromLatin1(buf);
}

QDateTime Json::parseIso(const QString &text) {
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QString Json::randomId(const QString &prefix) {
    // 12 random bytes as hex: ids are opaque, unguessable and sort in creation-independent order.
    QByteArray bytes(12, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 3);
    return prefix + QString::fromLatin1(bytes.toHex());
}

QByteArray Json::randomToken(int bytes) {
    QByteArray raw(bytes + (4 - bytes % 4) % 4, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    raw.truncate(bytes);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Json::sha256Hex(const QByteArray &data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QString Json::encodeCursor(const QString &position) {
    return QString::fromLatin1(QByteArray(QByteArrayLiteral("c1:") + position.toUtf8())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool Json::decodeCursor(const QString &cursor, QString *position) {
    const auto result = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result || !result.decoded.startsWith("c1:"))
        return false;
    *position = QString::fromUtf8(result.decoded.mid(3));
    return true;
}

QStringList Json::toStringList(const QJsonArray &array) {
    QStringList out;
    for (const auto &v : array)
        out.append(v.toString());
    return out;
}

QJsonArray Json::fromStringList(const QStringList &list) {
    QJsonArray out;
    for (const auto &s : list)
        out.append(s);
    return out;
}

QByteArray Json::compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject Json::parseObject(const QByteArray &text, bool *ok) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

bool Json::appendPlainString(QByteArray *out, const QString &text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\')
            return false;
    }
    out->append('"');
    out->append(text.toLatin1());
    out->append('"');
    return true;
}

bool Json::appendAssembled(QByteArray *out, const QString &id, int version, const QString &updatedAt,
                           const QByteArray &data) {
    if (data.size() < 2 || !data.startsWith('{') || !data.endsWith('}'))
        return false;
    const qsizetype mark = out->size();
    out->append("{\"id\":");
    if (!appendPlainString(out, id)) {
        out->truncate(mark);
        return false;
    }
    out->append(",\"version\":");
    out->append(QByteArray::number(version));
    out->append(",\"updated_at\":");
    if (!appendPlainString(out, updatedAt)) {
        out->truncate(mark);
        return false;
    }
    // Stored data never holds id, version or updated_at (Store::dataOnly), so no key repeats.
    if (data.size() > 2)
        out->append(',');
    out->append(QByteArrayView(data).sliced(1));
    return true;
}

} // namespace hirex::sandbox
