#include "core/api/ApiError.h"
#include "core/api/Reachability.h"
#include "core/auth/OAuthTokenClient.h"

#include <QTest>

using hirex::UserMessage;
using hirex::api::ApiError;
using hirex::api::meansUnreachable;
using hirex::auth::OAuthTokenClient;

// The one "server unreachable" rule that the sync, the session, the desktop's offline start and
// the unlock share. Before it there were four, and a busy token endpoint (503, 429) was
// "unreachable" to the device registration but a refusal to the desktop, whose second start
// then showed the sign-in page instead of the cache.
class TestReachability : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void apiKindsThatMeanTryAgainLater();
    void statusesThatMeanTryAgainLater();
    void theSignInLayersWordsForTheSame();
    void aBusyTokenEndpointIsUnreachableNotARefusal();
};

void TestReachability::apiKindsThatMeanTryAgainLater() {
    using Kind = ApiError::Kind;
    for (Kind kind : {Kind::Network, Kind::Timeout, Kind::Tls, Kind::Unavailable, Kind::Server,
                      Kind::RateLimited, Kind::Cancelled})
        QVERIFY2(meansUnreachable(ApiError::make(kind, ApiError::kindName(kind))),
                 qPrintable(ApiError::kindName(kind)));
    for (Kind kind : {Kind::None, Kind::InsecureUrl, Kind::Http, Kind::Problem, Kind::Decode, Kind::TooLarge,
                      Kind::Unauthorized, Kind::DeviceRevoked, Kind::Forbidden, Kind::NotFound,
                      Kind::Conflict, Kind::PreconditionFailed, Kind::PreconditionRequired, Kind::Validation,
                      Kind::BadRequest, Kind::PayloadTooLarge})
        QVERIFY2(!meansUnreachable(ApiError::make(kind, ApiError::kindName(kind))),
                 qPrintable(ApiError::kindName(kind)));
}

void TestReachability::statusesThatMeanTryAgainLater() {
    QVERIFY(meansUnreachable(429));
    QVERIFY(meansUnreachable(500));
    QVERIFY(meansUnreachable(503));
    QVERIFY(meansUnreachable(599));
    for (int status : {0, 200, 204, 301, 400, 401, 403, 404, 408, 409, 422, 600})
        QVERIFY2(!meansUnreachable(status), qPrintable(QString::number(status)));
}

void TestReachability::theSignInLayersWordsForTheSame() {
    QVERIFY(meansUnreachable(UserMessage{QStringLiteral("network"), {}, {}}));
    QVERIFY(meansUnreachable(UserMessage{QStringLiteral("timeout"), {}, {}}));
    QVERIFY(meansUnreachable(UserMessage{QStringLiteral("server_unavailable"), {}, {}}));
    // Refusals the user must hear about at sign-in, never hidden behind "offline".
    for (const char *code : {"", "session_expired", "tls_untrusted", "device_revoked", "issuer_not_trusted",
                             "oidc_discovery_http", "token_refused"})
        QVERIFY2(!meansUnreachable(UserMessage{QString::fromLatin1(code), {}, {}}), code);
}

void TestReachability::aBusyTokenEndpointIsUnreachableNotARefusal() {
    QVERIFY(meansUnreachable(OAuthTokenClient::parseTokenResponse(503, "").error));
    QVERIFY(meansUnreachable(OAuthTokenClient::parseTokenResponse(429, "").error));
    QVERIFY(meansUnreachable(OAuthTokenClient::parseTokenResponse(502, "<html>Bad gateway</html>").error));
    QVERIFY(
        !meansUnreachable(OAuthTokenClient::parseTokenResponse(400, R"({"error":"invalid_grant"})").error));
}

QTEST_GUILESS_MAIN(TestReachability)
#include "tst_reachability.moc"
