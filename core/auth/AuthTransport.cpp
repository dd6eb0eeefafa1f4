#include "core/auth/AuthTransport.h"

#include <algorithm>

namespace hirex::auth {

AuthTransport AuthTransport::fromPolicy(QNetworkAccessManager *network, const api::TransportPolicy &policy) {
    AuthTransport transport;
    transport.network = network;
    transport.policy = policy;
    transport.maxResponseBytes =
        std::min<qint64>(policy.settings().maxResponseBytes, transport.maxResponseBytes);
    return transport;
}

} // namespace hirex::auth
