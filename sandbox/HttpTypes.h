#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace hirex::sandbox {

// A transport-neutral request, so endpoint code never touches QHttpServer types (their API
// changed between Qt 6.4 and 6.8; only HttpServerAdapter knows them).
struct HttpRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // keys lower-case
    QByteArray body;
    QHostAddress remote;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
};

struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Close the connection without answering (fault injection: after any commit).
    bool drop = false;
    // Keep the connection open as a text/event-stream (SSE); body is ignored.
    bool stream = false;

    void setHeader(const QByteArray &name, const QByteArray &value) {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
    QByteArray header(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }

    static HttpResponse json(int status, const QJsonObject &object) {
        HttpResponse r;
        r.status = status;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        return r;
    }
    static HttpResponse raw(int status, const QByteArray &contentType, const QByteArray &body) {
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
        return r;
    }
    static HttpResponse empty(int status) {
        HttpResponse r;
        r.status = status;
        return r;
    }
};

} // namespace hirex::sandbox
