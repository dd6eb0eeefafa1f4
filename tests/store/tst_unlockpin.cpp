// The optional unlock PIN of a keychain profile: only an Argon2id verifier (random salt, the
// costs, the hash) is stored, under "unlock-pin/<profile>" of the secret store; checks answer
// Match, Mismatch or NotSet, asynchronously.
#include "core/store/MemorySecretStore.h"
#include "core/store/UnlockPin.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace hirex::store;
using hirex::UserMessage;

namespace {

struct Outcome {
    bool done = false;
    UserMessage error;
    UnlockPin::Check check = UnlockPin::Check::Unavailable;
    bool set = false;
};

} // namespace

class TestUnlockPin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aShortPinIsRefused();
    void setVerifyAndClear();
    void theVerifierHoldsNoPinAndAFreshSalt();
    void aBrokenVerifierIsUnavailableNotAMatch();

private:
    Outcome set(const QString &pin);
    Outcome verify(const QString &pin);
    Outcome isSet();
    QByteArray stored();

    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<UnlockPin> m_pin;
};

void TestUnlockPin::init() {
    m_secrets = std::make_unique<MemorySecretStore>();
    m_pin = std::make_unique<UnlockPin>(m_secrets.get(), QStringLiteral("work"));
    m_pin->setCostsForTesting(1, 8192);
}

void TestUnlockPin::cleanup() {
    m_pin.reset();
    m_secrets.reset();
}

Outcome TestUnlockPin::set(const QString &pin) {
    Outcome out;
    m_pin->set(pin, [&out](const UserMessage &error) {
        out.error = error;
        out.done = true;
    });
    (void)QTest::qWaitFor([&] { return out.done; }, 20000);
    return out;
}

Outcome TestUnlockPin::verify(const QString &pin) {
    Outcome out;
    m_pin->verify(pin, [&out](UnlockPin::Check check, const UserMessage &error) {
        out.check = check;
        out.error = error;
        out.done = true;
    });
    (void)QTest::qWaitFor([&] { return out.done; }, 20000);
    return out;
}

Outcome TestUnlockPin::isSet() {
    Outcome out;
    m_pin->isSet([&out](bool set, const UserMessage &error) {
        out.set = set;
        out.error = error;
        out.done = true;
    });
    (void)QTest::qWaitFor([&] { return out.done; }, 20000);
    return out;
}

QByteArray TestUnlockPin::stored() {
    QByteArray secret;
    bool done = false;
    m_secrets->readSecret(UnlockPin::keyFor(QStringLiteral("work")),
                          [&](SecretStore::Error, const QByteArray &value, const QString &) {
                              secret = value;
                              done = true;
                          });
    (void)QTest::qWaitFor([&] { return done; }, 5000);
    return secret;
}

void TestUnlockPin::aShortPinIsRefused() {
    const Outcome out = set(QStringLiteral("12345"));
    QVERIFY(out.done);
    QCOMPARE(out.error.code, QStringLiteral("pin_too_short"));
    QVERIFY(!m_secrets->contains(UnlockPin::keyFor(QStringLiteral("work"))));
}

void TestUnlockPin::setVerifyAndClear() {
    QCOMPARE(verify(QStringLiteral("246810")).check, UnlockPin::Check::NotSet);
    QVERIFY(!isSet().set);
    const Outcome made = set(QStringLiteral("246810"));
    QVERIFY(made.done);
    QVERIFY2(!made.error.isError(), qPrintable(made.error.code));
    QVERIFY(isSet().set);
    QCOMPARE(verify(QStringLiteral("246810")).check, UnlockPin::Check::Match);
    QCOMPARE(verify(QStringLiteral("246811")).check, UnlockPin::Check::Mismatch);
    QCOMPARE(verify(QString()).check, UnlockPin::Check::Mismatch);
    bool cleared = false;
    m_pin->clear([&](const UserMessage &error) { cleared = !error.isError(); });
    QTRY_VERIFY_WITH_TIMEOUT(cleared, 5000);
    QVERIFY(!isSet().set);
    QCOMPARE(verify(QStringLiteral("246810")).check, UnlockPin::Check::NotSet);
}

void TestUnlockPin::theVerifierHoldsNoPinAndAFreshSalt() {
    QVERIFY(!set(QStringLiteral("975310")).error.isError());
    const QByteArray first = stored();
    QVERIFY(!first.contains("975310"));
    const QJsonObject json = QJsonDocument::fromJson(first).object();
    QCOMPARE(json.value(QLatin1String("kdf")).toString(), QStringLiteral("argon2id"));
    QCOMPARE(QByteArray::fromBase64(json.value(QLatin1String("salt")).toString().toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(json.value(QLatin1String("hash")).toString().toLatin1()).size(), 32);
    // The same PIN again: another salt, so another hash.
    QVERIFY(!set(QStringLiteral("975310")).error.isError());
    const QJsonObject second = QJsonDocument::fromJson(stored()).object();
    QVERIFY(second.value(QLatin1String("salt")) != json.value(QLatin1String("salt")));
    QVERIFY(second.value(QLatin1String("hash")) != json.value(QLatin1String("hash")));
    QCOMPARE(verify(QStringLiteral("975310")).check, UnlockPin::Check::Match);
}

void TestUnlockPin::aBrokenVerifierIsUnavailableNotAMatch() {
    bool written = false;
    m_secrets->writeSecret(UnlockPin::keyFor(QStringLiteral("work")), "{\"kdf\":\"argon2id\"}",
                           [&](SecretStore::Error, const QString &) { written = true; });
    QTRY_VERIFY_WITH_TIMEOUT(written, 5000);
    const Outcome out = verify(QStringLiteral("246810"));
    QCOMPARE(out.check, UnlockPin::Check::Unavailable);
    QCOMPARE(out.error.code, QStringLiteral("pin_verifier_invalid"));
}

QTEST_GUILESS_MAIN(TestUnlockPin)
#include "tst_unlockpin.moc"
