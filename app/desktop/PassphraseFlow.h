#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace hirex::store {
class CacheSecretStore;
class LocalCache;
class SecretStore;
} // namespace hirex::store

namespace hirex::app {

// hirex-desktop on a computer without a keychain: the cache is keyed by a passphrase (Argon2id)
// and also keeps the refresh token and device id (secrets()), so the cache opens before sign-in.
// Whenever LocalCache asks for the passphrase (start-up, unlock after the idle lock, after a
// reset) this asks the user through ui::PassphraseDialog; a wrong passphrase asks again with an
// inline error; "Reset local cache" asks for confirmation, wipes the cache and asks for a new one.
class PassphraseFlow : public QObject {
    Q_OBJECT

public:
    PassphraseFlow(store::LocalCache *cache, QWidget *window, QObject *parent = nullptr);
    ~PassphraseFlow() override;

    // The SecretStore for the session: the `secrets` table of the open cache.
    store::SecretStore *secrets() const;

    // The cache said WrongKey: ask again, saying so.
    void retryAfterWrongPassphrase();

Q_SIGNALS:
    // The user closed the dialog without a passphrase.
    void cancelled();
    // The user confirmed "Reset local cache": the files (and with them the stored sign-in) are
    // gone; a new passphrase is asked for next.
    void localDataReset();

private:
    void ask(bool newCache);

    store::LocalCache *m_cache;
    QWidget *m_window;
    store::CacheSecretStore *m_secrets;
    QString m_error; // shown in the next dialog, then cleared
};

} // namespace hirex::app
