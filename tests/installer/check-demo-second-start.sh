#!/usr/bin/env bash
# scripts/demo twice on one demo tenant, under an Xvfb of its own: the first run signs in and
# runs a first sync; the second finds the same server (the tenant kept its port), so the app
# restores the stored session and opens the same profile's cache, with no sign-in and no first
# sync, as a real second start does.
#   check-demo-second-start.sh <bin-dir>
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="${1:?usage: check-demo-second-start.sh <bin-dir>}"
scratch="$(mktemp -d -t hirex-demo-test.XXXXXX)"
xvfb_pid=""
demo_pid=""
cleanup() {
  [[ -n "$demo_pid" ]] && kill -- "-$demo_pid" 2>/dev/null || true
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
  [[ "${HIREX_KEEP_TMP:-0}" == 1 ]] && echo "keeping $scratch" || rm -rf "$scratch"
}
trap cleanup EXIT

# A display of its own (Xvfb picks a free number and writes it once it accepts clients).
exec 5>"$scratch/display"
Xvfb -displayfd 5 -noreset -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
exec 5>&-
for _ in $(seq 1 100); do [[ -s "$scratch/display" ]] && break; sleep 0.1; done
[[ -s "$scratch/display" ]] || { echo "Xvfb did not start"; exit 1; }
display=":$(tr -d '\n' <"$scratch/display")"

run_demo() { # run-number line: runs until the app logs `line`, then ends it
  local log="$scratch/run$1.log" line="$2"
  # No session bus: the demo starts a private one with its keyring in the tenant's folder.
  env -u DBUS_SESSION_BUS_ADDRESS -u HIREX_DEMO_PRIVATE_SESSION DISPLAY="$display" \
    HIREX_DEMO_DATA="$scratch/tenant" HIREX_DEMO_BIN_DIR="$bin" QT_QPA_PLATFORM=xcb \
    QT_LOGGING_RULES="hirex.*.info=true" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    setsid "$root/scripts/demo" >"$log" 2>&1 &
  demo_pid=$!
  for _ in $(seq 1 1200); do
    grep -q "$line" "$log" 2>/dev/null && break
    kill -0 "$demo_pid" 2>/dev/null || break
    sleep 0.1
  done
  if ! grep -q "$line" "$log"; then
    echo "run $1: the app never logged '$line'"; grep -v 'password\|totp' "$log" | tail -30; exit 1
  fi
  kill -- "-$demo_pid" 2>/dev/null || true
  wait "$demo_pid" 2>/dev/null || true
  demo_pid=""
}

run_demo 1 "first sync complete"
port1="$(sed -n 's|^demo: sandbox ready at https://127.0.0.1:\([0-9]*\)$|\1|p' "$scratch/run1.log")"
grep -q "sign-in succeeded" "$scratch/run1.log" || { echo "run 1 did not sign in"; exit 1; }
# The SIGTERM that ended run 1 (as a logout does) quits the app cleanly: its cache closes and
# the unclean-shutdown marker goes, so the second start runs no integrity check.
for _ in $(seq 1 100); do
  [[ -z "$(find "$scratch/tenant/xdg-data" -path '*/profiles/*' -name cache.open 2>/dev/null)" ]] && break
  sleep 0.1
done
if [[ -n "$(find "$scratch/tenant/xdg-data" -path '*/profiles/*' -name cache.open)" ]]; then
  echo "run 1 ended by SIGTERM left the cache's unclean-shutdown marker"; exit 1
fi

# The same profile (one folder, below), which run 1 filled; its session is restored, no sign-in.
run_demo 2 "live stream connected"
port2="$(sed -n 's|^demo: sandbox ready at https://127.0.0.1:\([0-9]*\)$|\1|p' "$scratch/run2.log")"
[[ -n "$port1" && "$port1" == "$port2" ]] || { echo "the tenant moved from port '$port1' to '$port2'"; exit 1; }
grep -q "session restored" "$scratch/run2.log" || { echo "run 2 did not restore the session"; exit 1; }
if grep -q "sign-in started\|first sync complete" "$scratch/run2.log"; then
  echo "run 2 signed in or synced from scratch: it did not open from the profile's cache"
  grep "sign-in started\|first sync complete" "$scratch/run2.log"
  exit 1
fi
if grep -q "background integrity check" "$scratch/run2.log"; then
  echo "run 2 checked the cache's integrity: run 1 did not close it cleanly"; exit 1
fi
profiles=$(find "$scratch/tenant/xdg-data" -path '*/profiles/*' -maxdepth 4 -mindepth 4 -type d | wc -l)
[[ "$profiles" == 1 ]] || { echo "the two runs left $profiles profiles, not one"; exit 1; }
echo "demo_second_start: run 2 on port $port1 restored the session and opened the profile's cache"
