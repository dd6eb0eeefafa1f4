#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace hirex::test {

// Runs the real hirex-sandbox for an integration test:
//   $HIREX_BIN_DIR/hirex-sandbox --data-dir <temporary dir> --port 0 [extra args]
// start() waits for its "READY <url>" line; stop() (and the destructor) send SIGTERM and wait.
//
//   hirex::test::SandboxProcess sandbox({"--fail-rate", "0.5"});
//   QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
//   sandbox.baseUrl();   // https://127.0.0.1:<port>
//   sandbox.caFile();    // <data dir>/tls/ca.pem, for TransportSettings::caFile
//   sandbox.account("recruiter").value("email").toString();
//
// Tests may block on it (waitFor*): it is test code, never product code.
class SandboxProcess {
public:
    explicit SandboxProcess(const QStringList &extraArgs = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts the server and waits up to `timeoutMs` for READY. False with errorString() on failure.
    bool start(int timeoutMs = 90000);
    // SIGTERM, then SIGKILL after `timeoutMs`. Returns the exit code (-1 when killed or not running).
    int stop(int timeoutMs = 15000);
    // Starts the stopped server again on the same data directory and port, so a client
    // configured with baseUrl() finds it again (a server "coming back").
    bool restartOnSamePort(int timeoutMs = 90000);
    bool isRunning() const;

    QUrl baseUrl() const { return m_baseUrl; }
    QString caFile() const;
    // TLS 1.2+, peer verification, and the sandbox CA as the only trusted root.
    QSslConfiguration tlsConfiguration() const;
    QString dataDir() const { return m_dataDir; }
    QString errorString() const { return m_error; }
    // The last bytes the server wrote to stderr (for failure messages).
    QString stderrTail(int maxChars = 3000) const;

    // `hirex-sandbox --data-dir <dir> --accounts`: every demo user with email, password,
    // role ("recruiter"), role_id, and totp_secret when 2FA is on. Cached after the first call.
    QJsonArray accounts();
    // The first account of `role`, preferring one without TOTP and not SSO-only. Empty if none.
    QJsonObject account(const QString &role);
    // The first account of `role` (any role when empty) that signs in with a password (not SSO,
    // not SCIM-managed), with TOTP or strictly without. Empty, with errorString(), if none.
    QJsonObject passwordAccount(const QString &role, bool withTotp);

    // The directory holding hirex-sandbox ($HIREX_BIN_DIR, else next to the test binary);
    // $HIREX_SANDBOX_BIN, when set, names the binary directly.
    static QString binDir();
    static QString sandboxBinary();

private:
    QStringList m_extraArgs;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    int m_port = 0; // 0: any free port
    QString m_error;
    QJsonArray m_accounts;
};

} // namespace hirex::test
