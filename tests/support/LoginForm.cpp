#include "tests/support/LoginForm.h"

#include "tests/support/TestHttp.h"
#include "tests/support/Totp.h"

#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QRegularExpression>
#include <QUrl>

namespace hirex::test {

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

LoginForm::Result LoginForm::submit(QNetworkAccessManager *network, const QSslConfiguration &tls,
                                    const QUrl &authorizeUrl, const QString &email, const QString &password,
                                    const QString &totpSecret) {
    Result result;
    const HttpResult page = httpRequest(network, tls, "GET", authorizeUrl, {}, {}, {{"Accept", "text/html"}});
    result.pageStatus = page.status;
    if (page.status != 200) {
        result.error = QStringLiteral("login page answered %1 %2").arg(page.status).arg(page.error);
        return result;
    }
    const QString html = QString::fromUtf8(page.body);
    static const QRegularExpression formRe(QStringLiteral("<form[^>]*id=\"login\"[^>]*>(.*?)</form>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const auto form = formRe.match(html);
    if (!form.hasMatch()) {
        result.error = QStringLiteral("no login form on the page");
        return result;
    }
    const QString action =
        attribute(form.captured(0).section(QLatin1Char('>'), 0, 0), QStringLiteral("action"));
    QList<QPair<QString, QString>> fields;
    static const QRegularExpression inputRe(QStringLiteral("<input[^>]*>"));
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
            fields.append({name, email});
        else if (name == QLatin1String("password"))
            fields.append({name, password});
        else if (name == QLatin1String("totp"))
            fields.append({name, totpSecret.isEmpty() ? QString() : Totp::codeNow(totpSecret)});
    }
    // application/x-www-form-urlencoded, every name and value percent-encoded ('+' included).
    QByteArray body;
    for (const auto &[name, value] : std::as_const(fields)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    const HttpResult posted = httpRequest(network, tls, "POST", authorizeUrl.resolved(QUrl(action)), body,
                                          "application/x-www-form-urlencoded");
    result.submitStatus = posted.status;
    if (posted.status != 302 && posted.status != 303) {
        static const QRegularExpression errorRe(QStringLiteral("id=\"error\">([^<]*)<"));
        result.error = QStringLiteral("login form answered %1 %2")
                           .arg(posted.status)
                           .arg(errorRe.match(QString::fromUtf8(posted.body)).captured(1));
        return result;
    }
    result.location = posted.location;
    return result;
}

} // namespace hirex::test
