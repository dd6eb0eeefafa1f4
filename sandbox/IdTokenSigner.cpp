#include "sandbox/IdTokenSigner.h"

#include "sandbox/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace hirex::sandbox {

namespace {

QByteArray b64url(const QByteArray &bytes) {
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bigNumber(EVP_PKEY *key, const char *name) {
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

EVP_PKEY *readPem(const QByteArray &pem) {
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return key;
}

QByteArray writePem(EVP_PKEY *key) {
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray out;
    if (PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr) == 1) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        out = QByteArray(data, static_cast<qsizetype>(size));
    }
    BIO_free(bio);
    return out;
}

} // namespace

IdTokenSigner::IdTokenSigner(Database &db) {
    const QString stored = db.meta(QStringLiteral("id_token_key"));
    if (!stored.isEmpty())
        m_key = readPem(stored.toLatin1());
    if (!m_key) {
        m_key = EVP_RSA_gen(2048);
        if (m_key)
            db.setMeta(QStringLiteral("id_token_key"), QString::fromLatin1(writePem(m_key)));
    }
    if (!m_key)
        return;
    m_modulus = bigNumber(m_key, OSSL_PKEY_PARAM_RSA_N);
    m_exponent = bigNumber(m_key, OSSL_PKEY_PARAM_RSA_E);
    m_keyId =
        QString::fromLatin1(b64url(QCryptographicHash::hash(m_modulus, QCryptographicHash::Sha256)).left(16));
}

IdTokenSigner::~IdTokenSigner() {
    EVP_PKEY_free(m_key);
}

QJsonObject IdTokenSigner::jwks() const {
    QJsonArray keys;
    if (m_key)
        keys.append(QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                                {QStringLiteral("kid"), m_keyId},
                                {QStringLiteral("use"), QStringLiteral("sig")},
                                {QStringLiteral("alg"), QStringLiteral("RS256")},
                                {QStringLiteral("n"), QString::fromLatin1(b64url(m_modulus))},
                                {QStringLiteral("e"), QString::fromLatin1(b64url(m_exponent))}});
    return QJsonObject{{QStringLiteral("keys"), keys}};
}

QByteArray IdTokenSigner::sign(const QJsonObject &claims) const {
    if (!m_key)
        return {};
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), m_keyId}};
    const QByteArray input = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray signature;
    size_t length = 0;
    if (ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key) == 1 &&
        EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                       static_cast<size_t>(input.size())) == 1) {
        signature.resize(static_cast<qsizetype>(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(input.constData()),
                           static_cast<size_t>(input.size())) == 1)
            signature.resize(static_cast<qsizetype>(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    return signature.isEmpty() ? QByteArray() : input + '.' + b64url(signature);
}

} // namespace hirex::sandbox
