#!/usr/bin/env bash
# Attribution and denials through the CLI: one article reports a deal (according to a news
# agency), another has the investor deny it; `check` reports the deal with both quotes, in
# words and in --json, as a warning (exit code 0), and graph.ttl says who states each quote.
set -euo pipefail
dealgraph=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$work/in"
cat >"$work/in/report.txt" <<'TEXT'
Chip deals

Microsoft will invest $2 billion in Anthropic, according to Reuters.
TEXT
cat >"$work/in/denial.txt" <<'TEXT'
A denial

Microsoft denied that it would invest $2 billion in Anthropic.
TEXT
"$dealgraph" build "$work/in" -o "$work/out" -q 2>/dev/null || fail "build failed"

grep -Eq 'dg:attributedTo (org:reuters|<[^>]*/org/reuters>)' "$work/out/graph.ttl" || fail "the report's quote is not attributed to Reuters"
grep -q 'dg:denies true' "$work/out/graph.ttl" || fail "the denial's quote is not marked dg:denies"

words=$("$dealgraph" check "$work/out/graph.ttl") || fail "check exited $? on a warning"
grep -q 'denied-deal' <<<"$words" || fail "check did not report the denied deal: $words"
grep -q 'Microsoft will invest \$2 billion in Anthropic, according to Reuters.' <<<"$words" || fail "the report's quote is missing"
grep -q 'Microsoft denied that it would invest \$2 billion in Anthropic.' <<<"$words" || fail "the denial's quote is missing"

"$dealgraph" check "$work/out/graph.ttl" --json >"$work/check.json" || fail "check --json failed"
/usr/bin/python3 - "$work/check.json" <<'PY' || fail "check --json does not hold the denied deal with both quotes"
import json, sys
findings = json.load(open(sys.argv[1]))
findings = findings.get("findings", findings) if isinstance(findings, dict) else findings
denied = [f for f in findings if f["kind"] == "denied-deal"]
assert len(denied) == 1, denied
assert denied[0]["severity"] == "warning"
sources = sorted(e["source"] for e in denied[0]["evidence"])
assert sources == ["denial", "report"], sources
PY
echo "attribution: a reported deal and its denial reported by check"
