#include "core/store/PassphraseKeyDeriver.h"

#include "core/store/StoreLog.h"

#include <QElapsedTimer>
#include <QThread>

#include <argon2.h>
#include <memory>

namespace hirex::store {

PassphraseKeyDeriver::PassphraseKeyDeriver(QObject *parent)
    : QObject(parent) {}

PassphraseKeyDeriver::~PassphraseKeyDeriver() {
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

CacheKey PassphraseKeyDeriver::deriveBlocking(const SecureBytes &passphrase, const KdfParams &params,
                                              QString *error) {
    if (params.salt.size() < KdfParams::SaltSize) {
        *error = QStringLiteral("salt too short");
        return {};
    }
    SecureBytes out(CacheKey::Size);
    QElapsedTimer clock;
    clock.start();
    const int rc = argon2id_hash_raw(params.timeCost, params.memoryKiB, params.parallelism, passphrase.data(),
                                     passphrase.size(), params.salt.constData(),
                                     static_cast<size_t>(params.salt.size()), out.data(), out.size());
    if (rc != ARGON2_OK) {
        *error = QString::fromUtf8(argon2_error_message(rc));
        return {};
    }
    qCDebug(lcStore) << "argon2id t" << params.timeCost << "m" << params.memoryKiB << "KiB p"
                     << params.parallelism << "took" << clock.elapsed() << "ms";
    error->clear();
    return CacheKey::fromSecureBytes(std::move(out));
}

namespace {

struct DeriveJob {
    SecureBytes passphrase;
    KdfParams params;
    CacheKey key;
    QString error;
};

} // namespace

void PassphraseKeyDeriver::derive(const QString &passphrase, const KdfParams &params, Callback done) {
    auto job = std::make_shared<DeriveJob>();
    QByteArray utf8 = passphrase.toUtf8();
    job->passphrase = SecureBytes::fromByteArray(utf8);
    wipeByteArray(utf8);
    job->params = params;

    QThread *thread = QThread::create([job]() {
        job->key = deriveBlocking(job->passphrase, job->params, &job->error);
        job->passphrase.wipe();
    });
    thread->setObjectName(QStringLiteral("hirex-argon2id"));
    m_threads.append(thread);
    // finished() is delivered here, on our thread, after the worker returned.
    connect(thread, &QThread::finished, this, [this, thread, job, done = std::move(done)]() {
        m_threads.removeOne(thread);
        thread->deleteLater();
        done(std::move(job->key), job->error);
    });
    thread->start();
}

} // namespace hirex::store
