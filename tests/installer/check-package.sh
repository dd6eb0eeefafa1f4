#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack, unpacks the .deb into a scratch root, validates the
# desktop integration files and runs the packaged hirex-desktop --version from there.
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
         usr/share/metainfo/example.hirex.Desktop.metainfo.xml; do
  [[ -e "$root/$f" ]] || { echo "missing from the package: $f"; exit 1; }
done
tar -tzf "$tgz" >"$scratch/tgz.list"
grep -q 'bin/hirex-desktop$' "$scratch/tgz.list" || { echo "tarball lacks bin/hirex-desktop"; exit 1; }

desktop-file-validate "$root/usr/share/applications/hirex-desktop.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/example.hirex.Desktop.metainfo.xml" \
  >"$scratch/appstream.log" 2>&1 || { cat "$scratch/appstream.log"; exit 1; }

# No display on purpose: --version must answer without one.
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/hirex-desktop" --version)
[[ "$out" == "hirex-desktop $version" ]] || { echo "unexpected --version output: '$out'"; exit 1; }
echo "installer_package: $(basename "$deb") and $(basename "$tgz") install and run: $out"
