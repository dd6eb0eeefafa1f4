#pragma once

#include "core/store/KdfParams.h"
#include "core/util/UserMessage.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace hirex::store {

class PassphraseKeyDeriver;
class SecretStore;

// The optional unlock PIN of a keychain profile: a way to unlock the idle lock while the server
// (and so a fresh sign-in in the browser) cannot be reached. Only an Argon2id verifier is kept,
// in the keychain next to the session's secrets under "unlock-pin/<profile>": a JSON object with
// the costs, a random 16-byte salt and the 32-byte hash. The PIN itself is never stored; checks
// compare in constant time. Argon2id runs on a worker thread (PassphraseKeyDeriver), so the GUI
// never waits on it. Limiting wrong attempts is the caller's job (UnlockPresenter, which keeps
// the count in the lock marker so that it survives a restart).
class UnlockPin : public QObject {
    Q_OBJECT

public:
    static constexpr int MinimumLength = 6;

    enum class Check {
        Match,
        Mismatch,
        NotSet,      // no PIN was set for this profile
        Unavailable, // the keychain did not answer, or the stored verifier is unreadable
    };
    Q_ENUM(Check)

    using Done = std::function<void(const hirex::UserMessage &error)>;
    using IsSetDone = std::function<void(bool set, const hirex::UserMessage &error)>;
    using CheckDone = std::function<void(Check result, const hirex::UserMessage &error)>;

    // `secrets` (the OS keychain) must outlive this object.
    UnlockPin(SecretStore *secrets, const QString &profile, QObject *parent = nullptr);
    ~UnlockPin() override;

    static QString keyFor(const QString &profile);

    // Replaces any PIN. Refused (code "pin_too_short") below MinimumLength characters.
    void set(const QString &pin, Done done);
    void clear(Done done);
    void isSet(IsSetDone done);
    void verify(const QString &pin, CheckDone done);

    // Tests: cheaper Argon2id costs for new verifiers (a fresh salt is still drawn each time).
    void setCostsForTesting(quint32 timeCost, quint32 memoryKiB);

private:
    QPointer<SecretStore> m_secrets;
    QString m_profile;
    PassphraseKeyDeriver *m_deriver;
    quint32 m_timeCost;
    quint32 m_memoryKiB;
};

} // namespace hirex::store
