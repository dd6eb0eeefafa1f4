// A lock survives a restart: IdleLock writes `<profile>/locked` (LockMarker) when it locks and
// removes it only when the cache opens again while locked; a profile with the marker starts
// locked. Against a real SQLCipher cache on disk (keyed from an in-memory secret store).
#include "core/store/IdleLock.h"
#include "core/store/LocalCache.h"
#include "core/store/LockMarker.h"
#include "core/store/MemorySecretStore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hirex::store;

class TestLockMarker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTripOwnerOnlyAndNoSecrets();
    void anUnreadableMarkerStillMeansLocked();
    void lockWritesTheMarkerAndARestartStartsLocked();
    void withoutAMarkerDirectoryNothingIsWritten();

private:
    std::unique_ptr<LocalCache> makeCache();
    bool openAndWait(LocalCache &cache);
    QString profileDir() const { return m_dir->filePath(QStringLiteral("profile")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TestLockMarker::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestLockMarker::cleanup() {
    m_secrets.reset();
    m_dir.reset();
}

std::unique_ptr<LocalCache> TestLockMarker::makeCache() {
    return std::make_unique<LocalCache>(profileDir(), QStringLiteral("work"), m_secrets.get());
}

bool TestLockMarker::openAndWait(LocalCache &cache) {
    QSignalSpy opened(&cache, &LocalCache::opened);
    cache.open();
    return opened.count() > 0 || opened.wait(20000);
}

void TestLockMarker::roundTripOwnerOnlyAndNoSecrets() {
    const QString dir = m_dir->path();
    QVERIFY(!LockMarker::exists(dir));
    QVERIFY(!LockMarker::load(dir));
    LockMarker marker;
    marker.lockedAtSecs = 1'700'000'000;
    marker.subject = QStringLiteral("usr_4Kp7Qm2x");
    marker.failedPinAttempts = 4;
    marker.lastFailedPinSecs = 1'700'000'100;
    QString error;
    QVERIFY2(marker.save(dir, &error), qPrintable(error));
    QVERIFY(LockMarker::exists(dir));
    QCOMPARE(QFileInfo(LockMarker::pathIn(dir)).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
    const auto back = LockMarker::load(dir);
    QVERIFY(back);
    QCOMPARE(back->lockedAtSecs, marker.lockedAtSecs);
    QCOMPARE(back->subject, marker.subject);
    QCOMPARE(back->failedPinAttempts, 4);
    QCOMPARE(back->lastFailedPinSecs, marker.lastFailedPinSecs);
    QVERIFY(LockMarker::remove(dir));
    QVERIFY(!LockMarker::exists(dir));
    QVERIFY(LockMarker::remove(dir)); // nothing to remove is not a failure
}

void TestLockMarker::anUnreadableMarkerStillMeansLocked() {
    QFile file(LockMarker::pathIn(m_dir->path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not json at all");
    file.close();
    const auto marker = LockMarker::load(m_dir->path());
    QVERIFY(marker);
    QCOMPARE(marker->lockedAtSecs, 0);
    QVERIFY(marker->subject.isEmpty());
}

void TestLockMarker::lockWritesTheMarkerAndARestartStartsLocked() {
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    {
        auto cache = makeCache();
        IdleLock idle(cache.get());
        idle.setMarkerDirectory(profileDir());
        idle.setSubject(QStringLiteral("usr_recruiter"));
        QVERIFY(!idle.isLocked());
        QVERIFY(openAndWait(*cache));
        QSignalSpy locked(&idle, &IdleLock::locked);
        idle.lockNow();
        QCOMPARE(locked.count(), 1);
        QCOMPARE(cache->state(), LocalCache::State::Closed);
        const auto marker = LockMarker::load(profileDir());
        QVERIFY(marker);
        QVERIFY(marker->lockedAtSecs >= before);
        QVERIFY(marker->lockedAtSecs <= QDateTime::currentSecsSinceEpoch());
        QCOMPARE(marker->subject, QStringLiteral("usr_recruiter"));
    } // the app quits while locked (or crashes)

    // The next start: locked before anything opens, and stays so while the cache stays closed.
    auto cache = makeCache();
    IdleLock idle(cache.get());
    idle.setMarkerDirectory(profileDir());
    QVERIFY(idle.isLocked());
    QCOMPARE(cache->state(), LocalCache::State::Closed);
    idle.lockNow(); // already locked: no second locked(), the marker keeps its time
    QSignalSpy unlocked(&idle, &IdleLock::unlocked);
    idle.unlock(); // the caller has seen the proof
    QVERIFY(unlocked.wait(20000));
    QVERIFY(!idle.isLocked());
    QVERIFY(!LockMarker::exists(profileDir()));

    // And a start after that unlock is not locked.
    cache.reset();
    auto again = makeCache();
    IdleLock next(again.get());
    next.setMarkerDirectory(profileDir());
    QVERIFY(!next.isLocked());
}

void TestLockMarker::withoutAMarkerDirectoryNothingIsWritten() {
    auto cache = makeCache();
    IdleLock idle(cache.get());
    QVERIFY(openAndWait(*cache));
    idle.lockNow();
    QVERIFY(idle.isLocked());
    QVERIFY(!LockMarker::exists(profileDir()));
}

QTEST_GUILESS_MAIN(TestLockMarker)
#include "tst_lockmarker.moc"
