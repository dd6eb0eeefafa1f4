#include "core/store/CacheError.h"

#include <QCoreApplication>

namespace hirex::store {

namespace {

QString translated(const char *text) {
    return QCoreApplication::translate("hirex::store::CacheError", text);
}

} // namespace

QString CacheError::code() const {
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::WrongKey:
        return QStringLiteral("cache_wrong_key");
    case Kind::Corrupt:
        return QStringLiteral("cache_corrupt");
    case Kind::KeyLost:
        return QStringLiteral("cache_key_lost");
    case Kind::NoBackend:
        return QStringLiteral("cache_no_keychain");
    case Kind::KeychainDenied:
        return QStringLiteral("cache_keychain_denied");
    case Kind::KeychainTimeout:
        return QStringLiteral("cache_keychain_timeout");
    case Kind::Io:
        return QStringLiteral("cache_io");
    case Kind::NotSqlCipher:
        return QStringLiteral("cache_not_sqlcipher");
    case Kind::Unencrypted:
        return QStringLiteral("cache_unencrypted");
    case Kind::Migration:
        return QStringLiteral("cache_migration");
    case Kind::KeyGeneration:
        return QStringLiteral("cache_key_generation");
    }
    return QStringLiteral("cache_error");
}

QString CacheError::message() const {
    // QT_TRANSLATE_NOOP keeps each text visible to lupdate under one context.
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::WrongKey:
        return translated(QT_TRANSLATE_NOOP(
            "hirex::store::CacheError",
            "The local cache cannot be opened with this key or passphrase. Check the passphrase, "
            "or reset the local cache: it is wiped and downloaded again from the server."));
    case Kind::Corrupt:
        return translated(QT_TRANSLATE_NOOP(
            "hirex::store::CacheError",
            "The local cache file is damaged. Reset the local cache: it is wiped and downloaded "
            "again from the server. Changes not yet sent are lost."));
    case Kind::KeyLost:
        return translated(QT_TRANSLATE_NOOP(
            "hirex::store::CacheError",
            "The keychain no longer holds the key of the local cache, so the cache cannot be "
            "read. Reset the local cache to download it again from the server."));
    case Kind::NoBackend:
        return translated(QT_TRANSLATE_NOOP(
            "hirex::store::CacheError",
            "No keychain is available to protect the local cache. Set a passphrase for it, or "
            "reset the local cache."));
    case Kind::KeychainDenied:
        return translated(QT_TRANSLATE_NOOP(
            "hirex::store::CacheError",
            "The keychain refused access to the key of the local cache. Unlock the keychain and "
            "try again, or reset the local cache."));
    case Kind::KeychainTimeout:
        return translated(
            QT_TRANSLATE_NOOP("hirex::store::CacheError",
                              "The keychain did not answer in time. Try again, or reset the local cache."));
    case Kind::Io:
        return translated(
            QT_TRANSLATE_NOOP("hirex::store::CacheError",
                              "The local cache file cannot be read or written. Check the disk space and the "
                              "folder's permissions and try again, or reset the local cache."));
    case Kind::NotSqlCipher:
        return translated(
            QT_TRANSLATE_NOOP("hirex::store::CacheError",
                              "This build of Hirex has no database encryption, so it refuses to store data "
                              "locally. Please reinstall Hirex Desktop."));
    case Kind::Unencrypted:
        return translated(QT_TRANSLATE_NOOP(
            "hirex::store::CacheError",
            "The local cache file is not encrypted and was not written by Hirex. Reset the local "
            "cache to replace it."));
    case Kind::Migration:
        return translated(QT_TRANSLATE_NOOP(
            "hirex::store::CacheError",
            "The local cache could not be upgraded to this version of Hirex. Reset the local "
            "cache to download it again from the server."));
    case Kind::KeyGeneration:
        return translated(QT_TRANSLATE_NOOP(
            "hirex::store::CacheError",
            "No encryption key could be made for the local cache. Try again, or reset the local "
            "cache."));
    }
    return {};
}

} // namespace hirex::store
