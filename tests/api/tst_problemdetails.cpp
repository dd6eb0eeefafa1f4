#include "core/api/ProblemDetails.h"

#include <QTest>

using hirex::api::ApiError;
using hirex::api::ProblemDetails;
using hirex::domain::DecodeError;

class TestProblemDetails : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesAFullProblem();
    void toleratesMissingOptionalMembers();
    void isStrictOnTypes_data();
    void isStrictOnTypes();
    void mapsCodesToKinds_data();
    void mapsCodesToKinds();
    void codeFromTypeWhenCodeIsMissing();
    void unknownCodeKeepsServerTitle();
};

void TestProblemDetails::parsesAFullProblem() {
    const QByteArray body =
        R"({"type":"https://errors.hirex.example/validation_failed","title":"Validation failed",
        "status":422,"detail":"The request body has invalid fields.","code":"validation_failed",
        "instance":"/v1/applications/app_1/reject",
        "errors":[{"field":"reason_code","message":"must be one of skills, experience"}]})";
    DecodeError error;
    const auto p = ProblemDetails::parse(body, &error);
    QVERIFY2(p, qPrintable(error.toString()));
    QCOMPARE(p->type, QStringLiteral("https://errors.hirex.example/validation_failed"));
    QCOMPARE(*p->status, 422);
    QCOMPARE(*p->code, QStringLiteral("validation_failed"));
    QCOMPARE(p->errors.size(), 1);
    QCOMPARE(p->errors.first().field, QStringLiteral("reason_code"));
    const ApiError e = p->toApiError(422);
    QCOMPARE(e.kind, ApiError::Kind::Validation);
    QCOMPARE(e.code, QStringLiteral("validation_failed"));
    QCOMPARE(e.status, 422);
    QCOMPARE(e.fieldErrors.size(), 1);
    QVERIFY(!e.message.isEmpty());
    QCOMPARE(e.detail, QStringLiteral("The request body has invalid fields."));
}

void TestProblemDetails::toleratesMissingOptionalMembers() {
    DecodeError error;
    const auto p = ProblemDetails::parse("{}", &error);
    QVERIFY(p);
    QCOMPARE(p->type, QStringLiteral("about:blank"));
    QVERIFY(!p->status && !p->code && !p->title);
    QCOMPARE(p->toApiError(404).kind, ApiError::Kind::NotFound);
    QCOMPARE(p->toApiError(404).code, QStringLiteral("http_404"));

    const auto conflict =
        ProblemDetails::parse(R"({"code":"precondition_failed","current_version":7})", &error);
    QVERIFY(conflict);
    QCOMPARE(*conflict->currentVersion, 7);
    QCOMPARE(conflict->toApiError(412).currentVersion, std::optional<qint64>(7));
}

void TestProblemDetails::isStrictOnTypes_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("status string") << QByteArray(R"({"status":"403"})")
                                   << "status: expected integer, got string";
    QTest::newRow("status range") << QByteArray(R"({"status":99})") << "status: out of range 100..599";
    QTest::newRow("code number") << QByteArray(R"({"code":1})") << "code: expected string, got number";
    QTest::newRow("errors object") << QByteArray(R"({"errors":{}})") << "errors: expected array, got object";
    QTest::newRow("errors item") << QByteArray(R"({"errors":[{"field":3}]})")
                                 << "errors[0].field: expected string, got number";
    QTest::newRow("array") << QByteArray("[]") << "expected a JSON object at the top level";
    QTest::newRow("garbage") << QByteArray("<html>") << "invalid JSON at offset 1: illegal value";
}

void TestProblemDetails::isStrictOnTypes() {
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    DecodeError error;
    QVERIFY(!ProblemDetails::parse(body, &error));
    QCOMPARE(error.toString(), expected);
}

void TestProblemDetails::mapsCodesToKinds_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("403") << 403 << "forbidden" << ApiError::Kind::Forbidden;
    QTest::newRow("ip") << 403 << "ip_not_allowed" << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404 << "not_found" << ApiError::Kind::NotFound;
    QTest::newRow("412") << 412 << "precondition_failed" << ApiError::Kind::PreconditionFailed;
    QTest::newRow("428") << 428 << "precondition_required" << ApiError::Kind::PreconditionRequired;
    QTest::newRow("422") << 422 << "validation_failed" << ApiError::Kind::Validation;
    QTest::newRow("reused") << 422 << "idempotency_key_reused" << ApiError::Kind::Validation;
    QTest::newRow("429") << 429 << "rate_limited" << ApiError::Kind::RateLimited;
    QTest::newRow("503") << 503 << "service_unavailable" << ApiError::Kind::Unavailable;
    QTest::newRow("401") << 401 << "token_expired" << ApiError::Kind::Unauthorized;
    QTest::newRow("revoked") << 401 << "device_revoked" << ApiError::Kind::DeviceRevoked;
    QTest::newRow("409") << 409 << "conflict" << ApiError::Kind::Conflict;
    QTest::newRow("413") << 413 << "payload_too_large" << ApiError::Kind::PayloadTooLarge;
    QTest::newRow("500") << 500 << "internal" << ApiError::Kind::Server;
    QTest::newRow("unknown 418") << 418 << "teapot" << ApiError::Kind::Problem;
}

void TestProblemDetails::mapsCodesToKinds() {
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(ApiError::Kind, kind);
    ProblemDetails p;
    p.code = code;
    const ApiError e = p.toApiError(status);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.code, code);
    QCOMPARE(e.status, status);
    QVERIFY(!e.message.isEmpty());
    QVERIFY(e.toUserMessage().isError());
}

void TestProblemDetails::codeFromTypeWhenCodeIsMissing() {
    const auto p = ProblemDetails::parse(R"({"type":"https://errors.hirex.example/not_found"})", nullptr);
    QVERIFY(p);
    QCOMPARE(p->toApiError(404).code, QStringLiteral("not_found"));
}

void TestProblemDetails::unknownCodeKeepsServerTitle() {
    const auto p = ProblemDetails::parse(R"({"title":"I'm a teapot","code":"teapot"})", nullptr);
    QVERIFY(p);
    QCOMPARE(p->toApiError(418).message, QStringLiteral("I'm a teapot"));
    // Known codes use our translated message, not the server's English title.
    const auto known = ProblemDetails::parse(R"({"title":"Forbidden","code":"forbidden"})", nullptr);
    QCOMPARE(known->toApiError(403).message, ApiError::defaultMessage(ApiError::Kind::Forbidden));
}

QTEST_GUILESS_MAIN(TestProblemDetails)
#include "tst_problemdetails.moc"
