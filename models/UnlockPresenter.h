#pragma once

#include "core/auth/AuthorizationFlow.h"
#include "core/util/UserMessage.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

namespace hirex::store {
class UnlockPin;
}

namespace hirex::models {

// What the locked page of a keychain profile does. The keychain hands the cache's key back to
// anybody at the keyboard, so the lock asks the user to prove themselves first:
// - online, a fresh authentication in the browser (prompt=login, max_age=0): accepted only when
//   the ID token's auth_time is not before the lock began and its subject is the account that
//   was signed in when the app locked (both from the lock marker);
// - offline, the unlock PIN, if the user set one; wrong PINs make the next attempt wait longer
//   and longer, counted in the lock marker so that a restart does not reset the count;
// - with neither, it stays locked and says why.
// proven() is the only way out; the caller then opens the cache (IdleLock::unlock()).
class UnlockPresenter : public QObject {
    Q_OBJECT

public:
    // `flow` is used for unlocking only (never connected to a session); `pin` may be null.
    // Both must outlive the presenter. `profileDir` holds the lock marker.
    UnlockPresenter(auth::AuthorizationFlow *flow, store::UnlockPin *pin, const QString &profileDir,
                    QObject *parent = nullptr);

    // Issuer, resource and client id of the profile's sign-in; reauthenticate is set here.
    void setSignInSettings(const auth::AuthorizationFlow::Settings &settings);

    // Computed when asked, so asking again after a language switch gives it in the new language.
    QString message() const { return m_message ? m_message() : QString(); }
    bool isBusy() const { return m_busy; }
    bool isPinAvailable() const { return m_pinAvailable; }

    // Called when the app locks: forgets the last message, asks the keychain whether a PIN is set.
    void reset();
    void unlockWithBrowser();
    void unlockWithPin(const QString &pin);

    // How long to wait before the next PIN attempt after `failures` wrong ones in a row.
    static std::chrono::seconds delayAfter(int failures);
    void setClockForTesting(std::function<qint64()> nowSecs) { m_now = std::move(nowSecs); }

Q_SIGNALS:
    void proven();
    void changed();

private:
    void onReauthenticated(const auth::TokenSet &tokens);
    void onFlowFailed(const UserMessage &error);
    void onPinChecked(int result, const UserMessage &error);
    void setState(std::function<QString()> message, bool busy);

    QPointer<auth::AuthorizationFlow> m_flow;
    QPointer<store::UnlockPin> m_pin;
    QString m_profileDir;
    auth::AuthorizationFlow::Settings m_settings;
    std::function<QString()> m_message;
    bool m_busy = false;
    bool m_pinAvailable = false;
    quint64 m_generation = 0; // answers to a reset() lock are dropped
    std::function<qint64()> m_now;
};

} // namespace hirex::models
