#!/usr/bin/env bash
# Runs inside `dbus-run-session` (see scripts/test): gives the suite a throw-away home, an
# unlocked gnome-keyring and sanitizer settings, then runs ctest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${HIREX_TEST_BUILD_DIR:?}"

# A private home: the keyring, QSettings and caches of the tests never touch the user's.
scratch="$(mktemp -d -t hirex-test-home.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# An unlocked "login" keyring with a throw-away password, so QtKeychain has a Secret Service.
eval "$(printf 'hirex-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
# The daemon leaves when dbus-run-session closes the bus at the end.

# Sanitizers (asan preset): leaks in system libraries we cannot fix are listed in one file.
export ASAN_OPTIONS="suppressions=$root/tests/sanitizers/asan.supp:detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/sanitizers/ubsan.supp"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.debug=false}"

ctest --test-dir "$build" --output-on-failure -j "$(nproc)" --timeout 900 "$@"
