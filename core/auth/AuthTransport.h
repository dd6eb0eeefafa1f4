#pragma once

#include "core/util/UserMessage.h"

#include <QSslConfiguration>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace hirex::api {
class TransportPolicy;
}

namespace hirex::auth {

// How core/auth reaches the identity provider: the app's QNetworkAccessManager and the rules of
// its transport policy (extra CA bundle, TLS 1.2 minimum, pinning). Build it with fromPolicy()
// from core/api's TransportPolicy; the plain fields exist so tests and tools can also pass a
// bare QSslConfiguration.
struct AuthTransport {
    QNetworkAccessManager *network = nullptr;
    // Applied to every request. Defaults to the system CAs with TLS 1.2 or later.
    QSslConfiguration tls = defaultTlsConfiguration();
    // Plain http is refused except for loopback hosts, and only with this development switch on.
    bool allowLoopbackHttp = false;
    std::chrono::milliseconds timeout{30000};
    qint64 maxResponseBytes = 1024 * 1024;
    // Optional: adjusts each request after the defaults are applied.
    std::function<void(QNetworkRequest &)> prepareRequest;
    // Optional: called right after a request is sent (TransportPolicy::watch, pin checks).
    std::function<void(QNetworkReply *)> watchReply;
    // Optional: the transport failure of a finished reply, or no error (TransportPolicy's view).
    std::function<UserMessage(QNetworkReply *)> transportError;

    static QSslConfiguration defaultTlsConfiguration();
    // Every field taken from `policy` (copied: the policy need not outlive the transport).
    static AuthTransport fromPolicy(QNetworkAccessManager *network, const api::TransportPolicy &policy);
};

} // namespace hirex::auth
