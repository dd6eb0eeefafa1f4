// The one rule for a profile's identity, which both front ends use.
#include "core/store/ProfileIdentity.h"
#include "core/store/ProfileRecord.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using hirex::store::ProfileIdentity;

class TestProfileIdentity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nameFollowsTheAbsoluteFolder();
    void oneFolderPerServer();
    void aRecordRoundTripsAndNamesItsServer();
    void aCorruptRecordIsReportedAndNeverReplaced();
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

void TestProfileIdentity::aRecordRoundTripsAndNamesItsServer() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(!hirex::store::ProfileRecord::load(dir.path(), &error).has_value());
    QVERIFY(error.isEmpty()); // no file is not an error

    hirex::store::ProfileRecord record;
    record.server = QUrl(QStringLiteral("https://Hirex.example:8443/"));
    record.caFile = QStringLiteral("/etc/ssl/corp.pem");
    record.spkiPins = {QStringLiteral("sha256/AAAA")};
    QVERIFY2(record.save(dir.path(), &error), qPrintable(error));
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QVERIFY(!(QFile::permissions(hirex::store::ProfileRecord::pathIn(dir.path())) & others));

    const auto loaded = hirex::store::ProfileRecord::load(dir.path(), &error);
    QVERIFY2(loaded.has_value(), qPrintable(error));
    QCOMPARE(loaded->caFile, record.caFile);
    QCOMPARE(loaded->spkiPins, record.spkiPins);
    QVERIFY(loaded->belongsTo(QUrl(QStringLiteral("https://hirex.example:8443"))));
    QVERIFY(!loaded->belongsTo(QUrl(QStringLiteral("https://other.example:8443"))));
}

void TestProfileIdentity::aCorruptRecordIsReportedAndNeverReplaced() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = hirex::store::ProfileRecord::pathIn(dir.path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();

    QString error;
    QVERIFY(!hirex::store::ProfileRecord::load(dir.path(), &error).has_value());
    QVERIFY(!error.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{ not json")); // reading never rewrites it
}

QTEST_GUILESS_MAIN(TestProfileIdentity)
#include "tst_profileidentity.moc"
