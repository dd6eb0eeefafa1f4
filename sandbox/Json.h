#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hirex::sandbox {

// Small helpers shared by every endpoint: time formatting, ids, hashes, cursors.
class Json {
public:
    static QString iso(const QDateTime &utc);
    static QDateTime parseIso(const QString &text); // invalid QDateTime on error
    static QString randomId(const QString &prefix);
    static QByteArray randomToken(int bytes = 32); // base64url, no padding
    static QByteArray sha256Hex(const QByteArray &data);
    static QString encodeCursor(const QString &position);
    static bool decodeCursor(const QString &cursor, QString *position);
    static QStringList toStringList(const QJsonArray &array);
    static QJsonArray fromStringList(const QStringList &list);
    static QByteArray compact(const QJsonObject &object);
    static QJsonObject parseObject(const QByteArray &text, bool *ok);

    // Fast path for large pages: appends `"text"` when text needs no JSON escaping (printable
    // ASCII without quote or backslash, as ids, enums and timestamps are); false otherwise.
    static bool appendPlainString(QByteArray *out, const QString &text);
    // Appends the stored compact JSON object `data` with id, version and updated_at added, the
    // same object Store::assemble() returns, without parsing and re-serialising it. False (and
    // out unchanged) when the inputs do not allow it; callers then serialise the slow way.
    static bool appendAssembled(QByteArray *out, const QString &id, int version, const QString &updatedAt,
                                const QByteArray &data);
};

} // namespace hirex::sandbox
