#include "core/auth/AuthTransport.h"

#include "core/api/TransportPolicy.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace hirex::auth {

QSslConfiguration AuthTransport::defaultTlsConfiguration() {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

AuthTransport AuthTransport::fromPolicy(QNetworkAccessManager *network, const api::TransportPolicy &policy) {
    AuthTransport transport;
    transport.network = network;
    transport.tls = policy.sslConfiguration();
    transport.allowLoopbackHttp = policy.settings().allowLoopbackHttp;
    transport.timeout = policy.settings().timeout;
    // Token and discovery answers are small; keep the auth limit tighter than the API's.
    transport.maxResponseBytes = std::min<qint64>(policy.settings().maxResponseBytes, 1024 * 1024);
    transport.prepareRequest = [policy](QNetworkRequest &request) {
        policy.apply(request);
    };
    transport.watchReply = [policy](QNetworkReply *reply) {
        policy.watch(reply);
    };
    transport.transportError = [policy](QNetworkReply *reply) {
        return policy.transportError(reply).toUserMessage();
    };
    return transport;
}

} // namespace hirex::auth
