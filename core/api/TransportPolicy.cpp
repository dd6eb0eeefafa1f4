#include "core/api/TransportPolicy.h"

#include "core/api/ApiLog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPromise>
#include <QSslError>
#include <QThreadPool>

#include <memory>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace hirex::api {

namespace {
// Dynamic properties on the reply carry what the signal handlers saw to transportError().
constexpr const char *kPinMismatch = "hirex_pin_mismatch";
constexpr const char *kCancelled = "hirex_cancelled";
constexpr const char *kSslErrorKind = "hirex_ssl_error";
constexpr const char *kSslIssuer = "hirex_ssl_issuer";
constexpr const char *kSslDetail = "hirex_ssl_detail";
constexpr qsizetype kMaxCaFileBytes = 8 * 1024 * 1024;
} // namespace

TransportPolicy::TransportPolicy() = default;

std::optional<TransportPolicy> TransportPolicy::create(const TransportSettings &settings, ApiError *error) {
    TransportPolicy policy;
    policy.m_settings = settings;
    auto fail = [error](const QString &code, const QString &message, const QString &detail) {
        if (error) {
            *error = ApiError::make(ApiError::Kind::Tls, code, detail);
            error->message = message;
        }
        return std::nullopt;
    };
    if (!settings.caFile.isEmpty()) {
        QFile file(settings.caFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("ca_file_unreadable"),
                        tr("The CA certificate file cannot be read: %1").arg(file.errorString()),
                        file.errorString());
        if (file.size() > kMaxCaFileBytes)
            return fail(QStringLiteral("ca_file_invalid"), tr("The CA certificate file is too large."),
                        QStringLiteral("size %1").arg(file.size()));
        const QByteArray pem = file.readAll();
        const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
        QList<QSslCertificate> valid;
        for (const QSslCertificate &c : certs) {
            if (!c.isNull())
                valid.append(c);
        }
        if (valid.isEmpty())
            return fail(QStringLiteral("ca_file_invalid"),
                        tr("The CA certificate file contains no PEM certificate."),
                        QStringLiteral("no certificate found"));
        policy.m_extraCas = valid;
    }
    for (const QString &pin : settings.spkiPins) {
        const auto decoded =
            QByteArray::fromBase64Encoding(pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32)
            return fail(QStringLiteral("pin_invalid"), tr("A certificate pin is not a base64 SHA-256 value."),
                        QStringLiteral("bad pin length or encoding"));
    }
    return policy;
}

namespace {
// Qt reads and parses the whole system bundle on every systemCaCertificates() call (about
// 150 certificates through OpenSSL's decoders): done per request or per pinned reply, that was
// most of a first sync's CPU time. The store is read once per process; a CA installed
// meanwhile counts from the next start, as in browsers.
const QList<QSslCertificate> &systemCaCertificates() {
    static const QList<QSslCertificate> systemCas = QSslConfiguration::systemCaCertificates();
    return systemCas;
}
} // namespace

QFuture<void> TransportPolicy::preloadSystemCaCertificates() {
    static const QFuture<void> parsed = [] {
        auto promise = std::make_shared<QPromise<void>>();
        promise->start();
        QFuture<void> future = promise->future();
        // The global pool waits for its tasks when the application ends.
        QThreadPool::globalInstance()->start([promise] {
            systemCaCertificates();
            promise->finish();
        });
        return future;
    }();
    return parsed;
}

QSslConfiguration TransportPolicy::sslConfiguration() const {
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // Without an extra CA the system store is left to OpenSSL, which looks a root up when a
    // handshake needs it; setCaCertificates would turn that off, so with one both are listed.
    if (!m_extraCas.isEmpty()) {
        QList<QSslCertificate> cas = systemCaCertificates();
        cas += m_extraCas;
        config.setCaCertificates(cas);
    }
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

bool TransportPolicy::isLoopbackHost(const QString &host) {
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError TransportPolicy::checkUrl(const QUrl &url) const {
    if (!url.isValid() || url.host().isEmpty())
        return ApiError::make(ApiError::Kind::Network, QStringLiteral("invalid_url"),
                              QStringLiteral("URL has no host"));
    if (isSchemeAllowed(url, m_settings.allowLoopbackHttp))
        return {};
    const QString scheme = url.scheme().toLower();
    ApiError e = ApiError::make(ApiError::Kind::InsecureUrl, QStringLiteral("insecure_url"),
                                QStringLiteral("scheme %1 refused").arg(scheme));
    if (scheme == u"http")
        e.message = tr("Hirex only connects over HTTPS. Plain http:// is refused for %1; it is allowed only "
                       "to 127.0.0.1, for development, with --insecure-loopback-http.")
                        .arg(url.host());
    return e;
}

bool TransportPolicy::isSchemeAllowed(const QUrl &url, bool allowLoopbackHttp) {
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return true;
    return scheme == u"http" && allowLoopbackHttp && isLoopbackHost(url.host());
}

void TransportPolicy::apply(QNetworkRequest &request) const {
    request.setSslConfiguration(sslConfiguration());
    request.setTransferTimeout(int(m_settings.timeout.count()));
}

void TransportPolicy::watch(QNetworkReply *reply) const {
    QPointer<QNetworkReply> guard(reply);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [guard](const QList<QSslError> &errors) {
        if (!guard || errors.isEmpty())
            return;
        // Remember the first error for the user message; we never call ignoreSslErrors, so
        // the reply fails with SslHandshakeFailedError right after this.
        const QSslError &first = errors.first();
        guard->setProperty(kSslErrorKind, int(first.error()));
        guard->setProperty(kSslIssuer, first.certificate().issuerDisplayName());
        QStringList details;
        for (const QSslError &e : errors)
            details.append(e.errorString());
        guard->setProperty(kSslDetail, details.join(u"; "));
    });
    if (m_settings.spkiPins.isEmpty())
        return;
    const TransportPolicy self = *this;
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [guard, self]() {
        if (!guard)
            return;
        if (!self.pinsMatch(guard->sslConfiguration().peerCertificateChain())) {
            qCWarning(lcApi) << "TLS pin mismatch; aborting" << guard->url().host();
            guard->setProperty(kPinMismatch, true);
            guard->abort();
        }
    });
}

void TransportPolicy::markCancelled(QNetworkReply *reply) {
    reply->setProperty(kCancelled, true);
}

namespace {
struct X509Deleter {
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

X509Ptr toX509(const QSslCertificate &certificate) {
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(der.isEmpty() ? nullptr : d2i_X509(nullptr, &data, long(der.size())));
}

// Whether `ca` issued `cert`: names match and the signature verifies with the CA's key.
bool issuedBy(const QSslCertificate &cert, const QSslCertificate &ca) {
    const X509Ptr c = toX509(cert);
    const X509Ptr a = toX509(ca);
    if (!c || !a)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(a.get());
    return key && X509_check_issued(a.get(), c.get()) == X509_V_OK && X509_verify(c.get(), key) == 1;
}
} // namespace

bool TransportPolicy::pinsMatch(const QList<QSslCertificate> &chain) const {
    if (m_settings.spkiPins.isEmpty())
        return true;
    for (const QSslCertificate &cert : chain) {
        if (m_settings.spkiPins.contains(spkiSha256(cert)))
            return true;
    }
    // Servers do not send the root; Qt shows only what was sent. The root the handshake
    // verified against is the trusted CA that issued the last certificate of the chain.
    if (chain.isEmpty())
        return false;
    const QSslCertificate &top = chain.last();
    QList<QSslCertificate> anchors = m_extraCas;
    anchors += systemCaCertificates(); // cached: this runs on every pinned reply
    for (const QSslCertificate &ca : anchors) {
        if (m_settings.spkiPins.contains(spkiSha256(ca)) && issuedBy(top, ca))
            return true;
    }
    return false;
}

ApiError TransportPolicy::transportError(QNetworkReply *reply) const {
    using Kind = ApiError::Kind;
    if (reply->property(kPinMismatch).toBool())
        return [] {
            ApiError e = ApiError::make(Kind::Tls, QStringLiteral("tls_pin_mismatch"),
                                        QStringLiteral("no pinned key in the server chain"));
            e.message = tr("The server's certificate does not match any key given with --pin-spki. "
                           "The connection may be intercepted.");
            return e;
        }();
    // Pins are also checked at the end: `encrypted` is not emitted for a reused connection.
    if (!m_settings.spkiPins.isEmpty() && reply->url().scheme() == u"https" &&
        reply->error() == QNetworkReply::NoError &&
        !pinsMatch(reply->sslConfiguration().peerCertificateChain())) {
        ApiError e = ApiError::make(Kind::Tls, QStringLiteral("tls_pin_mismatch"),
                                    QStringLiteral("no pinned key in the server chain"));
        e.message = tr("The server's certificate does not match any key given with --pin-spki. "
                       "The connection may be intercepted.");
        return e;
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError)
        return {};
    if (reply->property(kCancelled).toBool())
        return ApiError::make(Kind::Cancelled, QStringLiteral("cancelled"));
    if (reply->property(kSslErrorKind).isValid() || error == QNetworkReply::SslHandshakeFailedError) {
        const auto sslError = QSslError::SslError(reply->property(kSslErrorKind).toInt());
        const QString issuer = reply->property(kSslIssuer).toString();
        const QString detail = reply->property(kSslDetail).toString();
        ApiError e = ApiError::make(Kind::Tls, QStringLiteral("tls_failed"),
                                    detail.isEmpty() ? reply->errorString() : detail);
        switch (sslError) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            e.code = QStringLiteral("tls_untrusted");
            // Both front ends have --ca-file; only the desktop app has a Settings page.
            e.message = tr("The server's certificate is not trusted (issuer %1). "
                           "Give your company's CA certificate (PEM) with --ca-file, or in the desktop "
                           "app under Settings → Network.")
                            .arg(issuer.isEmpty() ? tr("unknown") : issuer);
            break;
        case QSslError::HostNameMismatch:
            e.code = QStringLiteral("tls_hostname_mismatch");
            e.message =
                tr("The server's certificate is for a different host than %1.").arg(reply->url().host());
            break;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            e.code = QStringLiteral("tls_expired");
            e.message =
                tr("The server's certificate is expired or not yet valid. Check the computer's clock.");
            break;
        default:
            break;
        }
        return e;
    }
    switch (error) {
    case QNetworkReply::OperationCanceledError:
        // setTransferTimeout aborts with OperationCanceledError; a caller's cancel is marked.
    case QNetworkReply::TimeoutError:
        return ApiError::make(Kind::Timeout, QStringLiteral("timeout"), reply->errorString());
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return ApiError::make(Kind::Network, QStringLiteral("network"), reply->errorString());
    default:
        break;
    }
    // Any HTTP status means the transport worked: the caller maps the status and body.
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return {};
    return ApiError::make(Kind::Network, QStringLiteral("network"), reply->errorString());
}

QString TransportPolicy::spkiSha256(const QSslCertificate &certificate) {
    // Qt has no SPKI accessor; OpenSSL gives the exact DER that pins are computed over.
    const QByteArray der = certificate.toDer();
    if (der.isEmpty())
        return QString();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x509 = d2i_X509(nullptr, &data, long(der.size()));
    if (!x509)
        return QString();
    QString result;
    unsigned char *spki = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509), &spki);
    if (length > 0 && spki) {
        const QByteArray bytes(reinterpret_cast<const char *>(spki), length);
        result = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64());
    }
    OPENSSL_free(spki);
    X509_free(x509);
    return result;
}

} // namespace hirex::api
