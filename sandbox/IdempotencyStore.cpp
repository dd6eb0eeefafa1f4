#include "sandbox/IdempotencyStore.h"

#include "sandbox/Clock.h"
#include "sandbox/Database.h"
#include "sandbox/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hirex::sandbox {

namespace {
constexpr qint64 kWindow = 86400;
}

IdempotencyStore::IdempotencyStore(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock) {}

QString IdempotencyStore::fingerprint(const HttpRequest &request) {
    return QString::fromLatin1(
        Json::sha256Hex(request.method + ' ' + request.path.toUtf8() + '\n' + request.body));
}

IdempotencyStore::Lookup IdempotencyStore::lookup(const QString &userId, const QString &key,
                                                  const HttpRequest &request, HttpResponse *replay) {
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT body_hash, status, headers, body, created_at FROM idempotency "
                                 "WHERE user_id = ? AND key = ?"),
                  {userId, key});
    if (!q.next())
        return Lookup::Miss;
    if (q.value(4).toLongLong() + kWindow < m_clock.nowSecs()) {
        m_db.exec(QStringLiteral("DELETE FROM idempotency WHERE user_id = ? AND key = ?"), {userId, key});
        return Lookup::Miss;
    }
    if (q.value(0).toString() != fingerprint(request))
        return Lookup::Mismatch;
    replay->status = q.value(1).toInt();
    replay->body = q.value(3).toByteArray();
    replay->headers.clear();
    const QJsonArray headers = QJsonDocument::fromJson(q.value(2).toByteArray()).array();
    for (const auto &h : headers) {
        const QJsonArray pair = h.toArray();
        replay->headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    replay->setHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
    return Lookup::Replay;
}

void IdempotencyStore::save(const QString &userId, const QString &key, const HttpRequest &request,
                            const HttpResponse &response) {
    QJsonArray headers;
    for (const auto &h : response.headers)
        headers.append(QJsonArray{QString::fromLatin1(h.first), QString::fromLatin1(h.second)});
    m_db.exec(
        QStringLiteral("INSERT OR REPLACE INTO idempotency (user_id, key, method, path, body_hash, status, "
                       "headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {userId, key, QString::fromLatin1(request.method), request.path, fingerprint(request),
         response.status, QJsonDocument(headers).toJson(QJsonDocument::Compact), response.body,
         m_clock.nowSecs()});
}

} // namespace hirex::sandbox
