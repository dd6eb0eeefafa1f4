#pragma once

#include "core/api/TransportPolicy.h"

#include <QtGlobal>

class QNetworkAccessManager;

namespace hirex::auth {

// How core/auth reaches the identity provider: the app's QNetworkAccessManager and its
// transport policy (extra CA bundle, TLS 1.2 minimum, pinning, the loopback-http development
// switch). Requests go through api::HttpExchange, the path the API client uses too.
struct AuthTransport {
    QNetworkAccessManager *network = nullptr;
    // Default: system CAs, TLS 1.2 or later, https only.
    api::TransportPolicy policy;
    // Token and discovery answers are small; kept tighter than the API's limit.
    qint64 maxResponseBytes = 1024 * 1024;

    bool allowLoopbackHttp() const { return policy.settings().allowLoopbackHttp; }

    static AuthTransport fromPolicy(QNetworkAccessManager *network, const api::TransportPolicy &policy);
};

} // namespace hirex::auth
