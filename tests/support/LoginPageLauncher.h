#pragma once

#include "core/auth/BrowserLauncher.h"

#include <QObject>
#include <QSslConfiguration>
#include <QString>

class QNetworkAccessManager;

namespace hirex::test {

// The "browser" of the integration tests: fills in the provider's real login page (LoginForm)
// and follows the redirect to the loopback redirect URI with a real HTTP GET, as a browser would.
class LoginPageLauncher : public QObject, public auth::BrowserLauncher {
    Q_OBJECT

public:
    LoginPageLauncher(QNetworkAccessManager *network, QSslConfiguration tls, QObject *parent = nullptr);

    void setCredentials(const QString &email, const QString &password, const QString &totpSecret);
    bool openUrl(const QUrl &url) override;

    // What happened, for assertions.
    QUrl openedUrl() const { return m_openedUrl; }
    int loginPageStatus() const { return m_loginPageStatus; }
    int submitStatus() const { return m_submitStatus; }
    int callbackStatus() const { return m_callbackStatus; }
    QByteArray callbackPage() const { return m_callbackPage; }
    QString failure() const { return m_failure; }
    int opens() const { return m_opens; }

Q_SIGNALS:
    void browserDone();

private:
    void run(const QUrl &url);
    void fail(const QString &why);

    QNetworkAccessManager *m_network;
    QSslConfiguration m_tls;
    QString m_email;
    QString m_password;
    QString m_totpSecret;
    QUrl m_openedUrl;
    int m_loginPageStatus = 0;
    int m_submitStatus = 0;
    int m_callbackStatus = 0;
    QByteArray m_callbackPage;
    QString m_failure;
    int m_opens = 0;
};

} // namespace hirex::test
