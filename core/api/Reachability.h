#pragma once

#include "core/util/UserMessage.h"

namespace hirex::api {

struct ApiError;

// The one rule for "the server was not reached, or cannot serve us just now". Nothing was
// refused, so what is stored stays (the refresh token, the queued changes) and the caller tries
// again later: the sync goes offline and backs off, the desktop opens from its cache, the unlock
// says it cannot reach the sign-in server, a device registration is retried.

// An API call's error: network, timeout, TLS, 5xx, 429, or cancelled (the sync is offline).
bool meansUnreachable(const ApiError &error);

// A status the server answered with: 429 and every 5xx.
bool meansUnreachable(int httpStatus);

// The sign-in layer's words for the same (AuthHttp, OidcDiscovery, OAuthTokenClient,
// AuthorizationFlow): "network", "timeout" and "server_unavailable". A refused certificate is
// not among them: at sign-in the user can act on it (Settings → Network), so it is shown.
bool meansUnreachable(const UserMessage &error);

} // namespace hirex::api
