#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace hirex::test {

class SandboxProcess;

struct SandboxTokens {
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0;
    QString scope;
};

// Signs in to a running sandbox headlessly, the way a browser would, over HTTPS trusting only
// the sandbox CA: OAuth 2.0 authorization code with PKCE S256 and state.
//   1. GET /oauth/authorize?... (HTML login page),
//   2. POST the page's form (its hidden fields + email, password, totp; see LoginForm),
//   3. read code and state from the 302 Location (redirect_uri http://127.0.0.1:<port>/callback,
//      never followed),
//   4. POST /oauth/token (authorization_code + code_verifier).
// Every step waits on a local event loop (test code only).
//
//   hirex::test::SandboxLogin login(sandbox);
//   auto tokens = login.signInAs(QStringLiteral("recruiter"));
//   QVERIFY2(tokens, qPrintable(login.errorString()));
class SandboxLogin {
public:
    explicit SandboxLogin(SandboxProcess &sandbox);
    ~SandboxLogin();
    SandboxLogin(const SandboxLogin &) = delete;
    SandboxLogin &operator=(const SandboxLogin &) = delete;

    // Uses the sandbox's account for `role` (see SandboxProcess::account), with its TOTP.
    std::optional<SandboxTokens> signInAs(const QString &role);
    // `totpSecret` (base32) is used to compute the current code when the account has 2FA.
    std::optional<SandboxTokens> signIn(const QString &email, const QString &password,
                                        const QString &totpSecret = QString());
    // grant_type=refresh_token; the refresh token rotates.
    std::optional<SandboxTokens> refresh(const QString &refreshToken);

    QString errorString() const { return m_error; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // RFC 7636: a random verifier and its S256 challenge.
    static QString newCodeVerifier();
    static QString codeChallenge(const QString &verifier);

private:
    std::optional<SandboxTokens> tokenRequest(const QByteArray &form);

    SandboxProcess &m_sandbox;
    QNetworkAccessManager *m_nam;
    QString m_error;
};

} // namespace hirex::test
