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

void SecretStoreProbe::choose(const QString &kdfPath, SecretStore *keychain,
                              std::function<void(Home home)> done) {
    if (QFileInfo::exists(kdfPath)) {
        QTimer::singleShot(0, keychain, [done = std::move(done)] { done(Home::PassphraseCache); });
        return;
    }
    check(keychain, [done = std::move(done)](Result result) {
        done(result == Result::NoBackend ? Home::PassphraseCache : Home::Keychain);
    });
}

} // namespace hirex::store
