#include "core/store/KeychainSecretStore.h"

#include "core/store/SecureBytes.h"
#include "core/store/StoreLog.h"

#include <QElapsedTimer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace hirex::store {

enum class Op { Read, Write, Delete };

struct KeychainSecretStore::Request {
    Op op = Op::Read;
    QString key;
    QByteArray secret; // writes only; kept for the retry, wiped when the request ends
    ReadCallback readDone;
    WriteCallback writeDone;
    int attempts = 0;  // attempts started so far: 1 or 2
    int accepting = 0; // the attempt whose answer counts; 0 while waiting to retry or when done
    QElapsedTimer clock;

    ~Request() { wipeByteArray(secret); }
};

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QStringLiteral("hirex-desktop"), parent) {}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service) {}

KeychainSecretStore::~KeychainSecretStore() = default;

SecretStore::Error KeychainSecretStore::mapError(int keychainError, const QString &errorText) {
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return Error::None;
    case QKeychain::EntryNotFound:
        return Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
        return Error::Other;
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a missing or unreachable session bus as a generic error; these are the
    // texts GDBus/libdbus use for "there is no keychain service to talk to".
    static const char *const noBackendTexts[] = {
        "autolaunch",                                // "Cannot autolaunch D-Bus without X11 $DISPLAY"
        "Could not connect",                         // bus address points at nothing
        "org.freedesktop.DBus.Error.ServiceUnknown", // no Secret Service daemon
        "org.freedesktop.DBus.Error.NoServer",
        "was not provided by any .service files",
        "Failed to connect to socket",
    };
    for (const char *text : noBackendTexts) {
        if (errorText.contains(QLatin1String(text), Qt::CaseInsensitive)) {
            return Error::NoBackend;
        }
    }
    if (errorText.contains(QLatin1String("org.freedesktop.DBus.Error.NoReply")) ||
        errorText.contains(QLatin1String("Timeout was reached"), Qt::CaseInsensitive)) {
        return Error::Timeout;
    }
    return Error::Other;
}

QString KeychainSecretStore::messageFor(Error error) const {
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return tr("The keychain holds no such entry.");
    case Error::AccessDenied:
        return tr("Access to the keychain was denied. Unlock your keychain and try again.");
    case Error::NoBackend:
        return tr("No keychain service is available on this computer (for example no Secret Service "
                  "such as GNOME Keyring or KWallet is running).");
    case Error::Timeout:
        return tr("The keychain did not answer in time. Check that it is unlocked and try again.");
    case Error::Other:
        return tr("The keychain reported an error.");
    }
    return {};
}

void KeychainSecretStore::readSecret(const QString &key, ReadCallback done) {
    auto request = std::make_shared<Request>();
    request->op = Op::Read;
    request->key = key;
    request->readDone = std::move(done);
    request->clock.start();
    startAttempt(request);
}

void KeychainSecretStore::writeSecret(const QString &key, const QByteArray &secret, WriteCallback done) {
    auto request = std::make_shared<Request>();
    request->op = Op::Write;
    request->key = key;
    request->secret = secret;
    request->secret.detach(); // our own copy, so wiping it cannot touch the caller's bytes
    request->writeDone = std::move(done);
    request->clock.start();
    startAttempt(request);
}

void KeychainSecretStore::deleteSecret(const QString &key, WriteCallback done) {
    auto request = std::make_shared<Request>();
    request->op = Op::Delete;
    request->key = key;
    request->writeDone = std::move(done);
    request->clock.start();
    startAttempt(request);
}

void KeychainSecretStore::startAttempt(const std::shared_ptr<Request> &request) {
    const int attempt = ++request->attempts;
    request->accepting = attempt;
    QKeychain::Job *job = nullptr;
    // The write job gets a deep copy of its own that it shares with jobCopy only: once the job has
    // finished we zero that buffer in place (the job frees it later, unwiped, otherwise). A late
    // job of an attempt that timed out keeps its copy; we never write into a running job's data.
    QByteArray jobCopy;
    switch (request->op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        jobCopy = QByteArray(request->secret.constData(), request->secret.size());
        write->setBinaryData(jobCopy);
        job = write;
        break;
    }
    case Op::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(request->key);
    // Never fall back to a plaintext settings file.
    job->setInsecureFallback(false);
    // The job deletes itself after finished(). We never delete it ourselves, not even after a
    // timeout: the backend (libsecret) still holds a pointer to it until it answers.
    job->setAutoDelete(true);

    connect(job, &QKeychain::Job::finished, this,
            [this, request, attempt, jobCopy](QKeychain::Job *finished) mutable {
                // binaryData() shares the job's buffer: take an unshared copy for the caller and
                // zero the job's bytes in place, since the job frees them after this signal.
                QByteArray data;
                if (request->op == Op::Read && finished->error() == QKeychain::NoError) {
                    QByteArray jobData = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
                    data = QByteArray(jobData.constData(), jobData.size());
                    wipeSharedByteArray(jobData);
                }
                wipeSharedByteArray(jobCopy);
                finishAttempt(request, attempt, mapError(finished->error(), finished->errorString()), data,
                              finished->errorString());
                wipeByteArray(data);
            });
    QTimer::singleShot(m_timeout, this, [this, request, attempt]() {
        finishAttempt(request, attempt, Error::Timeout, {}, QStringLiteral("timeout"));
    });
    job->start();
}

void KeychainSecretStore::finishAttempt(const std::shared_ptr<Request> &request, int attempt, Error error,
                                        const QByteArray &data, const QString &backendText) {
    // Late answers of an attempt that already timed out (or was retried) are ignored.
    if (attempt != request->accepting) {
        return;
    }
    request->accepting = 0;
    const bool transient = error == Error::Timeout || error == Error::NoBackend;
    if (transient && attempt == 1) {
        qCInfo(lcStore) << "keychain" << (error == Error::Timeout ? "timed out" : "not available") << "after"
                        << request->clock.elapsed() << "ms; retrying once";
        QTimer::singleShot(m_retryDelay, this, [this, request]() { startAttempt(request); });
        return;
    }
    if (error != Error::None && error != Error::NotFound) {
        // The backend text never contains the secret; it may help support.
        qCWarning(lcStore) << "keychain operation failed:" << error << backendText << "after"
                           << request->clock.elapsed() << "ms";
    }
    const QString message = messageFor(error);
    if (request->op == Op::Read) {
        request->readDone(error, data, message);
    } else {
        request->writeDone(error, message);
    }
    wipeByteArray(request->secret);
}

} // namespace hirex::store
