#include "tests/support/SandboxLogin.h"

#include "core/api/TransportPolicy.h"
#include "tests/support/SandboxProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace hirex::test {

namespace {
constexpr auto kClientId = "hirex-desktop";
constexpr auto kScope = "openid profile email offline_access hirex";
constexpr int kStepTimeoutMs = 30000;

struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray location;
    QString error;
};

QString b64url(const QByteArray &bytes) {
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Sends a request and waits for its end on a local event loop (tests only).
HttpResult send(QNetworkAccessManager *nam, const QNetworkRequest &request, const QByteArray &method,
                const QByteArray &body) {
    HttpResult result;
    std::unique_ptr<QNetworkReply> reply(nam->sendCustomRequest(request, method, body));
    QEventLoop loop;
    QTimer::singleShot(kStepTimeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        result.error = QStringLiteral("timeout");
        reply->abort();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.location = reply->rawHeader("Location");
    if (result.status == 0)
        result.error = reply->errorString();
    return result;
}

QString htmlUnescape(QString s) {
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s;
}

QByteArray base32Decode(const QString &input) {
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : input.toUpper()) {
        if (c == u'=' || c == u' ')
            continue;
        const qsizetype v = alphabet.indexOf(c);
        if (v < 0)
            return {};
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    return out;
}
} // namespace

SandboxLogin::SandboxLogin(SandboxProcess &sandbox)
    : m_sandbox(sandbox)
    , m_nam(new QNetworkAccessManager()) {
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SandboxLogin::~SandboxLogin() {
    delete m_nam;
}

QString SandboxLogin::newCodeVerifier() {
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return b64url(bytes);
}

QString SandboxLogin::codeChallenge(const QString &verifier) {
    return b64url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

QString SandboxLogin::totp(const QString &base32Secret, qint64 unixTime) {
    const QByteArray key = base32Decode(base32Secret);
    QByteArray counter(8, '\0');
    quint64 step = quint64(unixTime / 30);
    for (int i = 7; i >= 0; --i) {
        counter[i] = char(step & 0xFF);
        step >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0F;
    const quint32 code = ((quint32(quint8(mac.at(offset))) & 0x7F) << 24) |
                         (quint32(quint8(mac.at(offset + 1))) << 16) |
                         (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(code % 1000000, 6, 10, QLatin1Char('0'));
}

std::optional<SandboxTokens> SandboxLogin::signInAs(const QString &role) {
    const QJsonObject account = m_sandbox.account(role);
    if (account.isEmpty()) {
        m_error = QStringLiteral("no sandbox account with role ") + role + u"; " + m_sandbox.errorString();
        return std::nullopt;
    }
    return signIn(account.value(u"email").toString(), account.value(u"password").toString(),
                  account.value(u"totp_secret").toString());
}

std::optional<SandboxTokens> SandboxLogin::signIn(const QString &email, const QString &password,
                                                  const QString &totpSecret) {
    hirex::api::TransportSettings settings;
    settings.caFile = m_sandbox.caFile();
    hirex::api::ApiError policyError;
    const auto policy = hirex::api::TransportPolicy::create(settings, &policyError);
    if (!policy) {
        m_error = QStringLiteral("CA file: ") + policyError.detail;
        return std::nullopt;
    }
    const QString verifier = newCodeVerifier();
    const QString state = newCodeVerifier().left(22);
    const QString redirectUri = QStringLiteral("http://127.0.0.1:%1/callback")
                                    .arg(40000 + QRandomGenerator::global()->bounded(20000));
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    params.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(kClientId));
    params.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    params.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(kScope));
    params.addQueryItem(QStringLiteral("state"), state);
    params.addQueryItem(QStringLiteral("code_challenge"), codeChallenge(verifier));
    params.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    params.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent")); // for offline_access

    // 1. The login page.
    QUrl authorize = m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/oauth/authorize")));
    authorize.setQuery(params);
    QNetworkRequest pageRequest(authorize);
    policy->apply(pageRequest);
    pageRequest.setRawHeader("Accept", "text/html");
    const HttpResult page = send(m_nam, pageRequest, "GET", QByteArray());
    if (page.status != 200) {
        m_error = QStringLiteral("authorize page: HTTP %1 %2").arg(page.status).arg(page.error);
        return std::nullopt;
    }
    // 2. The form: its action, its hidden fields, and our credentials.
    const QString html = QString::fromUtf8(page.body);
    static const QRegularExpression formRe(
        QStringLiteral("<form[^>]*method=\"post\"[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    const auto form = formRe.match(html);
    if (!form.hasMatch()) {
        m_error = QStringLiteral("no login form on the authorize page");
        return std::nullopt;
    }
    QUrlQuery fields;
    static const QRegularExpression hiddenRe(
        QStringLiteral("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]*)\"[^>]*value=\"([^\"]*)\""),
        QRegularExpression::CaseInsensitiveOption);
    auto it = hiddenRe.globalMatch(form.captured(2));
    while (it.hasNext()) {
        const auto m = it.next();
        fields.addQueryItem(htmlUnescape(m.captured(1)), htmlUnescape(m.captured(2)));
    }
    fields.addQueryItem(QStringLiteral("email"), email);
    fields.addQueryItem(QStringLiteral("password"), password);
    fields.addQueryItem(QStringLiteral("totp"), totpSecret.isEmpty()
                                                    ? QString()
                                                    : totp(totpSecret, QDateTime::currentSecsSinceEpoch()));
    QNetworkRequest submit(authorize.resolved(QUrl(htmlUnescape(form.captured(1)))));
    policy->apply(submit);
    submit.setHeader(QNetworkRequest::ContentTypeHeader,
                     QByteArrayLiteral("application/x-www-form-urlencoded"));
    // Form encoding: '+' must be escaped, spaces may stay %20.
    QByteArray formBody = fields.query(QUrl::FullyEncoded).toUtf8().replace('+', "%2B");
    const HttpResult posted = send(m_nam, submit, "POST", formBody);
    // 3. The redirect to our (never contacted) loopback URI with the code.
    if (posted.status != 302 && posted.status != 303) {
        static const QRegularExpression errorRe(QStringLiteral("id=\"error\">([^<]*)<"));
        m_error = QStringLiteral("sign-in did not redirect: HTTP %1 %2")
                      .arg(posted.status)
                      .arg(errorRe.match(QString::fromUtf8(posted.body)).captured(1));
        return std::nullopt;
    }
    const QUrl location(QString::fromUtf8(posted.location));
    if (!location.toString().startsWith(redirectUri)) {
        m_error = QStringLiteral("redirected somewhere else: ") + location.toString();
        return std::nullopt;
    }
    const QUrlQuery answer(location);
    if (answer.queryItemValue(QStringLiteral("state")) != state) {
        m_error = QStringLiteral("state was not echoed");
        return std::nullopt;
    }
    const QString code = answer.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        m_error = QStringLiteral("no code in the redirect");
        return std::nullopt;
    }
    // 4. The token exchange.
    QUrlQuery exchange;
    exchange.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    exchange.addQueryItem(QStringLiteral("code"), code);
    exchange.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    exchange.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(kClientId));
    exchange.addQueryItem(QStringLiteral("code_verifier"), verifier);
    return tokenRequest(exchange.query(QUrl::FullyEncoded).toUtf8().replace('+', "%2B"));
}

std::optional<SandboxTokens> SandboxLogin::refresh(const QString &refreshToken) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(kClientId));
    return tokenRequest(form.query(QUrl::FullyEncoded).toUtf8().replace('+', "%2B"));
}

std::optional<SandboxTokens> SandboxLogin::tokenRequest(const QByteArray &form) {
    hirex::api::TransportSettings settings;
    settings.caFile = m_sandbox.caFile();
    const auto policy = hirex::api::TransportPolicy::create(settings, nullptr);
    if (!policy) {
        m_error = QStringLiteral("CA file unreadable");
        return std::nullopt;
    }
    QNetworkRequest request(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/oauth/token"))));
    policy->apply(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    const HttpResult r = send(m_nam, request, "POST", form);
    const QJsonObject json = QJsonDocument::fromJson(r.body).object();
    if (r.status != 200 || json.value(u"access_token").toString().isEmpty()) {
        m_error =
            QStringLiteral("token endpoint: HTTP %1 %2").arg(r.status).arg(json.value(u"error").toString());
        return std::nullopt;
    }
    SandboxTokens tokens;
    tokens.accessToken = json.value(u"access_token").toString();
    tokens.refreshToken = json.value(u"refresh_token").toString();
    tokens.expiresIn = json.value(u"expires_in").toInteger();
    tokens.scope = json.value(u"scope").toString();
    return tokens;
}

} // namespace hirex::test
