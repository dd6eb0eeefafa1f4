#!/usr/bin/env bash
# Fails when any C++ source of the project differs from what clang-format (.clang-format) makes of it.
set -euo pipefail
root="${1:?usage: check-format.sh <repo-root>}"
cd "$root"
clang_format="$(command -v clang-format-14 || command -v clang-format)"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' '*.h.in' | grep -v '^tools/')
else
  mapfile -t files < <(find app core models ui sandbox tests bench translations -name '*.cpp' -o -name '*.h')
fi
bad=()
for f in "${files[@]}"; do
  [[ -f "$f" ]] || continue
  if ! "$clang_format" --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then
    bad+=("$f")
  fi
done
if ((${#bad[@]})); then
  echo "These files are not formatted with .clang-format (fix: $clang_format -i <file>):"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "format_check: ${#files[@]} files formatted"
