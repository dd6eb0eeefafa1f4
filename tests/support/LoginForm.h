#pragma once

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>

class QNetworkAccessManager;
class QUrl;

namespace hirex::test {

// The sandbox's HTML login page (GET /oauth/authorize?...), filled in as a person would in a
// browser: every hidden field of the form with id="login" as it is, plus email, password and,
// when a secret is given, the current TOTP code. The answer's redirect is not followed.
// Shared by SandboxLogin (headless sign-in) and LoginPageLauncher (the tests' "browser").
class LoginForm {
public:
    struct Result {
        int pageStatus = 0;   // of the GET of the login page
        int submitStatus = 0; // of the POST of the form (302 or 303 when signed in)
        QByteArray location;  // the redirect after a successful POST
        QString error;        // empty when the POST redirected
    };

    static Result submit(QNetworkAccessManager *network, const QSslConfiguration &tls,
                         const QUrl &authorizeUrl, const QString &email, const QString &password,
                         const QString &totpSecret);
};

} // namespace hirex::test
