#pragma once

namespace hirex::store {

// Process-wide protection for the secrets a front end holds in memory (tokens, the cache key).
// Both front ends call it first thing in main().
class ProcessHardening {
public:
    // Sets RLIMIT_CORE to 0 (soft and hard): a crash must not write the process memory, with its
    // tokens and cache key, to a core file. PR_SET_DUMPABLE is left alone on purpose so that
    // debuggers and gdb-based crash tests keep working. Returns false if the limit could not be set.
    static bool disableCoreDumps();
};

} // namespace hirex::store
