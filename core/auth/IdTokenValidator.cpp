#include "core/auth/IdTokenValidator.h"

#include "core/auth/UrlText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QStringList>

#include <cmath>
#include <limits>
#include <memory>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <optional>

namespace hirex::auth {

namespace {

constexpr qsizetype kMaxTokenBytes = 16 * 1024;

std::optional<QByteArray> fromBase64Url(const QByteArray &text) {
    const auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<QJsonObject> jsonPart(const QByteArray &part) {
    const std::optional<QByteArray> bytes = fromBase64Url(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// A NumericDate claim (RFC 7519 §2) as whole seconds; nullopt when missing, not a number or out
// of range, checked before any conversion to an integer.
std::optional<qint64> numericDate(const QJsonObject &claims, const char *name) {
    const QJsonValue v = claims.value(QLatin1String(name));
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 32503680000.0) // year 3000
        return std::nullopt;
    return static_cast<qint64>(d);
}

struct PkeyFree {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

Pkey rsaKeyFrom(const QJsonObject &jwk) {
    const std::optional<QByteArray> n = fromBase64Url(jwk.value(QLatin1String("n")).toString().toLatin1());
    const std::optional<QByteArray> e = fromBase64Url(jwk.value(QLatin1String("e")).toString().toLatin1());
    if (!n || !e || n->size() < 256 || n->size() > 1024 || e->isEmpty() || e->size() > 8)
        return nullptr; // RSA keys under 2048 bits are refused
    BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(n->constData()),
                           static_cast<int>(n->size()), nullptr);
    BIGNUM *be = BN_bin2bn(reinterpret_cast<const unsigned char *>(e->constData()),
                           static_cast<int>(e->size()), nullptr);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM *params = nullptr;
    EVP_PKEY_CTX *ctx = nullptr;
    EVP_PKEY *key = nullptr;
    if (bn && be && builder && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, bn) == 1 &&
        OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, be) == 1 &&
        (params = OSSL_PARAM_BLD_to_param(builder)) != nullptr &&
        (ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr)) != nullptr &&
        EVP_PKEY_fromdata_init(ctx) == 1)
        EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(bn);
    BN_free(be);
    return Pkey(key);
}

bool verifyRs256(EVP_PKEY *key, const QByteArray &input, const QByteArray &signature) {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
                    EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                                     static_cast<size_t>(signature.size()),
                                     reinterpret_cast<const unsigned char *>(input.constData()),
                                     static_cast<size_t>(input.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

} // namespace

IdTokenValidator::Result IdTokenValidator::validate(const QByteArray &idToken, const QJsonObject &jwks,
                                                    const Expectations &expected) {
    Result result;
    auto fail = [&result](const char *code) {
        result.error = QString::fromLatin1(code);
        return result;
    };
    if (idToken.isEmpty())
        return fail("id_token_missing");
    if (idToken.size() > kMaxTokenBytes)
        return fail("id_token_too_large");
    const QList<QByteArray> parts = idToken.split('.');
    if (parts.size() != 3)
        return fail("id_token_not_jws");
    const std::optional<QJsonObject> header = jsonPart(parts.at(0));
    const std::optional<QJsonObject> claims = jsonPart(parts.at(1));
    const std::optional<QByteArray> signature = fromBase64Url(parts.at(2));
    if (!header || !claims || !signature)
        return fail("id_token_malformed");
    // Only RS256: never "none", and never an HMAC keyed with a public key (alg confusion).
    if (header->value(QLatin1String("alg")).toString() != QLatin1String("RS256"))
        return fail("id_token_alg_refused");

    const QString kid = header->value(QLatin1String("kid")).toString();
    const QJsonArray keys = jwks.value(QLatin1String("keys")).toArray();
    bool verified = false;
    bool candidate = false;
    for (const QJsonValue &value : keys) {
        const QJsonObject jwk = value.toObject();
        if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("RSA"))
            continue;
        if (!kid.isEmpty() && jwk.value(QLatin1String("kid")).toString() != kid)
            continue;
        const QString use = jwk.value(QLatin1String("use")).toString();
        const QString alg = jwk.value(QLatin1String("alg")).toString();
        if ((!use.isEmpty() && use != QLatin1String("sig")) ||
            (!alg.isEmpty() && alg != QLatin1String("RS256")))
            continue;
        candidate = true;
        const Pkey key = rsaKeyFrom(jwk);
        if (key && verifyRs256(key.get(), parts.at(0) + '.' + parts.at(1), *signature)) {
            verified = true;
            break;
        }
    }
    if (!candidate)
        return fail("id_token_key_unknown");
    if (!verified)
        return fail("id_token_signature_invalid");

    if (withoutTrailingSlash(claims->value(QLatin1String("iss")).toString()) !=
        withoutTrailingSlash(expected.issuer))
        return fail("id_token_issuer_mismatch");
    const QJsonValue aud = claims->value(QLatin1String("aud"));
    QStringList audiences;
    if (aud.isString())
        audiences << aud.toString();
    for (const QJsonValue &a : aud.toArray())
        audiences << a.toString();
    if (!audiences.contains(expected.clientId))
        return fail("id_token_audience_mismatch");
    if (audiences.size() > 1 && claims->value(QLatin1String("azp")).toString() != expected.clientId)
        return fail("id_token_azp_mismatch");
    const std::optional<qint64> exp = numericDate(*claims, "exp");
    const std::optional<qint64> iat = numericDate(*claims, "iat");
    if (!exp || !iat)
        return fail("id_token_times_missing");
    if (*exp + expected.leewaySecs < expected.nowSecs)
        return fail("id_token_expired");
    if (*iat - expected.leewaySecs > expected.nowSecs)
        return fail("id_token_from_the_future");
    const QJsonValue nonce = claims->value(QLatin1String("nonce"));
    if (!expected.nonce.isEmpty() && (!nonce.isString() || nonce.toString() != expected.nonce))
        return fail("id_token_nonce_mismatch");
    const std::optional<qint64> authTime = numericDate(*claims, "auth_time");
    if (expected.maxAgeSecs >= 0) {
        if (!authTime)
            return fail("id_token_auth_time_missing");
        if (expected.nowSecs - *authTime > expected.maxAgeSecs + expected.leewaySecs)
            return fail("id_token_auth_too_old");
    }
    const QString subject = claims->value(QLatin1String("sub")).toString();
    if (subject.isEmpty() || subject.size() > 255)
        return fail("id_token_subject_missing");

    result.ok = true;
    result.claims.subject = subject;
    result.claims.authTime = authTime.value_or(0);
    result.claims.issuedAt = *iat;
    return result;
}

} // namespace hirex::auth
