#pragma once

#include <QString>
#include <QStringList>

namespace hirex::sandbox {

// Command-line options of hirex-sandbox (see sandbox/README.md).
class SandboxOptions {
public:
    // Parses argv; on error fills errorText and returns false. --help returns true with `help` set.
    bool parse(const QStringList &arguments, QString *errorText);

    QString dataDir;
    quint16 port = 0;
    quint64 seed = 42;
    int candidates = 2000;
    // One more job whose pipeline holds this many active applications (0: none).
    int pipelineApplications = 0;
    bool reset = false;
    bool accounts = false;
    bool clearAllowlist = false;
    bool insecureHttp = false;
    int tokenTtlSeconds = 3600;
    qint64 clockOffsetSeconds = 0;
    bool clockOffsetGiven = false;
    double failRate = 0.0;
    double dropRate = 0.0;
    int latencyMs = 0;
    int rateLimitPerMinute = 600;
    int retentionIntervalSeconds = 60;
    // Change streams open (status, headers, the opening comment) and then stay silent: no
    // events, no keep-alives, as a connection looks after a NAT dropped it half-open.
    bool silentStreams = false;
    // A new tenant is seeded with anonymised screening on (tenant.settings.anonymised_screening).
    bool anonymisedScreening = false;
    // A new tenant gets one more candidate whose fields start like spreadsheet formulas.
    bool hostileCandidate = false;
    // --help: `helpText` is to be printed on standard output, and the program ends with 0.
    bool help = false;
    QString helpText;
};

} // namespace hirex::sandbox
