#include "core/api/ProblemDetails.h"
#include "core/domain/AiInsight.h"
#include "core/domain/Application.h"
#include "core/domain/Candidate.h"
#include "core/domain/ChangeFeedPage.h"
#include "core/domain/Evaluation.h"
#include "core/domain/Job.h"
#include "core/domain/JsonReader.h"
#include "core/domain/Me.h"
#include "core/domain/Page.h"
#include "core/domain/Pipeline.h"
#include "tests/support/DecoderTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace hirex::domain;

namespace {

QJsonObject loadExamples() {
    QFile file(qEnvironmentVariable("HIREX_SOURCE_DIR") + u"/tests/domain/data/contract-examples.json");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject example(const QString &schema, int index = 0) {
    static const QJsonObject all = loadExamples();
    return all.value(schema).toArray().at(index).toObject();
}

// Replaces (or with an undefined value removes) the value at a path like "items[0].stage_id".
QJsonValue setAt(const QJsonValue &root, QStringList segments, const QJsonValue &value) {
    const QString head = segments.takeFirst();
    static const QRegularExpression indexed(QStringLiteral("^(\\w*)\\[(\\d+)\\]$"));
    const auto match = indexed.match(head);
    if (match.hasMatch()) {
        QJsonObject object = root.toObject();
        QJsonArray array = object.value(match.captured(1)).toArray();
        const int i = match.captured(2).toInt();
        array[i] = segments.isEmpty() ? value : setAt(array.at(i), segments, value);
        object[match.captured(1)] = array;
        return object;
    }
    QJsonObject object = root.toObject();
    if (segments.isEmpty()) {
        if (value.isUndefined())
            object.remove(head);
        else
            object[head] = value;
    } else {
        object[head] = setAt(object.value(head), segments, value);
    }
    return object;
}

QJsonObject with(const QJsonObject &object, const QString &path, const QJsonValue &value) {
    return setAt(object, path.split(u'.'), value).toObject();
}

QJsonObject without(const QJsonObject &object, const QString &path) {
    return with(object, path, QJsonValue(QJsonValue::Undefined));
}

// Decodes with the decoder registered for the contract schema; an unknown schema is an error.
bool decodeAs(const QString &schema, const QJsonObject &json, DecodeError *error) {
    if (schema == u"Problem")
        return hirex::api::ProblemDetails::parse(QJsonDocument(json).toJson(), error).has_value();
    for (const auto &entry : hirex::test::decoderTable()) {
        if (entry.schema == schema)
            return entry.decode(json, error);
    }
    error->path.clear();
    error->message = QStringLiteral("no decoder registered for schema ") + schema;
    return false;
}

} // namespace

class TestDomainDecoding : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyContractExampleDecodes_data();
    void everyContractExampleDecodes();
    void jobFieldsAreRead();
    void candidateHiddenFieldsAreAbsentNotEmpty();
    void pipelineStagesAreSortedByPosition();
    void aiInsightCarriesThePayloadOfItsKind();
    void changeFeedUpsertAndTombstone();
    void meReadsPermissionsAndVisibility();
    void badInputIsAnErrorWithItsPath_data();
    void badInputIsAnErrorWithItsPath();
    void hugeArraysAndStringsAreRefused();
    void parseObjectRejectsNonObjects();
    void firstErrorWins();
};

void TestDomainDecoding::everyContractExampleDecodes_data() {
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QJsonObject>("json");
    const QJsonObject all = loadExamples();
    QVERIFY2(!all.isEmpty(), "tests/domain/data/contract-examples.json missing");
    int count = 0;
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonArray examples = it.value().toArray();
        for (int i = 0; i < examples.size(); ++i) {
            const QByteArray name = it.key().toUtf8() + '#' + QByteArray::number(i);
            QTest::newRow(name.constData()) << it.key() << examples.at(i).toObject();
            ++count;
        }
    }
    QVERIFY(count >= 40);
}

void TestDomainDecoding::everyContractExampleDecodes() {
    QFETCH(QString, schema);
    QFETCH(QJsonObject, json);
    DecodeError error;
    QVERIFY2(decodeAs(schema, json, &error), qPrintable(error.toString()));
}

void TestDomainDecoding::jobFieldsAreRead() {
    const QJsonObject json = example(QStringLiteral("Job"));
    DecodeError error;
    const auto job = Job::fromJson(json, &error);
    QVERIFY2(job, qPrintable(error.toString()));
    QCOMPARE(job->id, json.value(u"id").toString());
    QCOMPARE(job->version, json.value(u"version").toInteger());
    QCOMPARE(job->title, json.value(u"title").toString());
    QCOMPARE(job->status, json.value(u"status").toString());
    QCOMPARE(job->updatedAt, QDateTime::fromString(json.value(u"updated_at").toString(), Qt::ISODate));
    QCOMPARE(job->updatedAt.timeSpec(), Qt::UTC);
    QCOMPARE(job->hiringManagerIds.size(), json.value(u"hiring_manager_ids").toArray().size());
}

void TestDomainDecoding::candidateHiddenFieldsAreAbsentNotEmpty() {
    QJsonObject json = example(QStringLiteral("Candidate"));
    json = without(json, QStringLiteral("phone"));
    json = without(json, QStringLiteral("email"));
    json[u"location"] = QString();
    DecodeError error;
    const auto candidate = Candidate::fromJson(json, &error);
    QVERIFY2(candidate, qPrintable(error.toString()));
    QVERIFY(!candidate->phone.has_value());
    QVERIFY(!candidate->email.has_value());
    QVERIFY(candidate->location.has_value());
    QVERIFY(candidate->location->isEmpty());
    QCOMPARE(*candidate->firstName, json.value(u"first_name").toString());
}

void TestDomainDecoding::pipelineStagesAreSortedByPosition() {
    QJsonObject json = example(QStringLiteral("Pipeline"));
    QJsonArray stages = json.value(u"stages").toArray();
    QVERIFY(stages.size() >= 2);
    QJsonArray reversed;
    for (qsizetype i = stages.size() - 1; i >= 0; --i)
        reversed.append(stages.at(i));
    json[u"stages"] = reversed;
    const auto pipeline = Pipeline::fromJson(json, nullptr);
    QVERIFY(pipeline);
    QCOMPARE(pipeline->stages.size(), stages.size());
    for (qsizetype i = 1; i < pipeline->stages.size(); ++i)
        QVERIFY(pipeline->stages.at(i - 1).position <= pipeline->stages.at(i).position);
}

void TestDomainDecoding::aiInsightCarriesThePayloadOfItsKind() {
    const auto match = AiInsight::fromJson(example(QStringLiteral("MatchScoreInsight")), nullptr);
    QVERIFY(match && match->matchScore && !match->transcript && !match->sourcing &&
            !match->evaluationSummary);
    QVERIFY(match->matchScore->score >= 0 && match->matchScore->score <= 100);
    QVERIFY(!match->provenance.model.isEmpty());
    QCOMPARE(match->disclaimer, QStringLiteral("AI-generated. Informs, does not decide."));
    const auto transcript = AiInsight::fromJson(example(QStringLiteral("TranscriptInsight")), nullptr);
    QVERIFY(transcript && transcript->transcript && !transcript->transcript->segments.isEmpty());
    const auto sourcing = AiInsight::fromJson(example(QStringLiteral("SourcingInsight")), nullptr);
    QVERIFY(sourcing && sourcing->sourcing && sourcing->jobId);
    const auto summary = AiInsight::fromJson(example(QStringLiteral("EvaluationSummaryInsight")), nullptr);
    QVERIFY(summary && summary->evaluationSummary && !summary->evaluationSummary->text.isEmpty());
    const auto cv = AiInsight::fromJson(example(QStringLiteral("CvParseInsight")), nullptr);
    QVERIFY(cv && cv->cvParse);

    // A kind without its payload is incomplete: an error, not an insight without content.
    DecodeError error;
    QVERIFY(!AiInsight::fromJson(
        without(example(QStringLiteral("MatchScoreInsight")), QStringLiteral("match_score")), &error));
    QCOMPARE(error.toString(), QStringLiteral("match_score: required field missing"));
    QVERIFY(!AiInsight::fromJson(
        without(example(QStringLiteral("MatchScoreInsight")), QStringLiteral("subject.application_id")),
        &error));
    QCOMPARE(error.toString(), QStringLiteral("subject: expected application_id or job_id"));
}

void TestDomainDecoding::changeFeedUpsertAndTombstone() {
    DecodeError error;
    const auto page = ChangeFeedPage::fromJson(example(QStringLiteral("ChangePage")), &error);
    QVERIFY2(page, qPrintable(error.toString()));
    QVERIFY(!page->nextCursor.isEmpty());
    bool sawUpsert = false;
    bool sawTombstone = false;
    for (const ChangeItem &item : page->items) {
        if (item.isTombstone()) {
            sawTombstone = true;
            QVERIFY(item.reason);
            QVERIFY(!item.data);
        } else {
            sawUpsert = true;
            QVERIFY(item.data);
            QCOMPARE(item.data->value(u"id").toString(), item.id);
            if (item.entity == u"application")
                QVERIFY(Application::fromJson(*item.data, nullptr));
        }
    }
    QVERIFY(sawUpsert && sawTombstone);

    const QJsonObject tombstone = example(QStringLiteral("ChangeTombstone"));
    QVERIFY(!ChangeItem::fromJson(without(tombstone, QStringLiteral("reason")), &error));
    QCOMPARE(error.toString(), QStringLiteral("reason: required for tombstone"));
    const QJsonObject upsert = example(QStringLiteral("ChangeUpsert"));
    QVERIFY(!ChangeItem::fromJson(without(upsert, QStringLiteral("data")), &error));
    QCOMPARE(error.toString(), QStringLiteral("data: required for upsert"));
    QVERIFY(
        !ChangeItem::fromJson(with(upsert, QStringLiteral("data.id"), QStringLiteral("app_other")), &error));
    QCOMPARE(error.path, QStringLiteral("data"));
}

void TestDomainDecoding::meReadsPermissionsAndVisibility() {
    const QJsonObject json = example(QStringLiteral("Me"));
    const auto me = Me::fromJson(json, nullptr);
    QVERIFY(me);
    QVERIFY(!me->permissions.isEmpty());
    QVERIFY(me->can(me->permissions.first()));
    QVERIFY(!me->can(QStringLiteral("no.such_permission")));
    QCOMPARE(me->visibility.scope, json.value(u"visibility").toObject().value(u"scope").toString());
    QCOMPARE(me->tenant.settings.aiFeatures,
             json.value(u"tenant").toObject().value(u"settings").toObject().value(u"ai_features").toBool());
    QCOMPARE(me->user.id, json.value(u"user").toObject().value(u"id").toString());
}

void TestDomainDecoding::badInputIsAnErrorWithItsPath_data() {
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("expected");

    const QJsonObject job = example(QStringLiteral("Job"));
    const QJsonObject apps = example(QStringLiteral("ApplicationPage"));
    const QJsonObject evaluation = example(QStringLiteral("Evaluation"));
    const QJsonObject match = example(QStringLiteral("MatchScoreInsight"));
    const QJsonObject candidate = example(QStringLiteral("Candidate"));
    const QJsonObject me = example(QStringLiteral("Me"));
    QVERIFY(!apps.value(u"items").toArray().isEmpty());
    QVERIFY(!evaluation.value(u"attributes").toArray().isEmpty());

    QTest::newRow("wrong type") << "Job" << with(job, QStringLiteral("title"), 42)
                                << "title: expected string, got number";
    QTest::newRow("null required") << "Job" << with(job, QStringLiteral("title"), QJsonValue::Null)
                                   << "title: required field missing";
    QTest::newRow("missing required")
        << "Job" << without(job, QStringLiteral("status")) << "status: required field missing";
    QTest::newRow("unknown enum") << "Job" << with(job, QStringLiteral("status"), QStringLiteral("paused"))
                                  << "status: expected one of open|closed|draft";
    QTest::newRow("version zero") << "Job" << with(job, QStringLiteral("version"), 0)
                                  << "version: out of range 1..9007199254740992";
    QTest::newRow("version fraction")
        << "Job" << with(job, QStringLiteral("version"), 1.5) << "version: expected integer";
    QTest::newRow("version as string") << "Job" << with(job, QStringLiteral("version"), QStringLiteral("3"))
                                       << "version: expected integer, got string";
    QTest::newRow("bad timestamp") << "Job"
                                   << with(job, QStringLiteral("updated_at"), QStringLiteral("yesterday"))
                                   << "updated_at: expected RFC 3339 timestamp with time zone";
    QTest::newRow("timestamp without zone")
        << "Job" << with(job, QStringLiteral("updated_at"), QStringLiteral("2026-03-02T08:15:00"))
        << "updated_at: expected RFC 3339 timestamp with time zone";
    QTest::newRow("empty id") << "Job" << with(job, QStringLiteral("id"), QString())
                              << "id: expected an id of 1..256 characters";
    QTest::newRow("id list item") << "Job"
                                  << with(job, QStringLiteral("recruiter_ids"),
                                          QJsonArray{QStringLiteral("usr_1"), 7})
                                  << "recruiter_ids[1]: expected string, got number";
    QTest::newRow("nested list item")
        << "ApplicationPage" << with(apps, QStringLiteral("items[0].stage_id"), true)
        << "items[0].stage_id: expected string, got boolean";
    QTest::newRow("list item not object")
        << "ApplicationPage" << with(apps, QStringLiteral("items[0]"), QStringLiteral("x"))
        << "items[0]: expected object";
    QTest::newRow("items not array") << "ApplicationPage"
                                     << with(apps, QStringLiteral("items"), QJsonObject())
                                     << "items: expected array, got object";
    QTest::newRow("rating above 4") << "Evaluation"
                                    << with(evaluation, QStringLiteral("attributes[0].rating"), 5)
                                    << "attributes[0].rating: out of range 1..4";
    QTest::newRow("rating below 1") << "Evaluation"
                                    << with(evaluation, QStringLiteral("attributes[0].rating"), 0)
                                    << "attributes[0].rating: out of range 1..4";
    QTest::newRow("score above 100") << "MatchScoreInsight"
                                     << with(match, QStringLiteral("match_score.score"), 101)
                                     << "match_score.score: out of range 0..100";
    QTest::newRow("criterion score") << "MatchScoreInsight"
                                     << with(match, QStringLiteral("match_score.criteria[0].score"), -1)
                                     << "match_score.criteria[0].score: out of range 0..100";
    QTest::newRow("weight above 1") << "MatchScoreInsight"
                                    << with(match, QStringLiteral("match_score.criteria[0].weight"), 1.5)
                                    << "match_score.criteria[0].weight: out of range 0..1";
    QTest::newRow("candidate email type")
        << "Candidate" << with(candidate, QStringLiteral("email"), QJsonArray())
        << "email: expected string, got array";
    QTest::newRow("me nested") << "Me"
                               << with(me, QStringLiteral("tenant.settings.ai_features"),
                                       QStringLiteral("yes"))
                               << "tenant.settings.ai_features: expected boolean, got string";
    QTest::newRow("me visibility") << "Me"
                                   << with(me, QStringLiteral("visibility.scope"), QStringLiteral("everyone"))
                                   << "visibility.scope: expected one of all|own_jobs|assigned";
    QTest::newRow("rejected without rejection")
        << "Application"
        << without(with(example(QStringLiteral("Application")), QStringLiteral("status"),
                        QStringLiteral("rejected")),
                   QStringLiteral("rejection"))
        << "rejection: required when status is rejected";
}

void TestDomainDecoding::badInputIsAnErrorWithItsPath() {
    QFETCH(QString, schema);
    QFETCH(QJsonObject, json);
    QFETCH(QString, expected);
    DecodeError error;
    QVERIFY2(!decodeAs(schema, json, &error), "bad input decoded");
    QCOMPARE(error.toString(), expected);
}

void TestDomainDecoding::hugeArraysAndStringsAreRefused() {
    const QJsonObject candidate = example(QStringLiteral("Candidate"));
    QJsonArray tags;
    for (int i = 0; i <= JsonReader::kMaxArrayItems; ++i)
        tags.append(QStringLiteral("t"));
    DecodeError error;
    QVERIFY(!Candidate::fromJson(with(candidate, QStringLiteral("tags"), tags), &error));
    QCOMPARE(error.toString(), QStringLiteral("tags: array longer than 100000 items"));

    const QString huge(JsonReader::kMaxStringLength + 1, u'x');
    QVERIFY(!Candidate::fromJson(with(candidate, QStringLiteral("source"), huge), &error));
    QCOMPARE(error.toString(), QStringLiteral("source: string longer than 1048576 characters"));
    QVERIFY(!Candidate::fromJson(with(candidate, QStringLiteral("skills"), QJsonArray{huge}), &error));
    QCOMPARE(error.path, QStringLiteral("skills[0]"));

    QJsonArray items;
    for (int i = 0; i <= JsonReader::kMaxArrayItems; ++i)
        items.append(QJsonObject());
    QVERIFY(!Page<Job>::fromJson(QJsonObject{{QStringLiteral("items"), items}}, &error));
    QCOMPARE(error.toString(), QStringLiteral("items: array longer than 100000 items"));
}

void TestDomainDecoding::parseObjectRejectsNonObjects() {
    DecodeError error;
    QVERIFY(!JsonReader::parseObject("[1,2]", &error));
    QCOMPARE(error.message, QStringLiteral("expected a JSON object at the top level"));
    QVERIFY(!JsonReader::parseObject("{\"a\":", &error));
    QVERIFY(error.message.startsWith(u"invalid JSON at offset"));
    QVERIFY(!JsonReader::parseObject(QByteArray(100, ' '), &error, 10));
    QVERIFY(error.message.startsWith(u"document larger than"));
    const auto ok = JsonReader::parseObject("{\"a\":1}", &error);
    QVERIFY(ok);
    QCOMPARE(ok->value(u"a").toInt(), 1);
}

void TestDomainDecoding::firstErrorWins() {
    QJsonObject job = example(QStringLiteral("Job"));
    job = with(job, QStringLiteral("title"), 1);
    job = with(job, QStringLiteral("status"), 2);
    DecodeError error;
    QVERIFY(!Job::fromJson(job, &error));
    QCOMPARE(error.path, QStringLiteral("title"));
    // A null DecodeError pointer is allowed: the result alone says it failed.
    QVERIFY(!Job::fromJson(job, nullptr));
}

QTEST_GUILESS_MAIN(TestDomainDecoding)
#include "tst_domaindecoding.moc"
