// KeychainSecretStore against a real Secret Service. One executable, three ctest entries,
// because the session bus a process talks to is fixed at its first use:
//   HIREX_KEYCHAIN_MODE=real      inside dbus-run-session + gnome-keyring (label keychain)
//   HIREX_KEYCHAIN_MODE=nobackend DBUS_SESSION_BUS_ADDRESS points at a socket that does not exist
//   HIREX_KEYCHAIN_MODE=timeout   the bus is a socket that accepts and never answers
//   HIREX_KEYCHAIN_MODE=noservice a real session bus (dbus-run-session) on which no Secret Service
//                                 exists or can be activated
#include "core/store/KeychainSecretStore.h"
#include "core/store/SecureBytes.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

#include <algorithm>
#include <vector>

using hirex::store::KeychainSecretStore;
using hirex::store::SecretStore;

namespace {

struct ReadResult {
    bool done = false;
    SecretStore::Error error = SecretStore::Error::Other;
    QByteArray secret;
};

struct WriteResult {
    bool done = false;
    SecretStore::Error error = SecretStore::Error::Other;
};

// Every buffer the store zeroed, with whether its bytes were all zero right after the wipe.
struct WipedBuffer {
    const char *data;
    qsizetype size;
    bool allZero;
};
std::vector<WipedBuffer> g_wiped;

void recordWipe(const char *data, qsizetype size) {
    g_wiped.push_back({data, size, std::all_of(data, data + size, [](char c) { return c == 0; })});
}

QString uniqueKey() {
    return QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

// Mapping of QtKeychain's codes and texts, no keychain needed.
class TestKeychainErrorMapping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mapping_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<SecretStore::Error>("expected");
        QTest::newRow("ok") << int(QKeychain::NoError) << QString() << SecretStore::Error::None;
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QString()
                                   << SecretStore::Error::NotFound;
        QTest::newRow("denied") << int(QKeychain::AccessDenied) << QString()
                                << SecretStore::Error::AccessDenied;
        QTest::newRow("denied by user")
            << int(QKeychain::AccessDeniedByUser) << QString() << SecretStore::Error::AccessDenied;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString()
                                    << SecretStore::Error::NoBackend;
        QTest::newRow("not implemented")
            << int(QKeychain::NotImplemented) << QString() << SecretStore::Error::NoBackend;
        QTest::newRow("autolaunch") << int(QKeychain::OtherError)
                                    << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                    << SecretStore::Error::NoBackend;
        QTest::newRow("bus socket missing")
            << int(QKeychain::OtherError) << QStringLiteral("Could not connect: No such file or directory")
            << SecretStore::Error::NoBackend;
        QTest::newRow("no secret service on the bus")
            << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << SecretStore::Error::NoBackend;
        QTest::newRow("no reply") << int(QKeychain::OtherError)
                                  << QStringLiteral("org.freedesktop.DBus.Error.NoReply: no reply")
                                  << SecretStore::Error::Timeout;
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("something odd")
                               << SecretStore::Error::Other;
        QTest::newRow("could not delete")
            << int(QKeychain::CouldNotDeleteEntry) << QString() << SecretStore::Error::Other;
    }
    void mapping() {
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(SecretStore::Error, expected);
        QCOMPARE(KeychainSecretStore::mapError(code, text), expected);
    }
};

// The real thing: gnome-keyring in a private D-Bus session.
class TestKeychainReal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void binaryRoundTripAndDelete() {
        KeychainSecretStore store;
        const QString key = uniqueKey();
        QByteArray secret;
        for (int i = 0; i < 256; ++i) {
            secret.append(static_cast<char>(i)); // every byte value, NULs included
        }

        WriteResult w;
        store.writeSecret(key, secret, [&](SecretStore::Error e, const QString &) {
            w.error = e;
            w.done = true;
        });
        QVERIFY(!w.done);
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 15000);
        QCOMPARE(w.error, SecretStore::Error::None);

        ReadResult r;
        store.readSecret(key, [&](SecretStore::Error e, const QByteArray &s, const QString &) {
            r.error = e;
            r.secret = s;
            r.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
        QCOMPARE(r.error, SecretStore::Error::None);
        QCOMPARE(r.secret, secret);

        w = {};
        store.deleteSecret(key, [&](SecretStore::Error e, const QString &) {
            w.error = e;
            w.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 15000);
        QCOMPARE(w.error, SecretStore::Error::None);

        r = {};
        store.readSecret(key, [&](SecretStore::Error e, const QByteArray &s, const QString &) {
            r.error = e;
            r.secret = s;
            r.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
        QCOMPARE(r.error, SecretStore::Error::NotFound);
        QVERIFY(r.secret.isEmpty());
    }

    // The store's buffers share bytes with QtKeychain's jobs. A wipe must zero the very bytes
    // the job and the callback held (not a detached copy, not nothing because they are shared).
    void wipesTheBuffersItSharedWithTheJob() {
        KeychainSecretStore store;
        const QString key = uniqueKey();
        const QByteArray secret = QByteArrayLiteral("rt-wipe-me-0123456789abcdef");
        g_wiped.clear();
        hirex::store::setWipeObserverForTesting(recordWipe);
        auto wipedOfSecretSize = [&] {
            return std::count_if(g_wiped.begin(), g_wiped.end(),
                                 [&](const WipedBuffer &b) { return b.size == secret.size() && b.allZero; });
        };

        WriteResult w;
        store.writeSecret(key, secret, [&](SecretStore::Error e, const QString &) {
            w.error = e;
            w.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 15000);
        QCOMPARE(w.error, SecretStore::Error::None);
        // The job's copy and the request's copy: two buffers, both zeroed.
        QTRY_VERIFY_WITH_TIMEOUT(wipedOfSecretSize() >= 2, 5000);

        g_wiped.clear();
        const char *seen = nullptr;
        ReadResult r;
        store.readSecret(key, [&](SecretStore::Error e, const QByteArray &s, const QString &) {
            r.error = e;
            r.secret = QByteArray(s.constData(), s.size()); // our own deep copy for the compare
            seen = s.constData();
            r.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
        QCOMPARE(r.secret, secret);
        hirex::store::setWipeObserverForTesting(nullptr);
        // The buffer the callback saw was zeroed in place, and so was the job's own buffer.
        QVERIFY(std::any_of(g_wiped.begin(), g_wiped.end(),
                            [&](const WipedBuffer &b) { return b.data == seen && b.allZero; }));
        QVERIFY(wipedOfSecretSize() >= 2);

        bool deleted = false;
        store.deleteSecret(key, [&](SecretStore::Error, const QString &) { deleted = true; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted, 15000);
    }

    void overwriteReplacesSecret() {
        KeychainSecretStore store;
        const QString key = uniqueKey();
        for (const QByteArray &value : {QByteArrayLiteral("first"), QByteArrayLiteral("second")}) {
            WriteResult w;
            store.writeSecret(key, value, [&](SecretStore::Error e, const QString &) {
                w.error = e;
                w.done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(w.done, 15000);
            QCOMPARE(w.error, SecretStore::Error::None);
        }
        ReadResult r;
        store.readSecret(key, [&](SecretStore::Error e, const QByteArray &s, const QString &) {
            r.error = e;
            r.secret = s;
            r.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
        QCOMPARE(r.secret, QByteArrayLiteral("second"));
        bool deleted = false;
        store.deleteSecret(key, [&](SecretStore::Error, const QString &) { deleted = true; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted, 15000);
    }

    void readMissingIsNotFound() {
        KeychainSecretStore store;
        ReadResult r;
        store.readSecret(uniqueKey(), [&](SecretStore::Error e, const QByteArray &s, const QString &) {
            r.error = e;
            r.secret = s;
            r.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
        QCOMPARE(r.error, SecretStore::Error::NotFound);
    }
};

// DBUS_SESSION_BUS_ADDRESS points nowhere (set by ctest): every call is NoBackend, after one retry.
class TestKeychainNoBackend : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCallIsNoBackend() {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")),
                 "this mode runs with a broken DBUS_SESSION_BUS_ADDRESS");
        KeychainSecretStore store;
        store.setRetryDelay(std::chrono::milliseconds(50));
        ReadResult r;
        QString message;
        store.readSecret(uniqueKey(), [&](SecretStore::Error e, const QByteArray &s, const QString &m) {
            r.error = e;
            r.secret = s;
            message = m;
            r.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 25000);
        QCOMPARE(r.error, SecretStore::Error::NoBackend);
        QVERIFY(!message.isEmpty());

        WriteResult w;
        store.writeSecret(uniqueKey(), QByteArrayLiteral("x"), [&](SecretStore::Error e, const QString &) {
            w.error = e;
            w.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 25000);
        QCOMPARE(w.error, SecretStore::Error::NoBackend);
    }
};

// A working session bus without any Secret Service (dbus-run-session with a config that activates
// nothing): NoBackend, so the app takes the passphrase route instead of failing.
class TestKeychainNoService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCallIsNoBackendQuickly() {
        QVERIFY2(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(), "run under dbus-run-session");
        KeychainSecretStore store;
        QElapsedTimer clock;
        clock.start();
        ReadResult r;
        store.readSecret(uniqueKey(), [&](SecretStore::Error e, const QByteArray &s, const QString &) {
            r.error = e;
            r.secret = s;
            r.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 25000);
        QCOMPARE(r.error, SecretStore::Error::NoBackend);
        // The bus answers at once: one retry after retryDelay(), far below the timeout.
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));

        WriteResult w;
        store.writeSecret(uniqueKey(), QByteArrayLiteral("x"), [&](SecretStore::Error e, const QString &) {
            w.error = e;
            w.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 25000);
        QCOMPARE(w.error, SecretStore::Error::NoBackend);
    }
};

// The session bus accepts the connection and never says a word: our own timeout answers,
// after exactly one retry, within timeout * 2 + retry delay.
class TestKeychainTimeout : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QLocalServer m_silentBus;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("silent-bus"));
        QVERIFY(m_silentBus.listen(path));
        // Must happen before anything in this process touches the session bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray("unix:path=") + QFile::encodeName(path));
    }

    void silentBackendTimesOutAfterOneRetry() {
        KeychainSecretStore store;
        store.setTimeout(std::chrono::milliseconds(400));
        store.setRetryDelay(std::chrono::milliseconds(100));
        QElapsedTimer clock;
        clock.start();
        ReadResult r;
        store.readSecret(uniqueKey(), [&](SecretStore::Error e, const QByteArray &s, const QString &) {
            r.error = e;
            r.secret = s;
            r.done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
        QCOMPARE(r.error, SecretStore::Error::Timeout);
        // Two attempts of 400 ms plus the 100 ms pause: not a single 400 ms attempt.
        QVERIFY2(clock.elapsed() >= 850, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }
};

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QString mode = qEnvironmentVariable("HIREX_KEYCHAIN_MODE", QStringLiteral("real"));
    int status = 0;
    if (mode == QLatin1String("real")) {
        TestKeychainErrorMapping mapping;
        status |= QTest::qExec(&mapping, argc, argv);
        TestKeychainReal real;
        status |= QTest::qExec(&real, argc, argv);
    } else if (mode == QLatin1String("nobackend")) {
        TestKeychainNoBackend noBackend;
        status |= QTest::qExec(&noBackend, argc, argv);
    } else if (mode == QLatin1String("noservice")) {
        TestKeychainNoService noService;
        status |= QTest::qExec(&noService, argc, argv);
    } else if (mode == QLatin1String("timeout")) {
        TestKeychainTimeout timeout;
        status |= QTest::qExec(&timeout, argc, argv);
    } else {
        qCritical("unknown HIREX_KEYCHAIN_MODE");
        return 2;
    }
    return status;
}

#include "tst_keychainsecretstore.moc"
