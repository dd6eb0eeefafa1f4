#include "core/api/TransportPolicy.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTest>

using hirex::api::ApiError;
using hirex::api::TransportPolicy;
using hirex::api::TransportSettings;

namespace {
// A reply that fails the way Qt's TLS failures do, so the policy's messages can be read
// without a server: sslErrors() then SslHandshakeFailedError, or encrypted() with a chain.
class FailingReply : public QNetworkReply {
public:
    FailingReply() {
        setUrl(QUrl(QStringLiteral("https://hirex.example/v1/me")));
        open(QIODevice::ReadOnly);
    }
    void failWithSslError(QSslError::SslError error) {
        Q_EMIT sslErrors({QSslError(error)});
        setError(QNetworkReply::SslHandshakeFailedError, QStringLiteral("handshake failed"));
    }
    void encrypt() { Q_EMIT encrypted(); }
    void abort() override { setError(QNetworkReply::OperationCanceledError, QStringLiteral("aborted")); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

QString dataFile(const char *name) {
    return qEnvironmentVariable("HIREX_SOURCE_DIR") + u"/tests/api/data/" + QLatin1StringView(name);
}
} // namespace

class TestTransportPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void httpsIsAllowed();
    void plainHttpIsRefused_data();
    void plainHttpIsRefused();
    void loopbackHttpNeedsTheSwitch();
    void sslConfigurationIsStrict();
    void caFileIsAddedToSystemCas();
    void theSystemCasAreParsedOffTheCallersThreadOnce();
    void caFileErrors();
    void pinsAreValidatedAndComputed();
    void requestGetsTimeout();
    void tlsMessagesNameTheOptionsThatExist();
};

void TestTransportPolicy::httpsIsAllowed() {
    const TransportPolicy policy;
    QVERIFY(!policy.checkUrl(QUrl(QStringLiteral("https://hirex.example/v1/me"))).isError());
    QVERIFY(!policy.checkUrl(QUrl(QStringLiteral("https://127.0.0.1:8443/v1/me"))).isError());
    QCOMPARE(policy.checkUrl(QUrl(QStringLiteral("https:///nohost"))).kind, ApiError::Kind::Network);
}

void TestTransportPolicy::plainHttpIsRefused_data() {
    QTest::addColumn<QString>("url");
    QTest::newRow("remote") << "http://hirex.example/v1/me";
    QTest::newRow("lan") << "http://192.168.1.10/v1/me";
    QTest::newRow("loopback without switch") << "http://127.0.0.1:8080/v1/me";
    QTest::newRow("ftp") << "ftp://hirex.example/x";
    QTest::newRow("ws") << "ws://127.0.0.1/x";
}

void TestTransportPolicy::plainHttpIsRefused() {
    QFETCH(QString, url);
    const TransportPolicy policy;
    const ApiError e = policy.checkUrl(QUrl(url));
    QCOMPARE(e.kind, ApiError::Kind::InsecureUrl);
    QCOMPARE(e.code, QStringLiteral("insecure_url"));
    QVERIFY(!e.message.isEmpty());
}

void TestTransportPolicy::loopbackHttpNeedsTheSwitch() {
    TransportSettings settings;
    settings.allowLoopbackHttp = true;
    const auto policy = TransportPolicy::create(settings, nullptr);
    QVERIFY(policy);
    for (const char *ok :
         {"http://127.0.0.1:8080/v1", "http://[::1]:8080/v1", "http://localhost/v1", "http://127.0.0.2/v1"})
        QVERIFY2(!policy->checkUrl(QUrl(QString::fromLatin1(ok))).isError(), ok);
    // The switch is for loopback only: other hosts stay refused.
    for (const char *bad : {"http://10.0.0.1/v1", "http://hirex.example/v1", "http://127.0.0.1.nip.io/v1"})
        QCOMPARE(policy->checkUrl(QUrl(QString::fromLatin1(bad))).kind, ApiError::Kind::InsecureUrl);
}

void TestTransportPolicy::sslConfigurationIsStrict() {
    const TransportPolicy policy;
    const QSslConfiguration config = policy.sslConfiguration();
    QCOMPARE(config.protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(config.peerVerifyMode(), QSslSocket::VerifyPeer);
    // No extra CA: the system store stays with OpenSSL, which looks roots up on demand, instead
    // of a parsed list of every system CA (220 ms on the calling thread); an untrusted server is
    // still refused (tst_apiclient_sandbox, tst_httpexchange_sandbox).
    QCOMPARE(config.caCertificates(), QSslConfiguration::defaultConfiguration().caCertificates());
}

void TestTransportPolicy::caFileIsAddedToSystemCas() {
    TransportSettings settings;
    settings.caFile = dataFile("test-ca.pem");
    ApiError error;
    const auto policy = TransportPolicy::create(settings, &error);
    QVERIFY2(policy, qPrintable(error.detail));
    QCOMPARE(policy->extraCaCertificates().size(), 1);
    const QSslConfiguration config = policy->sslConfiguration();
    QCOMPARE(config.caCertificates().size(), QSslConfiguration::systemCaCertificates().size() + 1);
    QVERIFY(config.caCertificates().contains(policy->extraCaCertificates().first()));
    QCOMPARE(policy->extraCaCertificates().first().subjectInfo(QSslCertificate::CommonName).value(0),
             QStringLiteral("Hirex Test CA"));
}

// The desktop sends its first request once this future is done, so the GUI thread never waits
// for the parse; one parse per process, whoever asks.
void TestTransportPolicy::theSystemCasAreParsedOffTheCallersThreadOnce() {
    QFuture<void> parsed = TransportPolicy::preloadSystemCaCertificates();
    QVERIFY(parsed.isValid());
    QFuture<void> again = TransportPolicy::preloadSystemCaCertificates();
    bool continued = false;
    QObject context;
    again.then(&context, [&continued] { continued = true; }); // on this thread's event loop
    QTRY_VERIFY_WITH_TIMEOUT(parsed.isFinished(), 30000);
    QVERIFY(again.isFinished());
    QTRY_VERIFY(continued);
    TransportSettings settings;
    settings.caFile = dataFile("test-ca.pem");
    ApiError error;
    const auto policy = TransportPolicy::create(settings, &error);
    QVERIFY2(policy, qPrintable(error.detail));
    QCOMPARE(policy->sslConfiguration().caCertificates().size(),
             QSslConfiguration::systemCaCertificates().size() + 1);
}

void TestTransportPolicy::caFileErrors() {
    ApiError error;
    TransportSettings missing;
    missing.caFile = dataFile("does-not-exist.pem");
    QVERIFY(!TransportPolicy::create(missing, &error));
    QCOMPARE(error.kind, ApiError::Kind::Tls);
    QCOMPARE(error.code, QStringLiteral("ca_file_unreadable"));
    QVERIFY(!error.message.isEmpty());

    TransportSettings garbage;
    garbage.caFile = dataFile("not-a-cert.pem");
    QVERIFY(!TransportPolicy::create(garbage, &error));
    QCOMPARE(error.code, QStringLiteral("ca_file_invalid"));
}

void TestTransportPolicy::pinsAreValidatedAndComputed() {
    // Computed independently with: openssl x509 -pubkey | openssl pkey -pubin -outform der |
    // openssl dgst -sha256 -binary | base64
    const QString expected = QStringLiteral("Ro0BZJf8blD9dPLdVDDnN9rZeenrGJgpx56aIEB4AaI=");
    const auto certs = QSslCertificate::fromPath(dataFile("test-ca.pem"));
    QCOMPARE(certs.size(), 1);
    QCOMPARE(TransportPolicy::spkiSha256(certs.first()), expected);
    QVERIFY(TransportPolicy::spkiSha256(QSslCertificate()).isEmpty());

    TransportSettings settings;
    settings.spkiPins = {expected};
    QVERIFY(TransportPolicy::create(settings, nullptr));
    settings.spkiPins = {QStringLiteral("not base64!")};
    ApiError error;
    QVERIFY(!TransportPolicy::create(settings, &error));
    QCOMPARE(error.code, QStringLiteral("pin_invalid"));
    settings.spkiPins = {QStringLiteral("AAAA")}; // base64, but not 32 bytes
    QVERIFY(!TransportPolicy::create(settings, &error));
}

void TestTransportPolicy::requestGetsTimeout() {
    TransportSettings settings;
    settings.timeout = std::chrono::milliseconds(1234);
    const auto policy = TransportPolicy::create(settings, nullptr);
    QNetworkRequest request(QUrl(QStringLiteral("https://hirex.example/")));
    policy->apply(request);
    QCOMPARE(request.transferTimeout(), 1234);
    QCOMPARE(request.sslConfiguration().protocol(), QSsl::TlsV1_2OrLater);
}

// The messages tell people what they can actually do: both front ends have --ca-file and
// --pin-spki; only the desktop app has Settings → Network, and the message says so.
void TestTransportPolicy::tlsMessagesNameTheOptionsThatExist() {
    const TransportPolicy plain;
    FailingReply untrusted;
    plain.watch(&untrusted);
    untrusted.failWithSslError(QSslError::SelfSignedCertificateInChain);
    const ApiError e = plain.transportError(&untrusted);
    QCOMPARE(e.code, QStringLiteral("tls_untrusted"));
    QVERIFY2(e.message.contains(QStringLiteral("--ca-file")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QStringLiteral("desktop app under Settings → Network")),
             qPrintable(e.message));

    TransportSettings settings;
    settings.spkiPins = {QString::fromLatin1(QByteArray(32, 'x').toBase64())};
    ApiError error;
    const auto pinned = TransportPolicy::create(settings, &error);
    QVERIFY2(pinned, qPrintable(error.detail));
    FailingReply mismatch;
    pinned->watch(&mismatch);
    mismatch.encrypt(); // no chain holds the pinned key
    const ApiError pinError = pinned->transportError(&mismatch);
    QCOMPARE(pinError.code, QStringLiteral("tls_pin_mismatch"));
    QVERIFY2(pinError.message.contains(QStringLiteral("--pin-spki")), qPrintable(pinError.message));
}

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "tst_transportpolicy.moc"
