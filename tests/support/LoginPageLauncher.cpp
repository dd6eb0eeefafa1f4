#include "tests/support/LoginPageLauncher.h"

#include "tests/support/LoginForm.h"
#include "tests/support/TestHttp.h"

#include <QMetaObject>
#include <QNetworkAccessManager>

namespace hirex::test {

LoginPageLauncher::LoginPageLauncher(QNetworkAccessManager *network, QSslConfiguration tls, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tls(std::move(tls)) {}

void LoginPageLauncher::setCredentials(const QString &email, const QString &password,
                                       const QString &totpSecret) {
    m_email = email;
    m_password = password;
    m_totpSecret = totpSecret;
}

bool LoginPageLauncher::openUrl(const QUrl &url) {
    ++m_opens;
    m_openedUrl = url;
    // Like a real browser, the page loads after openUrl() has returned.
    QMetaObject::invokeMethod(
        this, [this, url] { run(url); }, Qt::QueuedConnection);
    return true;
}

void LoginPageLauncher::fail(const QString &why) {
    m_failure = why;
    Q_EMIT browserDone();
}

void LoginPageLauncher::run(const QUrl &url) {
    const LoginForm::Result form =
        LoginForm::submit(m_network, m_tls, url, m_email, m_password, m_totpSecret);
    m_loginPageStatus = form.pageStatus;
    m_submitStatus = form.submitStatus;
    if (!form.error.isEmpty()) {
        fail(form.error);
        return;
    }
    // The browser follows the redirect to the app's loopback listener.
    const QUrl callback = QUrl::fromEncoded(form.location, QUrl::StrictMode);
    if (callback.scheme() != QLatin1String("http") || callback.host() != QLatin1String("127.0.0.1")) {
        fail(QStringLiteral("redirect does not go to the loopback listener"));
        return;
    }
    const HttpResult landing = httpRequest(m_network, m_tls, "GET", callback);
    m_callbackStatus = landing.status;
    m_callbackPage = landing.body;
    Q_EMIT browserDone();
}

} // namespace hirex::test
