#include "core/store/UnlockPin.h"

#include "core/store/PassphraseKeyDeriver.h"
#include "core/store/SecretStore.h"
#include "core/store/SecureBytes.h"
#include "core/store/StoreLog.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>

namespace hirex::store {

namespace {

UserMessage keychainError(const QString &message) {
    return {QStringLiteral("pin_keychain_error"), message, {}};
}

} // namespace

UnlockPin::UnlockPin(SecretStore *secrets, const QString &profile, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_profile(profile)
    , m_deriver(new PassphraseKeyDeriver(this)) {
    const KdfParams defaults;
    m_timeCost = defaults.timeCost;
    m_memoryKiB = defaults.memoryKiB;
}

UnlockPin::~UnlockPin() = default;

QString UnlockPin::keyFor(const QString &profile) {
    return QStringLiteral("unlock-pin/") + profile;
}

void UnlockPin::setCostsForTesting(quint32 timeCost, quint32 memoryKiB) {
    m_timeCost = timeCost;
    m_memoryKiB = memoryKiB;
}

void UnlockPin::set(const QString &pin, Done done) {
    if (pin.size() < MinimumLength) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done({QStringLiteral("pin_too_short"),
                      tr("The unlock PIN must have at least %n character(s).", nullptr, MinimumLength),
                      {}});
            },
            Qt::QueuedConnection);
        return;
    }
    KdfParams params = KdfParams::createDefault();
    params.timeCost = m_timeCost;
    params.memoryKiB = m_memoryKiB;
    if (params.salt.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done({QStringLiteral("rng_failed"), tr("No secure random numbers are available."), {}});
            },
            Qt::QueuedConnection);
        return;
    }
    QPointer<UnlockPin> self(this);
    m_deriver->derive(pin, params, [self, params, done](CacheKey hash, const QString &error) {
        if (!self)
            return;
        if (!hash.isValid() || !self->m_secrets) {
            qCWarning(lcStore) << "unlock PIN verifier not made:" << error;
            done({QStringLiteral("pin_not_set"), tr("The unlock PIN could not be set."), error});
            return;
        }
        QByteArray raw = hash.toByteArray();
        QJsonObject verifier = params.toJson();
        verifier.insert(QStringLiteral("hash"), QString::fromLatin1(raw.toBase64()));
        wipeByteArray(raw);
        const QByteArray json = QJsonDocument(verifier).toJson(QJsonDocument::Compact);
        self->m_secrets->writeSecret(keyFor(self->m_profile), json,
                                     [done](SecretStore::Error writeError, const QString &message) {
                                         if (writeError != SecretStore::Error::None) {
                                             done(keychainError(message));
                                             return;
                                         }
                                         qCInfo(lcStore) << "unlock PIN set";
                                         done({});
                                     });
    });
}

void UnlockPin::clear(Done done) {
    if (!m_secrets) {
        QMetaObject::invokeMethod(
            this, [done] { done(keychainError(tr("No keychain is set up."))); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->deleteSecret(keyFor(m_profile), [done](SecretStore::Error error, const QString &message) {
        if (error != SecretStore::Error::None && error != SecretStore::Error::NotFound) {
            done(keychainError(message));
            return;
        }
        done({});
    });
}

void UnlockPin::isSet(IsSetDone done) {
    if (!m_secrets) {
        QMetaObject::invokeMethod(
            this, [done] { done(false, keychainError(tr("No keychain is set up."))); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->readSecret(keyFor(m_profile),
                          [done](SecretStore::Error error, const QByteArray &secret, const QString &message) {
                              if (error == SecretStore::Error::NotFound)
                                  done(false, {});
                              else if (error != SecretStore::Error::None)
                                  done(false, keychainError(message));
                              else
                                  done(!secret.isEmpty(), {});
                          });
}

void UnlockPin::verify(const QString &pin, CheckDone done) {
    if (!m_secrets) {
        QMetaObject::invokeMethod(
            this, [done] { done(Check::Unavailable, keychainError(tr("No keychain is set up."))); },
            Qt::QueuedConnection);
        return;
    }
    // The PIN is copied into a wiped buffer by the deriver; keep our own copy as short as we can.
    QByteArray utf8 = pin.toUtf8();
    auto pinBytes = std::make_shared<SecureBytes>(SecureBytes::fromByteArray(utf8));
    wipeByteArray(utf8);
    QPointer<UnlockPin> self(this);
    m_secrets->readSecret(
        keyFor(m_profile),
        [self, pinBytes, done](SecretStore::Error error, const QByteArray &secret, const QString &message) {
            if (!self)
                return;
            if (error == SecretStore::Error::NotFound) {
                done(Check::NotSet, {});
                return;
            }
            if (error != SecretStore::Error::None) {
                done(Check::Unavailable, keychainError(message));
                return;
            }
            const QJsonObject verifier = QJsonDocument::fromJson(secret).object();
            const std::optional<KdfParams> params = KdfParams::fromJson(verifier);
            const QByteArray expected =
                QByteArray::fromBase64(verifier.value(QLatin1String("hash")).toString().toLatin1());
            if (!params || expected.size() != qsizetype(CacheKey::Size)) {
                qCWarning(lcStore) << "stored unlock PIN verifier is unreadable";
                done(Check::Unavailable, {QStringLiteral("pin_verifier_invalid"),
                                          tr("The stored unlock PIN cannot be read. Unlock through the "
                                             "browser and set the PIN again."),
                                          {}});
                return;
            }
            QString pinText = QString::fromUtf8(pinBytes->constChars(), qsizetype(pinBytes->size()));
            pinBytes->wipe();
            self->m_deriver->derive(
                pinText, *params, [expected, done](CacheKey hash, const QString &deriveError) {
                    if (!hash.isValid()) {
                        done(Check::Unavailable, {QStringLiteral("pin_check_failed"),
                                                  tr("The unlock PIN could not be checked."), deriveError});
                        return;
                    }
                    // Constant time: how far the bytes match must not show in how long the check takes.
                    const bool match = CRYPTO_memcmp(hash.data(), expected.constData(), CacheKey::Size) == 0;
                    done(match ? Check::Match : Check::Mismatch, {});
                });
            wipeString(pinText); // derive() took its own wiped copy
        });
}

} // namespace hirex::store
