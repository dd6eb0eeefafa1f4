#include "core/util/TerminationSignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using hirex::util::TerminationSignals;

class TestTerminationSignals : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sigtermAndSigintArriveOnTheEventLoop();
    void onlyOneInstallsAtATime();
};

void TestTerminationSignals::sigtermAndSigintArriveOnTheEventLoop() {
    TerminationSignals signals_;
    QVERIFY(signals_.isInstalled());
    QSignalSpy received(&signals_, &TerminationSignals::received);
    // Without the handler, SIGTERM would end this test process here.
    QCOMPARE(::raise(SIGTERM), 0);
    QCOMPARE(received.count(), 0); // not from inside the handler: on the event loop
    QVERIFY(received.wait(5000));
    QCOMPARE(received.takeFirst().at(0).toInt(), SIGTERM);
    QCOMPARE(::raise(SIGINT), 0);
    QVERIFY(received.wait(5000));
    QCOMPARE(received.takeFirst().at(0).toInt(), SIGINT);
}

void TestTerminationSignals::onlyOneInstallsAtATime() {
    {
        TerminationSignals first;
        QVERIFY(first.isInstalled());
        TerminationSignals second;
        QVERIFY(!second.isInstalled());
    }
    // Gone: the next one installs again.
    TerminationSignals again;
    QVERIFY(again.isInstalled());
}

QTEST_GUILESS_MAIN(TestTerminationSignals)
#include "tst_terminationsignals.moc"
