#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace hirex::sandbox {

// Local CA + server certificate (EC P-256, SHA-256, SAN 127.0.0.1, ::1, localhost), made with
// OpenSSL on first start and kept in DIR/tls/. Clients trust DIR/tls/ca.pem explicitly.
class TlsMaterial {
public:
    bool loadOrCreate(const QString &tlsDir, QString *errorText);

    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &key() const { return m_key; }

private:
    static bool create(const QString &tlsDir, QString *errorText);

    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace hirex::sandbox
