#include "core/store/SecretStoreProbe.h"

#include "core/store/SecureBytes.h"
#include "core/store/StoreLog.h"

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

} // namespace hirex::store
