#!/usr/bin/env bash
# Re-runs lupdate over the sources into scratch copies of the catalogues and compares them with
# the committed ones: a difference means a user-visible string was added or changed without
# refreshing translations/. Also requires Turkish and German to have no unfinished entries.
set -euo pipefail
root="${1:?usage: check-translations.sh <repo-root> <lupdate>}"
lupdate="${2:?}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$root"
mapfile -t sources < <(find core models ui app -name '*.cpp' -o -name '*.h' | sort)
status=0
for lang in en tr de; do
  cp "translations/hirex_$lang.ts" "$scratch/hirex_$lang.ts"
  "$lupdate" -silent -locations none -no-obsolete -no-ui-lines "${sources[@]}" -ts "$scratch/hirex_$lang.ts" >/dev/null
  if ! diff -u "translations/hirex_$lang.ts" "$scratch/hirex_$lang.ts" > "$scratch/$lang.diff"; then
    echo "translations/hirex_$lang.ts is out of date with the sources:"
    head -40 "$scratch/$lang.diff"
    status=1
  fi
done
for lang in tr de; do
  unfinished=$(grep -c 'type="unfinished"' "translations/hirex_$lang.ts" || true)
  if [[ "$unfinished" != 0 ]]; then
    echo "translations/hirex_$lang.ts has $unfinished unfinished translation(s)"
    status=1
  fi
done
# English needs only its plural forms, and every one of them: an empty form shows as nothing
# ("After 15 minute(s)" fell back to the source while its entry was empty).
if empty=$(python3 - "translations/hirex_en.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
bad = [m.findtext("source") for m in ET.parse(sys.argv[1]).iter("message")
       if m.get("numerus") == "yes" and not all(f.text for f in m.find("translation").iter("numerusform"))]
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
); then :; else
  echo "translations/hirex_en.ts has plural entries without English forms:"
  echo "$empty"
  status=1
fi
[[ $status == 0 ]] && echo "translations_current: en, tr and de are current and complete"
exit $status
