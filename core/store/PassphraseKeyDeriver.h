#pragma once

#include "core/store/CacheKey.h"
#include "core/store/KdfParams.h"

#include <QList>
#include <QObject>

#include <functional>

class QThread;

namespace hirex::store {

// Derives the cache key from a passphrase with Argon2id (libargon2), for machines without a
// keychain. 64 MiB and three passes take a noticeable fraction of a second, so derive() runs on
// a worker thread and answers on this object's thread; the GUI never waits on it.
class PassphraseKeyDeriver : public QObject {
    Q_OBJECT

public:
    // On success `error` is empty and `key` valid; on failure the key is invalid.
    using Callback = std::function<void(CacheKey key, const QString &error)>;

    explicit PassphraseKeyDeriver(QObject *parent = nullptr);
    // Waits for running derivations (bounded by their cost) and drops their answers.
    ~PassphraseKeyDeriver() override;

    // Copies the passphrase into a wiped buffer at once; the caller should drop its QString.
    void derive(const QString &passphrase, const KdfParams &params, Callback done);

    // The derivation itself, on the calling thread (tests, the worker).
    static CacheKey deriveBlocking(const SecureBytes &passphrase, const KdfParams &params, QString *error);

private:
    QList<QThread *> m_threads;
};

} // namespace hirex::store
