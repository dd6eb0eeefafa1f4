#!/bin/sh
# First-sync benchmark (see bench_sync.py). Needs hirexctl, hirex-sandbox and the keyring.
#   HIREX_BIN_DIR=build/release/bin BENCH_CANDIDATES=100000 BENCH_RUNS=3 bench/sync/run.sh
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../tests/sync/run-in-keyring.sh" python3 "$here/bench_sync.py" "$@"
