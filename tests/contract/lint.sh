#!/usr/bin/env bash
# Lint the Hirex API contract (api/openapi.yaml) with the pinned Redocly CLI.
#
# Usage: tests/contract/lint.sh <repo-root>
#
# Fails (exit 1) on ANY error or warning reported by the rules in api/redocly.yaml, and on
# problems in the config itself. Exit 2 means the tool is missing (run
# `cd <repo-root>/tools/node && npm ci` or `npm install --no-audit --no-fund`).
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 <repo-root>" >&2
    exit 2
fi
root=$(cd "$1" && pwd)
redocly="$root/tools/node/node_modules/.bin/redocly"
spec="$root/api/openapi.yaml"
config="$root/api/redocly.yaml"

if [[ ! -x "$redocly" ]]; then
    echo "lint.sh: $redocly not found; install the pinned tools: cd $root/tools/node && npm ci" >&2
    exit 2
fi
for f in "$spec" "$config"; do
    [[ -f "$f" ]] || { echo "lint.sh: missing $f" >&2; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Offline and deterministic: no telemetry, no update check, no colours.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_COLOR=1 FORCE_COLOR=0

set +e
"$redocly" lint --config "$config" --lint-config=error --max-problems=100000 \
    --format=json "$spec" >"$tmp/report.json" 2>"$tmp/stderr.txt"
rc=$?
set -e

# Summarise the JSON report; count errors AND warnings. Node is required by redocly anyway.
summary_rc=0
node - "$tmp/report.json" <<'JS' || summary_rc=$?
const fs = require('fs');
let report;
try {
  report = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
} catch (e) {
  console.error('lint.sh: could not parse the redocly JSON report: ' + e.message);
  process.exit(3);
}
const problems = report.problems || [];
for (const p of problems) {
  const loc = (p.location && p.location[0]) || {};
  const pos = loc.start ? `${loc.start.line}:${loc.start.col}` : '?';
  console.log(`${p.severity.padEnd(7)} ${p.ruleId}  api/openapi.yaml:${pos}  ${loc.pointer || ''}\n        ${p.message}`);
}
const t = report.totals || {};
const errors = t.errors || 0, warnings = t.warnings || 0;
console.log(`contract lint (redocly ${report.version || '?'}): ${errors} error(s), ${warnings} warning(s), ${t.ignored || 0} ignored`);
process.exit(errors + warnings > 0 ? 1 : 0);
JS

if [[ $rc -ne 0 || $summary_rc -ne 0 ]]; then
    # Show what redocly printed on stderr (config problems, crashes), minus the Node.js banner.
    grep -v -e '║' -e '╔' -e '╚' "$tmp/stderr.txt" | sed '/^[[:space:]]*$/d' >&2 || true
    echo "contract lint FAILED (redocly exit $rc)" >&2
    exit 1
fi
echo "contract lint OK"
