#pragma once

#include "core/api/ApiError.h"
#include "core/api/TransportSettings.h"

#include <QFuture>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

class QNetworkReply;
class QNetworkRequest;

namespace hirex::api {

// The one place that decides how Hirex talks to a server: HTTPS only (plain http solely to
// loopback behind a development switch), TLS 1.2 or later, the system CAs plus an optional
// extra CA file, peer verification always on, and optional SPKI pinning. It never ignores
// TLS errors; it turns them into an ApiError a person can act on.
//
// Proxies: the application calls QNetworkProxyFactory::setUseSystemConfiguration(true) at
// start-up, so every QNetworkAccessManager honours the system (or $https_proxy) settings;
// TLS is end to end through a CONNECT proxy, so pins and CA checks still apply.
//
// Use: create() once from settings; for every request call checkUrl(), apply() on the
// QNetworkRequest, watch() on the reply right after sending it, and transportError() when
// it finishes.
class TransportPolicy {
    Q_DECLARE_TR_FUNCTIONS(hirex::api::TransportPolicy)

public:
    // Default settings: system CAs only, no pins, no plain http.
    TransportPolicy();

    // Loads settings.caFile (when set) and validates the pins. Fails with kind Tls and code
    // "ca_file_unreadable" / "ca_file_invalid" / "pin_invalid".
    static std::optional<TransportPolicy> create(const TransportSettings &settings, ApiError *error);

    const TransportSettings &settings() const { return m_settings; }
    const QList<QSslCertificate> &extraCaCertificates() const { return m_extraCas; }

    // System CAs + extra CAs, TLS 1.2 or later, VerifyPeer.
    QSslConfiguration sslConfiguration() const;

    // Parses the system CA bundle on a thread of its own, once per process, so the first request
    // with an extra CA (or a pin) does not parse it on the GUI thread (220 ms here, in which the
    // window could not paint). A request made sooner would wait for the rest of that parse on
    // its own thread: the returned future (the same one every call) says when it is done, so
    // the GUI thread can send its first request then instead of waiting.
    static QFuture<void> preloadSystemCaCertificates();

    // Kind None when `url` may be used; InsecureUrl for plain http (unless loopback + switch)
    // or any other scheme; Network for a URL without a host.
    ApiError checkUrl(const QUrl &url) const;

    // Sets TLS configuration and transfer timeout on a request.
    void apply(QNetworkRequest &request) const;

    // Hooks the reply's sslErrors (remembered for the message) and encrypted (pin check:
    // aborts the reply on mismatch). Call right after QNetworkAccessManager::get/post/....
    void watch(QNetworkReply *reply) const;

    // Marks a reply as cancelled by the caller, so transportError() says Cancelled, not Timeout.
    static void markCancelled(QNetworkReply *reply);

    // The transport failure of a finished reply (TLS, pin, timeout, network, cancelled), or
    // kind None when the transport worked (HTTP errors are the client's business).
    ApiError transportError(QNetworkReply *reply) const;

    // base64(SHA-256(SubjectPublicKeyInfo DER)) of a certificate; empty when it has no key.
    static QString spkiSha256(const QSslCertificate &certificate);
    static bool isLoopbackHost(const QString &host);
    // https, or http to a loopback host when the development switch is on. The one rule of the
    // whole client (the API, the sign-in server, the browser's redirect).
    static bool isSchemeAllowed(const QUrl &url, bool allowLoopbackHttp);

private:
    bool pinsMatch(const QList<QSslCertificate> &chain) const;

    TransportSettings m_settings;
    QList<QSslCertificate> m_extraCas;
};

} // namespace hirex::api
