#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack, unpacks the .deb into a scratch root, validates the
# desktop integration files, the manual pages and the Debian policy files, runs lintian on the
# .deb (any E: or W: line fails), and runs the packaged hirex-desktop --version from there.
set -euo pipefail
build="${1:?usage: check-package.sh <build-dir> <version>}"
version="${2:?}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || {
  cat "$scratch/cpack.log"; exit 1; }
deb=$(find "$scratch/out" -maxdepth 1 -name '*.deb' | head -1)
tgz=$(find "$scratch/out" -maxdepth 1 -name '*.tar.gz' | head -1)
[[ -n "$deb" && -n "$tgz" ]] || { echo "cpack made no .deb or no .tar.gz"; ls "$scratch/out"; exit 1; }

info="$(dpkg-deb --info "$deb")"
grep -q "Package: hirex-desktop" <<<"$info" || { echo "bad package name"; exit 1; }
grep -q "Depends:.*libqt6core6" <<<"$info" || { echo "shlibdeps found no Qt dependency"; exit 1; }
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/hirex-desktop usr/bin/hirexctl usr/bin/hirex-sandbox \
         usr/share/applications/hirex-desktop.desktop \
         usr/share/icons/hicolor/scalable/apps/hirex-desktop.svg \
         usr/share/metainfo/example.hirex.Desktop.metainfo.xml \
         usr/share/doc/hirex-desktop/copyright usr/share/doc/hirex-desktop/changelog.gz \
         usr/share/man/man1/hirex-desktop.1.gz usr/share/man/man1/hirexctl.1.gz \
         usr/share/man/man1/hirex-sandbox.1.gz; do
  [[ -e "$root/$f" ]] || { echo "missing from the package: $f"; exit 1; }
done
# Each manual page is gzip data that man(1) renders without warnings, and names its program.
for page in hirex-desktop hirexctl hirex-sandbox; do
  gz="$root/usr/share/man/man1/$page.1.gz"
  gzip -t "$gz" || { echo "$page.1.gz is not gzip data"; exit 1; }
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$gz" 2>&1 >/dev/null) || true
  [[ -z "$warnings" ]] || { echo "man warns on $page.1: $warnings"; exit 1; }
  zcat "$gz" | grep -q "^$page \\\\- " || { echo "$page.1.gz has no NAME line for $page"; exit 1; }
done
head -1 "$root/usr/share/doc/hirex-desktop/copyright" |
  grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
  { echo "copyright is not in Debian's machine-readable format"; exit 1; }

# lintian: errors and warnings fail the test (today there are none; info tags are printed).
command -v lintian >/dev/null || { echo "lintian is not installed (apt-get install lintian)"; exit 1; }
lintian_rc=0
lintian --tag-display-limit 0 "$deb" >"$scratch/lintian.log" 2>&1 || lintian_rc=$?
cat "$scratch/lintian.log"
if grep -q '^E: ' "$scratch/lintian.log" || ((lintian_rc != 0)); then
  echo "lintian reports errors on $(basename "$deb") (exit $lintian_rc)"; exit 1
fi
if grep -q '^W: ' "$scratch/lintian.log"; then
  echo "lintian warns on $(basename "$deb")"; exit 1
fi

tar -tzf "$tgz" >"$scratch/tgz.list"
grep -q 'bin/hirex-desktop$' "$scratch/tgz.list" || { echo "tarball lacks bin/hirex-desktop"; exit 1; }

desktop-file-validate "$root/usr/share/applications/hirex-desktop.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/example.hirex.Desktop.metainfo.xml" \
  >"$scratch/appstream.log" 2>&1 || { cat "$scratch/appstream.log"; exit 1; }

# No display on purpose: --version must answer without one.
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/hirex-desktop" --version)
[[ "$out" == "hirex-desktop $version" ]] || { echo "unexpected --version output: '$out'"; exit 1; }
echo "installer_package: $(basename "$deb") and $(basename "$tgz") install and run: $out"
