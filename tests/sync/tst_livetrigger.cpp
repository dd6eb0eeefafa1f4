// LiveTrigger's polling schedule: when the next sync cycle runs without a stream.
#include "core/sync/LiveTrigger.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using hirex::sync::LiveTrigger;

class TestLiveTrigger : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pollsAfterACycleWhileNoStreamIsUp();
    void backsOffExponentiallyUpToTheMaximum();
    void cancelledPollNeverFires();
    void startStreamWithoutAClientIsHarmless();
};

namespace {
LiveTrigger::Options fastPolls() {
    LiveTrigger::Options options;
    options.pollMin = std::chrono::milliseconds(20);
    options.pollMax = std::chrono::milliseconds(150);
    return options;
}
} // namespace

void TestLiveTrigger::pollsAfterACycleWhileNoStreamIsUp() {
    LiveTrigger trigger(nullptr, [] { return QStringLiteral("10"); });
    trigger.setOptions(fastPolls());
    trigger.setLive(true);
    QSignalSpy wanted(&trigger, &LiveTrigger::cycleWanted);
    trigger.scheduleNext(0);
    QVERIFY(trigger.isScheduled());
    QVERIFY(wanted.wait(2000));
    QCOMPARE(wanted.count(), 1);
    QVERIFY(!trigger.isScheduled());
}

void TestLiveTrigger::backsOffExponentiallyUpToTheMaximum() {
    LiveTrigger trigger(nullptr, [] { return QString(); });
    trigger.setOptions(fastPolls());
    QSignalSpy wanted(&trigger, &LiveTrigger::cycleWanted);

    QElapsedTimer clock;
    clock.start();
    trigger.scheduleNext(2); // 20 ms * 2^2 = 80 ms
    QVERIFY(wanted.wait(2000));
    QVERIFY2(clock.elapsed() >= 80, qPrintable(QString::number(clock.elapsed())));

    clock.restart();
    trigger.scheduleNext(30); // capped at pollMax, and no shift overflow from a huge count
    QVERIFY(wanted.wait(2000));
    QVERIFY2(clock.elapsed() >= 150, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(wanted.count(), 2);
}

void TestLiveTrigger::cancelledPollNeverFires() {
    LiveTrigger trigger(nullptr, [] { return QString(); });
    trigger.setOptions(fastPolls());
    QSignalSpy wanted(&trigger, &LiveTrigger::cycleWanted);
    trigger.scheduleNext(0);
    trigger.cancelScheduled();
    QVERIFY(!trigger.isScheduled());
    QTest::qWait(100);
    QCOMPARE(wanted.count(), 0);
}

void TestLiveTrigger::startStreamWithoutAClientIsHarmless() {
    LiveTrigger trigger(nullptr, [] { return QString(); });
    trigger.startStream();
    QVERIFY(!trigger.isStreamRunning());
    QVERIFY(!trigger.isStreamUp());
    QVERIFY(!trigger.headSeq().has_value());
    trigger.stopStream();
}

QTEST_GUILESS_MAIN(TestLiveTrigger)
#include "tst_livetrigger.moc"
