// The one rule for a profile's identity, which both front ends use.
#include "core/store/ProfileIdentity.h"

#include <QDir>
#include <QTest>

using hirex::store::ProfileIdentity;

class TestProfileIdentity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nameFollowsTheAbsoluteFolder();
    void oneFolderPerServer();
};

void TestProfileIdentity::nameFollowsTheAbsoluteFolder() {
    const ProfileIdentity relative = ProfileIdentity::forDirectory(QStringLiteral("some/profile"));
    const ProfileIdentity absolute =
        ProfileIdentity::forDirectory(QDir::current().filePath(QStringLiteral("some/profile")));
    QCOMPARE(relative.directory, QDir::current().filePath(QStringLiteral("some/profile")));
    QCOMPARE(relative.name, absolute.name);
    QCOMPARE(relative.name.size(), 16);
    QVERIFY(!relative.name.contains(QLatin1String("profile"))); // the name reveals no path
    QVERIFY(ProfileIdentity::forDirectory(QStringLiteral("/tmp/a")).name !=
            ProfileIdentity::forDirectory(QStringLiteral("/tmp/b")).name);
}

void TestProfileIdentity::oneFolderPerServer() {
    const QString root = QStringLiteral("/data");
    const auto dir = [&](const char *url) {
        return ProfileIdentity::directoryForServer(root, QUrl(QString::fromLatin1(url)));
    };
    // Spellings of one server share a profile...
    QCOMPARE(dir("https://hirex.example.com"), dir("https://HIREX.example.com/"));
    QCOMPARE(dir("https://hirex.example.com"), dir("https://hirex.example.com:443"));
    QCOMPARE(dir("https://hirex.example.com/"), dir("https://user@hirex.example.com/?x=1#f"));
    QVERIFY(dir("https://hirex.example.com").startsWith(QStringLiteral("/data/profiles/")));
    // ...other servers never do.
    QVERIFY(dir("https://hirex.example.com") != dir("https://other.example.com"));
    QVERIFY(dir("https://hirex.example.com") != dir("https://hirex.example.com:8443"));
    QVERIFY(dir("https://hirex.example.com") != dir("https://hirex.example.com/tenant-b"));
}

QTEST_GUILESS_MAIN(TestProfileIdentity)
#include "tst_profileidentity.moc"
