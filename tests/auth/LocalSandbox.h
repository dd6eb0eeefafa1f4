#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace hirex::auth::test {

// A minimal stand-in for tests/support's SandboxProcess until that lands: starts the real
// hirex-sandbox on a free loopback port with a fresh data directory, waits for its READY line,
// and trusts only its CA.
class LocalSandbox {
public:
    explicit LocalSandbox(QStringList extraArguments = {});
    ~LocalSandbox();
    LocalSandbox(const LocalSandbox &) = delete;
    LocalSandbox &operator=(const LocalSandbox &) = delete;

    bool start(QString *error);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    QString caFile() const;
    // TLS 1.2+, peer verification, and the sandbox CA as the only trusted root.
    QSslConfiguration tlsConfiguration() const;
    // The demo accounts (`--accounts`): id, email, role, password, optional totp_secret.
    QJsonArray accounts(QString *error) const;
    // The first password account of `role` (any role when empty; no SSO), with or without TOTP.
    QJsonObject account(const QString &role, bool withTotp, QString *error) const;
    QString stderrTail() const;

private:
    QString binary() const;

    QStringList m_extraArguments;
    QTemporaryDir m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
};

// Blocking HTTP for test set-up and checks (it spins the event loop; production code never does).
struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray location;
    QString error;
    QJsonObject json() const;
};

HttpResult httpRequest(QNetworkAccessManager *network, const QSslConfiguration &tls, const QByteArray &verb,
                       const QUrl &url, const QByteArray &body = {}, const QByteArray &contentType = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});

} // namespace hirex::auth::test
