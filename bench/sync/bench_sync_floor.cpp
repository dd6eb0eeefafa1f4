// The floor a first sync is measured against (bench/sync/bench_sync.py runs it beside
// `hirexctl sync`, interleaved): the same /v1/changes pages, fetched one after the other over
// one keep-alive HTTPS connection, each next page requested before the last one is written, and
// every item bulk-loaded in ONE transaction into a SQLCipher database with the cache's own
// schema, indexes and FTS (CacheSchema's migrations and EntityStore, the search index built in
// one pass at the end, as a first sync does). Nothing the client needs beyond that: no outbox,
// no crash-safe cursor per batch, no progress, no change signals, no worker thread.
//
//   BENCH_TOKEN=<access token> bench_sync_floor <base-url> <ca-file> <database-path> [limit]
//
// Prints one JSON line: {"seconds", "fetch_seconds", "pages", "items", "candidates"}.
// The token comes from the environment, not argv, so `ps` does not show it.
#include "core/domain/ChangeFeedPage.h"
#include "core/domain/DecodeError.h"
#include "core/store/CacheKey.h"
#include "core/store/CacheSchema.h"
#include "core/store/SqlCipherDatabase.h"
#include "core/store/Transaction.h"
#include "core/sync/EntityStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <cstdio>
#include <optional>

using namespace hirex;

namespace {

int fail(const QString &what) {
    std::fprintf(stderr, "bench_sync_floor: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return fail(QStringLiteral("usage: BENCH_TOKEN=... bench_sync_floor BASE_URL CA_FILE DB [LIMIT]"));
    const QUrl base(QString::fromLocal8Bit(argv[1]));
    const QString caFile = QString::fromLocal8Bit(argv[2]);
    const QString dbPath = QString::fromLocal8Bit(argv[3]);
    const int limit = argc > 4 ? std::atoi(argv[4]) : 500;
    const QByteArray token = qgetenv("BENCH_TOKEN");
    if (token.isEmpty())
        return fail(QStringLiteral("BENCH_TOKEN is not set"));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.addCaCertificates(QSslCertificate::fromPath(caFile));

    store::SqlCipherDatabase db;
    store::SqlCipherDatabase::Options options;
    options.migrations = store::CacheSchema::migrations();
    const store::CacheKey key = store::CacheKey::generate();
    if (const store::CacheError e = db.open(dbPath, key, options); e.isError())
        return fail(QStringLiteral("cannot open the database: %1").arg(e.code()));

    // Bulk-load settings the client cannot use (it must stay crash-safe and small): no fsync, and
    // a page cache big enough that the one transaction never spills to the WAL before COMMIT.
    db.exec("PRAGMA synchronous = OFF");
    db.exec("PRAGMA cache_size = -524288"); // KiB: 512 MB

    QElapsedTimer clock;
    clock.start();
    store::Transaction transaction(db);
    QString error;
    if (!transaction.isActive() || !store::CacheSchema::deferSearchIndex(db, &error))
        return fail(QStringLiteral("cannot begin: %1 %2").arg(transaction.error(), error));
    sync::EntityStore entities(&db);

    QNetworkAccessManager network; // one host, so one connection that stays open between pages
    auto request = [&](const QString &cursor) {
        QUrl url = base.resolved(QUrl(QStringLiteral("/v1/changes")));
        url.setQuery(
            QUrlQuery{{QStringLiteral("cursor"), cursor}, {QStringLiteral("limit"), QString::number(limit)}});
        QNetworkRequest r(url);
        r.setSslConfiguration(tls);
        r.setRawHeader("Authorization", "Bearer " + token);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return network.get(r);
    };

    qint64 fetchNs = 0; // time spent waiting for a page (the network share of the wall time)
    int pages = 0;
    qint64 items = 0;
    QNetworkReply *reply = request(QStringLiteral("0"));
    while (reply) {
        QElapsedTimer waited;
        waited.start();
        while (!reply->isFinished())
            app.processEvents(QEventLoop::WaitForMoreEvents);
        fetchNs += waited.nsecsElapsed();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError || status != 200)
            return fail(
                QStringLiteral("page %1: HTTP %2 %3").arg(pages).arg(status).arg(reply->errorString()));
        domain::DecodeError decodeError;
        const std::optional<domain::ChangeFeedPage> page =
            domain::ChangeFeedPage::fromJson(QJsonDocument::fromJson(body).object(), &decodeError);
        if (!page)
            return fail(QStringLiteral("page %1 does not decode: %2").arg(pages).arg(decodeError.path));
        ++pages;
        // The next page travels while this one is written.
        reply = page->hasMore ? request(page->nextCursor) : nullptr;
        for (const domain::ChangeItem &item : page->items) {
            ++items;
            if (sync::EntityStore::tableFor(item.entity).isEmpty())
                continue;
            if (item.isTombstone()) {
                entities.remove(item.entity, item.id);
                continue;
            }
            if (item.data && entities.upsert(item.entity, *item.data) == sync::EntityStore::Upsert::Failed)
                return fail(QStringLiteral("write failed: %1").arg(entities.lastError()));
        }
    }
    if (!store::CacheSchema::rebuildSearchIndex(db, &error))
        return fail(QStringLiteral("search index: %1").arg(error));
    if (const QString failed = transaction.commit(); !failed.isEmpty())
        return fail(QStringLiteral("commit: %1").arg(failed));
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    const qint64 candidates = db.queryInt("SELECT count(*) FROM candidates", -1);
    std::printf("{\"seconds\": %.3f, \"fetch_seconds\": %.3f, \"pages\": %d, \"items\": %lld, "
                "\"candidates\": %lld}\n",
                seconds, static_cast<double>(fetchNs) / 1e9, pages, static_cast<long long>(items),
                static_cast<long long>(candidates));
    return 0;
}
