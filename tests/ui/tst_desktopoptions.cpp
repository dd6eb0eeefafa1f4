#include "app/desktop/DesktopOptions.h"

#include <QTest>

using hirex::app::DesktopOptions;

// hirex-desktop's command line: every documented option is accepted, bad values end with
// exit code 2 before any window opens.
class TestDesktopOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void idleLockMinutesIsAccepted();
    void badIdleLockMinutesExitWithUsage_data();
    void badIdleLockMinutesExitWithUsage();
    void spkiPinsRepeat();
    void languageIsOneOfTheCatalogues();
};

namespace {
DesktopOptions parse(const QStringList &args) {
    return DesktopOptions::parse(QStringList{QStringLiteral("hirex-desktop")} + args);
}
} // namespace

void TestDesktopOptions::idleLockMinutesIsAccepted() {
    DesktopOptions options = parse({QStringLiteral("--idle-lock-minutes"), QStringLiteral("5")});
    QVERIFY(!options.exitNow);
    QCOMPARE(options.idleLockMinutes, 5);
    options = parse({QStringLiteral("--idle-lock-minutes=0")});
    QVERIFY(!options.exitNow);
    QCOMPARE(options.idleLockMinutes, 0); // never
    options = parse({});
    QCOMPARE(options.idleLockMinutes, -1); // the saved setting
}

void TestDesktopOptions::badIdleLockMinutesExitWithUsage_data() {
    QTest::addColumn<QString>("value");
    QTest::newRow("word") << "soon";
    QTest::newRow("negative") << "-3";
    QTest::newRow("fraction") << "1.5";
    QTest::newRow("trailing") << "5x";
    QTest::newRow("too large") << "99999999";
}

void TestDesktopOptions::badIdleLockMinutesExitWithUsage() {
    QFETCH(QString, value);
    const DesktopOptions options = parse({QStringLiteral("--idle-lock-minutes"), value});
    QVERIFY(options.exitNow);
    QCOMPARE(options.exitCode, 2);
}

void TestDesktopOptions::spkiPinsRepeat() {
    const DesktopOptions options = parse({QStringLiteral("--pin-spki"), QStringLiteral("a"),
                                          QStringLiteral("--pin-spki"), QStringLiteral("b")});
    QVERIFY(!options.exitNow);
    QCOMPARE(options.spkiPins, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestDesktopOptions::languageIsOneOfTheCatalogues() {
    QCOMPARE(parse({}).language, QString()); // the saved choice
    DesktopOptions options = parse({QStringLiteral("--language"), QStringLiteral("tr")});
    QVERIFY(!options.exitNow);
    QCOMPARE(options.language, QStringLiteral("tr"));
    options = parse({QStringLiteral("--language=fr")});
    QVERIFY(options.exitNow);
    QCOMPARE(options.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestDesktopOptions)
#include "tst_desktopoptions.moc"
