#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

struct evp_pkey_st; // OpenSSL's EVP_PKEY

namespace hirex::sandbox {

class Database;

// Signs OpenID Connect ID tokens (RS256, RFC 7515 compact form) with the sandbox's own RSA key
// and publishes the public half as a JWKS (RFC 7517), as a certified provider does. The key is
// made once per sandbox database and kept in its meta table, so a restarted sandbox still
// verifies against the JWKS a client fetched before.
class IdTokenSigner {
public:
    explicit IdTokenSigner(Database &db);
    ~IdTokenSigner();
    IdTokenSigner(const IdTokenSigner &) = delete;
    IdTokenSigner &operator=(const IdTokenSigner &) = delete;

    bool isValid() const { return m_key != nullptr; }
    QString keyId() const { return m_keyId; }
    // {"keys": [{"kty": "RSA", "kid", "use": "sig", "alg": "RS256", "n", "e"}]}
    QJsonObject jwks() const;
    // header.payload.signature; empty when signing failed.
    QByteArray sign(const QJsonObject &claims) const;

private:
    ::evp_pkey_st *m_key = nullptr;
    QString m_keyId;
    QByteArray m_modulus; // big-endian, for the JWKS
    QByteArray m_exponent;
};

} // namespace hirex::sandbox
