#include "tests/support/SandboxProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslSocket>

#include <csignal>

namespace hirex::test {

SandboxProcess::SandboxProcess(const QStringList &extraArgs)
    : m_extraArgs(extraArgs) {}

SandboxProcess::~SandboxProcess() {
    stop();
}

QString SandboxProcess::binDir() {
    const QString env = qEnvironmentVariable("HIREX_BIN_DIR");
    return env.isEmpty() ? QCoreApplication::applicationDirPath() : env;
}

QString SandboxProcess::sandboxBinary() {
    // HIREX_SANDBOX_BIN points at another build's sandbox (local iteration only).
    const QString override = qEnvironmentVariable("HIREX_SANDBOX_BIN");
    if (!override.isEmpty())
        return override;
    return QDir(binDir()).filePath(QStringLiteral("hirex-sandbox"));
}

QString SandboxProcess::caFile() const {
    return QDir(m_dataDir).filePath(QStringLiteral("tls/ca.pem"));
}

QSslConfiguration SandboxProcess::tlsConfiguration() const {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setCaCertificates(QSslCertificate::fromPath(caFile()));
    return tls;
}

bool SandboxProcess::isRunning() const {
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool SandboxProcess::start(int timeoutMs) {
    m_error.clear();
    if (!QFileInfo(sandboxBinary()).isExecutable()) {
        m_error = QStringLiteral("sandbox binary not built: ") + sandboxBinary();
        return false;
    }
    if (!m_tempDir) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary directory");
            return false;
        }
        m_dataDir = m_tempDir->path();
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(sandboxBinary());
    m_process->setArguments(QStringList{QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--port"),
                                        QString::number(m_port)} +
                            m_extraArgs);
    m_process->setReadChannel(QProcess::StandardOutput);
    // stderr goes to a file: an unread pipe fills up and would block a chatty server.
    m_process->setStandardErrorFile(QDir(m_dataDir).filePath(QStringLiteral("sandbox.stderr")),
                                    QIODevice::Append);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start the sandbox: ") + m_process->errorString();
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray seen;
    while (!deadline.hasExpired()) {
        while (m_process->canReadLine()) {
            const QByteArray line = m_process->readLine().trimmed();
            seen += line + '\n';
            if (line.startsWith("READY ")) {
                m_baseUrl = QUrl(QString::fromUtf8(line.mid(6).trimmed()));
                if (!m_baseUrl.isValid()) {
                    m_error = QStringLiteral("bad READY line: ") + QString::fromUtf8(line);
                    return false;
                }
                // Keep draining stdout so the server never blocks on a full pipe.
                QProcess *process = m_process.get();
                QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                                 [process] { process->readAllStandardOutput(); });
                return true;
            }
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the sandbox exited before READY (code %1); stdout: %2; stderr: %3")
                          .arg(m_process->exitCode())
                          .arg(QString::fromUtf8(seen), stderrTail());
            return false;
        }
        m_process->waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 500)));
    }
    m_error = QStringLiteral("no READY line within %1 ms; stderr: %2").arg(timeoutMs).arg(stderrTail());
    stop();
    return false;
}

int SandboxProcess::stop(int timeoutMs) {
    if (!isRunning())
        return m_process ? m_process->exitCode() : -1;
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(timeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return -1;
    }
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

bool SandboxProcess::restartOnSamePort(int timeoutMs) {
    if (!m_baseUrl.isValid()) {
        m_error = QStringLiteral("the sandbox never ran: no port to reuse");
        return false;
    }
    stop();
    m_port = m_baseUrl.port();
    return start(timeoutMs);
}

QString SandboxProcess::stderrTail(int maxChars) const {
    QFile file(QDir(m_dataDir).filePath(QStringLiteral("sandbox.stderr")));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll()).right(maxChars);
}

QJsonArray SandboxProcess::accounts() {
    if (!m_accounts.isEmpty())
        return m_accounts;
    QProcess p;
    p.start(sandboxBinary(), {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--accounts")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        m_error =
            QStringLiteral("--accounts failed: ") + QString::fromUtf8(p.readAllStandardError().right(2000));
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput());
    m_accounts = doc.isArray() ? doc.array() : doc.object().value(u"accounts").toArray();
    return m_accounts;
}

QJsonObject SandboxProcess::account(const QString &role) {
    QJsonObject fallback;
    for (const QJsonValue &v : accounts()) {
        const QJsonObject a = v.toObject();
        if (a.value(u"role").toString() != role)
            continue;
        const bool plain = !a.contains(u"totp_secret") && !a.contains(u"sso_provider");
        if (plain)
            return a;
        if (fallback.isEmpty())
            fallback = a;
    }
    return fallback;
}

QJsonObject SandboxProcess::passwordAccount(const QString &role, bool withTotp) {
    const QJsonArray all = accounts();
    for (const QJsonValue &v : all) {
        const QJsonObject a = v.toObject();
        if ((!role.isEmpty() && a.value(u"role").toString() != role) || a.contains(u"sso_provider") ||
            a.value(u"scim_managed").toBool() || a.value(u"password").toString().isEmpty())
            continue;
        if (a.contains(u"totp_secret") == withTotp)
            return a;
    }
    if (m_error.isEmpty())
        m_error = QStringLiteral("no %1 password account (totp %2) among %3")
                      .arg(role)
                      .arg(withTotp)
                      .arg(all.size());
    return {};
}

} // namespace hirex::test
