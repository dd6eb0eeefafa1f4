#pragma once

#include "core/domain/DecodeError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace hirex::domain {

// Upper bounds for integers the contract leaves open: versions and counts stay within the
// range a double represents exactly (JSON numbers are doubles on many servers).
inline constexpr qint64 kMaxVersion = qint64(1) << 53;
inline constexpr qint64 kMaxCount = qint64(1) << 53;

// Reads the fields of one JSON object strictly and remembers the FIRST problem with its
// path. After a failure every getter returns a default value and records nothing more, so a
// decoder can read all its fields straight through and then check ok() once: it either
// returns a complete object or none (never a half-filled one).
//
// Required getters fail on an absent field, a null, or a wrong type. opt* getters return
// std::nullopt for an absent field or null, and still fail on a wrong type.
class JsonReader {
public:
    static constexpr qsizetype kMaxStringLength = 1024 * 1024; // 1 MiB of UTF-16 units
    static constexpr qsizetype kMaxArrayItems = 100000;
    static constexpr qsizetype kMaxIdLength = 256;

    JsonReader(const QJsonObject &object, const QString &path, DecodeError *error);

    bool ok() const { return !m_failed; }
    const QJsonObject &object() const { return m_object; }
    QString pathOf(const char *key) const;
    // Records an error at `key` (first error wins). Always returns false.
    bool fail(const char *key, const QString &message);

    QString string(const char *key);
    std::optional<QString> optString(const char *key);
    // A non-empty string of at most kMaxIdLength characters.
    QString id(const char *key);
    std::optional<QString> optId(const char *key);
    qint64 integer(const char *key, qint64 min, qint64 max);
    std::optional<qint64> optInteger(const char *key, qint64 min, qint64 max);
    double number(const char *key, double min, double max);
    bool boolean(const char *key);
    std::optional<bool> optBoolean(const char *key);
    // RFC 3339 with a time zone ("Z" or an offset); returned in UTC.
    QDateTime timestamp(const char *key);
    std::optional<QDateTime> optTimestamp(const char *key);
    // A string that must be one of `allowed` (the contract's enum).
    QString oneOf(const char *key, std::initializer_list<const char *> allowed);
    std::optional<QString> optOneOf(const char *key, std::initializer_list<const char *> allowed);
    QStringList stringList(const char *key);
    std::optional<QStringList> optStringList(const char *key);
    // A raw object (free-form fields such as audit `details`).
    QJsonObject rawObject(const char *key);
    std::optional<QJsonObject> optRawObject(const char *key);

    // A nested object decoded by `decode(const QJsonObject&, DecodeError*, const QString &path)`,
    // the signature of every domain type's fromJson.
    template<class Decode>
    auto nested(const char *key, Decode decode) -> decltype(decode(QJsonObject(), nullptr, QString())) {
        if (m_failed)
            return std::nullopt;
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull()) {
            fail(key, QStringLiteral("required field missing"));
            return std::nullopt;
        }
        return decodeNested(key, v, decode);
    }
    template<class Decode>
    auto optNested(const char *key, Decode decode) -> decltype(decode(QJsonObject(), nullptr, QString())) {
        if (m_failed)
            return std::nullopt;
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return decodeNested(key, v, decode);
    }

    // An array of objects, each decoded by `decode` (same signature as above).
    template<class T, class Decode>
    QList<T> list(const char *key, Decode decode) {
        QList<T> result;
        const std::optional<QJsonArray> array = arrayAt(key, true);
        if (!array)
            return result;
        result.reserve(array->size());
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString itemPath = pathOf(key) + u'[' + QString::number(i) + u']';
            const QJsonValue item = array->at(i);
            if (!item.isObject()) {
                failAt(itemPath, QStringLiteral("expected object"));
                return {};
            }
            DecodeError itemError;
            std::optional<T> decoded = decode(item.toObject(), &itemError, itemPath);
            if (!decoded) {
                failAt(itemError.path, itemError.message);
                return {};
            }
            result.append(std::move(*decoded));
        }
        return result;
    }
    template<class T, class Decode>
    std::optional<QList<T>> optList(const char *key, Decode decode) {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (m_failed || v.isUndefined() || v.isNull())
            return std::nullopt;
        QList<T> result = list<T>(key, decode);
        if (m_failed)
            return std::nullopt;
        return result;
    }

    // Parses a whole document that must be a JSON object (with a size cap).
    static std::optional<QJsonObject> parseObject(const QByteArray &bytes, DecodeError *error,
                                                  qsizetype maxBytes = 64 * 1024 * 1024);

private:
    void failAt(const QString &path, const QString &message);
    std::optional<QJsonArray> arrayAt(const char *key, bool required);
    std::optional<QString> stringAt(const char *key, bool required);
    std::optional<double> numberAt(const char *key, bool required, double min, double max, bool integral);

    template<class Decode>
    auto decodeNested(const char *key, const QJsonValue &v, Decode decode)
        -> decltype(decode(QJsonObject(), nullptr, QString())) {
        if (!v.isObject()) {
            fail(key, QStringLiteral("expected object"));
            return std::nullopt;
        }
        DecodeError nestedError;
        auto decoded = decode(v.toObject(), &nestedError, pathOf(key));
        if (!decoded)
            failAt(nestedError.path, nestedError.message);
        return decoded;
    }

    QJsonObject m_object;
    QString m_path;
    DecodeError *m_error;
    bool m_failed = false;
};

} // namespace hirex::domain
