#!/usr/bin/env bash
# Checks the layering promises on the built binaries and the sources:
#  - hirexctl links no Qt Gui or Widgets (proof that hirex_core is GUI-free);
#  - no client binary links Qt SQL: Qt's QSQLITE driver and SQLCipher export the same sqlite3_*
#    symbols, and loading both in one process would silently mix them;
#  - hirex-sandbox never links SQLCipher;
#  - core/ includes nothing from models/, ui/ or app/, and models/ nothing from ui/ or app/;
#  - QtDBus is used in app/desktop only.
set -euo pipefail
bin="${1:?usage: check-layering.sh <bin-dir> <repo-root>}"
root="${2:?}"
status=0
fail() { echo "FAIL: $*"; status=1; }

needed() { objdump -p "$1" | awk '/NEEDED/ {print $2}'; }

for exe in hirexctl hirex-desktop; do
  libs="$(needed "$bin/$exe")"
  grep -q 'libQt6Sql' <<<"$libs" && fail "$exe links Qt SQL (QSQLITE must never load next to SQLCipher)"
  grep -q 'libsqlcipher' <<<"$libs" || fail "$exe does not link SQLCipher"
done
ctl="$(needed "$bin/hirexctl")"
grep -Eq 'libQt6(Gui|Widgets)' <<<"$ctl" && fail "hirexctl links Qt Gui or Widgets"
sandbox="$(needed "$bin/hirex-sandbox")"
grep -q 'libsqlcipher' <<<"$sandbox" && fail "hirex-sandbox links SQLCipher"

cd "$root"
bad=$(grep -rEl '#include "(models|ui|app)/' core || true)
[[ -z "$bad" ]] || fail "core/ includes upper layers: $bad"
bad=$(grep -rEl '#include "(ui|app)/' models || true)
[[ -z "$bad" ]] || fail "models/ includes upper layers: $bad"
bad=$(grep -rEl '#include <(QWidget|QtWidgets|QApplication|QGuiApplication|QPainter)' core || true)
[[ -z "$bad" ]] || fail "core/ includes GUI headers: $bad"
# QtDBus (the desktop session's lock) belongs to the desktop app's wiring only.
bad=$(grep -rEl '#include <QDBus|#include <QtDBus' core models ui app/hirexctl || true)
[[ -z "$bad" ]] || fail "QtDBus used outside app/desktop: $bad"

[[ $status == 0 ]] && echo "layering: hirexctl is GUI-free, no client links Qt SQL, the sandbox no SQLCipher, includes point down, QtDBus only in app/desktop"
exit $status
