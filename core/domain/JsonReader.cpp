#include "core/domain/JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace hirex::domain {

namespace {
QString typeName(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString expected(const char *what, const QJsonValue &got) {
    return QStringLiteral("expected ") + QLatin1StringView(what) + QStringLiteral(", got ") + typeName(got);
}
} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &path, DecodeError *error)
    : m_object(object)
    , m_path(path)
    , m_error(error) {}

QString JsonReader::pathOf(const char *key) const {
    const QLatin1StringView k(key);
    return m_path.isEmpty() ? QString(k) : m_path + u'.' + k;
}

void JsonReader::failAt(const QString &path, const QString &message) {
    if (m_failed)
        return;
    m_failed = true;
    if (m_error) {
        m_error->path = path;
        m_error->message = message;
    }
}

bool JsonReader::fail(const char *key, const QString &message) {
    failAt(key ? pathOf(key) : m_path, message);
    return false;
}

std::optional<QString> JsonReader::stringAt(const char *key, bool required) {
    if (m_failed)
        return std::nullopt;
    const QJsonValue v = m_object.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, QStringLiteral("required field missing"));
        return std::nullopt;
    }
    if (!v.isString()) {
        fail(key, expected("string", v));
        return std::nullopt;
    }
    QString s = v.toString();
    if (s.size() > kMaxStringLength) {
        fail(key, QStringLiteral("string longer than %1 characters").arg(kMaxStringLength));
        return std::nullopt;
    }
    return s;
}

QString JsonReader::string(const char *key) {
    return stringAt(key, true).value_or(QString());
}

std::optional<QString> JsonReader::optString(const char *key) {
    return stringAt(key, false);
}

QString JsonReader::id(const char *key) {
    const std::optional<QString> s = stringAt(key, true);
    if (!s)
        return QString();
    if (s->isEmpty() || s->size() > kMaxIdLength) {
        fail(key, QStringLiteral("expected an id of 1..%1 characters").arg(kMaxIdLength));
        return QString();
    }
    return *s;
}

std::optional<QString> JsonReader::optId(const char *key) {
    const std::optional<QString> s = stringAt(key, false);
    if (s && (s->isEmpty() || s->size() > kMaxIdLength)) {
        fail(key, QStringLiteral("expected an id of 1..%1 characters").arg(kMaxIdLength));
        return std::nullopt;
    }
    return s;
}

std::optional<double> JsonReader::numberAt(const char *key, bool required, double min, double max,
                                           bool integral) {
    if (m_failed)
        return std::nullopt;
    const QJsonValue v = m_object.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, QStringLiteral("required field missing"));
        return std::nullopt;
    }
    if (!v.isDouble()) {
        fail(key, expected(integral ? "integer" : "number", v));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || (integral && std::trunc(d) != d)) {
        fail(key, QStringLiteral("expected integer"));
        return std::nullopt;
    }
    if (d < min || d > max) {
        fail(key, QStringLiteral("out of range %1..%2").arg(min, 0, 'g', 17).arg(max, 0, 'g', 17));
        return std::nullopt;
    }
    return d;
}

qint64 JsonReader::integer(const char *key, qint64 min, qint64 max) {
    const auto d = numberAt(key, true, double(min), double(max), true);
    return d ? m_object.value(QLatin1StringView(key)).toInteger() : 0;
}

std::optional<qint64> JsonReader::optInteger(const char *key, qint64 min, qint64 max) {
    const auto d = numberAt(key, false, double(min), double(max), true);
    if (!d)
        return std::nullopt;
    return m_object.value(QLatin1StringView(key)).toInteger();
}

double JsonReader::number(const char *key, double min, double max) {
    return numberAt(key, true, min, max, false).value_or(0.0);
}

std::optional<bool> JsonReader::optBoolean(const char *key) {
    if (m_failed)
        return std::nullopt;
    const QJsonValue v = m_object.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        fail(key, expected("boolean", v));
        return std::nullopt;
    }
    return v.toBool();
}

bool JsonReader::boolean(const char *key) {
    if (m_failed)
        return false;
    const QJsonValue v = m_object.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        fail(key, QStringLiteral("required field missing"));
        return false;
    }
    return optBoolean(key).value_or(false);
}

std::optional<QDateTime> JsonReader::optTimestamp(const char *key) {
    const std::optional<QString> s = stringAt(key, false);
    if (!s)
        return std::nullopt;
    // RFC 3339 always has a 'T' (or 't') and a zone; Qt's ISO parser is laxer, so check both.
    const QDateTime dt = QDateTime::fromString(*s, Qt::ISODateWithMs);
    if (s->size() > 40 || !dt.isValid() || dt.timeSpec() == Qt::LocalTime ||
        !(s->contains(u'T') || s->contains(u't'))) {
        fail(key, QStringLiteral("expected RFC 3339 timestamp with time zone"));
        return std::nullopt;
    }
    return dt.toUTC();
}

QDateTime JsonReader::timestamp(const char *key) {
    if (m_failed)
        return QDateTime();
    const QJsonValue v = m_object.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        fail(key, QStringLiteral("required field missing"));
        return QDateTime();
    }
    return optTimestamp(key).value_or(QDateTime());
}

std::optional<QString> JsonReader::optOneOf(const char *key, std::initializer_list<const char *> allowed) {
    const std::optional<QString> s = stringAt(key, false);
    if (!s)
        return std::nullopt;
    for (const char *a : allowed) {
        if (*s == QLatin1StringView(a))
            return s;
    }
    QStringList names;
    for (const char *a : allowed)
        names.append(QLatin1StringView(a));
    fail(key, QStringLiteral("expected one of ") + names.join(u'|'));
    return std::nullopt;
}

QString JsonReader::oneOf(const char *key, std::initializer_list<const char *> allowed) {
    if (m_failed)
        return QString();
    const QJsonValue v = m_object.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        fail(key, QStringLiteral("required field missing"));
        return QString();
    }
    return optOneOf(key, allowed).value_or(QString());
}

std::optional<QJsonArray> JsonReader::arrayAt(const char *key, bool required) {
    if (m_failed)
        return std::nullopt;
    const QJsonValue v = m_object.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, QStringLiteral("required field missing"));
        return std::nullopt;
    }
    if (!v.isArray()) {
        fail(key, expected("array", v));
        return std::nullopt;
    }
    QJsonArray a = v.toArray();
    if (a.size() > kMaxArrayItems) {
        fail(key, QStringLiteral("array longer than %1 items").arg(kMaxArrayItems));
        return std::nullopt;
    }
    return a;
}

std::optional<QStringList> JsonReader::optStringList(const char *key) {
    const std::optional<QJsonArray> a = arrayAt(key, false);
    if (!a)
        return std::nullopt;
    QStringList result;
    result.reserve(a->size());
    for (qsizetype i = 0; i < a->size(); ++i) {
        const QJsonValue item = a->at(i);
        const QString itemPath = pathOf(key) + u'[' + QString::number(i) + u']';
        if (!item.isString()) {
            failAt(itemPath, expected("string", item));
            return std::nullopt;
        }
        if (item.toString().size() > kMaxStringLength) {
            failAt(itemPath, QStringLiteral("string longer than %1 characters").arg(kMaxStringLength));
            return std::nullopt;
        }
        result.append(item.toString());
    }
    return result;
}

QStringList JsonReader::stringList(const char *key) {
    if (m_failed)
        return {};
    if (!arrayAt(key, true))
        return {};
    return optStringList(key).value_or(QStringList());
}

std::optional<QJsonObject> JsonReader::optRawObject(const char *key) {
    if (m_failed)
        return std::nullopt;
    const QJsonValue v = m_object.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        fail(key, expected("object", v));
        return std::nullopt;
    }
    return v.toObject();
}

QJsonObject JsonReader::rawObject(const char *key) {
    if (m_failed)
        return {};
    const QJsonValue v = m_object.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        fail(key, QStringLiteral("required field missing"));
        return {};
    }
    return optRawObject(key).value_or(QJsonObject());
}

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray &bytes, DecodeError *error,
                                                   qsizetype maxBytes) {
    auto fail = [error](const QString &message) {
        if (error) {
            error->path.clear();
            error->message = message;
        }
        return std::nullopt;
    };
    if (bytes.size() > maxBytes)
        return fail(QStringLiteral("document larger than %1 bytes").arg(maxBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("invalid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("expected a JSON object at the top level"));
    return doc.object();
}

} // namespace hirex::domain
