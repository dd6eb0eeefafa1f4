#pragma once

namespace hirex::ctl {

// hirexctl's exit codes. Stable: scripts depend on them (documented in README.md).
enum ExitCode : int {
    Ok = 0,
    Failure = 1,        // anything not covered below
    Usage = 2,          // bad command line
    NotSignedIn = 3,    // no session, or the session can no longer be refreshed
    Network = 4,        // server unreachable, TLS refused, timeout, 5xx
    CacheProblem = 5,   // cache locked, key lost, wrong key, corrupt, keychain unavailable
    NeedsAttention = 6, // sync done, but changes await a decision (conflicts) or were refused
};

} // namespace hirex::ctl
