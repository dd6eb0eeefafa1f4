#pragma once

#include "sandbox/HttpTypes.h"
#include "sandbox/Principal.h"

#include <optional>

namespace hirex::sandbox {

class Database;
class Store;
class TokenService;

// Bearer token -> Principal (user, role profile + overrides, session, device). Failures are
// 401 problems with the stable codes unauthorized / invalid_token / token_expired / device_revoked.
class Authenticator {
public:
    Authenticator(Database &db, Store &store, TokenService &tokens);
    std::optional<HttpResponse> authenticate(const HttpRequest &request, Principal *principal);
    // Builds the principal for a user id (OAuth userinfo, tests of role changes).
    bool loadUser(const QString &userId, Principal *principal);

private:
    // The tenant's settings.anonymised_screening (read per request: an admin may change it).
    bool tenantScreensBlind() const;

    Database &m_db;
    Store &m_store;
    TokenService &m_tokens;
};

} // namespace hirex::sandbox
