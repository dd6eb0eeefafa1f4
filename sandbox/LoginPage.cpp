#include "sandbox/LoginPage.h"

#include <QStringList>

namespace hirex::sandbox {

namespace {

const QStringList &authorizeKeys() {
    static const QStringList keys{QStringLiteral("response_type"),
                                  QStringLiteral("client_id"),
                                  QStringLiteral("redirect_uri"),
                                  QStringLiteral("scope"),
                                  QStringLiteral("state"),
                                  QStringLiteral("code_challenge"),
                                  QStringLiteral("code_challenge_method"),
                                  QStringLiteral("nonce"),
                                  QStringLiteral("prompt")};
    return keys;
}

QString hidden(const QUrlQuery &params) {
    QString out;
    for (const QString &k : authorizeKeys()) {
        if (!params.hasQueryItem(k))
            continue;
        out += QStringLiteral("<input type=\"hidden\" name=\"") + k + QStringLiteral("\" value=\"") +
               params.queryItemValue(k, QUrl::FullyDecoded).toHtmlEscaped() + QStringLiteral("\">\n");
    }
    return out;
}

QString page(const QString &title, const QString &body) {
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width\"><title>") +
           title.toHtmlEscaped() +
           QStringLiteral(
               "</title><style>body{font-family:sans-serif;max-width:26rem;margin:3rem auto;color:#1c2430}"
               "label{display:block;margin:.8rem 0 .2rem}input[type=email],input[type=password],"
               "input[type=text]{width:100%;padding:.5rem;box-sizing:border-box}"
               "button{margin-top:1rem;padding:.5rem 1rem}.error{color:#a4000f}"
               "fieldset{border:0;padding:0}</style></head><body>\n") +
           body + QStringLiteral("\n</body></html>\n");
}

QString query(const QUrlQuery &params) {
    QUrlQuery q;
    for (const QString &k : authorizeKeys()) {
        if (params.hasQueryItem(k))
            q.addQueryItem(k, params.queryItemValue(k, QUrl::FullyEncoded));
    }
    return q.toString(QUrl::FullyEncoded);
}

} // namespace

QByteArray LoginPage::login(const QUrlQuery &params, const QString &email, const QString &error,
                            bool totpRequired) {
    QString body = QStringLiteral("<h1>Sign in to Hirex</h1>\n");
    if (!error.isEmpty())
        body += QStringLiteral("<p class=\"error\" role=\"alert\" id=\"error\">") + error.toHtmlEscaped() +
                QStringLiteral("</p>\n");
    body +=
        QStringLiteral("<form method=\"post\" action=\"/oauth/authorize\" id=\"login\">\n") + hidden(params) +
        QStringLiteral("<label for=\"email\">Email</label><input id=\"email\" type=\"email\" name=\"email\" "
                       "autocomplete=\"username\" required value=\"") +
        email.toHtmlEscaped() +
        QStringLiteral(
            "\">\n<label for=\"password\">Password</label><input id=\"password\" type=\"password\" "
            "name=\"password\" autocomplete=\"current-password\" required>\n"
            "<label for=\"totp\">Authentication code") +
        (totpRequired ? QString() : QStringLiteral(" (only if two-factor sign-in is on)")) +
        QStringLiteral("</label><input id=\"totp\" type=\"text\" name=\"totp\" inputmode=\"numeric\" "
                       "autocomplete=\"one-time-code\" pattern=\"[0-9]{6}\"") +
        (totpRequired ? QStringLiteral(" required autofocus") : QString()) +
        QStringLiteral(
            ">\n<button type=\"submit\">Sign in</button>\n</form>\n<h2>Or use single sign-on</h2>\n");
    const QString q = query(params);
    for (const auto &[id, label] : {std::pair{QStringLiteral("entra"), QStringLiteral("Microsoft Entra ID")},
                                    std::pair{QStringLiteral("google"), QStringLiteral("Google Workspace")},
                                    std::pair{QStringLiteral("saml"), QStringLiteral("SAML")}}) {
        body += QStringLiteral("<p><a class=\"sso\" id=\"sso-") + id +
                QStringLiteral("\" href=\"/oauth/sso/") + id + QLatin1Char('?') + q.toHtmlEscaped() +
                QStringLiteral("\">Sign in with ") + label + QStringLiteral("</a></p>\n");
    }
    return page(QStringLiteral("Sign in - Hirex"), body).toUtf8();
}

QByteArray LoginPage::sso(const QString &provider, const QUrlQuery &params, const QString &loginHint,
                          const QString &error) {
    QString body = QStringLiteral("<h1>Simulated identity provider: ") + provider.toHtmlEscaped() +
                   QStringLiteral("</h1>\n<p>This page stands in for your organisation's sign-in.</p>\n");
    if (!error.isEmpty())
        body += QStringLiteral("<p class=\"error\" role=\"alert\" id=\"error\">") + error.toHtmlEscaped() +
                QStringLiteral("</p>\n");
    body +=
        QStringLiteral("<form method=\"post\" action=\"/oauth/sso/") + provider.toHtmlEscaped() +
        QStringLiteral("\" id=\"sso\">\n") + hidden(params) +
        QStringLiteral("<label for=\"login_hint\">Work email</label><input id=\"login_hint\" type=\"email\" "
                       "name=\"login_hint\" required value=\"") +
        loginHint.toHtmlEscaped() +
        QStringLiteral("\">\n<button type=\"submit\">Continue</button>\n</form>\n");
    return page(QStringLiteral("Single sign-on - Hirex"), body).toUtf8();
}

QByteArray LoginPage::error(const QString &title, const QString &message) {
    return page(title, QStringLiteral("<h1>") + title.toHtmlEscaped() +
                           QStringLiteral("</h1>\n<p id=\"error\">") + message.toHtmlEscaped() +
                           QStringLiteral("</p>"))
        .toUtf8();
}

} // namespace hirex::sandbox
