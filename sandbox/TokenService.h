#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace hirex::sandbox {

class Database;
class Clock;

// Authorization codes, access tokens and rotating refresh tokens. Only SHA-256 hashes are
// stored. Tokens of one sign-in share a family; reusing a rotated refresh token revokes it.
class TokenService {
public:
    struct CodeGrant {
        QString userId;
        QString clientId;
        QString redirectUri;
        QString codeChallenge;
        QString scope;
        bool federated = false;
        QStringList amr;
        QString nonce;       // OIDC: echoed in the ID token
        qint64 authTime = 0; // OIDC auth_time: when the user authenticated
    };
    struct Result {
        bool ok = false;
        QString error; // RFC 6749 error code on failure
        QString errorDescription;
        QJsonObject body; // token response on success
    };
    struct Access {
        enum class Status { Valid, Unknown, Expired, Revoked } status = Status::Unknown;
        QString userId;
        QString familyId;
        QString deviceId;
        bool federated = false;
        QStringList amr;
        qint64 expiresAt = 0;
    };

    TokenService(Database &db, Clock &clock, int accessTtlSeconds);
    ~TokenService();

    QString issueCode(const CodeGrant &grant);
    Result exchangeCode(const QString &code, const QString &redirectUri, const QString &clientId,
                        const QString &verifier);
    Result refresh(const QString &refreshToken, const QString &clientId);
    void revoke(const QString &token);
    Access authenticate(const QString &accessToken);
    void bindDevice(const QString &familyId, const QString &deviceId);
    void revokeUser(const QString &userId);
    // The public keys that verify the ID tokens this service signs (GET /oauth/jwks).
    QJsonObject jwks();

private:
    class IdTokenSigner &signer(); // made on first use, when the database is open
    QJsonObject issuePair(const QString &userId, const QString &familyId, const QString &scope);
    void revokeFamily(const QString &familyId);

    Database &m_db;
    Clock &m_clock;
    int m_accessTtl;
    std::unique_ptr<class IdTokenSigner> m_signer;
};

} // namespace hirex::sandbox
