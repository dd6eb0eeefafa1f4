// ApiUrl::join: the one way the client joins a server's base URL and a path.
#include "core/api/ApiUrl.h"

#include <QTest>

using hirex::api::ApiUrl;

class TestApiUrl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void joinsUnderTheBasePath_data();
    void joinsUnderTheBasePath();
};

void TestApiUrl::joinsUnderTheBasePath_data() {
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host only") << "https://api.example.com"
                               << "/v1/changes"
                               << "https://api.example.com/v1/changes";
    QTest::newRow("trailing slash") << "https://api.example.com/"
                                    << "/v1/changes"
                                    << "https://api.example.com/v1/changes";
    QTest::newRow("base path kept") << "https://example.com/hirex//"
                                    << "/v1/devices"
                                    << "https://example.com/hirex/v1/devices";
    QTest::newRow("port kept") << "https://127.0.0.1:8443"
                               << "/v1/changes/stream"
                               << "https://127.0.0.1:8443/v1/changes/stream";
    QTest::newRow("query and fragment dropped")
        << "https://id.example.com/tenant/?x=1#top"
        << "/.well-known/openid-configuration"
        << "https://id.example.com/tenant/.well-known/openid-configuration";
}

void TestApiUrl::joinsUnderTheBasePath() {
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(ApiUrl::join(QUrl(base), path), QUrl(expected));
}

QTEST_GUILESS_MAIN(TestApiUrl)
#include "tst_apiurl.moc"
