#include "LoginPageLauncher.h"

#include "LocalSandbox.h"
#include "Totp.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QUrlQuery>

namespace hirex::auth::test {

namespace {

QString unescapeHtml(QString text) {
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

QString attribute(const QString &tag, const QString &name) {
    const QRegularExpression re(QStringLiteral("\\b%1=\"([^\"]*)\"").arg(name));
    const auto match = re.match(tag);
    return match.hasMatch() ? unescapeHtml(match.captured(1)) : QString();
}

} // namespace

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
    const HttpResult page = httpRequest(m_network, m_tls, "GET", url);
    m_loginPageStatus = page.status;
    if (page.status != 200) {
        fail(QStringLiteral("login page answered %1 %2").arg(page.status).arg(page.error));
        return;
    }
    const QString html = QString::fromUtf8(page.body);
    const QRegularExpression formRe(QStringLiteral("<form[^>]*id=\"login\"[^>]*>(.*?)</form>"),
                                    QRegularExpression::DotMatchesEverythingOption);
    const auto form = formRe.match(html);
    if (!form.hasMatch()) {
        fail(QStringLiteral("no login form on the page"));
        return;
    }
    const QString action =
        attribute(form.captured(0).section(QLatin1Char('>'), 0, 0), QStringLiteral("action"));
    QList<QPair<QString, QString>> fields;
    const QRegularExpression inputRe(QStringLiteral("<input[^>]*>"));
    auto it = inputRe.globalMatch(form.captured(1));
    while (it.hasNext()) {
        const QString tag = it.next().captured(0);
        const QString name = attribute(tag, QStringLiteral("name"));
        const QString type = attribute(tag, QStringLiteral("type"));
        if (name.isEmpty())
            continue;
        if (type == QLatin1String("hidden"))
            fields.append({name, attribute(tag, QStringLiteral("value"))});
        else if (name == QLatin1String("email") || name == QLatin1String("login_hint"))
            fields.append({name, m_email});
        else if (name == QLatin1String("password"))
            fields.append({name, m_password});
        else if (name == QLatin1String("totp"))
            fields.append({name, m_totpSecret.isEmpty() ? QString() : Totp::codeNow(m_totpSecret)});
    }
    QByteArray body;
    for (const auto &[name, value] : std::as_const(fields)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    const HttpResult submit = httpRequest(m_network, m_tls, "POST", url.resolved(QUrl(action)), body,
                                          "application/x-www-form-urlencoded");
    m_submitStatus = submit.status;
    if (submit.status != 302 && submit.status != 303) {
        fail(QStringLiteral("login form answered %1").arg(submit.status));
        return;
    }
    // The browser follows the redirect to the app's loopback listener.
    const QUrl callback = QUrl::fromEncoded(submit.location, QUrl::StrictMode);
    if (callback.scheme() != QLatin1String("http") || callback.host() != QLatin1String("127.0.0.1")) {
        fail(QStringLiteral("redirect does not go to the loopback listener"));
        return;
    }
    const HttpResult landing = httpRequest(m_network, m_tls, "GET", callback);
    m_callbackStatus = landing.status;
    m_callbackPage = landing.body;
    Q_EMIT browserDone();
}

} // namespace hirex::auth::test
