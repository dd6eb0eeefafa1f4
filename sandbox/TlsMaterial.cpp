#include "sandbox/TlsMaterial.h"

#include "sandbox/SandboxLog.h"

#include <QDir>
#include <QFile>

#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace hirex::sandbox {

namespace {

struct PkeyFree {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct X509Free {
    void operator()(X509 *x) const { X509_free(x); }
};
struct BioFree {
    void operator()(BIO *b) const { BIO_free(b); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using BioPtr = std::unique_ptr<BIO, BioFree>;

PkeyPtr makeKey() {
    return PkeyPtr(EVP_EC_gen("P-256"));
}

bool addExt(X509 *cert, X509 *issuer, int nid, const char *value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

X509Ptr makeCert(EVP_PKEY *key, EVP_PKEY *issuerKey, X509 *issuer, const char *cn, long serial, bool ca) {
    X509Ptr cert(X509_new());
    if (!cert)
        return {};
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    // Valid from yesterday (tolerates clock skew) for ten years: the test clock never reaches it.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -86400L);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 86400L * 3650);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Hirex Sandbox"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(cn), -1, -1,
                               0);
    X509 *issuerCert = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert));
    bool ok = addExt(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    ok = ok && addExt(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always");
    if (ca) {
        ok = ok && addExt(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        ok = ok && addExt(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExt(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExt(cert.get(), issuerCert, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        ok = ok && addExt(cert.get(), issuerCert, NID_ext_key_usage, "serverAuth");
        ok = ok && addExt(cert.get(), issuerCert, NID_subject_alt_name, "IP:127.0.0.1,IP:::1,DNS:localhost");
    }
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) == 0)
        return {};
    return cert;
}

QByteArray bioBytes(BIO *bio) {
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

QByteArray certPem(X509 *cert) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioBytes(bio.get());
}

QByteArray keyPem(EVP_PKEY *key) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

bool writeFile(const QString &path, const QByteArray &data, bool secret) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(data) == data.size() && f.flush();
}

} // namespace

bool TlsMaterial::create(const QString &tlsDir, QString *errorText) {
    PkeyPtr caKey = makeKey();
    PkeyPtr serverKey = makeKey();
    if (!caKey || !serverKey) {
        *errorText = QStringLiteral("key generation failed");
        return false;
    }
    X509Ptr ca = makeCert(caKey.get(), caKey.get(), nullptr, "Hirex Sandbox Local CA", 1, true);
    if (!ca) {
        *errorText = QStringLiteral("CA certificate creation failed");
        return false;
    }
    X509Ptr server = makeCert(serverKey.get(), caKey.get(), ca.get(), "localhost", 2, false);
    if (!server) {
        *errorText = QStringLiteral("server certificate creation failed");
        return false;
    }
    const QDir dir(tlsDir);
    const bool ok =
        writeFile(dir.filePath(QStringLiteral("ca-key.pem")), keyPem(caKey.get()), true) &&
        writeFile(dir.filePath(QStringLiteral("server-key.pem")), keyPem(serverKey.get()), true) &&
        writeFile(dir.filePath(QStringLiteral("server.pem")), certPem(server.get()), false) &&
        writeFile(dir.filePath(QStringLiteral("ca.pem")), certPem(ca.get()), false);
    if (!ok)
        *errorText = QStringLiteral("cannot write TLS files");
    return ok;
}

bool TlsMaterial::loadOrCreate(const QString &tlsDir, QString *errorText) {
    QDir().mkpath(tlsDir);
    const QDir dir(tlsDir);
    if (!QFile::exists(dir.filePath(QStringLiteral("server.pem"))) ||
        !QFile::exists(dir.filePath(QStringLiteral("server-key.pem"))) ||
        !QFile::exists(dir.filePath(QStringLiteral("ca.pem")))) {
        qCInfo(lcSandbox) << "creating local CA and server certificate";
        if (!create(tlsDir, errorText))
            return false;
    }
    QFile certFile(dir.filePath(QStringLiteral("server.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("server-key.pem")));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *errorText = QStringLiteral("cannot read TLS files");
        return false;
    }
    m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    m_key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (m_certificate.isNull() || m_key.isNull()) {
        *errorText = QStringLiteral("invalid TLS files");
        return false;
    }
    return true;
}

} // namespace hirex::sandbox
