// SettingsPresenter without a window: what is validated and refused, what is stored where, and
// which signals ask the app to apply a change. Real parts only: a QSettings INI file, the
// transport policy's own PEM and pin checks, the unlock PIN's Argon2id verifier in a secret
// store, and a SQLCipher cache with the real schema for the pinned pipelines.
#include "core/api/TransportSettings.h"
#include "core/store/MemorySecretStore.h"
#include "core/store/UnlockPin.h"
#include "core/sync/WorkingSet.h"
#include "models/SettingsPresenter.h"
#include "tests/read/ReadTestUtil.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using hirex::UserMessage;
using hirex::models::SettingsPresenter;
using hirex::store::UnlockPin;

namespace {

QString dataFile(const char *name) {
    return qEnvironmentVariable("HIREX_SOURCE_DIR") + u"/tests/api/data/" + QLatin1StringView(name);
}

// base64 of 32 bytes: the shape of an SPKI SHA-256 pin.
const QString kPinA = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
const QString kPinB = QStringLiteral("YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoxMjM0NTY=");

} // namespace

class TestSettingsPresenter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aCaBundleThatIsNotPemIsRefusedAndNothingIsStored();
    void aPemCaBundleIsStoredPerProfileAndFillsTheTransport();
    void pinsAreValidatedAndTheCommandLineWins();
    void aManualProxyNeedsHostAndPort();
    void theServerIsValidatedBeforeASwitchIsAsked();
    void idleLockThemeAndLanguageAreStoredAndAnnounced();
    void pinIsDigitsOnlyOfTheAllowedLengthAndConfirmed();
    void aPinSetHereVerifiesAndCanBeRemoved();
    void pinnedPipelinesListTheJobsAndApplyThroughTheApplier();

private:
    std::unique_ptr<QSettings> settings() {
        return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                           QSettings::IniFormat);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestSettingsPresenter::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = settings();
}

void TestSettingsPresenter::cleanup() {
    m_settings.reset();
    m_dir.reset();
}

void TestSettingsPresenter::aCaBundleThatIsNotPemIsRefusedAndNothingIsStored() {
    SettingsPresenter presenter(m_settings.get());
    presenter.setProfile(QStringLiteral("p1"), QUrl(QStringLiteral("https://hirex.example.com")));
    QSignalSpy changed(&presenter, &SettingsPresenter::networkChanged);

    const UserMessage garbage = presenter.setCaFile(dataFile("not-a-cert.pem"));
    QCOMPARE(garbage.code, QStringLiteral("ca_file_invalid"));
    QVERIFY2(garbage.message.contains(QLatin1String("no PEM certificate")), qPrintable(garbage.message));
    const UserMessage missing = presenter.setCaFile(m_dir->filePath(QStringLiteral("gone.pem")));
    QCOMPARE(missing.code, QStringLiteral("ca_file_unreadable"));
    QVERIFY(presenter.caFile().isEmpty());
    QVERIFY(changed.isEmpty());
    QVERIFY(!m_settings->contains(QStringLiteral("profiles/p1/network/caFile")));
}

void TestSettingsPresenter::aPemCaBundleIsStoredPerProfileAndFillsTheTransport() {
    {
        SettingsPresenter presenter(m_settings.get());
        presenter.setProfile(QStringLiteral("p1"), QUrl(QStringLiteral("https://hirex.example.com")));
        QSignalSpy changed(&presenter, &SettingsPresenter::networkChanged);
        QVERIFY(!presenter.setCaFile(dataFile("test-ca.pem")).isError());
        QCOMPARE(changed.count(), 1);
    }
    m_settings->sync();
    auto reread = settings();
    SettingsPresenter presenter(reread.get());
    presenter.setProfile(QStringLiteral("p1"), QUrl(QStringLiteral("https://hirex.example.com")));
    QCOMPARE(presenter.caFile(), dataFile("test-ca.pem"));
    hirex::api::TransportSettings transport;
    presenter.fillTransportSettings(&transport);
    QCOMPARE(transport.caFile, dataFile("test-ca.pem"));
    // --ca-file wins over the stored one.
    hirex::api::TransportSettings given;
    given.caFile = QStringLiteral("/etc/given.pem");
    presenter.fillTransportSettings(&given);
    QCOMPARE(given.caFile, QStringLiteral("/etc/given.pem"));

    // Another profile has its own network settings.
    presenter.setProfile(QStringLiteral("p2"), QUrl(QStringLiteral("https://other.example.com")));
    QVERIFY(presenter.caFile().isEmpty());
    presenter.setProfile(QStringLiteral("p1"), QUrl(QStringLiteral("https://hirex.example.com")));
    QVERIFY(!presenter.setCaFile({}).isError());
    QVERIFY(presenter.caFile().isEmpty());
}

void TestSettingsPresenter::pinsAreValidatedAndTheCommandLineWins() {
    SettingsPresenter presenter(m_settings.get());
    presenter.setProfile(QStringLiteral("p1"), QUrl(QStringLiteral("https://hirex.example.com")));
    QCOMPARE(presenter.setSpkiPins(QStringLiteral("not-a-pin")).code, QStringLiteral("pin_invalid"));
    QCOMPARE(presenter.setSpkiPins(kPinA + QStringLiteral(", abc")).code, QStringLiteral("pin_invalid"));
    QVERIFY(presenter.spkiPins().isEmpty());
    QVERIFY(!presenter.setSpkiPins(kPinA + QStringLiteral(",\n ") + kPinB + QStringLiteral(" ") + kPinA)
                 .isError());
    QCOMPARE(presenter.spkiPins(), (QStringList{kPinA, kPinB}));
    hirex::api::TransportSettings transport;
    transport.spkiPins = {kPinB};
    presenter.fillTransportSettings(&transport);
    QCOMPARE(transport.spkiPins, QStringList{kPinB});
    QVERIFY(!presenter.setSpkiPins(QString()).isError());
    QVERIFY(presenter.spkiPins().isEmpty());
}

void TestSettingsPresenter::aManualProxyNeedsHostAndPort() {
    SettingsPresenter presenter(m_settings.get());
    presenter.setProfile(QStringLiteral("p1"), QUrl(QStringLiteral("https://hirex.example.com")));
    QCOMPARE(presenter.proxyMode(), SettingsPresenter::ProxyMode::System);
    QSignalSpy changed(&presenter, &SettingsPresenter::proxyChanged);
    QCOMPARE(presenter.setProxy(SettingsPresenter::ProxyMode::Manual, QString(), 8080).code,
             QStringLiteral("proxy_invalid"));
    QCOMPARE(
        presenter.setProxy(SettingsPresenter::ProxyMode::Manual, QStringLiteral("proxy.example.com"), 0).code,
        QStringLiteral("proxy_invalid"));
    QCOMPARE(presenter.setProxy(SettingsPresenter::ProxyMode::Manual, QStringLiteral("a b"), 8080).code,
             QStringLiteral("proxy_invalid"));
    QVERIFY(changed.isEmpty());
    QCOMPARE(presenter.proxyMode(), SettingsPresenter::ProxyMode::System);
    QVERIFY(
        !presenter.setProxy(SettingsPresenter::ProxyMode::Manual, QStringLiteral(" proxy.example.com "), 3128)
             .isError());
    QCOMPARE(presenter.proxyMode(), SettingsPresenter::ProxyMode::Manual);
    QCOMPARE(presenter.proxyHost(), QStringLiteral("proxy.example.com"));
    QCOMPARE(presenter.proxyPort(), 3128);
    QVERIFY(!presenter.setProxy(SettingsPresenter::ProxyMode::None).isError());
    QCOMPARE(presenter.proxyMode(), SettingsPresenter::ProxyMode::None);
    QCOMPARE(changed.count(), 2);
}

void TestSettingsPresenter::theServerIsValidatedBeforeASwitchIsAsked() {
    SettingsPresenter presenter(m_settings.get());
    presenter.setProfile(QStringLiteral("p1"), QUrl(QStringLiteral("https://hirex.example.com")));
    QSignalSpy switches(&presenter, &SettingsPresenter::serverChangeRequested);
    QCOMPARE(presenter.requestServer(QStringLiteral("http://hirex.example.com")).code,
             QStringLiteral("insecure_url"));
    QCOMPARE(presenter.requestServer(QStringLiteral("not a url")).code, QStringLiteral("invalid_server"));
    QVERIFY(!presenter.requestServer(QStringLiteral("https://HIREX.example.com/")).isError()); // the same
    QVERIFY(switches.isEmpty());
    QVERIFY(!presenter.requestServer(QStringLiteral(" https://other.example.com ")).isError());
    QCOMPARE(switches.count(), 1);
    QCOMPARE(switches.at(0).at(0).toUrl(), QUrl(QStringLiteral("https://other.example.com")));
}

void TestSettingsPresenter::idleLockThemeAndLanguageAreStoredAndAnnounced() {
    SettingsPresenter presenter(m_settings.get());
    QCOMPARE(presenter.idleLockMinutes(), 15);
    QSignalSpy lock(&presenter, &SettingsPresenter::idleLockMinutesChanged);
    QSignalSpy theme(&presenter, &SettingsPresenter::themeChanged);
    QSignalSpy language(&presenter, &SettingsPresenter::languageRequested);
    presenter.setIdleLockMinutes(5);
    presenter.setTheme(SettingsPresenter::Theme::Dark);
    presenter.setLanguage(QStringLiteral("tr"));
    presenter.setLanguage(QStringLiteral("xx")); // not offered: ignored
    QCOMPARE(lock.count(), 1);
    QCOMPARE(lock.at(0).at(0).toInt(), 5);
    QCOMPARE(theme.count(), 1);
    QCOMPARE(language.count(), 1);
    QCOMPARE(language.at(0).at(0).toString(), QStringLiteral("tr"));
    QCOMPARE(m_settings->value(QStringLiteral("security/idleLockMinutes")).toInt(), 5);
    QCOMPARE(m_settings->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(m_settings->value(QStringLiteral("ui/language")).toString(), QStringLiteral("tr"));

    // --theme applies for the run without touching the stored choice.
    presenter.overrideTheme(SettingsPresenter::Theme::Light);
    QCOMPARE(presenter.theme(), SettingsPresenter::Theme::Light);
    QCOMPARE(m_settings->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));

    m_settings->sync();
    auto reread = settings();
    SettingsPresenter again(reread.get());
    QCOMPARE(again.theme(), SettingsPresenter::Theme::Dark);
    QCOMPARE(again.language(), QStringLiteral("tr"));
    QCOMPARE(again.idleLockMinutes(), 5);
    QSignalSpy systemLanguage(&again, &SettingsPresenter::languageRequested);
    again.setLanguage(QString());
    QCOMPARE(systemLanguage.count(), 1);
    QCOMPARE(systemLanguage.at(0).at(0).toString(), QString());
}

void TestSettingsPresenter::pinIsDigitsOnlyOfTheAllowedLengthAndConfirmed() {
    QCOMPARE(SettingsPresenter::validatePin(QStringLiteral("12345"), QStringLiteral("12345")).code,
             QStringLiteral("pin_invalid")); // below UnlockPin::MinimumLength
    QCOMPARE(
        SettingsPresenter::validatePin(QStringLiteral("1234567890123"), QStringLiteral("1234567890123")).code,
        QStringLiteral("pin_invalid"));
    QCOMPARE(SettingsPresenter::validatePin(QStringLiteral("12a456"), QStringLiteral("12a456")).code,
             QStringLiteral("pin_invalid"));
    QCOMPARE(SettingsPresenter::validatePin(QStringLiteral("١٢٣٤٥٦"), QStringLiteral("١٢٣٤٥٦")).code,
             QStringLiteral("pin_invalid")); // other scripts' digits are not on every keypad
    QCOMPARE(SettingsPresenter::validatePin(QStringLiteral("123456"), QStringLiteral("123465")).code,
             QStringLiteral("pin_mismatch"));
    QVERIFY(!SettingsPresenter::validatePin(QStringLiteral("123456"), QStringLiteral("123456")).isError());
    QVERIFY(!SettingsPresenter::validatePin(QStringLiteral("123456789012"), QStringLiteral("123456789012"))
                 .isError());
}

void TestSettingsPresenter::aPinSetHereVerifiesAndCanBeRemoved() {
    hirex::store::MemorySecretStore secrets;
    UnlockPin pin(&secrets, QStringLiteral("p1"));
    pin.setCostsForTesting(1, 8192);
    SettingsPresenter presenter(m_settings.get());
    QVERIFY(!presenter.isPinAvailable());
    presenter.setUnlockPin(&pin);
    QVERIFY(presenter.isPinAvailable());
    QTRY_VERIFY(!presenter.isPinBusy());
    QVERIFY(!presenter.isPinSet());

    presenter.setPin(QStringLiteral("482913"), QStringLiteral("482910"));
    QVERIFY(!presenter.isPinBusy());
    QCOMPARE(presenter.pinMessage(), QStringLiteral("The two PINs are not the same."));

    presenter.setPin(QStringLiteral("482913"), QStringLiteral("482913"));
    QVERIFY(presenter.isPinBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!presenter.isPinBusy(), 30000);
    QVERIFY2(presenter.isPinSet(), qPrintable(presenter.pinMessage()));
    std::optional<UnlockPin::Check> check;
    pin.verify(QStringLiteral("482913"),
               [&](UnlockPin::Check result, const UserMessage &) { check = result; });
    QTRY_VERIFY_WITH_TIMEOUT(check.has_value(), 30000);
    QCOMPARE(*check, UnlockPin::Check::Match);
    // Nothing of the PIN went into the settings file.
    m_settings->sync();
    QFile file(m_settings->fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains("482913"));

    presenter.removePin();
    QTRY_VERIFY_WITH_TIMEOUT(!presenter.isPinBusy(), 30000);
    QVERIFY(!presenter.isPinSet());
    check.reset();
    pin.verify(QStringLiteral("482913"),
               [&](UnlockPin::Check result, const UserMessage &) { check = result; });
    QTRY_VERIFY_WITH_TIMEOUT(check.has_value(), 30000);
    QCOMPARE(*check, UnlockPin::Check::NotSet);
}

void TestSettingsPresenter::pinnedPipelinesListTheJobsAndApplyThroughTheApplier() {
    using namespace hirex::read::testutil;
    QTemporaryDir dir;
    hirex::store::SqlCipherDatabase db;
    QVERIFY(openCache(db, dir));
    hirex::sync::EntityStore store(&db);
    QVERIFY(
        put(store, QStringLiteral("job"),
            jobJson(QStringLiteral("j1"), QStringLiteral("Backend Engineer"), QStringLiteral("pipe_j1"))));
    QVERIFY(put(store, QStringLiteral("job"),
                jobJson(QStringLiteral("j2"), QStringLiteral("Veri Mühendisi"), QStringLiteral("pipe_j2"))));
    {
        hirex::sync::WorkingSet ws(&db);
        ws.load();
        QVERIFY(ws.pin(QStringLiteral("pipe_j2")) && ws.setKeepEverything(false));
    }

    SettingsPresenter presenter(m_settings.get());
    QVERIFY(!presenter.hasWorkingSet());
    // The app's applier writes on the worker's connection; here the same rows on this one.
    QList<QPair<bool, QStringList>> asked;
    presenter.setWorkingSetApplier([&](bool all, const QStringList &pinned, auto done) {
        asked.append({all, pinned});
        hirex::sync::WorkingSet ws(&db);
        ws.load();
        for (const QString &id : ws.pinnedPipelines())
            ws.unpin(id);
        for (const QString &id : pinned)
            ws.pin(id);
        ws.setKeepEverything(all);
        done(UserMessage{});
    });
    presenter.loadWorkingSet(&db);
    QVERIFY(presenter.hasWorkingSet());
    QVERIFY(!presenter.keepsEverything());
    QStandardItemModel *model = presenter.pipelines();
    QCOMPARE(model->rowCount(), 2);
    QMap<QString, Qt::CheckState> states;
    for (int row = 0; row < model->rowCount(); ++row)
        states.insert(model->item(row)->text(), model->item(row)->checkState());
    QCOMPARE(states.value(QStringLiteral("Backend Engineer")), Qt::Unchecked);
    QCOMPARE(states.value(QStringLiteral("Veri Mühendisi")), Qt::Checked);
    QVERIFY(asked.isEmpty()); // loading asks nothing

    // Checking a row (as the list view does) pins its pipeline.
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->item(row)->text() == u"Backend Engineer")
            model->item(row)->setCheckState(Qt::Checked);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).first, false);
    QStringList pinned = asked.at(0).second;
    pinned.sort();
    QCOMPARE(pinned, (QStringList{QStringLiteral("pipe_j1"), QStringLiteral("pipe_j2")}));
    QVERIFY(presenter.workingSetMessage().startsWith(QLatin1String("Saved.")));

    presenter.setKeepEverything(true);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.at(1).first, true);
    presenter.loadWorkingSet(&db); // as after the worker's change signal
    QVERIFY(presenter.keepsEverything());
    hirex::sync::WorkingSet ws(&db);
    ws.load();
    QVERIFY(ws.keepsEverything());
    QCOMPARE(ws.pinnedPipelines().size(), 2);

    presenter.loadWorkingSet(nullptr); // locked: nothing of the working set is kept
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!presenter.hasWorkingSet());
}

QTEST_GUILESS_MAIN(TestSettingsPresenter)
#include "tst_settingspresenter.moc"
