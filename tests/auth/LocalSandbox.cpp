#include "LocalSandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QTimer>

namespace hirex::auth::test {

LocalSandbox::LocalSandbox(QStringList extraArguments)
    : m_extraArguments(std::move(extraArguments)) {}

LocalSandbox::~LocalSandbox() {
    stop();
}

QString LocalSandbox::binary() const {
    const QString binDir = qEnvironmentVariable("HIREX_BIN_DIR");
    return QDir(binDir).filePath(QStringLiteral("hirex-sandbox"));
}

bool LocalSandbox::start(QString *error) {
    if (!m_dataDir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(binary());
    m_process->setArguments(QStringList{QStringLiteral("--data-dir"), m_dataDir.path(),
                                        QStringLiteral("--port"), QStringLiteral("0"),
                                        QStringLiteral("--seed"), QStringLiteral("7"),
                                        QStringLiteral("--candidates"), QStringLiteral("40")} +
                            m_extraArguments);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process->errorString());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    while (clock.elapsed() < 90000) {
        if (m_process->state() == QProcess::NotRunning) {
            *error = QStringLiteral("sandbox exited before READY: ") + stderrTail();
            return false;
        }
        m_process->waitForReadyRead(500);
        out += m_process->readAllStandardOutput();
        const qsizetype at = out.indexOf("READY ");
        if (at >= 0) {
            const qsizetype end = out.indexOf('\n', at);
            if (end < 0)
                continue;
            m_baseUrl = QUrl(QString::fromUtf8(out.mid(at + 6, end - at - 6).trimmed()));
            return m_baseUrl.isValid();
        }
    }
    *error = QStringLiteral("no READY line within 90 s: ") + stderrTail();
    return false;
}

void LocalSandbox::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QString LocalSandbox::caFile() const {
    return QDir(m_dataDir.path()).filePath(QStringLiteral("tls/ca.pem"));
}

QSslConfiguration LocalSandbox::tlsConfiguration() const {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setCaCertificates(QSslCertificate::fromPath(caFile()));
    return tls;
}

QString LocalSandbox::stderrTail() const {
    if (!m_process)
        return {};
    return QString::fromUtf8(m_process->readAllStandardError().right(3000));
}

QJsonArray LocalSandbox::accounts(QString *error) const {
    QProcess process;
    process.start(binary(), {QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("--accounts")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QStringLiteral("--accounts failed: ") +
                 QString::fromUtf8(process.readAllStandardError().right(2000));
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput());
    if (doc.isArray())
        return doc.array();
    return doc.object().value(QStringLiteral("accounts")).toArray();
}

QJsonObject LocalSandbox::account(const QString &role, bool withTotp, QString *error) const {
    const QJsonArray all = accounts(error);
    for (const QJsonValue &value : all) {
        const QJsonObject a = value.toObject();
        if ((!role.isEmpty() && a.value(QStringLiteral("role")).toString() != role) ||
            a.contains(QStringLiteral("sso_provider")) || a.value(QStringLiteral("scim_managed")).toBool() ||
            a.value(QStringLiteral("password")).toString().isEmpty())
            continue;
        if (a.contains(QStringLiteral("totp_secret")) == withTotp)
            return a;
    }
    if (error->isEmpty())
        *error = QStringLiteral("no %1 account (totp %2) among %3").arg(role).arg(withTotp).arg(all.size());
    return {};
}

QJsonObject HttpResult::json() const {
    return QJsonDocument::fromJson(body).object();
}

HttpResult httpRequest(QNetworkAccessManager *network, const QSslConfiguration &tls, const QByteArray &verb,
                       const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                       const QList<QPair<QByteArray, QByteArray>> &headers) {
    QNetworkRequest request(url);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30000);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply =
        verb == "GET" ? network->get(request) : network->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.location = reply->rawHeader("Location");
    if (result.status == 0)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

} // namespace hirex::auth::test
