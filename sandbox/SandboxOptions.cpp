#include "sandbox/SandboxOptions.h"

#include <QCommandLineParser>

namespace hirex::sandbox {

namespace {
bool parseRate(const QString &text, double *out) {
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < 0.0 || v > 1.0)
        return false;
    *out = v;
    return true;
}
} // namespace

bool SandboxOptions::parse(const QStringList &arguments, QString *errorText) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Local Hirex API v1 server for development and tests."));
    p.addHelpOption();
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"), QStringLiteral("Tenant directory."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("TCP port (0 = free port)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Demo tenant seed."),
                                     QStringLiteral("S"), QStringLiteral("42"));
    const QCommandLineOption candOpt(QStringLiteral("candidates"), QStringLiteral("Number of candidates."),
                                     QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption largeOpt(
        QStringLiteral("pipeline-applications"),
        QStringLiteral("Add one job whose pipeline has N active applications (at most --candidates)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption resetOpt(QStringLiteral("reset"), QStringLiteral("Recreate the tenant."));
    const QCommandLineOption accountsOpt(QStringLiteral("accounts"),
                                         QStringLiteral("Print demo accounts as JSON and exit."));
    const QCommandLineOption clearOpt(QStringLiteral("clear-allowlist"),
                                      QStringLiteral("Disable the IP allowlist on start."));
    const QCommandLineOption ttlOpt(QStringLiteral("token-ttl"), QStringLiteral("Access token lifetime."),
                                    QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption clockOpt(QStringLiteral("clock-offset"), QStringLiteral("Test clock offset."),
                                      QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption failOpt(QStringLiteral("fail-rate"), QStringLiteral("Fraction answered 503."),
                                     QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption dropOpt(QStringLiteral("drop-rate"), QStringLiteral("Fraction dropped."),
                                     QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption latOpt(QStringLiteral("latency-ms"), QStringLiteral("Added latency."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption httpOpt(QStringLiteral("insecure-http"),
                                     QStringLiteral("Serve plain HTTP (debugging only)."));
    const QCommandLineOption rateOpt(QStringLiteral("rate-limit"),
                                     QStringLiteral("Requests per minute per token."), QStringLiteral("N"),
                                     QStringLiteral("600"));
    const QCommandLineOption retOpt(QStringLiteral("retention-interval"),
                                    QStringLiteral("Seconds between scheduled retention runs."),
                                    QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption silentOpt(
        QStringLiteral("silent-streams"),
        QStringLiteral("Change streams open, then never send another byte (a half-open connection)."));
    const QCommandLineOption blindOpt(
        QStringLiteral("anonymised-screening"),
        QStringLiteral("Seed the tenant with anonymised screening: candidates without identity for callers "
                       "lacking candidates.reveal."));
    const QCommandLineOption hostileOpt(
        QStringLiteral("hostile-candidate"),
        QStringLiteral("Seed one more candidate whose fields start like spreadsheet formulas."));
    p.addOptions({dataDirOpt, portOpt, seedOpt, candOpt, largeOpt, resetOpt, accountsOpt, clearOpt, ttlOpt,
                  clockOpt, failOpt, dropOpt, latOpt, httpOpt, rateOpt, retOpt, silentOpt, blindOpt,
                  hostileOpt});
    if (!p.parse(arguments)) {
        *errorText = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) { // an answer, not an error: stdout and exit 0
        help = true;
        helpText = p.helpText();
        return true;
    }
    if (!p.isSet(dataDirOpt)) {
        *errorText = QStringLiteral("--data-dir is required");
        return false;
    }
    dataDir = p.value(dataDirOpt);
    bool ok = true;
    const auto intValue = [&](const QCommandLineOption &o, qint64 lo, qint64 hi, qint64 *out) {
        bool good = false;
        const qint64 v = p.value(o).toLongLong(&good);
        if (!good || v < lo || v > hi) {
            *errorText = QStringLiteral("invalid value for --") + o.names().constFirst();
            ok = false;
            return;
        }
        *out = v;
    };
    qint64 v = 0;
    intValue(portOpt, 0, 65535, &v);
    port = static_cast<quint16>(v);
    bool seedOk = false;
    seed = p.value(seedOpt).toULongLong(&seedOk);
    if (!seedOk) {
        *errorText = QStringLiteral("invalid value for --seed");
        return false;
    }
    intValue(candOpt, 10, 2000000, &v);
    candidates = static_cast<int>(v);
    intValue(largeOpt, 0, 2000000, &v);
    pipelineApplications = static_cast<int>(v);
    intValue(ttlOpt, 1, 86400 * 30, &v);
    tokenTtlSeconds = static_cast<int>(v);
    intValue(clockOpt, -86400LL * 365 * 50, 86400LL * 365 * 50, &v);
    clockOffsetSeconds = v;
    clockOffsetGiven = p.isSet(clockOpt);
    intValue(latOpt, 0, 60000, &v);
    latencyMs = static_cast<int>(v);
    intValue(rateOpt, 1, 10000000, &v);
    rateLimitPerMinute = static_cast<int>(v);
    intValue(retOpt, 1, 86400, &v);
    retentionIntervalSeconds = static_cast<int>(v);
    if (!ok)
        return false;
    if (pipelineApplications > candidates) {
        *errorText = QStringLiteral("--pipeline-applications cannot exceed --candidates");
        return false;
    }
    if (!parseRate(p.value(failOpt), &failRate) || !parseRate(p.value(dropOpt), &dropRate)) {
        *errorText = QStringLiteral("--fail-rate and --drop-rate take a fraction between 0 and 1");
        return false;
    }
    reset = p.isSet(resetOpt);
    anonymisedScreening = p.isSet(blindOpt);
    hostileCandidate = p.isSet(hostileOpt);
    accounts = p.isSet(accountsOpt);
    clearAllowlist = p.isSet(clearOpt);
    insecureHttp = p.isSet(httpOpt);
    silentStreams = p.isSet(silentOpt);
    return true;
}

} // namespace hirex::sandbox
