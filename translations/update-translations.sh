#!/usr/bin/env bash
# Refreshes translations/*.ts from every tr() in core/, models/, ui/ and app/: the same lupdate
# run as tests/translations/check-translations.sh, from the repository root with relative paths
# and no include paths (given the targets' include paths, lupdate 6.4 files the strings under
# other contexts and the catalogues lose their translations).
#   update-translations.sh <repo-root> <lupdate>
set -euo pipefail
root="${1:?usage: update-translations.sh <repo-root> <lupdate>}"
lupdate="${2:?}"
cd "$root"
mapfile -t sources < <(find core models ui app -name '*.cpp' -o -name '*.h' | sort)
for lang in en tr de; do
  "$lupdate" -silent -locations none -no-obsolete -no-ui-lines "${sources[@]}" -ts "translations/hirex_$lang.ts" \
    2>/dev/null
done
echo "translations: refreshed; give every new Turkish and German entry its translation"
