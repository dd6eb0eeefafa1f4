#include "core/store/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using hirex::store::MemorySecretStore;
using hirex::store::SecretStore;

class TestMemorySecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answersLaterNotInsideTheCall();
    void writeReadDeleteRoundTrip();
    void readMissingIsNotFound();
    void injectedFailureIsReported();
};

void TestMemorySecretStore::answersLaterNotInsideTheCall() {
    MemorySecretStore store;
    bool written = false;
    store.writeSecret(QStringLiteral("k"), QByteArrayLiteral("v"),
                      [&](SecretStore::Error error, const QString &) {
                          QCOMPARE(error, SecretStore::Error::None);
                          written = true;
                      });
    QVERIFY(!written); // not inside the call
    QTRY_VERIFY(written);

    bool read = false;
    store.readSecret(QStringLiteral("k"),
                     [&](SecretStore::Error, const QByteArray &, const QString &) { read = true; });
    QVERIFY(!read);
    QTRY_VERIFY(read);
}

void TestMemorySecretStore::writeReadDeleteRoundTrip() {
    MemorySecretStore store;
    QByteArray binary(32, '\0');
    for (int i = 0; i < binary.size(); ++i) {
        binary[i] = static_cast<char>(i * 37);
    }
    int done = 0;
    store.writeSecret(QStringLiteral("cache-key/p"), binary, [&](SecretStore::Error e, const QString &) {
        QCOMPARE(e, SecretStore::Error::None);
        ++done;
    });
    QTRY_COMPARE(done, 1);
    QVERIFY(store.contains(QStringLiteral("cache-key/p")));

    QByteArray got;
    store.readSecret(QStringLiteral("cache-key/p"),
                     [&](SecretStore::Error e, const QByteArray &s, const QString &) {
                         QCOMPARE(e, SecretStore::Error::None);
                         got = s;
                         ++done;
                     });
    QTRY_COMPARE(done, 2);
    QCOMPARE(got, binary);

    store.deleteSecret(QStringLiteral("cache-key/p"), [&](SecretStore::Error e, const QString &) {
        QCOMPARE(e, SecretStore::Error::None);
        ++done;
    });
    QTRY_COMPARE(done, 3);
    QVERIFY(!store.contains(QStringLiteral("cache-key/p")));
}

void TestMemorySecretStore::readMissingIsNotFound() {
    MemorySecretStore store;
    SecretStore::Error error = SecretStore::Error::None;
    QString message;
    bool done = false;
    store.readSecret(QStringLiteral("nothing"),
                     [&](SecretStore::Error e, const QByteArray &s, const QString &m) {
                         error = e;
                         message = m;
                         QVERIFY(s.isEmpty());
                         done = true;
                     });
    QTRY_VERIFY(done);
    QCOMPARE(error, SecretStore::Error::NotFound);
    QVERIFY(!message.isEmpty());

    done = false;
    store.deleteSecret(QStringLiteral("nothing"), [&](SecretStore::Error e, const QString &) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(error, SecretStore::Error::NotFound);
}

void TestMemorySecretStore::injectedFailureIsReported() {
    MemorySecretStore store;
    store.setFailure(SecretStore::Error::NoBackend);
    SecretStore::Error error = SecretStore::Error::None;
    bool done = false;
    store.writeSecret(QStringLiteral("k"), QByteArrayLiteral("v"),
                      [&](SecretStore::Error e, const QString &) {
                          error = e;
                          done = true;
                      });
    QTRY_VERIFY(done);
    QCOMPARE(error, SecretStore::Error::NoBackend);
    QVERIFY(!store.contains(QStringLiteral("k")));

    store.setFailure(SecretStore::Error::None);
    done = false;
    store.writeSecret(QStringLiteral("k"), QByteArrayLiteral("v"),
                      [&](SecretStore::Error e, const QString &) {
                          error = e;
                          done = true;
                      });
    QTRY_VERIFY(done);
    QCOMPARE(error, SecretStore::Error::None);
    QCOMPARE(store.callCount(), 2);
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
