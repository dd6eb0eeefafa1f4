#include "core/util/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using hirex::util::CsvWriter;

class TestCsvWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plainCellsAreUnquoted();
    void separatorsQuotesAndNewlinesAreQuoted();
    void formulaTriggersAreNeutralised_data();
    void formulaTriggersAreNeutralised();
    void writesCrlfRecordsInUtf8();
    void reportsFailingDevice();
};

void TestCsvWriter::plainCellsAreUnquoted() {
    QCOMPARE(CsvWriter::encodeCell(QStringLiteral("Jürgen Groß")), QStringLiteral("Jürgen Groß"));
    QCOMPARE(CsvWriter::encodeCell(QString()), QString());
}

void TestCsvWriter::separatorsQuotesAndNewlinesAreQuoted() {
    QCOMPARE(CsvWriter::encodeCell(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvWriter::encodeCell(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::encodeCell(QStringLiteral("line1\nline2")), QStringLiteral("\"line1\nline2\""));
}

void TestCsvWriter::formulaTriggersAreNeutralised_data() {
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                            << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("inner equals is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void TestCsvWriter::formulaTriggersAreNeutralised() {
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::encodeCell(cell), expected);
}

void TestCsvWriter::writesCrlfRecordsInUtf8() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow({QStringLiteral("name"), QStringLiteral("city")}));
    QVERIFY(writer.writeRow({QStringLiteral("Çağla Yıldız"), QStringLiteral("İstanbul, TR")}));
    QCOMPARE(buffer.data(), QStringLiteral("name,city\r\nÇağla Yıldız,\"İstanbul, TR\"\r\n").toUtf8());
}

void TestCsvWriter::reportsFailingDevice() {
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly); // writes fail
    CsvWriter writer(&buffer);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!writer.writeRow({QStringLiteral("x")}));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
