#!/usr/bin/env bash
# Requests per second of hirex-sandbox on loopback for change-feed pages and candidate pages
# (medians over several runs). Usage: bench/sandbox/run.sh [--bin PATH] [--candidates N]
#   [--runs N] [--requests N] [--concurrency N] [--json FILE]
# Without --bin it uses $HIREX_BIN_DIR/hirex-sandbox or build/dev/bin/hirex-sandbox.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
args=("$@")
if [[ " $* " != *" --bin "* ]]; then
  bin="${HIREX_BIN_DIR:-$root/build/dev/bin}/hirex-sandbox"
  [[ -x "$bin" ]] || { echo "run.sh: $bin not built (cmake --build build/dev --target hirex-sandbox)" >&2; exit 2; }
  args=(--bin "$bin" "${args[@]}")
fi
exec /usr/bin/python3 -B "$here/bench.py" "${args[@]}"
