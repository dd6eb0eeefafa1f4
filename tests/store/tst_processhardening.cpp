// ProcessHardening: the front ends' core-dump switch really lowers RLIMIT_CORE to 0.
#include "core/store/ProcessHardening.h"

#include <QTest>

#include <sys/resource.h>

using hirex::store::ProcessHardening;

class TestProcessHardening : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void disablesCoreDumps() {
        // Start from a non-zero soft limit so the test can see the change (the hard limit may
        // already be 0 on a hardened runner; then only the soft one can be raised to it).
        rlimit before{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &before), 0);
        if (before.rlim_max != 0) {
            rlimit some = before;
            some.rlim_cur = before.rlim_max == RLIM_INFINITY ? 1024 * 1024 : before.rlim_max;
            QCOMPARE(::setrlimit(RLIMIT_CORE, &some), 0);
        }

        QVERIFY(ProcessHardening::disableCoreDumps());

        rlimit after{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &after), 0);
        QCOMPARE(after.rlim_cur, rlim_t(0));
        QCOMPARE(after.rlim_max, rlim_t(0)); // hard limit too: a later setrlimit cannot undo it
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
