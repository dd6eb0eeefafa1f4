#pragma once

#include <QString>

#include <optional>

namespace hirex::store {

// The file `<profile>/locked`: written when the app locks, removed when the user has proved
// themselves again, so a lock survives a restart (quitting a locked app, or a crash, must not be
// a way round the unlock). It holds no secret: when the lock began (an unlock through the
// browser must authenticate after it), the signed-in account's subject (the fresh
// authentication must be the same person) and the count of wrong unlock PINs (their growing
// delay must not reset with a restart).
struct LockMarker {
    qint64 lockedAtSecs = 0;   // seconds since the epoch, UTC
    QString subject;           // OIDC `sub` of the signed-in user; empty when unknown
    int failedPinAttempts = 0; // since the last successful unlock
    qint64 lastFailedPinSecs = 0;

    static QString pathIn(const QString &profileDir);
    static bool exists(const QString &profileDir);
    // Empty when there is no marker. A marker that cannot be parsed still means "locked": it
    // comes back with lockedAtSecs = 0 (any fresh authentication is after it) and no subject.
    static std::optional<LockMarker> load(const QString &profileDir);
    // Atomic (write to a temporary file, then rename), readable by the owner only.
    bool save(const QString &profileDir, QString *error = nullptr) const;
    static bool remove(const QString &profileDir);
};

} // namespace hirex::store
