#!/bin/sh
# Window-level board benchmark (see bench_board_window.py): the real app under Xvfb beside
# headless Chromium. Needs hirex-desktop, hirexctl, hirex-sandbox (release), Xvfb and chromium.
#   HIREX_BIN_DIR=build/release/bin bench/board/run-window.sh --candidates 100000 --pipeline 10000
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../../tests/sync/run-in-keyring.sh" python3 "$here/bench_board_window.py" "$@"
