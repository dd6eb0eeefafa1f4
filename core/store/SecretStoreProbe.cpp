#include "core/store/SecretStoreProbe.h"

#include "core/store/SecureBytes.h"
#include "core/store/StoreLog.h"

#include <QFileInfo>
#include <QTimer>

namespace hirex::store {

void SecretStoreProbe::check(SecretStore *store, std::function<void(Result result)> done) {
    store->readSecret(probeKey(), [done = std::move(done)](SecretStore::Error error, const QByteArray &secret,
                                                           const QString &) {
        QByteArray unused = secret;
        wipeByteArray(unused);
        const Result result = error == SecretStore::Error::NoBackend ? Result::NoBackend : Result::Available;
        qCInfo(lcStore) << "keychain probe:" << error;
        done(result);
    });
}

void SecretStoreProbe::choose(const QString &kdfPath, const QString &databasePath, SecretStore *keychain,
                              std::function<void(Home home)> done) {
    if (QFileInfo::exists(kdfPath)) {
        QTimer::singleShot(0, keychain, [done = std::move(done)] { done(Home::PassphraseCache); });
        return;
    }
    const bool keychainProfile = QFileInfo::exists(databasePath);
    keychain->readSecret(probeKey(), [done = std::move(done), keychainProfile](SecretStore::Error error,
                                                                               const QByteArray &secret,
                                                                               const QString &) {
        QByteArray unused = secret;
        wipeByteArray(unused);
        qCInfo(lcStore) << "keychain probe:" << error << (keychainProfile ? "(keychain profile)" : "");
        const bool answered = error == SecretStore::Error::None || error == SecretStore::Error::NotFound;
        if (keychainProfile && !answered) {
            // The key of the existing cache is in the keychain: wait for it (Retry), never
            // replace it with a passphrase cache.
            done(Home::Unavailable);
            return;
        }
        done(error == SecretStore::Error::NoBackend ? Home::PassphraseCache : Home::Keychain);
    });
}

} // namespace hirex::store
