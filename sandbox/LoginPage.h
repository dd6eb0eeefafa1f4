#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace hirex::sandbox {

// The HTML of the sign-in page, the simulated SSO identity provider page and error pages.
class LoginPage {
public:
    // params: the original authorize parameters, echoed as hidden fields.
    static QByteArray login(const QUrlQuery &params, const QString &email, const QString &error,
                            bool totpRequired);
    static QByteArray sso(const QString &provider, const QUrlQuery &params, const QString &loginHint,
                          const QString &error);
    static QByteArray error(const QString &title, const QString &message);
};

} // namespace hirex::sandbox
