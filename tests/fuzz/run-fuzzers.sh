#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build briefly over its seed corpus; fails on any crash,
# leak, sanitizer report or timeout. usage: run-fuzzers.sh <fuzz-build-dir> [seconds-each]
#   cmake --preset fuzz && cmake --build build/fuzz --target fuzz_domain_json fuzz_problem_json fuzz_sse
#   tests/fuzz/run-fuzzers.sh build/fuzz 20
set -euo pipefail
build="${1:?usage: run-fuzzers.sh <fuzz-build-dir> [seconds-each]}"
seconds="${2:-20}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
ran=0
for target in domain_json problem_json sse; do
  bin="$build/bin/fuzz_$target"
  if [[ ! -x "$bin" ]]; then
    echo "missing $bin (build the fuzz targets first)" >&2
    status=1
    continue
  fi
  # New inputs go to a scratch copy; the checked-in seed corpus stays unchanged.
  mkdir -p "$work/$target" "$work/artifacts-$target"
  cp "$here/corpus/$target/"* "$work/$target/" 2>/dev/null || true
  echo "== fuzz_$target for ${seconds}s"
  if ! "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$work/artifacts-$target/" \
      "$work/$target" >"$work/$target.log" 2>&1; then
    echo "fuzz_$target FAILED; last lines of its log:" >&2
    tail -n 60 "$work/$target.log" >&2
    mkdir -p "$build/fuzz-artifacts"
    cp "$work/artifacts-$target/"* "$build/fuzz-artifacts/" 2>/dev/null || true
    echo "crashing inputs copied to $build/fuzz-artifacts/" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::new_units_added" "$work/$target.log" | sed 's/^/   /' || true
  fi
  ran=$((ran + 1))
done
if ((ran == 0)); then
  echo "no fuzz targets ran" >&2
  exit 1
fi
exit $status
