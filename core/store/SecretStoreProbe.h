#pragma once

#include "core/store/SecretStore.h"

#include <functional>

namespace hirex::store {

// Finds out whether a SecretStore has a backend at all (an OS keychain service), before the app
// decides where its secrets live: keychain, or (NoBackend) the passphrase-protected cache.
// It only reads one entry that never exists; nothing is created in the keychain.
// Anything but NoBackend (found, not found, denied, timeout) means a keychain exists: those
// are the keychain's own problems, shown to the user where they happen.
class SecretStoreProbe {
public:
    enum class Result { Available, NoBackend };

    static QString probeKey() { return QStringLiteral("probe/backend"); }

    // `done` runs once, later on the event loop (the store's answer), unless `store` is gone.
    static void check(SecretStore *store, std::function<void(Result result)> done);

    // Where a profile's secrets live, the same rule for every front end: a passphrase cache (its
    // KDF file `kdfPath` exists) keeps the sign-in inside, even if a keychain has appeared since;
    // otherwise the keychain, unless it has no backend and there is no cache yet.
    // A cache file `databasePath` without a KDF file is a keychain profile: its key is in the
    // keychain. If the keychain does not answer properly (timeout, denied, no backend) the answer
    // is Unavailable, never PassphraseCache: a passphrase cache would be made over it and the
    // queued changes lost. Front ends report Unavailable as an error with Retry.
    // `done` runs as for check().
    enum class Home { Keychain, PassphraseCache, Unavailable };
    static void choose(const QString &kdfPath, const QString &databasePath, SecretStore *keychain,
                       std::function<void(Home home)> done);
};

} // namespace hirex::store
