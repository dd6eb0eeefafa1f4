#pragma once

#include "core/util/UserMessage.h"

#include <QMetaType>
#include <QString>

namespace hirex::store {

// Why the encrypted cache could not be opened or used. Every kind has its own message, and
// every kind offers "reset local cache" (wipe it, then download again from the server), which
// only ever happens when the user chooses it.
struct CacheError {
    enum class Kind {
        None,
        WrongKey,        // the key (or passphrase) does not open this file
        Corrupt,         // truncated, overwritten, or integrity_check failed
        KeyLost,         // the file exists but the keychain no longer has its key
        NoBackend,       // no keychain, and no passphrase was given
        KeychainDenied,  // the keychain refused (locked, cancelled prompt)
        KeychainTimeout, // the keychain did not answer
        Io,              // the file or folder cannot be read or written
        NotSqlCipher,    // linked against plain SQLite: refuse to write anything
        Unencrypted,     // the file is a plain SQLite database, not ours
        Migration,       // the schema could not be upgraded (or is newer than this app)
        KeyGeneration,   // no random key or no derived key could be made
    };

    Kind kind = Kind::None;
    QString detail; // technical, for logs and support; never personal data or key material

    static CacheError make(Kind kind, const QString &detail = {}) { return CacheError{kind, detail}; }

    bool isError() const { return kind != Kind::None; }
    bool offersReset() const { return isError(); }
    // The keychain may simply be locked or slow: trying again is worth offering first.
    bool offersRetry() const {
        return kind == Kind::KeychainDenied || kind == Kind::KeychainTimeout || kind == Kind::Io;
    }

    QString code() const;    // stable, e.g. "cache_wrong_key"
    QString message() const; // translated
    hirex::UserMessage toUserMessage() const { return {code(), message(), detail}; }
};

} // namespace hirex::store

Q_DECLARE_METATYPE(hirex::store::CacheError)
