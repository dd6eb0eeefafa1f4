#include "core/api/SseParser.h"

#include <QTest>

using hirex::api::SseEvent;
using hirex::api::SseParser;

namespace {
// Feeds `stream` in pieces of `chunk` bytes and collects every event.
QList<SseEvent> feedInChunks(SseParser &parser, const QByteArray &stream, qsizetype chunk) {
    QList<SseEvent> events;
    for (qsizetype i = 0; i < stream.size(); i += chunk)
        events += parser.feed(stream.mid(i, chunk));
    return events;
}
} // namespace

class TestSseParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTheChangesEvent();
    void everyChunkBoundaryGivesTheSameEvents_data();
    void everyChunkBoundaryGivesTheSameEvents();
    void lineEndings_data();
    void lineEndings();
    void multiLineDataAndDefaults();
    void commentsAndUnknownFieldsAreIgnored();
    void idAndRetry();
    void byteOrderMarkIsSkipped();
    void oversizedEventFails();
    void eventWithoutDataIsNotDispatched();
};

void TestSseParser::parsesTheChangesEvent() {
    SseParser parser;
    const auto events = parser.feed("event: changes\ndata: {\"cursor\":\"4812\"}\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, QStringLiteral("changes"));
    QCOMPARE(events.first().data, QStringLiteral("{\"cursor\":\"4812\"}"));
}

void TestSseParser::everyChunkBoundaryGivesTheSameEvents_data() {
    QTest::addColumn<int>("chunk");
    for (int c : {1, 2, 3, 5, 7, 11, 64, 4096})
        QTest::newRow(qPrintable(QString::number(c))) << c;
}

void TestSseParser::everyChunkBoundaryGivesTheSameEvents() {
    QFETCH(int, chunk);
    const QByteArray stream = ": keepalive\r\n\r\nevent: changes\r\ndata: {\"cursor\":\"1\"}\r\n\r\n"
                              "id: 7\rdata: a\rdata: b\r\rdata:ü\n\n";
    SseParser parser;
    const auto events = feedInChunks(parser, stream, chunk);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).type, QStringLiteral("changes"));
    QCOMPARE(events.at(0).data, QStringLiteral("{\"cursor\":\"1\"}"));
    QCOMPARE(events.at(1).type, QStringLiteral("message"));
    QCOMPARE(events.at(1).data, QStringLiteral("a\nb"));
    QCOMPARE(events.at(1).lastEventId, QStringLiteral("7"));
    QCOMPARE(events.at(2).data, QStringLiteral("ü"));
    QCOMPARE(parser.commentCount(), 1);
}

void TestSseParser::lineEndings_data() {
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CR") << QByteArray("\r");
    QTest::newRow("CRLF") << QByteArray("\r\n");
}

void TestSseParser::lineEndings() {
    QFETCH(QByteArray, eol);
    const QByteArray stream =
        "data: one" + eol + "data: two" + eol + eol + "event: x" + eol + "data: 3" + eol + eol;
    SseParser parser;
    const auto events = parser.feed(stream);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).data, QStringLiteral("one\ntwo"));
    QCOMPARE(events.at(1).type, QStringLiteral("x"));
    // A CRLF split between two chunks is one line end, not two (which would dispatch early).
    SseParser split;
    QVERIFY(split.feed("data: a\r").isEmpty());
    QVERIFY(split.feed("\ndata: b\r").isEmpty());
    const auto tail = split.feed("\n\r\n");
    QCOMPARE(tail.size(), 1);
    QCOMPARE(tail.first().data, QStringLiteral("a\nb"));
}

void TestSseParser::multiLineDataAndDefaults() {
    SseParser parser;
    const auto events = parser.feed("data\ndata:\ndata:  two spaces\n\n");
    QCOMPARE(events.size(), 1);
    // "data" alone and "data:" add empty lines; only one leading space is stripped.
    QCOMPARE(events.first().data, QStringLiteral("\n\n two spaces"));
    QCOMPARE(events.first().type, QStringLiteral("message"));
}

void TestSseParser::commentsAndUnknownFieldsAreIgnored() {
    SseParser parser;
    const auto events = parser.feed(": hello\n:\nfoo: bar\ndata: x\n: inside\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, QStringLiteral("x"));
    QCOMPARE(parser.commentCount(), 3);
}

void TestSseParser::idAndRetry() {
    SseParser parser;
    parser.feed("retry: 2500\nid: abc\ndata: 1\n\nretry: soon\n\n");
    QCOMPARE(parser.retryMs(), std::optional<int>(2500));
    QCOMPARE(parser.lastEventId(), QStringLiteral("abc"));
    const auto events = parser.feed("data: 2\n\n");
    QCOMPARE(events.first().lastEventId, QStringLiteral("abc")); // ids persist across events
    parser.reset();
    QCOMPARE(parser.lastEventId(), QStringLiteral("abc")); // and across reconnects
}

void TestSseParser::byteOrderMarkIsSkipped() {
    SseParser parser;
    QVERIFY(parser.feed("\xEF").isEmpty());
    QVERIFY(parser.feed("\xBB").isEmpty());
    const auto events = parser.feed("\xBF"
                                    "data: x\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, QStringLiteral("x"));
}

void TestSseParser::oversizedEventFails() {
    SseParser parser(100);
    QVERIFY(parser.feed("data: " + QByteArray(60, 'a') + "\n").isEmpty());
    QVERIFY(!parser.failed());
    QVERIFY(parser.feed("data: " + QByteArray(60, 'b') + "\n\n").isEmpty());
    QVERIFY(parser.failed());
    QVERIFY(parser.feed("data: c\n\n").isEmpty()); // nothing after failure
    SseParser endless(100);
    endless.feed(QByteArray(150, 'x')); // a line that never ends
    QVERIFY(endless.failed());
}

void TestSseParser::eventWithoutDataIsNotDispatched() {
    SseParser parser;
    QVERIFY(parser.feed("event: changes\n\nid: 1\n\n").isEmpty());
    QCOMPARE(parser.lastEventId(), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
